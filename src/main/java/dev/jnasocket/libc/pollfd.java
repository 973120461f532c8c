package dev.jnasocket.libc;

/**
 * {@code struct pollfd} (8 bytes on both OSes: fd i32 at 0, events i16 at 4, revents i16 at 6).
 * Python: the {@code (fd, event)} pairs that {@code select.poll().poll()} returns.
 */
public final class pollfd {
    /** {@code sizeof(struct pollfd)}. */
    public static final int SIZE = 8;

    /** The descriptor to watch; a negative one is ignored by the kernel. */
    public int fd;
    /** The POLL* events asked for. */
    public int events;
    /** The POLL* events that happened, filled in by {@code poll}. */
    public int revents;

    /** An entry with fd 0 and no events. */
    public pollfd() {}

    /**
     * One descriptor to poll.
     *
     * @param fd     the descriptor
     * @param events POLLIN, POLLOUT, ...
     */
    public pollfd(int fd, int events) {
        this.fd = fd;
        this.events = events;
    }

    @Override
    public String toString() {
        return "{fd=" + fd + ", events=" + Names.pollEvents(events) + ", revents=" + Names.pollEvents(revents) + "}";
    }
}
