package dev.jnasocket.lessons;

import static dev.jnasocket.libc.LibC.*;

import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.pollfd;
import dev.jnasocket.libc.sockaddr_storage;

/**
 * Lesson 5, the poll server: Beej's {@code pollserver}, the chat server of lesson 4 with
 * {@code poll()} instead of {@code select()}: no descriptor limit of 1024, no set to rebuild.
 * The array of {@code struct pollfd} is a {@link pollfd.Array}, whose entries are values as in
 * C, so {@code del_from_pfds}'s {@code pfds[i] = pfds[*fd_count-1]} is
 * {@code pfds.set(i, pfds.get(fd_count[0] - 1))} and moves the last client into the freed slot
 * (with Java objects, {@code pfds[i] = pfds[n-1]} would share one entry between two slots, and the
 * next {@code add_to_pfds} would silently drop a client).
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L5_PollServer               # a server and 2 clients
 * java --enable-native-access=ALL-UNNAMED -cp target/jna-socket.jar dev.jnasocket.lessons.L5_PollServer server 9034   # then: nc 127.0.0.1 9034
 * </pre>
 * Page: {@code native-docs/lessons/L5_PollServer.md}.
 */
public final class L5_PollServer {
    private L5_PollServer() {}

    /**
     * Runs the program.
     *
     * @param args none (both sides), {@code server [PORT]} or {@code client [HOST] PORT}
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(Lesson.main(args, L5_PollServer::server, Lesson::chatClient, 2));
    }

    /** Return a listening socket, or -1. */
    static int get_listener_socket(int port) {
        addrinfo hints = new addrinfo();
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST;
        addrinfo[] ai = new addrinfo[1];
        int rv = getaddrinfo("127.0.0.1", Integer.toString(port), hints, ai);
        if (rv != 0) {
            System.err.printf("pollserver: %s%n", gai_strerror(rv));
            return -1;
        }
        int listener = -1;
        addrinfo p;
        for (p = ai[0]; p != null; p = p.ai_next) {
            listener = socket(p.ai_family, p.ai_socktype, p.ai_protocol);
            if (listener < 0) {
                continue;
            }
            setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, 1);
            if (bind(listener, p.ai_addr, p.ai_addrlen) < 0) {
                close(listener);
                continue;
            }
            break;
        }
        freeaddrinfo(ai[0]);
        if (p == null || listen(listener, 10) == -1) {
            return -1;
        }
        return listener;
    }

    /** Add a new file descriptor to the set; returns the array, grown if it was full. */
    static pollfd.Array add_to_pfds(pollfd.Array pfds, int newfd, int[] fd_count, int[] fd_size) {
        if (fd_count[0] == fd_size[0]) {            // if we don't have room, add more space
            fd_size[0] *= 2;                        // double it
            pfds = pfds.realloc(fd_size[0]);
        }
        pfds.fd(fd_count[0], newfd);
        pfds.events(fd_count[0], POLLIN);           // check ready-to-read
        pfds.revents(fd_count[0], 0);
        fd_count[0]++;
        return pfds;
    }

    /** Remove an index from the set: copy the one from the end over this one. */
    static void del_from_pfds(pollfd.Array pfds, int i, int[] fd_count) {
        pfds.set(i, pfds.get(fd_count[0] - 1));     // C: pfds[i] = pfds[*fd_count-1];
        fd_count[0]--;
    }

    static int server(int port, int clients) {
        int[] fd_count = {0};
        int[] fd_size = {2};                        // Beej starts with room for 5; 2 makes the lesson realloc
        pollfd.Array pfds = new pollfd.Array(fd_size[0]);

        int listener = get_listener_socket(port);
        if (listener == -1) {
            System.err.println("error getting listening socket");
            return 1;
        }
        Lesson.listening(listener);
        pfds = add_to_pfds(pfds, listener, fd_count, fd_size);   // report ready to read on incoming connection

        byte[] buf = new byte[256];
        int hungUp = 0;
        while (clients == 0 || hungUp < clients) {             // main loop
            int poll_count = poll(pfds, fd_count[0], -1);
            if (poll_count == -1) {
                perror("poll");
                return 1;
            }
            for (int i = 0; i < fd_count[0]; i++) {            // run through the existing connections
                if ((pfds.revents(i) & (POLLIN | POLLHUP)) == 0) {
                    continue;
                }
                if (pfds.fd(i) == listener) {                  // the listener is ready: a new connection
                    sockaddr_storage remoteaddr = new sockaddr_storage();
                    int[] addrlen = {remoteaddr.size()};
                    int newfd = accept(listener, remoteaddr, addrlen);
                    if (newfd == -1) {
                        perror("accept");
                    } else {
                        pfds = add_to_pfds(pfds, newfd, fd_count, fd_size);
                        System.out.printf("pollserver: new connection from %s on socket %d%n",
                                inet_ntop(remoteaddr.ss_family, Lesson.get_in_addr(remoteaddr)), newfd);
                    }
                } else {                                       // a regular client
                    long nbytes = recv(pfds.fd(i), buf, buf.length, 0);
                    int sender_fd = pfds.fd(i);
                    if (nbytes <= 0) {                         // got error or connection closed by client
                        if (nbytes == 0) {
                            System.out.printf("pollserver: socket %d hung up%n", sender_fd);
                        } else {
                            perror("recv");
                        }
                        close(pfds.fd(i));
                        del_from_pfds(pfds, i, fd_count);
                        hungUp++;
                    } else {                                   // we got some good data from a client
                        for (int j = 0; j < fd_count[0]; j++) { // send to everyone except the listener and ourselves
                            int dest_fd = pfds.fd(j);
                            if (dest_fd != listener && dest_fd != sender_fd) {
                                if (send(dest_fd, buf, nbytes, MSG_NOSIGNAL) == -1) {
                                    perror("send");
                                }
                            }
                        }
                    }
                }
            }
        }
        close(listener);
        pfds.close();
        return 0;
    }
}
