package dev.jnasocket;

/**
 * Python's {@code UnicodeDecodeError} (a ValueError, so an {@link IllegalArgumentException}):
 * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}.
 */
public class UnicodeDecodeError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Python's {@code e.encoding}. */
    public final String encoding;
    /** Python's {@code e.object}: the bytes being decoded. */
    public final byte[] object;
    /** Python's {@code e.start} and {@code e.end}: the bad bytes' range. */
    public final int start, end;
    /** Python's {@code e.reason}. */
    public final String reason;

    /**
     * Python's {@code UnicodeDecodeError(encoding, object, start, end, reason)}.
     *
     * @param encoding the codec's name
     * @param object   the bytes being decoded
     * @param start    the first bad byte
     * @param end      the index after the last bad byte
     * @param reason   why they are bad
     */
    public UnicodeDecodeError(String encoding, byte[] object, int start, int end, String reason) {
        super(end - start == 1
                ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, object[start] & 0xff, start, reason)
                : String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1, reason));
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }
}
