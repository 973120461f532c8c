package dev.jnasocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link SocketObject#makefile(String)} returns: Python's buffered binary socket file
 * ({@code io.BufferedReader}/{@code BufferedWriter} over {@code SocketIO}) with its methods
 * {@code read}, {@code readline}, {@code readlines}, {@code write}, {@code flush}, {@code close},
 * and adapters to {@link InputStream} and {@link OutputStream}. Closing it does not close the
 * socket; a socket closed while its files are open keeps its fd until they close, as in Python.
 */
public final class SocketFile implements AutoCloseable {
    /** Python's {@code io.DEFAULT_BUFFER_SIZE}. */
    static final int BUFFER_SIZE = 8192;

    private final SocketObject sock;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final byte[] in = new byte[BUFFER_SIZE];
    private int inPos;
    private int inEnd;
    private boolean eof;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean closed;
    /** Python's {@code SocketIO._timeout_occurred}: after a timeout the read buffer's state is unknown. */
    private boolean timedOut;

    SocketFile(SocketObject sock, String mode) {
        if (mode == null || mode.isEmpty() || !mode.matches("[rwb]+") || mode.chars().distinct().count() != mode.length()
                || !(mode.contains("r") || mode.contains("w"))) {
            throw new IllegalArgumentException("invalid mode '" + mode + "' (only r, w, b allowed)");
        }
        this.sock = sock;
        this.mode = mode;
        this.reading = mode.contains("r");
        this.writing = mode.contains("w");
    }

    /** {@return the mode it was opened with} */
    public String mode() {
        return mode;
    }

    /** {@return Python's {@code f.closed}} */
    public boolean closed() {
        return closed;
    }

    /**
     * {@return the socket's fd (Python's {@code f.fileno()})}
     * @throws IllegalArgumentException {@code "I/O operation on closed file."} once closed
     */
    public int fileno() {
        if (closed) {
            throw new IllegalArgumentException("I/O operation on closed file.");
        }
        return sock.fileno();
    }

    /** CPython's buffered-file checks, with its texts: {@code "read of closed file"}, {@code UnsupportedOperation: read}. */
    private void check(boolean allowed, String op) throws OSError {
        if (closed) {
            throw new IllegalArgumentException(op + (op.equals("write") ? " to" : " of") + " closed file");
        }
        if (!allowed) {
            throw new OSError(op.equals("readline") ? "read" : op);
        }
    }

    /** Refills the read buffer; false at EOF. */
    private boolean fill() throws OSError {
        if (inPos < inEnd) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (timedOut) {
            throw new OSError("cannot read from timed out object");
        }
        inPos = 0;
        inEnd = 0;
        try {
            inEnd = sock.recv_into(in);
        } catch (TimeoutError e) {
            timedOut = true;
            throw e;
        }
        eof = inEnd == 0;
        return !eof;
    }

    /**
     * Python's {@code f.read()}: everything until EOF.
     *
     * @return the bytes
     * @throws OSError from the socket
     */
    public byte[] read() throws OSError {
        return read(-1);
    }

    /**
     * Python's {@code f.read(n)}: n bytes, fewer only at EOF; a negative n reads to EOF.
     *
     * @param n how many
     * @return the bytes
     * @throws OSError from the socket
     */
    public byte[] read(int n) throws OSError {
        check(reading, "read");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while ((n < 0 || b.size() < n) && fill()) {
            int take = n < 0 ? inEnd - inPos : Math.min(n - b.size(), inEnd - inPos);
            b.write(in, inPos, take);
            inPos += take;
        }
        return b.toByteArray();
    }

    /**
     * Python's {@code f.readline()}: up to and including the next {@code b'\n'}, or what is
     * left at EOF ({@code b''} when nothing is).
     *
     * @return the line
     * @throws OSError from the socket
     */
    public byte[] readline() throws OSError {
        return readline(-1);
    }

    /**
     * Python's {@code f.readline(size)}: at most {@code size} bytes of the line.
     *
     * @param size the limit, negative for none
     * @return the line
     * @throws OSError from the socket
     */
    public byte[] readline(int size) throws OSError {
        check(reading, "readline");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while ((size < 0 || b.size() < size) && fill()) {
            int limit = size < 0 ? inEnd : Math.min(inEnd, inPos + size - b.size());
            int i = inPos;
            while (i < limit && in[i] != '\n') {
                i++;
            }
            boolean newline = i < limit;
            int end = newline ? i + 1 : i;
            b.write(in, inPos, end - inPos);
            inPos = end;
            if (newline) {
                break;
            }
        }
        return b.toByteArray();
    }

    /**
     * Python's {@code f.readlines()}.
     *
     * @return every remaining line
     * @throws OSError from the socket
     */
    public List<byte[]> readlines() throws OSError {
        List<byte[]> lines = new ArrayList<>();
        for (byte[] line = readline(); line.length > 0; line = readline()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * Python's {@code f.write(b)}: buffers, and sends once 8 KiB are waiting.
     *
     * @param b the bytes
     * @return {@code len(b)}
     * @throws OSError from the socket
     */
    public int write(byte[] b) throws OSError {
        check(writing, "write");
        out.write(b, 0, b.length);
        if (out.size() >= BUFFER_SIZE) {
            flush();
        }
        return b.length;
    }

    /**
     * Python's {@code f.flush()}: sends what is buffered.
     *
     * @throws OSError from the socket
     */
    public void flush() throws OSError {
        if (closed) {
            throw new IllegalArgumentException("flush of closed file");
        }
        if (out.size() > 0) {
            byte[] pending = out.toByteArray();
            out.reset();
            sock.sendall(pending);
        }
    }

    /**
     * Python's {@code f.close()}: flushes, then lets go of the socket (closing it if the socket
     * was closed meanwhile). A second close does nothing.
     *
     * @throws OSError from the final flush
     */
    @Override
    public void close() throws OSError {
        if (closed) {
            return;
        }
        try {
            if (writing && out.size() > 0) {
                flush();
            }
        } finally {
            closed = true;
            sock.fileClosed();
        }
    }

    /** {@return a java.io view of the reading side; its close closes this file} */
    public InputStream asInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = SocketFile.this.read(1);
                return one.length == 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                check(reading, "read");
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, inEnd - inPos);
                System.arraycopy(in, inPos, b, off, n);
                inPos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                SocketFile.this.close();
            }
        };
    }

    /** {@return a java.io view of the writing side; its close closes this file} */
    public OutputStream asOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                SocketFile.this.write(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                SocketFile.this.write(Arrays.copyOfRange(b, off, off + len));
            }

            @Override
            public void flush() throws IOException {
                SocketFile.this.flush();
            }

            @Override
            public void close() throws IOException {
                SocketFile.this.close();
            }
        };
    }

    /** Python's repr: {@code <_io.BufferedReader name=5>}. */
    @Override
    public String toString() {
        String kind = reading && writing ? "BufferedRWPair" : reading ? "BufferedReader" : "BufferedWriter";
        return "<_io." + kind + " name=" + (closed ? -1 : sock.fileno()) + ">";
    }
}
