package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What {@link SocketObject#makefile(String)} returns: Python's binary socket file. Buffered
 * (the default) it is {@code io.BufferedReader}, {@code BufferedWriter} or
 * {@code BufferedRWPair} over a {@code SocketIO}; with {@code buffering=0} it is the raw
 * {@code socket.SocketIO} itself, each read one {@code recv} and each write one {@code send}.
 * The text mode ({@code TextIOWrapper}) is {@link SocketTextFile}, on top of this.
 *
 * <p>As in CPython: a read on a non-blocking socket with nothing to give returns null (Python's
 * None) and never drops the bytes it already took; a read after a timeout raises
 * {@code "cannot read from timed out object"}; the wrong direction raises
 * {@link io.UnsupportedOperation}, a closed file ValueError (IllegalArgumentException) with
 * CPython's text. Closing the file does not close the socket; a socket closed while its files
 * are open keeps its fd until they close, or until they become unreachable (a Cleaner lets the
 * fd go; a dropped writer's unflushed bytes are lost then, so close what you write).
 */
public final class SocketFile implements AutoCloseable {
    /** Python's {@code io.DEFAULT_BUFFER_SIZE}. */
    static final int BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE;
    private static final Cleaner CLEANER = Cleaner.create();

    private final SocketObject sock;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final boolean raw;
    private final int bufferSize;
    /** The read buffer, made at the first read (a write-only file needs none) and never more than one recv gives. */
    private byte[] in;
    private int inPos;
    private int inEnd;
    private boolean eof;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile boolean closed;
    /** Python's {@code SocketIO._timeout_occurred}: after a timeout the read buffer's state is unknown. */
    private boolean timedOut;
    private final Release release;
    private final Cleaner.Cleanable cleanable;

    /** Gives the socket its reference back once: at close, or when the file was dropped unclosed. */
    private static final class Release implements Runnable {
        final SocketObject sock;
        final AtomicBoolean done = new AtomicBoolean();

        Release(SocketObject sock) {
            this.sock = sock;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                try {
                    sock.fileClosed();
                } catch (OSError ignored) {
                    // a dropped file has no caller to tell
                }
            }
        }
    }

    /**
     * Checks Python's mode rules; the caller has counted the file in the socket's references.
     *
     * @param buffering 0 for the raw SocketIO, negative for the default size, else the buffer size
     */
    SocketFile(SocketObject sock, String mode, int buffering) {
        checkMode(mode);
        this.sock = sock;
        this.mode = mode;
        this.writing = mode.contains("w");
        this.reading = mode.contains("r") || !writing; // Python: reading = "r" in mode or not writing
        this.raw = buffering == 0;
        this.bufferSize = buffering < 0 ? BUFFER_SIZE : Math.max(1, buffering);
        this.release = new Release(sock);
        this.cleanable = CLEANER.register(this, release);
    }

    /** Python's check in {@code socket.makefile}: only r, w and b, each at most once. */
    static void checkMode(String mode) {
        if (mode == null) {
            throw new IllegalArgumentException("makefile() argument 'mode' must be str, not None");
        }
        if (!mode.matches("[rwb]*")) {
            throw new IllegalArgumentException("invalid mode " + builtins.repr(mode) + " (only r, w, b allowed)");
        }
    }

    /** {@return the mode the file was made with, such as {@code "rb"} (Python's {@code f.mode})} */
    public String mode() {
        return mode;
    }

    /** {@return Python's {@code f.name}: the socket's fd, -1 once closed} */
    public int name() {
        return closed ? -1 : sock.fileno();
    }

    /** {@return Python's {@code f.closed}} */
    public boolean closed() {
        return closed;
    }

    /** {@return whether this is the raw {@code SocketIO} ({@code buffering=0})} */
    boolean isRaw() {
        return raw;
    }

    /**
     * Python's {@code f.fileno()}.
     *
     * @return the socket's fd
     * @throws io.UnsupportedOperation for a read-write pair, which has no single fd in Python
     */
    public int fileno() throws io.UnsupportedOperation {
        if (!raw && reading && writing) {
            throw new io.UnsupportedOperation("fileno");
        }
        if (closed) {
            throw new IllegalArgumentException("I/O operation on closed file.");
        }
        return sock.fileno();
    }

    private void checkClosedSocket() {
        if (closed) {
            throw new IllegalArgumentException("I/O operation on closed socket.");
        }
    }

    /** {@return Python's {@code f.readable()}} */
    public boolean readable() {
        if (raw || reading) {
            checkClosedSocket();
        }
        return reading;
    }

    /** {@return Python's {@code f.writable()}} */
    public boolean writable() {
        if (raw || writing) {
            checkClosedSocket();
        }
        return writing;
    }

    /** {@return Python's {@code f.seekable()}: false, a socket has no position} */
    public boolean seekable() {
        if (raw || !(reading && writing)) {
            checkClosedSocket();
        }
        return false;
    }

    /** {@return Python's {@code f.isatty()}: false} */
    public boolean isatty() {
        if (closed) {
            throw new IllegalArgumentException("I/O operation on closed file.");
        }
        return false;
    }

    /**
     * Python's {@code f.seek(pos)}: a socket cannot seek.
     *
     * @param pos ignored
     * @return never
     * @throws io.UnsupportedOperation always (ValueError first on a closed buffered file)
     */
    public long seek(long pos) throws io.UnsupportedOperation {
        if (raw || (reading && writing)) {
            throw new io.UnsupportedOperation("seek");
        }
        if (closed) {
            throw new IllegalArgumentException("seek of closed file");
        }
        throw new io.UnsupportedOperation("File or stream is not seekable.");
    }

    /**
     * Python's {@code f.tell()}.
     *
     * @return never
     * @throws io.UnsupportedOperation always, as CPython's {@code "seek"}
     */
    public long tell() throws io.UnsupportedOperation {
        throw new io.UnsupportedOperation("seek");
    }

    /**
     * CPython's checks before a read or write, in its order and with its texts: the direction
     * first ({@code UnsupportedOperation: read}), then the closed file ({@code read of closed
     * file}); the raw SocketIO checks closed first and words both differently.
     */
    private void check(boolean write, String op) throws io.UnsupportedOperation {
        boolean allowed = write ? writing : reading;
        if (raw) {
            if (closed) {
                throw new IllegalArgumentException("I/O operation on closed file.");
            }
            if (!allowed) {
                throw new io.UnsupportedOperation(write ? "File or stream is not writable." : "File or stream is not readable.");
            }
            return;
        }
        if (!allowed) {
            throw new io.UnsupportedOperation(write ? "write" : "read");
        }
        if (closed) {
            throw new IllegalArgumentException(op + (write ? " to" : " of") + " closed file");
        }
    }

    /**
     * One {@code recv_into} (Python's {@code SocketIO.readinto}).
     *
     * @return the count (0 at EOF), or -1 when a non-blocking socket has nothing (Python's None)
     */
    private int rawRead(byte[] b, int len) throws OSError {
        if (timedOut) {
            throw new OSError("cannot read from timed out object");
        }
        try {
            return sock.recv_into(b, len);
        } catch (TimeoutError e) {
            timedOut = true;
            throw e;
        } catch (BlockingIOError e) {
            return -1;
        }
    }

    /**
     * Refills the read buffer when it is empty.
     *
     * @return 1 with bytes waiting, 0 at EOF, -1 when a non-blocking socket has none now
     */
    private int fill() throws OSError {
        if (inPos < inEnd) {
            return 1;
        }
        if (eof) {
            return 0;
        }
        inPos = 0;
        inEnd = 0;
        if (in == null) {
            // CPython's buffer is virtual memory the kernel fills on use: a huge buffering costs nothing
            // there, while a Java array is committed at once, so it is capped at what one recv returns.
            in = new byte[Math.min(bufferSize, SocketObject.MAX_RECV)];
        }
        int n = rawRead(in, in.length);
        if (n < 0) {
            return -1;
        }
        inEnd = n;
        eof = n == 0;
        return eof ? 0 : 1;
    }

    /**
     * Python's {@code f.read()}: everything until EOF.
     *
     * @return the bytes; null (Python's None) when a non-blocking socket has none yet
     * @throws OSError from the socket
     */
    public byte[] read() throws OSError {
        return read(-1);
    }

    /**
     * Python's {@code f.read(n)}: n bytes, fewer only at EOF (or, for the raw SocketIO, one
     * {@code recv} of at most n); a negative n reads to EOF.
     *
     * @param n how many
     * @return the bytes; null (Python's None) when a non-blocking socket had none, while what
     *     was already read is returned, never dropped
     * @throws OSError from the socket
     */
    public byte[] read(int n) throws OSError {
        check(false, "read");
        if (raw) {
            if (n < 0) {
                return readall();
            }
            byte[] b = new byte[Math.min(n, SocketObject.MAX_RECV)];
            int got = n == 0 ? 0 : rawRead(b, b.length);
            return got < 0 ? null : Arrays.copyOf(b, got);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (n < 0 || b.size() < n) {
            int f = fill();
            if (f <= 0) {
                if (f < 0 && b.size() == 0) {
                    return null;
                }
                break;
            }
            int take = n < 0 ? inEnd - inPos : Math.min(n - b.size(), inEnd - inPos);
            b.write(in, inPos, take);
            inPos += take;
        }
        return b.toByteArray();
    }

    /**
     * Python's {@code f.read1(n)}: at most n bytes with at most one {@code recv}.
     *
     * @param n the most to return; negative for what one recv gives
     * @return the bytes ({@code b''} at EOF), or null when a non-blocking socket has none
     * @throws OSError from the socket
     */
    public byte[] read1(int n) throws OSError {
        check(false, "read1");
        if (raw) {
            return read(n < 0 ? BUFFER_SIZE : n);
        }
        if (n == 0) {
            return new byte[0];
        }
        int f = fill();
        if (f < 0) {
            return null;
        }
        int take = n < 0 ? inEnd - inPos : Math.min(n, inEnd - inPos);
        byte[] b = Arrays.copyOfRange(in, inPos, inPos + take);
        inPos += take;
        return b;
    }

    /**
     * Python's {@code SocketIO.readall()}: reads until EOF.
     *
     * @return the bytes; null when a non-blocking socket had none
     * @throws OSError from the socket
     */
    public byte[] readall() throws OSError {
        check(false, "read");
        if (!raw) {
            return read(-1);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] chunk = new byte[BUFFER_SIZE];
        for (;;) {
            int got = rawRead(chunk, chunk.length);
            if (got < 0) {
                return b.size() == 0 ? null : b.toByteArray();
            }
            if (got == 0) {
                return b.toByteArray();
            }
            b.write(chunk, 0, got);
        }
    }

    /**
     * Python's {@code f.readinto(b)}: fills the start of {@code b}.
     *
     * @param b where the bytes go
     * @return how many (0 at EOF); null when a non-blocking socket had none
     * @throws OSError from the socket
     */
    public Integer readinto(byte[] b) throws OSError {
        if (b == null) {
            throw new IllegalArgumentException("readinto() argument must be read-write bytes-like object, not None");
        }
        check(false, "readinto");
        if (raw) {
            int got = b.length == 0 ? 0 : rawRead(b, b.length);
            return got < 0 ? null : got;
        }
        int done = 0;
        while (done < b.length) {
            int f = fill();
            if (f <= 0) {
                if (f < 0 && done == 0) {
                    return null;
                }
                break;
            }
            int take = Math.min(b.length - done, inEnd - inPos);
            System.arraycopy(in, inPos, b, done, take);
            inPos += take;
            done += take;
        }
        return done;
    }

    /**
     * Python's {@code f.readline()}: up to and including the next {@code b'\n'}, or what is
     * left at EOF ({@code b''} when nothing is).
     *
     * @return the line (what has come so far when a non-blocking socket has no more)
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
        check(false, "readline");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (raw) {
            byte[] one = new byte[1];
            while (size < 0 || b.size() < size) {
                int got = rawRead(one, 1);
                if (got <= 0) {
                    break;
                }
                b.write(one[0]);
                if (one[0] == '\n') {
                    break;
                }
            }
            return b.toByteArray();
        }
        while ((size < 0 || b.size() < size) && fill() > 0) {
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
     * Python's {@code f.write(b)}: buffered, it keeps the bytes and sends once a buffer's worth
     * waits; raw, it is one {@code send}.
     *
     * @param b the bytes
     * @return {@code len(b)} (buffered), or what the one send took; null (Python's None) when a
     *     non-blocking raw file could send nothing
     * @throws OSError from the socket
     */
    public Integer write(byte[] b) throws OSError {
        if (b == null) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'NoneType'");
        }
        check(true, "write");
        if (raw) {
            try {
                return sock.send(b);
            } catch (BlockingIOError e) {
                return null;
            }
        }
        out.write(b, 0, b.length);
        if (out.size() >= bufferSize) {
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
            throw new IllegalArgumentException(raw || !writing ? "I/O operation on closed file." : "flush of closed file");
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
            if (release.done.compareAndSet(false, true)) {
                sock.fileClosed();
            }
            cleanable.clean();
        }
    }

    /** {@return a java.io view of the reading side; its close closes this file} */
    public InputStream asInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = SocketFile.this.read(1);
                return one == null || one.length == 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (len == 0) {
                    return 0;
                }
                byte[] got = SocketFile.this.read1(len);
                if (got == null) {
                    throw OSError.fromErrno(LibC.EAGAIN);
                }
                if (got.length == 0) {
                    return -1;
                }
                System.arraycopy(got, 0, b, off, got.length);
                return got.length;
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
                Objects.checkFromIndexSize(off, len, b.length);
                byte[] part = Arrays.copyOfRange(b, off, off + len);
                int done = 0;
                while (done < part.length) {
                    Integer n = SocketFile.this.write(done == 0 ? part : Arrays.copyOfRange(part, done, part.length));
                    if (n == null) {
                        throw OSError.fromErrno(LibC.EAGAIN);
                    }
                    done += n;
                }
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

    /**
     * Python's repr: {@code <_io.BufferedReader name=5>}, {@code <_io.BufferedWriter name=5>},
     * {@code <_io.BufferedRWPair object at 0x...>}, {@code <socket.SocketIO object at 0x...>}.
     */
    @Override
    public String toString() {
        String at = " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        if (raw) {
            return "<socket.SocketIO" + at;
        }
        if (reading && writing) {
            return "<_io.BufferedRWPair" + at;
        }
        return "<_io." + (reading ? "BufferedReader" : "BufferedWriter") + " name=" + name() + ">";
    }
}
