package dev.jnasocket.reliability;

import dev.jnasocket.libc.LibC;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child of {@link BufferReachabilityTest}: one blocking {@code LibC.send} or {@code LibC.recv}
 * on a direct buffer that only the call's argument refers to, with GCs while the call blocks.
 * Prints {@code freed during the call: true|false} and {@code returned: N}.
 */
final class BufferReachabilityChild {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final AtomicBoolean FREED = new AtomicBoolean();
    /** Far above what a socketpair buffers, so a send blocks; above malloc's mmap threshold. */
    private static final int SIZE = 4 << 20;
    /** What the peer sends to end a blocked recv. */
    private static final int REPLY = 65536;

    private BufferReachabilityChild() {}

    /** A fresh direct buffer whose collection sets {@link #FREED}; the caller keeps no reference. */
    private static ByteBuffer untracked() {
        ByteBuffer b = ByteBuffer.allocateDirect(SIZE);
        CLEANER.register(b, () -> FREED.set(true));
        return b;
    }

    // The buffer exists only as an argument: in compiled code nothing but the bindings can keep it alive.
    private static long sendTemporary(int fd) {
        return LibC.send(fd, untracked(), SIZE, 0);
    }

    private static long recvTemporary(int fd) {
        return LibC.recv(fd, untracked(), SIZE, 0);
    }

    public static void main(String[] args) throws Exception {
        boolean send = args[0].equals("send");
        int[] sv = new int[2];
        if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, sv) != 0) {
            throw new IllegalStateException("socketpair failed");
        }
        AtomicLong returned = new AtomicLong(Long.MIN_VALUE);
        Thread caller = new Thread(() -> returned.set(send ? sendTemporary(sv[0]) : recvTemporary(sv[0])));
        caller.start();
        Thread.sleep(100); // the call is blocked by now: the peer reads nothing, or sends nothing yet
        boolean freedDuring = false;
        for (int i = 0; i < 15 && !freedDuring && caller.isAlive(); i++) {
            System.gc();
            Thread.sleep(20); // the Cleaner runs on its own thread
            freedDuring = FREED.get() && caller.isAlive();
        }
        byte[] buf = new byte[REPLY];
        long moved = 0;
        if (send) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while ((caller.isAlive() || moved < SIZE) && System.nanoTime() < deadline) {
                long n = LibC.recv(sv[1], buf, buf.length, LibC.MSG_DONTWAIT);
                if (n > 0) {
                    moved += n;
                } else if (!caller.isAlive()) {
                    break;
                } else {
                    Thread.sleep(1);
                }
            }
        } else {
            moved = LibC.send(sv[1], buf, buf.length, 0);
        }
        caller.join(10_000);
        System.out.println("freed during the call: " + freedDuring);
        System.out.println("returned: " + returned.get());
        System.out.println("peer moved: " + moved);
    }
}
