package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_in6;

/**
 * Lesson 2, from names to addresses: Beej's {@code showip}. {@code getaddrinfo} turns a host
 * name into the list of addresses a client may connect to, IPv4 and IPv6 alike; the program
 * prints each one. Without an argument it looks up {@code localhost}, which {@code /etc/hosts}
 * answers without asking the network.
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L2_ShowIp [HOST]
 * </pre>
 * Page: {@code native-docs/lessons/L2_ShowIp.md}.
 */
public final class L2_ShowIp {
    private L2_ShowIp() {}

    /**
     * Runs the program.
     *
     * @param args the host name to look up (default {@code localhost})
     */
    public static void main(String[] args) {
        System.exit(showip(args.length > 0 ? args[0] : "localhost"));
    }

    static int showip(String host) {
        addrinfo hints = new addrinfo();        // memset(&hints, 0, sizeof hints)
        hints.ai_family = AF_UNSPEC;            // AF_INET or AF_INET6 to force a version
        hints.ai_socktype = SOCK_STREAM;
        addrinfo[] res = new addrinfo[1];
        int status = getaddrinfo(host, null, hints, res);
        if (status != 0) {
            System.err.printf("getaddrinfo: %s%n", gai_strerror(status));
            return 2;
        }
        System.out.printf("IP addresses for %s:%n%n", host);
        for (addrinfo p = res[0]; p != null; p = p.ai_next) {
            byte[] addr;
            String ipver;
            // A switch would read as C's, but AF_INET6 differs between Linux (10) and macOS (30):
            // it is no compile-time constant, so the test is an if.
            if (p.ai_family == AF_INET) {
                addr = ((sockaddr_in) p.ai_addr).sin_addr;   // C: &((struct sockaddr_in *) p->ai_addr)->sin_addr
                ipver = "IPv4";
            } else {
                addr = ((sockaddr_in6) p.ai_addr).sin6_addr;
                ipver = "IPv6";
            }
            System.out.printf("  %s: %s%n", ipver, inet_ntop(p.ai_family, addr));
        }
        freeaddrinfo(res[0]);                   // free the linked list
        return 0;
    }
}
