package dev.jnasocket;

import dev.jnasocket.libc.LibC;

/**
 * Python's {@code socket.gaierror}: {@code getaddrinfo} or {@code getnameinfo} failed. The errno
 * is the EAI_* code (negative on Linux) and the text is {@code gai_strerror}'s, so the message
 * reads {@code "[Errno -2] Name or service not known"} as in CPython on Linux.
 */
public class gaierror extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code gaierror(code, strerror)}.
     *
     * @param code     the EAI_* code
     * @param strerror gai_strerror's text for it
     */
    public gaierror(int code, String strerror) {
        super(code, strerror);
    }

    /**
     * The error for an EAI_* code; EAI_SYSTEM becomes the errno's own OSError, as in CPython.
     *
     * @param code the EAI_* code that getaddrinfo or getnameinfo returned
     * @return the exception to throw
     */
    public static OSError fromCode(int code) {
        if (code == LibC.EAI_SYSTEM) {
            return OSError.last();
        }
        return new gaierror(code, LibC.gai_strerror(code));
    }
}
