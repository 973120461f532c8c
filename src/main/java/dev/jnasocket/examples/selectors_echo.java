package dev.jnasocket.examples;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/**
 * The selectors echo server of the Python docs ({@code examples/selectors_echo.py}), line for
 * line: Python's callbacks stored in {@code key.data} become a {@link Callback}.
 */
public final class selectors_echo {
    private selectors_echo() {}

    /** Python's callback {@code callback(key.fileobj, mask)}. */
    @FunctionalInterface
    interface Callback {
        void call(Object fileobj, int mask) throws OSError;
    }

    static int PORT;
    static Integer STOP_AFTER;
    static int closed = 0;

    static selectors.BaseSelector sel;

    static void accept(Object sock, int mask) throws OSError {
        Accepted a = ((SocketObject) sock).accept();  // Should be ready
        SocketObject conn = a.conn(); Address addr = a.addr();
        print("accepted", conn, "from", addr);
        conn.setblocking(false);
        sel.register(conn, selectors.EVENT_READ, (Callback) selectors_echo::read);
    }

    static void read(Object fileobj, int mask) throws OSError {
        SocketObject conn = (SocketObject) fileobj;
        byte[] data = conn.recv(1000);  // Should be ready
        if (data.length > 0) {
            print("echoing", repr(data), "to", conn);
            conn.send(data);  // Hope it won't block
        } else {
            print("closing", conn);
            sel.unregister(conn);
            conn.close();
            closed += 1;
        }
    }

    /**
     * Runs the program.
     *
     * @param args optional port (default 1234) and number of connections to serve before stopping
     * @throws OSError as the Python program would raise
     */
    public static void main(String[] args) throws OSError {
        PORT = args.length > 0 ? Integer.parseInt(args[0]) : 1234;
        STOP_AFTER = args.length > 1 ? Integer.valueOf(args[1]) : null;

        sel = selectors.DefaultSelector();

        SocketObject sock = socket.socket();
        sock.bind("localhost", PORT);
        sock.listen(100);
        sock.setblocking(false);
        sel.register(sock, selectors.EVENT_READ, (Callback) selectors_echo::accept);

        while (STOP_AFTER == null || closed < STOP_AFTER) {
            var events = sel.select();
            for (selectors.Ready r : events) { var key = r.key(); int mask = r.mask();
                Callback callback = (Callback) key.data;
                callback.call(key.fileobj, mask);
            }
        }
    }
}
