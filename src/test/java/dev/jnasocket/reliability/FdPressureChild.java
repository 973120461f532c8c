package dev.jnasocket.reliability;

import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;

/**
 * The child of {@code ResourceLeakTest}'s fd-limit test, run under a low RLIMIT_NOFILE: a
 * CPython-style loop that drops each new socket without close(), for each way a socket is
 * made. CPython closes each at once (reference counting); here the Cleaner does, after a GC,
 * which the library must run itself when a call fails for want of fds.
 *
 * <p>args: the iterations, then the modes ({@code socket}, {@code socketpair}, {@code accept},
 * {@code dup}, {@code fromfd}). Prints {@code ok MODE N} or {@code failed MODE at I: error}.
 */
public final class FdPressureChild {
    private FdPressureChild() {}

    /** @param args iterations, then modes */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            int port = server.getsockname().port();
            for (int m = 1; m < args.length; m++) {
                String mode = args[m];
                int i = 0;
                try {
                    for (; i < n; i++) {
                        switch (mode) {
                            case "socket" -> socket.socket();
                            case "socketpair" -> socket.socketpair();
                            case "accept" -> {
                                socket.create_connection("127.0.0.1", port);
                                server.accept();
                            }
                            case "dup" -> server.dup();
                            case "fromfd" -> socket.fromfd(server.fileno(), socket.AF_INET, socket.SOCK_STREAM);
                            default -> throw new IllegalArgumentException(mode);
                        }
                    }
                    System.out.println("ok " + mode + " " + n);
                } catch (Exception e) {
                    System.out.println("failed " + mode + " at " + i + ": " + e);
                }
            }
        }
    }
}
