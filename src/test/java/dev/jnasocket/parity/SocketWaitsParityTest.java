package dev.jnasocket.parity;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** How a call that cannot go on at once ends, as CPython: raised, or waited out. */
class SocketWaitsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_waits.py";
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Scenario
    static void NonBlockingTCPTests_testRecvWithRcvTimeo() throws OSError {
        SocketObject[] p = socket.socketpair();
        byte[] timeval = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putLong(0).putLong(100000).array();
        p[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, timeval);
        try {
            p[0].recv(1);
        } catch (OSError e) {
            System.out.println(e.getClass().getSimpleName() + " " + py(e.errno() == LibC.EAGAIN));
        }
        System.out.println((p[0].gettimeout() == null ? "None" : p[0].gettimeout().toString()) + " " + py(p[0].getblocking()));
        p[0].close();
        p[1].close();
    }

    @Scenario
    static void NonBlockingTCPTests_testRecvDontWaitOnBlocking() throws OSError {
        SocketObject[] p = socket.socketpair();
        try {
            p[0].recv(1, socket.MSG_DONTWAIT);
        } catch (OSError e) {
            System.out.println(e.getClass().getSimpleName());
        }
        p[1].send("x".getBytes());
        System.out.println("b'" + new String(p[0].recv(1, socket.MSG_DONTWAIT)) + "'");
        p[0].close();
        p[1].close();
    }
}
