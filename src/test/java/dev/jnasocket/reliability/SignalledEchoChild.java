package dev.jnasocket.reliability;

import dev.jnasocket.Accepted;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child of {@code FaultTest}'s EINTR test: echoes one connection while its parent sends it a
 * stream of SIGHUPs. SIGHUP gets a Java handler (sun.misc.Signal, so the JVM does not exit):
 * a signal with a handler interrupts the thread it lands on, so a thread blocked in
 * accept/recv/send/poll sees EINTR (poll always, the others unless SA_RESTART restarts them).
 * Prints {@code port P}, then at the end {@code handled N}.
 *
 * <p>args: {@code blocking} (no timeout: one libc call per operation) or {@code timeout}
 * (a timeout: non-blocking calls and waits in poll).
 */
public final class SignalledEchoChild {
    private SignalledEchoChild() {}

    /** @param args {@code blocking} or {@code timeout} */
    public static void main(String[] args) throws Exception {
        AtomicLong handled = new AtomicLong();
        onSighup(handled::incrementAndGet);
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            Double timeout = args[0].equals("timeout") ? 30.0 : null;
            server.settimeout(timeout);
            System.out.println("port " + server.getsockname().port());
            System.out.flush();
            Accepted a = server.accept();
            try (SocketObject conn = a.conn()) {
                conn.settimeout(timeout);
                byte[] buf = new byte[4096];
                for (int n = conn.recv_into(buf); n > 0; n = conn.recv_into(buf)) {
                    conn.sendall(java.util.Arrays.copyOf(buf, n));
                }
            }
        }
        System.out.println("handled " + handled.get());
    }

    /**
     * {@code sun.misc.Signal.handle(new Signal("HUP"), s -> handler.run())}, through reflection:
     * used directly, the JDK-internal API costs a compiler warning per use that no annotation
     * can silence.
     */
    private static void onSighup(Runnable handler) throws ReflectiveOperationException {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
        Object proxy = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                (self, method, a) -> switch (method.getName()) {
                    case "handle" -> {
                        handler.run();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == a[0];
                    default -> "SIGHUP handler";
                });
        signal.getMethod("handle", signal, handlerType).invoke(null, signal.getConstructor(String.class).newInstance("HUP"), proxy);
    }
}
