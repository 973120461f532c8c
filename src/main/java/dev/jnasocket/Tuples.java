package dev.jnasocket;

/** How a value prints inside a Python tuple or list (its repr), for the records that print as tuples. */
final class Tuples {
    private Tuples() {}

    /**
     * An address as a tuple element: an IP address prints as its tuple, an AF_UNIX path quoted
     * ({@code '/tmp/s'}), an abstract name as bytes, none as {@code None}.
     */
    static String addr(Address a) {
        if (a == null) {
            return "None";
        }
        return a.kind() == Address.Kind.UNIX && !a.isAbstract() ? socket.reprStr(a.path()) : a.toString();
    }
}
