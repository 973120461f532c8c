package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.sockaddr_storage;
import java.nio.charset.StandardCharsets;

/**
 * Lesson 3, many clients: Beej's stream server, which {@code fork()}s a child per client, as a
 * thread per client (a JVM cannot fork: see {@code native-docs/fork.md}). The server finds its
 * address with {@code getaddrinfo(NULL, port, AI_PASSIVE)}, accepts into a
 * {@code sockaddr_storage} (any family), and sends each client {@code "Hello, world!"} with a loop
 * that survives a short send. Three of C's lines are left out on purpose: the child's
 * {@code close(sockfd)}, the parent's {@code close(new_fd)} and the child's {@code exit(0)}.
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L3_ThreadServer               # a server and 2 clients
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L3_ThreadServer server 3490
 * </pre>
 * Page: {@code native-docs/lessons/L3_ThreadServer.md}.
 */
public final class L3_ThreadServer {
    private L3_ThreadServer() {}

    static final int BACKLOG = 10;
    static final int MAXDATASIZE = 100;

    /**
     * Runs the program.
     *
     * @param args none (both sides), {@code server [PORT]} or {@code client [HOST] PORT}
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(Lesson.main(args, L3_ThreadServer::server, L3_ThreadServer::client, 2));
    }

    /** Beej's {@code sendall}: sends the whole buffer, or fails. */
    static int sendall(int s, byte[] buf, int[] len) {
        int total = 0;                 // how many bytes we've sent
        int bytesleft = len[0];        // how many we have left to send
        long n = 0;
        while (total < len[0]) {
            n = send(s, buf, total, bytesleft, MSG_NOSIGNAL);
            if (n == -1) {
                break;
            }
            total += (int) n;
            bytesleft -= (int) n;
        }
        len[0] = total;                // return number actually sent here
        return n == -1 ? -1 : 0;       // return -1 on failure, 0 on success
    }

    static int server(int port, int clients) {
        addrinfo hints = new addrinfo();
        hints.ai_family = AF_INET;           // Beej: AF_UNSPEC; IPv4 keeps the lesson's output short
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST;
        addrinfo[] servinfo = new addrinfo[1];
        int rv = getaddrinfo("127.0.0.1", Integer.toString(port), hints, servinfo);
        if (rv != 0) {
            System.err.printf("getaddrinfo: %s%n", gai_strerror(rv));
            return 1;
        }
        int sockfd = -1;
        addrinfo p;
        for (p = servinfo[0]; p != null; p = p.ai_next) {     // bind to the first we can
            sockfd = socket(p.ai_family, p.ai_socktype, p.ai_protocol);
            if (sockfd == -1) {
                perror("server: socket");
                continue;
            }
            if (setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1) == -1) {
                perror("setsockopt");
                return 1;
            }
            if (bind(sockfd, p.ai_addr, p.ai_addrlen) == -1) {
                close(sockfd);
                perror("server: bind");
                continue;
            }
            break;
        }
        freeaddrinfo(servinfo[0]);
        if (p == null) {
            System.err.println("server: failed to bind");
            return 1;
        }
        if (listen(sockfd, BACKLOG) == -1) {
            perror("listen");
            return 1;
        }
        Lesson.listening(sockfd);

        Thread[] children = new Thread[Math.max(clients, 0)];
        for (int served = 0; clients == 0 || served < clients; served++) {   // main accept() loop
            sockaddr_storage their_addr = new sockaddr_storage();
            int[] sin_size = {their_addr.size()};
            int new_fd = accept(sockfd, their_addr, sin_size);
            if (new_fd == -1) {
                perror("accept");
                continue;
            }
            System.out.printf("server: got connection from %s%n",
                    inet_ntop(their_addr.ss_family, Lesson.get_in_addr(their_addr)));
            // C:  if (!fork()) {           // this is the child process
            //         close(sockfd);       // child doesn't need the listener   <- left out: one process, one listener
            //         send(new_fd, "Hello, world!", 13, 0) ...
            //         close(new_fd);
            //         exit(0);             // <- left out: it would end the whole JVM
            //     }
            //     close(new_fd);           // parent doesn't need this          <- left out: the thread still uses it
            Thread child = new Thread(() -> {
                byte[] msg = "Hello, world!".getBytes(StandardCharsets.US_ASCII);
                int[] len = {msg.length};
                if (sendall(new_fd, msg, len) == -1) {
                    perror("sendall");
                    System.out.printf("We only sent %d bytes because of the error!%n", len[0]);
                }
                close(new_fd);        // the thread owns new_fd now: it closes it, once
            }, "server-child" + (served + 1));
            if (clients > 0) {
                children[served] = child;
            }
            child.start();
        }
        for (Thread child : children) {
            try {
                child.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close(sockfd);
        return 0;
    }

    static int client(String host, int port, int n) {
        int sockfd = socket(AF_INET, SOCK_STREAM, 0);
        addrinfo hints = new addrinfo();
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICHOST;
        addrinfo[] res = new addrinfo[1];
        int rv = getaddrinfo(host, Integer.toString(port), hints, res);
        if (rv != 0) {
            System.err.printf("getaddrinfo: %s%n", gai_strerror(rv));
            return 1;
        }
        sockaddr_storage server = new sockaddr_storage(res[0].ai_addr);   // memcpy(&server, p->ai_addr, p->ai_addrlen)
        freeaddrinfo(res[0]);
        if (connect(sockfd, server, server.length()) == -1) {
            perror("client: connect");
            close(sockfd);
            return 1;
        }
        Lesson.connected();
        byte[] buf = new byte[MAXDATASIZE];
        long numbytes = recv(sockfd, buf, MAXDATASIZE - 1, 0);
        if (numbytes == -1) {
            perror("recv");
            return 1;
        }
        System.out.printf("client %d: received '%s'%n", n, new String(buf, 0, (int) numbytes, StandardCharsets.US_ASCII));
        close(sockfd);
        return 0;
    }
}
