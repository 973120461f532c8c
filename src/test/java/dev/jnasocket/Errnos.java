package dev.jnasocket;

import dev.jnasocket.libc.LibC;

/**
 * What a test expects an errno to print as, by its name: the number and the text of the OS the
 * suite runs on ({@code ECONNREFUSED} is 111 on Linux and 61 on macOS), so no test hard-codes
 * Linux's.
 */
public final class Errnos {
    private Errnos() {}

    /**
     * Python's {@code str(OSError(errno, strerror(errno)))}.
     *
     * @param errno an errno value, by name ({@code LibC.EBADF})
     * @return {@code "[Errno 9] Bad file descriptor"} on Linux, the same with macOS's number and text there
     */
    public static String text(int errno) {
        return "[Errno " + errno + "] " + LibC.strerror(errno);
    }
}
