package dev.jnasocket.parity;

import dev.jnasocket.builtins;

/** Small helpers of the fidelity scenarios on top of {@link builtins}. */
final class Py {
    private Py() {}

    /** Python's {@code print(*args)}. */
    static void print(Object... args) {
        builtins.print(args);
    }

    /** Python's {@code str(x)}. */
    static String str(Object a) {
        return builtins.str(a);
    }

    /** Python's {@code repr(bytearray(b))}. */
    static String bytearray(byte[] b) {
        return "bytearray(" + builtins.repr(b) + ")";
    }

    /** Prints what the Python twin's {@code _caught(e)} prints: the kind (ArgumentError for Value/Type/OverflowError) and str(e). */
    static void caught(Throwable e) {
        String kind = e instanceof IllegalArgumentException ? "ArgumentError" : e.getClass().getSimpleName();
        System.out.println(kind + " " + e.getMessage());
    }
}
