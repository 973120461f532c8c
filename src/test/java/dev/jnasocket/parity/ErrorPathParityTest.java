package dev.jnasocket.parity;

import static dev.jnasocket.builtins.print;
import static dev.jnasocket.builtins.repr;

import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The raising side of the Python-style errors, paired with CPython: {@link OSError#fromErrno}
 * picks PEP 3151's class with libc's text for every errno, EAGAIN (raised on its own short path)
 * included, and a non-blocking recv on an empty socket raises a new BlockingIOError with its
 * errno and message each time.
 */
class ErrorPathParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_error_path.py";
    }

    private static final String[] ERRNOS = {"EAGAIN", "EWOULDBLOCK", "EALREADY", "EINPROGRESS", "EPIPE", "ESHUTDOWN",
        "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EINTR", "ETIMEDOUT", "ENOENT", "EEXIST", "EACCES", "EPERM", "EBADF", "EINVAL"};

    @Scenario
    static void HierarchyTest_test_errno_mapping() throws Exception {
        for (String name : ERRNOS) {
            int n = (Integer) LibC.class.getField(name).get(null);
            OSError e = OSError.fromErrno(n);
            print(name, e.getClass().getSimpleName(), e.errno(), e.strerror(), e.getMessage(), repr(e));
        }
    }

    @Scenario
    static void NonBlockingTCPTests_testRecv() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        SocketObject b = p[1];
        b.setblocking(false);
        ByteBuffer buf = ByteBuffer.allocateDirect(1);
        List<OSError> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                b.recv_into(buf);
                print("no error");
            } catch (BlockingIOError e) {
                if (i == 0) {
                    print("strerror first:", e.strerror(), "|", e.getMessage());
                } else {
                    print("str first:", e.getMessage(), "|", e.strerror());
                }
                print(e.getClass().getSimpleName(), e.errno() == LibC.EAGAIN, repr(e), e.getCause(), null);
                boolean fresh = true;
                for (OSError s : seen) {
                    fresh &= s != e;
                }
                print("a new one:", fresh);
                seen.add(e);
            }
        }
        a.send(new byte[] {'x'});
        buf.clear();
        int n = b.recv_into(buf);
        buf.flip();
        byte[] got = new byte[buf.remaining()];
        buf.get(got);
        print("then", n, got);
        try {
            b.recv(1);
        } catch (BlockingIOError e) {
            print(e.getClass().getSimpleName(), e.getMessage());
        }
        a.close();
        b.close();
    }
}
