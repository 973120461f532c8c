package dev.jnasocket.libc;

/** A child JVM for {@link TraceThreadsTest}: two traced calls, then exit 0. */
final class TraceChild {
    private TraceChild() {}

    public static void main(String[] args) {
        int fd = LibC.socket(LibC.AF_INET, LibC.SOCK_DGRAM, 0);
        System.exit(LibC.close(fd) == 0 ? 0 : 1);
    }
}
