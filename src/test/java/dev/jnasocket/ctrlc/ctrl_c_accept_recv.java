package dev.jnasocket.ctrlc;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** Port of {@code src/test/python/ctrl_c/ctrl_c_accept_recv.py}, line for line. */
public final class ctrl_c_accept_recv {
    private ctrl_c_accept_recv() {}

    /**
     * @param args the port
     * @throws Exception as the Python program would raise
     */
    public static void main(String[] args) throws Exception {
        var s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        s.bind("localhost", Integer.parseInt(args[0]));
        s.listen();
        print("listening", flush(true));
        try {
            while (true) {
                var a = s.accept();
                a.conn().close();
            }
        } catch (KeyboardInterrupt e) {
            print("interrupted in accept", repr(e), "|" + str(e) + "|");
        }
        s.close();
        var p = socket.socketpair();
        var a = p[0];
        var b = p[1];
        print("receiving", flush(true));
        try {
            a.recv(10);
        } catch (KeyboardInterrupt e) {
            print("interrupted in recv");
        }
        b.sendall(b("still works"));
        print(a.recv(100));
        System.exit(3);
    }
}
