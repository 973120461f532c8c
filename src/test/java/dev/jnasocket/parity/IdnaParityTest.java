package dev.jnasocket.parity;

import dev.jnasocket.AddrInfo;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Host names through the IDNA codec (CPython's {@code GeneralModuleTests.test_idna}, with only
 * names this machine answers): getaddrinfo, gethostbyname and an address tuple's host.
 */
class IdnaParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_idna.py";
    }

    interface Call {
        Object run() throws Exception;
    }

    static void show(String label, Call fn) {
        try {
            System.out.println(label + " " + builtins.repr(fn.run()));
        } catch (Exception e) {
            System.out.println(label + " !! " + ParityTest.kind(e) + " " + e.getMessage());
        }
    }

    /** Full-width letters: nameprep maps them to "localhost". */
    static final String WIDE = "\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54";

    static String bind(String host) throws Exception {
        try (SocketObject s = socket.socket()) {
            s.bind(host, 0);
            return s.getsockname().host();
        }
    }

    @Scenario
    static void GeneralModuleTests_test_idna_local() {
        show("getaddrinfo", () -> {
            List<Object> out = new ArrayList<>();
            for (AddrInfo ai : socket.getaddrinfo(WIDE, 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0)) {
                out.add(ai.sockaddr());
            }
            return out;
        });
        show("gethostbyname", () -> socket.gethostbyname(WIDE));
        show("bind", () -> bind(WIDE));
        show("numeric", () -> socket.getaddrinfo("b\u00fccher", 80, 0, 0, 0, socket.AI_NUMERICHOST));
    }

    @Scenario
    static void GeneralModuleTests_test_idna_errors() {
        for (String host : new String[] {"a".repeat(64) + "\u00fc", "\u00fc..com", ".\u00fc", "x".repeat(300) + "\u00fc",
                "\u00fc".repeat(70)}) {
            String label = builtins.repr(host.substring(0, Math.min(3, host.length())));
            show(label, () -> socket.getaddrinfo(host, 80, 0, 0, 0, socket.AI_NUMERICHOST));
            show(label + " bind", () -> {
                bind(host);
                return null;
            });
        }
    }
}
