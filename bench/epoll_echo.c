/*
 * The C echo server the selector server is compared with: one thread, level-triggered epoll,
 * non-blocking sockets, the same shape as dev.jnasocket.echo.SelectorEcho (and, like it, no
 * TCP_NODELAY on accepted sockets).
 *
 *   epoll_echo PORT MAX_SECONDS
 *
 * Listens on 127.0.0.1:PORT (0: any free port), prints "port N", and serves until SIGTERM or
 * MAX_SECONDS have passed (so a forgotten server cannot outlive the benchmark).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUF (64 * 1024)

/* Bytes read but not yet written back because the client's receive window was full. */
struct pending {
    char *data;
    size_t len;
};

static struct pending *pend;
static int max_fd;

static void die(const char *what) {
    perror(what);
    exit(1);
}

static void drop(int ep, int fd) {
    epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
    close(fd);
    free(pend[fd].data);
    pend[fd] = (struct pending){0};
}

/* Writes what is pending; returns 0 when all is out, 1 when the rest must wait for EPOLLOUT. */
static int flush_pending(int ep, int fd) {
    struct pending *p = &pend[fd];
    while (p->len > 0) {
        ssize_t n = send(fd, p->data, p->len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN)
                return 1;
            drop(ep, fd);
            return -1;
        }
        memmove(p->data, p->data + n, p->len - n);
        p->len -= n;
    }
    return 0;
}

static void echo(int ep, int fd, char *buf) {
    if (pend[fd].len > 0) /* don't read more while the client is not reading */
        return;
    ssize_t n = recv(fd, buf, BUF, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN)) {
        drop(ep, fd);
        return;
    }
    if (n < 0)
        return;
    ssize_t w = send(fd, buf, n, MSG_NOSIGNAL);
    if (w < 0 && errno != EAGAIN) {
        drop(ep, fd);
        return;
    }
    if (w < 0)
        w = 0;
    if (w < n) {
        struct pending *p = &pend[fd];
        p->data = realloc(p->data, n - w);
        memcpy(p->data, buf + w, n - w);
        p->len = n - w;
        struct epoll_event ev = {.events = EPOLLOUT, .data.fd = fd};
        epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: epoll_echo PORT MAX_SECONDS\n");
        return 2;
    }
    alarm(atoi(argv[2]));
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(atoi(argv[1])),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    int one = 1;
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (ls < 0 || bind(ls, (struct sockaddr *)&a, sizeof a) < 0 || listen(ls, 4096) < 0 ||
        getsockname(ls, (struct sockaddr *)&a, &alen) < 0)
        die("listen");
    printf("port %d\n", ntohs(a.sin_port));
    fflush(stdout);

    max_fd = 1 << 16;
    pend = calloc(max_fd, sizeof *pend);
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = ls};
    epoll_ctl(ep, EPOLL_CTL_ADD, ls, &ev);
    static struct epoll_event ready[1024];
    static char buf[BUF];
    for (;;) {
        int n = epoll_wait(ep, ready, 1024, -1);
        if (n < 0 && errno != EINTR)
            die("epoll_wait");
        for (int i = 0; i < n; i++) {
            int fd = ready[i].data.fd;
            if (fd == ls) {
                int c;
                while ((c = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    if (c >= max_fd) {
                        close(c);
                        continue;
                    }
                    struct epoll_event e = {.events = EPOLLIN, .data.fd = c};
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &e);
                }
            } else if (ready[i].events & EPOLLOUT) {
                if (flush_pending(ep, fd) == 0) {
                    struct epoll_event e = {.events = EPOLLIN, .data.fd = fd};
                    epoll_ctl(ep, EPOLL_CTL_MOD, fd, &e);
                }
            } else {
                echo(ep, fd, buf);
            }
        }
    }
}
