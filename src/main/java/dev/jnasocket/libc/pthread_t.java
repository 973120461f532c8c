package dev.jnasocket.libc;

/**
 * C's {@code pthread_t}: a native thread of this process, as {@link LibC#pthread_self()} returns
 * it. Opaque on purpose: in C a {@code pthread_t} is a pointer to the thread's control block,
 * and {@code pthread_kill} of a made-up or dead one reads freed memory (glibc crashes). So the
 * only way to get one is {@code pthread_self()}, and it remembers the Java thread it was taken
 * on, so that {@link LibC#pthread_kill(pthread_t, int)} refuses a thread that has ended.
 */
public final class pthread_t {
    final long id;
    final Thread owner;

    pthread_t(long id, Thread owner) {
        this.id = id;
        this.owner = owner;
    }

    /** {@return strace's form of the id, {@code 0x7f...}} */
    @Override
    public String toString() {
        return "0x" + Long.toHexString(id);
    }
}
