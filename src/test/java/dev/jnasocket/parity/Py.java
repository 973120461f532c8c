package dev.jnasocket.parity;

import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;

/** Python's {@code print} for the fidelity scenarios: True/False, None, bytes as their repr. */
final class Py {
    private Py() {}

    /** Prints the arguments as Python's {@code print(*args)} does. */
    static void print(Object... args) {
        StringBuilder b = new StringBuilder();
        for (Object a : args) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(str(a));
        }
        System.out.println(b);
    }

    /** Python's {@code str(x)} of the values the scenarios print. */
    static String str(Object a) {
        if (a == null) {
            return "None";
        }
        if (a instanceof Boolean t) {
            return t ? "True" : "False";
        }
        if (a instanceof byte[] bytes) {
            return socket.repr(bytes);
        }
        if (a instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                parts.add(x instanceof String s ? "'" + s + "'" : str(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(a);
    }

    /** Python's {@code repr(bytearray(b))}. */
    static String bytearray(byte[] b) {
        return "bytearray(" + socket.repr(b) + ")";
    }

    /** Prints what Python's {@code except E as e: print(type(e).__name__, e)} prints. */
    static void caught(Throwable e) {
        String kind = e instanceof IllegalArgumentException ? "ArgumentError" : e.getClass().getSimpleName();
        System.out.println(kind + " " + e.getMessage());
    }
}
