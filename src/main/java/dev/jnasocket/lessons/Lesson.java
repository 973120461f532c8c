package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.Trace;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_in6;
import dev.jnasocket.libc.sockaddr_storage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What the lesson programs share, so each of them reads like its C original: how {@code main}
 * runs the server and the clients (both sides in one process by default, each in a thread named
 * for its role, so a traced run shows both sides in the order the calls happen), and Beej's
 * {@code get_in_addr}.
 */
final class Lesson {
    private Lesson() {}

    /** A lesson's server: the C program's {@code main}, serving {@code clients} clients (0: for ever). */
    interface Server {
        /**
         * @param port    the port to listen on, 0 for a free one
         * @param clients how many clients to serve before returning, 0 for no limit
         * @return the exit status
         */
        int run(int port, int clients);
    }

    /** A lesson's client: the C program's {@code main}. */
    interface Client {
        /**
         * @param host the server's host
         * @param port its port
         * @param n    which client this is, from 1 (in the both-sides run)
         * @return the exit status
         */
        int run(String host, int port, int n);
    }

    private static final long WAIT_SECONDS = 10;
    private static final CompletableFuture<Integer> PORT = new CompletableFuture<>();
    private static final Semaphore CONNECTED = new Semaphore(0);

    /**
     * The lessons' {@code main}: with no arguments, the server in a thread named {@code server}
     * and {@code clients} clients after it, each in its own thread; {@code server [PORT]} runs
     * only the server (until stopped), {@code client [HOST] PORT} only one client.
     *
     * @param args    the command line
     * @param server  the server
     * @param client  the client
     * @param clients how many clients the both-sides run starts, one after another
     * @return the exit status: 0 when every side returned 0
     */
    static int main(String[] args, Server server, Client client, int clients) throws InterruptedException {
        if (args.length > 0 && args[0].equals("server")) {
            return server.run(args.length > 1 ? Integer.parseInt(args[1]) : 3490, 0);
        }
        if (args.length > 0 && args[0].equals("client")) {
            String host = args.length > 2 ? args[1] : "127.0.0.1";
            return client.run(host, Integer.parseInt(args[args.length > 2 ? 2 : 1]), 1);
        }
        int[] status = new int[clients + 1];
        Thread s = new Thread(() -> status[0] = server.run(0, clients), "server");
        s.start();
        Integer port = null;
        try {
            port = PORT.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("the server did not start: " + e);
            return 1;
        }
        // The first client starts once the server waits in accept (or poll, select): the trace then
        // shows the server's call unfinished while the client connects, as in the classic picture.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (Trace.enabled() && !Trace.inCall(s) && s.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            int n = i;
            int p = port;
            Thread c = new Thread(() -> status[n] = client.run("127.0.0.1", p, n), clients == 1 ? "client" : "client" + n);
            threads.add(c);
            c.start();
            if (!CONNECTED.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("client " + n + " did not connect");
                return 1;
            }
        }
        for (Thread c : threads) {
            c.join(TimeUnit.SECONDS.toMillis(3 * WAIT_SECONDS));
        }
        s.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        int worst = 0;
        for (int st : status) {
            worst = Math.max(worst, st);
        }
        return s.isAlive() ? 1 : worst;
    }

    /**
     * Announces a listening socket: prints its port and hands it to the clients of the
     * both-sides run.
     *
     * @param sockfd the listening (or bound datagram) socket
     */
    static void listening(int sockfd) {
        sockaddr_storage ss = new sockaddr_storage();
        int[] len = {ss.size()};
        if (getsockname(sockfd, ss, len) < 0) {
            perror("getsockname");
            return;
        }
        int port = ss.ss_family == AF_INET ? ntohs(ss.as_in().sin_port) : ntohs(ss.as_in6().sin6_port);
        System.out.printf("server: waiting for connections on port %d...%n", port);
        PORT.complete(port);
    }

    /** Called by a client once it is connected: the both-sides run then starts the next one. */
    static void connected() {
        CONNECTED.release();
    }

    /**
     * The chat client of lessons 4 and 5 (Beej uses telnet): client 1 connects and waits for one
     * message; client 2 connects, says hello to the others and hangs up.
     *
     * @param host the server's host
     * @param port its port
     * @param n    1 listens, 2 talks
     * @return the exit status
     */
    static int chatClient(String host, int port, int n) {
        int sockfd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr = new sockaddr_in();
        addr.sin_port = htons(port);
        if (inet_pton(AF_INET, host, addr.sin_addr) != 1 || connect(sockfd, addr, addr.size()) == -1) {
            perror("client: connect");
            close(sockfd);
            return 1;
        }
        connected();
        int status = 0;
        if (n == 1) {
            byte[] buf = new byte[256];
            long nbytes = recv(sockfd, buf, buf.length, 0);
            if (nbytes <= 0) {
                perror("recv");
                status = 1;
            } else {
                System.out.printf("client 1: heard '%s'%n", new String(buf, 0, (int) nbytes, StandardCharsets.US_ASCII).strip());
            }
        } else {
            byte[] msg = ("hello from client " + n + "\n").getBytes(StandardCharsets.US_ASCII);
            if (send(sockfd, msg, msg.length, MSG_NOSIGNAL) != msg.length) {
                perror("send");
                status = 1;
            }
        }
        close(sockfd);
        return status;
    }

    /**
     * Beej's {@code get_in_addr}: the address bytes of an IPv4 or IPv6 {@code sockaddr}, as
     * {@code inet_ntop} wants them.
     *
     * @param sa a {@code sockaddr_in}, {@code sockaddr_in6} or a {@code sockaddr_storage} holding one
     * @return {@code sin_addr} or {@code sin6_addr}
     */
    static byte[] get_in_addr(sockaddr sa) {
        if (sa instanceof sockaddr_storage ss) {
            sa = ss.as_family();
        }
        if (sa.sa_family() == AF_INET) {
            return ((sockaddr_in) sa).sin_addr;
        }
        return ((sockaddr_in6) sa).sin6_addr;
    }
}
