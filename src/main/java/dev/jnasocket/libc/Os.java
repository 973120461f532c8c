package dev.jnasocket.libc;

/**
 * The operating systems whose libc this library knows: it picks constant values and struct
 * layouts. Decided once, at class initialisation, from {@code os.name}.
 */
public enum Os {
    /** Linux with glibc (x86-64 or aarch64). */
    LINUX,
    /** macOS (x86-64 or arm64). */
    MACOS;

    /** The OS this JVM runs on. */
    public static final Os HOST = detect(System.getProperty("os.name", ""));

    static Os detect(String osName) {
        String n = osName.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("linux")) {
            return LINUX;
        }
        if (n.startsWith("mac") || n.startsWith("darwin")) {
            return MACOS;
        }
        throw new ExceptionInInitializerError("jna-socket supports Linux and macOS, not " + osName);
    }

    /** True on x86-64 (amd64), where Linux packs {@code struct epoll_event} to 12 bytes. */
    public static final boolean X86_64 = System.getProperty("os.arch", "").matches("amd64|x86_64");
}
