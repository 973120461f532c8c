package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import java.io.IOException;

/**
 * Python's {@code OSError}: a failed system call, with its errno and libc's text for it.
 * {@code getMessage()} is Python's {@code str(e)}: {@code "[Errno 111] Connection refused"}.
 *
 * <p>{@link #fromErrno(int)} is the one place an errno becomes an exception: it picks the
 * subclass Python 3.11 would raise (PEP 3151), so {@code catch (ConnectionRefusedError e)} reads
 * like {@code except ConnectionRefusedError}.
 */
public class OSError extends IOException {
    private static final long serialVersionUID = 1L;

    /** The error number; meaningless when {@link #hasErrno} is false. */
    private final int errno;
    /** Whether there is an errno (false when made from a message alone). */
    private final boolean hasErrno;
    /** The text for the errno, or null when made from a message alone or not looked up yet. */
    private String strerror;
    /** Whether {@link #strerror} is libc's text for the errno, looked up when first asked for. */
    private final boolean libcText;

    /**
     * Python's {@code OSError(errno, strerror)}.
     *
     * @param errno    the error number
     * @param strerror its text
     */
    public OSError(int errno, String strerror) {
        super((String) null); // the message is built when asked for: most EAGAINs are caught unread
        this.errno = errno;
        this.hasErrno = true;
        this.strerror = strerror;
        this.libcText = false;
    }

    /**
     * An OSError for this errno whose text is libc's, looked up when first asked for (by
     * {@link #strerror()} or {@link #getMessage()}), so raising one touches nothing but the new
     * object: the EAGAIN of a non-blocking loop is raised often and mostly caught unread.
     */
    OSError(int errno) {
        super((String) null);
        this.errno = errno;
        this.hasErrno = true;
        this.libcText = true;
    }

    /**
     * Python's {@code OSError(message)}: no errno (for example {@code TimeoutError("timed out")}).
     *
     * @param message the whole message
     */
    public OSError(String message) {
        super(message);
        this.errno = 0;
        this.hasErrno = false;
        this.libcText = false;
    }

    /** @return Python's {@code str(e)}: {@code "[Errno 111] Connection refused"}, or the message given */
    @Override
    public String getMessage() {
        return hasErrno ? "[Errno " + errno + "] " + strerror() : super.getMessage();
    }

    /** {@return Python's {@code e.errno}: the error number, or null when there is none} */
    public Integer errno() {
        return hasErrno ? errno : null; // boxed here, so a caller that unboxes it costs no object
    }

    /** {@return Python's {@code e.strerror}: libc's text for the errno, or null} */
    public String strerror() {
        String t = strerror;
        if (t == null && libcText) {
            t = text(errno); // a benign race: two threads store the same text
            strerror = t;
        }
        return t;
    }

    /**
     * The exception Python raises for this errno, with libc's text: ECONNREFUSED gives a
     * {@link ConnectionRefusedError}, EAGAIN a {@link BlockingIOError}, an unmapped value a plain
     * OSError.
     *
     * @param errno the error number of the running OS
     * @return the exception to throw
     */
    public static OSError fromErrno(int errno) {
        // EAGAIN, a non-blocking loop's "not now", is raised far more often than any other errno:
        // it takes this short way, whose compiled code is little more than the allocation (C2
        // inlines the constructors into it, though never this method into a caller outside an
        // exception class).
        if (errno == LibC.EAGAIN || errno == LibC.EWOULDBLOCK) {
            return new BlockingIOError(errno);
        }
        return fromOtherErrno(errno);
    }

    private static OSError fromOtherErrno(int errno) {
        String text = text(errno);
        if (errno == LibC.EALREADY || errno == LibC.EINPROGRESS) {
            return new BlockingIOError(errno, text);
        }
        if (errno == LibC.EPIPE || errno == LibC.ESHUTDOWN) {
            return new BrokenPipeError(errno, text);
        }
        if (errno == LibC.ECONNABORTED) {
            return new ConnectionAbortedError(errno, text);
        }
        if (errno == LibC.ECONNREFUSED) {
            return new ConnectionRefusedError(errno, text);
        }
        if (errno == LibC.ECONNRESET) {
            return new ConnectionResetError(errno, text);
        }
        if (errno == LibC.EINTR) {
            return new InterruptedError(errno, text);
        }
        if (errno == LibC.ETIMEDOUT) {
            return new TimeoutError(errno, text);
        }
        if (errno == LibC.ENOENT) {
            return new FileNotFoundError(errno, text);
        }
        if (errno == LibC.EEXIST) {
            return new FileExistsError(errno, text);
        }
        if (errno == LibC.EACCES || errno == LibC.EPERM) {
            return new PermissionError(errno, text);
        }
        return new OSError(errno, text);
    }

    /** libc's texts of small errno values, kept: a non-blocking loop raises EAGAIN often. */
    private static final String[] TEXTS = new String[256];

    private static String text(int errno) {
        if (errno < 0 || errno >= TEXTS.length) {
            return LibC.strerror(errno);
        }
        String t = TEXTS[errno];
        if (t == null) {
            t = LibC.strerror(errno); // a benign race: two threads store the same text
            TEXTS[errno] = t;
        }
        return t;
    }

    /**
     * The exception for this thread's last failed call ({@link LibC#errno()}).
     *
     * @return the exception to throw
     */
    public static OSError last() {
        return fromErrno(LibC.errno());
    }
}
