package dev.jnasocket.ctrlc;

import static dev.jnasocket.builtins.*;

import dev.jnasocket.*;

/** Port of {@code src/test/python/ctrl_c/ctrl_c_except_exception.py}, line for line. */
public final class ctrl_c_except_exception {
    private ctrl_c_except_exception() {}

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
            s.accept();
        } catch (Exception e) {
            print("wrongly caught", e);
        } finally {
            print("finally runs");
        }
    }
}
