package dev.jnasocket;

/**
 * Python's {@code UnicodeEncodeError} (a ValueError, so an {@link IllegalArgumentException}):
 * {@code 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)}.
 */
public class UnicodeEncodeError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Python's {@code e.encoding}. */
    public final String encoding;
    /** Python's {@code e.start} and {@code e.end}: the bad characters' range, in code points. */
    public final int start, end;
    /** Python's {@code e.reason}. */
    public final String reason;

    /**
     * Python's {@code UnicodeEncodeError(encoding, object, start, end, reason)}.
     *
     * @param encoding   the codec's name
     * @param codePoints the text being encoded
     * @param start      the first bad code point
     * @param end        the index after the last bad one
     * @param reason     why they are bad
     */
    public UnicodeEncodeError(String encoding, int[] codePoints, int start, int end, String reason) {
        super(end - start == 1
                ? String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding,
                        escaped(codePoints[start]), start, reason)
                : String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1, reason));
        this.encoding = encoding;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    private static String escaped(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }
}
