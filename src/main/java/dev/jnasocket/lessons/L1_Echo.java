package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.sockaddr_in;
import java.nio.charset.StandardCharsets;

/**
 * Lesson 1, a first echo: the eight calls of every sockets course, in C's order. The server
 * makes a socket, binds it to 127.0.0.1, listens, accepts one client and sends back whatever it
 * receives until the client closes; the client connects, sends one line and reads its echo.
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L1_Echo                      # both sides
 * java --enable-native-access=ALL-UNNAMED -Djnasocket.trace=true -cp target/jna-socket.jar dev.jnasocket.lessons.L1_Echo   # with every call
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L1_Echo server 3490          # only the server
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L1_Echo client 127.0.0.1 3490
 * </pre>
 * Page: {@code native-docs/lessons/L1_Echo.md}.
 */
public final class L1_Echo {
    private L1_Echo() {}

    static final int BACKLOG = 1;        // how many pending connections the queue will hold
    static final int MAXDATASIZE = 100;  // max number of bytes we can get at once

    /**
     * Runs the program.
     *
     * @param args none (both sides), {@code server [PORT]} or {@code client [HOST] PORT}
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(Lesson.main(args, L1_Echo::server, L1_Echo::client, 1));
    }

    static int server(int port, int clients) {
        int sockfd = socket(AF_INET, SOCK_STREAM, 0);
        if (sockfd == -1) {
            perror("server: socket");
            return 1;
        }
        if (setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1) == -1) {
            perror("setsockopt");
            return 1;
        }
        sockaddr_in my_addr = new sockaddr_in();       // all zero, as memset(&my_addr, 0, sizeof my_addr)
        my_addr.sin_family = AF_INET;
        my_addr.sin_port = htons(port);                // short, network byte order
        my_addr.s_addr(htonl(INADDR_LOOPBACK));        // 127.0.0.1
        if (bind(sockfd, my_addr, my_addr.size()) == -1) {
            perror("server: bind");
            return 1;
        }
        if (listen(sockfd, BACKLOG) == -1) {
            perror("listen");
            return 1;
        }
        Lesson.listening(sockfd);

        for (int served = 0; clients == 0 || served < clients; served++) {
            sockaddr_in their_addr = new sockaddr_in();
            int[] sin_size = {their_addr.size()};
            int new_fd = accept(sockfd, their_addr, sin_size);
            if (new_fd == -1) {
                perror("accept");
                continue;
            }
            System.out.printf("server: got connection from %s%n", inet_ntoa(their_addr.sin_addr));
            byte[] buf = new byte[MAXDATASIZE];
            long numbytes;
            while ((numbytes = recv(new_fd, buf, MAXDATASIZE, 0)) > 0) {
                System.out.printf("server: echoing %d bytes%n", numbytes);
                if (send(new_fd, buf, numbytes, MSG_NOSIGNAL) == -1) {  // a short send is possible: lesson 3 loops
                    perror("send");
                    break;
                }
            }
            if (numbytes == -1) {
                perror("recv");
            }
            close(new_fd);
        }
        close(sockfd);
        return 0;
    }

    static int client(String host, int port, int n) {
        int sockfd = socket(AF_INET, SOCK_STREAM, 0);
        if (sockfd == -1) {
            perror("client: socket");
            return 1;
        }
        sockaddr_in their_addr = new sockaddr_in();
        their_addr.sin_family = AF_INET;
        their_addr.sin_port = htons(port);
        if (inet_pton(AF_INET, host, their_addr.sin_addr) != 1) {
            System.err.println("client: not an IPv4 address: " + host);
            return 1;
        }
        if (connect(sockfd, their_addr, their_addr.size()) == -1) {
            perror("client: connect");
            close(sockfd);
            return 1;
        }
        Lesson.connected();
        byte[] msg = "Hello, world!".getBytes(StandardCharsets.US_ASCII);
        if (send(sockfd, msg, msg.length, MSG_NOSIGNAL) == -1) {
            perror("send");
        }
        byte[] buf = new byte[MAXDATASIZE];
        long numbytes = recv(sockfd, buf, MAXDATASIZE - 1, 0);
        if (numbytes == -1) {
            perror("recv");
            close(sockfd);
            return 1;
        }
        System.out.printf("client: received '%s'%n", new String(buf, 0, (int) numbytes, StandardCharsets.US_ASCII));
        close(sockfd);
        return 0;
    }
}
