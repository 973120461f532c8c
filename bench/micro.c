/*
 * The C peer of the socket microbenchmarks: the floor every other peer is compared with.
 *
 *   micro pair     ITER RUNS   1-byte send + recv over an AF_UNIX socketpair      (ns/op)
 *   micro eagain   ITER RUNS   recv on an empty non-blocking socket (EAGAIN)       (ns/op)
 *   micro pingpong ITER RUNS   1-byte TCP round trip over 127.0.0.1, echo thread   (ns/op)
 *   micro stream   BYTES RUNS  one-way 64 KiB sends over 127.0.0.1                 (MB/s)
 *
 * Each run prints one line "bench<TAB>C<TAB>value<TAB>unit" after one unmeasured warm-up run;
 * bench/report.py takes the median. Loopback only; every loop is bounded by its count.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (64 * 1024)

static void die(const char *what) {
    perror(what);
    exit(1);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* A listening TCP socket on 127.0.0.1 with a kernel-chosen port, written to *port. */
static int listen_loopback(int *port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) < 0 || listen(s, 1) < 0 ||
        getsockname(s, (struct sockaddr *)&a, &len) < 0)
        die("listen");
    *port = ntohs(a.sin_port);
    return s;
}

static int connect_loopback(int port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0)
        die("connect");
    return s;
}

static void nodelay(int s) {
    int one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* ---------------------------------------------------------------- pair, eagain */

static double pair(long iter) {
    int sv[2];
    char b = 'x';
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
        die("socketpair");
    double t0 = now();
    for (long i = 0; i < iter; i++) {
        if (send(sv[0], &b, 1, 0) != 1 || recv(sv[1], &b, 1, 0) != 1)
            die("pair");
    }
    double t = now() - t0;
    close(sv[0]);
    close(sv[1]);
    return t * 1e9 / iter;
}

static double eagain(long iter) {
    int sv[2];
    char b;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
        die("socketpair");
    fcntl(sv[1], F_SETFL, fcntl(sv[1], F_GETFL) | O_NONBLOCK);
    double t0 = now();
    for (long i = 0; i < iter; i++) {
        if (recv(sv[1], &b, 1, 0) != -1 || errno != EAGAIN)
            die("eagain");
    }
    double t = now() - t0;
    close(sv[0]);
    close(sv[1]);
    return t * 1e9 / iter;
}

/* ---------------------------------------------------------------- pingpong, stream */

/* The far side: accepts one connection; echoes 1-byte messages, or swallows a stream. */
struct peer {
    int listener;
    int echo;
    long long received;
};

static void *far_side(void *arg) {
    struct peer *p = arg;
    int c = accept(p->listener, NULL, NULL);
    if (c < 0)
        die("accept");
    static char buf[CHUNK];
    ssize_t n;
    if (p->echo) {
        nodelay(c);
        while ((n = recv(c, buf, 1, 0)) > 0)
            if (send(c, buf, n, 0) != n)
                die("echo");
    } else {
        while ((n = recv(c, buf, sizeof buf, 0)) > 0)
            p->received += n;
    }
    close(c);
    return NULL;
}

static double pingpong(long iter) {
    struct peer p = {.echo = 1};
    int port;
    pthread_t t;
    p.listener = listen_loopback(&port);
    pthread_create(&t, NULL, far_side, &p);
    int s = connect_loopback(port);
    nodelay(s);
    char b = 'x';
    double t0 = now();
    for (long i = 0; i < iter; i++) {
        if (send(s, &b, 1, 0) != 1 || recv(s, &b, 1, 0) != 1)
            die("pingpong");
    }
    double el = now() - t0;
    close(s);
    pthread_join(t, NULL);
    close(p.listener);
    return el * 1e9 / iter;
}

static double stream(long long bytes) {
    struct peer p = {.echo = 0};
    int port;
    pthread_t t;
    static char buf[CHUNK];
    memset(buf, 'x', sizeof buf);
    p.listener = listen_loopback(&port);
    pthread_create(&t, NULL, far_side, &p);
    int s = connect_loopback(port);
    double t0 = now();
    for (long long sent = 0; sent < bytes;) {
        ssize_t n = send(s, buf, CHUNK, 0);
        if (n < 0)
            die("stream");
        sent += n;
    }
    shutdown(s, SHUT_WR);
    pthread_join(t, NULL); /* the receiver has every byte */
    double el = now() - t0;
    close(s);
    close(p.listener);
    return p.received / el / 1e6;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: micro pair|eagain|pingpong|stream COUNT RUNS\n");
        return 2;
    }
    const char *bench = argv[1];
    long long count = atoll(argv[2]);
    int runs = atoi(argv[3]);
    for (int r = 0; r <= runs; r++) { /* run 0 warms the caches and is not printed */
        double v;
        const char *unit = "ns/op";
        if (!strcmp(bench, "pair"))
            v = pair(count);
        else if (!strcmp(bench, "eagain"))
            v = eagain(count);
        else if (!strcmp(bench, "pingpong"))
            v = pingpong(count);
        else if (!strcmp(bench, "stream"))
            v = stream(r == 0 ? count / 4 : count), unit = "MB/s";
        else {
            fprintf(stderr, "micro: unknown bench %s\n", bench);
            return 2;
        }
        if (r > 0)
            printf("%s\tC\t%.2f\t%s\n", bench, v, unit);
        fflush(stdout);
    }
    return 0;
}
