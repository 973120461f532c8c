package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.fd_set;
import dev.jnasocket.libc.sockaddr_storage;
import java.util.Arrays;

/**
 * Lesson 4, one thread for every client: Beej's {@code selectserver}, a chat server that waits
 * with {@code select()} for the listener and every client at once and passes each line on to
 * the other clients. The C struct copy {@code read_fds = master} is {@code FD_COPY(master, read_fds)}:
 * a Java assignment would make the two names share one set.
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L4_SelectServer               # a server and 2 clients
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L4_SelectServer server 9034   # then: nc 127.0.0.1 9034
 * </pre>
 * Page: {@code native-docs/lessons/L4_SelectServer.md}.
 */
public final class L4_SelectServer {
    private L4_SelectServer() {}

    /**
     * Runs the program.
     *
     * @param args none (both sides), {@code server [PORT]} or {@code client [HOST] PORT}
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(Lesson.main(args, L4_SelectServer::server, Lesson::chatClient, 2));
    }

    static int server(int port, int clients) {
        fd_set master = new fd_set();    // master file descriptor list
        fd_set read_fds = new fd_set();  // temp file descriptor list for select()
        FD_ZERO(master);
        FD_ZERO(read_fds);

        addrinfo hints = new addrinfo();
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST;
        addrinfo[] ai = new addrinfo[1];
        int rv = getaddrinfo("127.0.0.1", Integer.toString(port), hints, ai);
        if (rv != 0) {
            System.err.printf("selectserver: %s%n", gai_strerror(rv));
            return 1;
        }
        int listener = -1;
        addrinfo p;
        for (p = ai[0]; p != null; p = p.ai_next) {
            listener = socket(p.ai_family, p.ai_socktype, p.ai_protocol);
            if (listener < 0) {
                continue;
            }
            setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, 1);   // lose the pesky "address already in use"
            if (bind(listener, p.ai_addr, p.ai_addrlen) < 0) {
                close(listener);
                continue;
            }
            break;
        }
        freeaddrinfo(ai[0]);
        if (p == null) {
            System.err.println("selectserver: failed to bind");
            return 2;
        }
        if (listen(listener, 10) == -1) {
            perror("listen");
            return 3;
        }
        Lesson.listening(listener);
        FD_SET(listener, master);        // add the listener to the master set
        int fdmax = listener;            // keep track of the biggest file descriptor

        byte[] buf = new byte[256];      // buffer for client data
        int hungUp = 0;
        while (clients == 0 || hungUp < clients) {
            FD_COPY(master, read_fds);   // C: read_fds = master;  copy it
            if (select(fdmax + 1, read_fds, null, null, null) == -1) {
                perror("select");
                return 4;
            }
            for (int i = 0; i <= fdmax; i++) {              // run through the existing connections
                if (!FD_ISSET(i, read_fds)) {
                    continue;
                }
                if (i == listener) {                        // handle new connections
                    sockaddr_storage remoteaddr = new sockaddr_storage();
                    int[] addrlen = {remoteaddr.size()};
                    int newfd = accept(listener, remoteaddr, addrlen);
                    if (newfd == -1) {
                        perror("accept");
                    } else {
                        FD_SET(newfd, master);              // add to master set
                        fdmax = Math.max(fdmax, newfd);
                        System.out.printf("selectserver: new connection from %s on socket %d%n",
                                inet_ntop(remoteaddr.ss_family, Lesson.get_in_addr(remoteaddr)), newfd);
                    }
                } else {                                    // handle data from a client
                    long nbytes = recv(i, buf, buf.length, 0);
                    if (nbytes <= 0) {                      // got error or connection closed by client
                        if (nbytes == 0) {
                            System.out.printf("selectserver: socket %d hung up%n", i);
                        } else {
                            perror("recv");
                        }
                        close(i);
                        FD_CLR(i, master);                  // remove from master set
                        hungUp++;
                    } else {                                // we got some data from a client
                        for (int j = 0; j <= fdmax; j++) {  // send to everyone except the listener and ourselves
                            if (FD_ISSET(j, master) && j != listener && j != i) {
                                if (send(j, Arrays.copyOf(buf, (int) nbytes), nbytes, MSG_NOSIGNAL) == -1) {
                                    perror("send");
                                }
                            }
                        }
                    }
                }
            }
        }
        close(listener);
        return 0;
    }
}
