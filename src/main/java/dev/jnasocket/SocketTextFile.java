package dev.jnasocket;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Python's text socket file ({@code io.TextIOWrapper} over the buffered binary file), what
 * {@link SocketObject#makefile(String, Integer, String, String, String)} returns for a mode
 * without {@code b}: {@code str} in and out, decoded and encoded with {@code encoding} and
 * {@code errors}, and Python's newline rules:
 * <ul>
 * <li>{@code newline=None} (null): universal newlines, {@code \r}, {@code \n} and {@code \r\n}
 * all read as {@code \n}; {@code \n} is written as is (the line separator of Linux and macOS);
 * <li>{@code ""}: lines end at any of the three, which are returned untranslated;
 * <li>{@code "\n"}, {@code "\r"}, {@code "\r\n"}: lines end only there; a written {@code \n}
 * becomes that separator.
 * </ul>
 */
public final class SocketTextFile implements AutoCloseable {
    private final SocketFile buffer;
    private final String mode;
    private final String encoding;
    private final String errors;
    private final String newline;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder;
    /** Decoded text not yet returned, translated when newline is None. */
    private final StringBuilder decoded = new StringBuilder();
    private byte[] undecoded = new byte[0];
    /** A {@code \r} held back under universal newlines until the next chunk says whether {@code \n} follows. */
    private boolean pendingCr;
    private boolean eof;

    SocketTextFile(SocketFile buffer, String mode, String encoding, String errors, String newline) {
        if (newline != null && !(newline.isEmpty() || newline.equals("\n") || newline.equals("\r") || newline.equals("\r\n"))) {
            throw new IllegalArgumentException("illegal newline value: " + newline);
        }
        this.errors = errors == null ? "strict" : errors;
        this.buffer = buffer;
        this.mode = mode;
        this.encoding = encoding == null ? "UTF-8" : encoding;
        this.charset = charset(this.encoding);
        this.newline = newline;
        // CPython looks the error handler up at the first read or write, not here
        CodingErrorAction action = switch (this.errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> null;
        };
        this.decoder = action == null ? null : charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        this.encoder = action == null ? null : charset.newEncoder().onMalformedInput(action).onUnmappableCharacter(action);
        if (action == CodingErrorAction.REPLACE) {
            encoder.replaceWith(new byte[] {'?'});
        }
    }

    private void checkHandler() {
        if (decoder == null) {
            throw new LookupError("unknown error handler name " + builtins.repr(errors));
        }
    }

    /** Python's codec names for the charsets Java knows under other names. */
    static Charset charset(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8" -> {
                return StandardCharsets.UTF_8;
            }
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> {
                return StandardCharsets.ISO_8859_1;
            }
            case "ascii", "us-ascii" -> {
                return StandardCharsets.US_ASCII;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new LookupError("unknown encoding: " + encoding);
                }
            }
        }
    }

    /** {@return the binary file underneath (Python's {@code f.buffer})} */
    public SocketFile buffer() {
        return buffer;
    }

    /** {@return Python's {@code f.encoding}} */
    public String encoding() {
        return encoding;
    }

    /** {@return Python's {@code f.errors}} */
    public String errors() {
        return errors;
    }

    /** {@return Python's {@code f.mode}} */
    public String mode() {
        return mode;
    }

    /** {@return Python's {@code f.name}: the socket's fd, -1 once closed} */
    public int name() {
        return buffer.name();
    }

    /** {@return Python's {@code f.closed}} */
    public boolean closed() {
        return buffer.closed();
    }

    /**
     * Python's {@code f.fileno()}.
     *
     * @return the socket's fd
     * @throws io.UnsupportedOperation for a read-write file
     */
    public int fileno() throws io.UnsupportedOperation {
        return buffer.fileno();
    }

    /** {@return Python's {@code f.readable()}} */
    public boolean readable() {
        return buffer.readable();
    }

    /** {@return Python's {@code f.writable()}} */
    public boolean writable() {
        return buffer.writable();
    }

    /** {@return Python's {@code f.seekable()}: false} */
    public boolean seekable() {
        return buffer.seekable();
    }

    private void checkClosed() {
        if (buffer.closed()) {
            throw new IllegalArgumentException("I/O operation on closed file.");
        }
    }

    private void checkReadable() throws io.UnsupportedOperation {
        checkClosed();
        if (!buffer.readable()) {
            throw new io.UnsupportedOperation("not readable");
        }
        checkHandler();
    }

    /**
     * Decodes one more chunk (at most one {@code recv}) into {@link #decoded}.
     *
     * @return false at EOF or when a non-blocking socket has nothing now
     */
    private boolean more() throws OSError {
        if (eof) {
            return false;
        }
        byte[] chunk = buffer.read1(SocketFile.BUFFER_SIZE);
        if (chunk == null) {
            return false;
        }
        boolean end = chunk.length == 0;
        byte[] bytes = Arrays.copyOf(undecoded, undecoded.length + chunk.length);
        System.arraycopy(chunk, 0, bytes, undecoded.length, chunk.length);
        ByteBuffer inb = ByteBuffer.wrap(bytes);
        CharBuffer outb = CharBuffer.allocate(bytes.length + 2);
        CoderResult r = decoder.decode(inb, outb, end);
        if (end && r.isUnderflow()) {
            r = decoder.flush(outb);
        }
        if (r.isError()) {
            int at = inb.position();
            throw new UnicodeDecodeError(encoding.toLowerCase(Locale.ROOT), bytes, at,
                    Math.min(bytes.length, at + r.length()), r.isMalformed() ? (end && at + r.length() >= bytes.length
                            ? "unexpected end of data" : "invalid start byte") : "character maps to <undefined>");
        }
        undecoded = Arrays.copyOfRange(bytes, inb.position(), bytes.length);
        outb.flip();
        String text = (pendingCr ? "\r" : "") + outb;
        pendingCr = false;
        if (newline == null) {
            if (!end && text.endsWith("\r")) {
                pendingCr = true;
                text = text.substring(0, text.length() - 1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        decoded.append(text);
        if (end) {
            eof = true;
        }
        return true;
    }

    /**
     * Python's {@code f.read()}: every character until EOF.
     *
     * @return the text
     * @throws OSError from the socket
     */
    public String read() throws OSError {
        return read(-1);
    }

    /**
     * Python's {@code f.read(n)}: n characters, fewer only at EOF.
     *
     * @param n how many; negative for all
     * @return the text
     * @throws OSError from the socket
     */
    public String read(int n) throws OSError {
        checkReadable();
        while ((n < 0 || decoded.length() < n) && more()) {
            // decoding chunk by chunk
        }
        int take = n < 0 ? decoded.length() : Math.min(n, decoded.length());
        String s = decoded.substring(0, take);
        decoded.delete(0, take);
        return s;
    }

    /** Where the first line of {@link #decoded} ends (past its terminator), or -1; {@code complete} says whether a lone {@code \r} at the end may still grow. */
    private int lineEnd() {
        if (newline == null || newline.equals("\n")) {
            int i = decoded.indexOf("\n");
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r")) {
            int i = decoded.indexOf("\r");
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r\n")) {
            int i = decoded.indexOf("\r\n");
            return i < 0 ? -1 : i + 2;
        }
        for (int i = 0; i < decoded.length(); i++) { // newline == "": any of the three, untranslated
            char c = decoded.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                if (i + 1 < decoded.length()) {
                    return decoded.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
                return eof ? i + 1 : -1; // wait for the next character: it may be \n
            }
        }
        return -1;
    }

    /**
     * Python's {@code f.readline()}.
     *
     * @return the next line with its terminator, or what is left; {@code ""} at EOF
     * @throws OSError from the socket
     */
    public String readline() throws OSError {
        return readline(-1);
    }

    /**
     * Python's {@code f.readline(size)}.
     *
     * @param size the most characters; negative for no limit
     * @return the line
     * @throws OSError from the socket
     */
    public String readline(int size) throws OSError {
        checkReadable();
        int end;
        while ((end = lineEnd()) < 0 && (size < 0 || decoded.length() < size) && more()) {
            // decoding until a line is complete
        }
        if (end < 0) {
            end = decoded.length();
        }
        if (size >= 0) {
            end = Math.min(end, size);
        }
        String s = decoded.substring(0, end);
        decoded.delete(0, end);
        return s;
    }

    /**
     * Python's {@code f.readlines()}.
     *
     * @return every remaining line
     * @throws OSError from the socket
     */
    public List<String> readlines() throws OSError {
        List<String> lines = new ArrayList<>();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * Python's {@code f.write(s)}: encodes (after turning {@code \n} into the newline given)
     * and hands the bytes to the buffered file.
     *
     * @param s the text
     * @return {@code len(s)}
     * @throws OSError from the socket
     */
    public int write(String s) throws OSError {
        if (s == null) {
            throw new IllegalArgumentException("write() argument must be str, not None");
        }
        checkClosed();
        if (!buffer.writable()) {
            throw new io.UnsupportedOperation("not writable");
        }
        checkHandler();
        String text = newline != null && !newline.isEmpty() && !newline.equals("\n") ? s.replace("\n", newline) : s;
        ByteBuffer bytes;
        try {
            bytes = encoder.reset().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            int[] cps = text.codePoints().toArray();
            CharsetEncoder probe = charset.newEncoder();
            int at = 0;
            while (at < cps.length && probe.canEncode(new String(Character.toChars(cps[at])))) {
                at++;
            }
            throw new UnicodeEncodeError(encoding.toLowerCase(Locale.ROOT), cps, Math.min(at, cps.length - 1),
                    Math.min(at, cps.length - 1) + 1, "ordinal not in range(" + (charset.equals(StandardCharsets.US_ASCII) ? 128 : 256) + ")");
        }
        byte[] b = new byte[bytes.remaining()];
        bytes.get(b);
        buffer.write(b);
        return s.length();
    }

    /**
     * Python's {@code f.flush()}.
     *
     * @throws OSError from the socket
     */
    public void flush() throws OSError {
        checkClosed();
        buffer.flush();
    }

    /**
     * Python's {@code f.close()}: flushes and closes the binary file underneath.
     *
     * @throws OSError from the final flush
     */
    @Override
    public void close() throws OSError {
        buffer.close();
    }

    /** Python's repr: {@code <_io.TextIOWrapper name=5 mode='r' encoding='UTF-8'>}. */
    @Override
    public String toString() {
        boolean pair = buffer.mode().contains("r") && buffer.mode().contains("w");
        return "<_io.TextIOWrapper" + (pair ? "" : " name=" + name()) + " mode=" + builtins.repr(mode) + " encoding="
                + builtins.repr(encoding) + ">";
    }
}
