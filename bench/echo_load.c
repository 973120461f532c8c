/*
 * The one load generator for both echo servers (ours and bench/epoll_echo.c): one thread,
 * epoll, CLIENTS connections to 127.0.0.1:PORT, each with one MSG-byte request in flight.
 *
 *   echo_load load PORT LABEL CLIENTS WARMUP_S SECONDS MSG MAX_REQUESTS [SERVER_PID]
 *       prints, tab-separated: echo_rps_<C> LABEL req/s, echo_p50_<C> LABEL us, echo_p99_<C> LABEL us;
 *       with SERVER_PID also echo_cpu_<C> LABEL us and echo_usr_<C> LABEL us: the CPU time the
 *       server's process (every thread of it: JIT and GC included) spent per round trip of the
 *       measured window, user+system and user alone, read from /proc/SERVER_PID/stat at the
 *       window's start and end. Unlike req/s this does not move when a neighbour takes the CPU.
 *   echo_load idle PORT COUNT HOLD_S
 *       opens COUNT connections, prints "ready COUNT", holds them until stdin closes or HOLD_S pass
 *
 * Bounded in count (MAX_REQUESTS) and time (SECONDS, plus 5 s to drain); loopback only.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static void die(const char *what) {
    perror(what);
    exit(1);
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int connect_loopback(int port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0)
        die("connect");
    return s;
}

/* The user and system CPU time of process pid so far, in clock ticks; 0 if unreadable. */
static void cpu_ticks(int pid, long long *user, long long *sys) {
    char path[64], buf[1024];
    *user = *sys = 0;
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* the command name may hold spaces and parentheses */
    if (p)
        sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lld %lld", user, sys);
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

struct client {
    int fd;
    long long sent_at; /* when the request in flight was sent */
    int got;           /* bytes of its echo received so far */
};

static int load(int port, const char *label, int clients, double warmup, double seconds, int msg, long max_req,
                int server_pid) {
    struct client *c = calloc(clients, sizeof *c);
    long long *rtt = malloc(max_req * sizeof *rtt);
    char *out = malloc(msg), *in = malloc(65536);
    memset(out, 'x', msg);
    int ep = epoll_create1(0), one = 1;
    for (int i = 0; i < clients; i++) {
        c[i].fd = connect_loopback(port);
        setsockopt(c[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(c[i].fd, F_SETFL, O_NONBLOCK);
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
        epoll_ctl(ep, EPOLL_CTL_ADD, c[i].fd, &ev);
    }
    long long start = now_ns();
    long long measure_from = start + (long long)(warmup * 1e9);
    long long stop_at = measure_from + (long long)(seconds * 1e9);
    long long give_up = stop_at + 5000000000LL;
    long done = 0;
    int in_flight = 0;
    /* The server's CPU ticks at the window's start and end; -1: not read yet. */
    long long u0 = -1, s0 = -1, u1 = -1, s1 = -1;
    for (int i = 0; i < clients; i++) {
        c[i].sent_at = now_ns();
        if (send(c[i].fd, out, msg, 0) != msg) /* a fresh socket takes a small message whole */
            die("send");
        in_flight++;
    }
    struct epoll_event ready[1024];
    while (in_flight > 0 && now_ns() < give_up) {
        int n = epoll_wait(ep, ready, 1024, 100);
        if (n < 0 && errno != EINTR)
            die("epoll_wait");
        for (int k = 0; k < n; k++) {
            struct client *cl = &c[ready[k].data.u32];
            ssize_t r = recv(cl->fd, in, msg - cl->got, 0);
            if (r <= 0) {
                if (r < 0 && errno == EAGAIN)
                    continue;
                fprintf(stderr, "echo_load: server closed a connection\n");
                return 1;
            }
            cl->got += r;
            if (cl->got < msg)
                continue;
            long long t = now_ns();
            if (server_pid > 0 && u0 < 0 && t >= measure_from)
                cpu_ticks(server_pid, &u0, &s0);
            if (server_pid > 0 && u1 < 0 && t > stop_at)
                cpu_ticks(server_pid, &u1, &s1);
            cl->got = 0;
            in_flight--;
            if (cl->sent_at >= measure_from && t <= stop_at && done < max_req)
                rtt[done++] = t - cl->sent_at;
            if (t < stop_at && done < max_req) {
                cl->sent_at = t;
                if (send(cl->fd, out, msg, 0) != msg)
                    die("send");
                in_flight++;
            }
        }
    }
    long long end = now_ns();
    if (server_pid > 0 && u1 < 0)
        cpu_ticks(server_pid, &u1, &s1); /* the last round trip ended before the window did */
    double window = ((end < stop_at ? end : stop_at) - measure_from) / 1e9;
    for (int i = 0; i < clients; i++)
        close(c[i].fd);
    if (done == 0) {
        fprintf(stderr, "echo_load: no round trip completed\n");
        return 1;
    }
    qsort(rtt, done, sizeof *rtt, cmp_ll);
    printf("echo_rps_%d\t%s\t%.1f\treq/s\n", clients, label, done / window);
    printf("echo_p50_%d\t%s\t%.1f\tus\n", clients, label, rtt[done / 2] / 1e3);
    printf("echo_p99_%d\t%s\t%.1f\tus\n", clients, label, rtt[(long)(done * 0.99)] / 1e3);
    if (server_pid > 0 && u0 >= 0) {
        double tick_us = 1e6 / sysconf(_SC_CLK_TCK);
        printf("echo_cpu_%d\t%s\t%.2f\tus\n", clients, label, ((u1 - u0) + (s1 - s0)) * tick_us / done);
        printf("echo_usr_%d\t%s\t%.2f\tus\n", clients, label, (u1 - u0) * tick_us / done);
    }
    return 0;
}

static int idle(int port, int count, int hold) {
    int *fd = malloc(count * sizeof *fd);
    for (int i = 0; i < count; i++)
        fd[i] = connect_loopback(port);
    printf("ready %d\n", count);
    fflush(stdout);
    struct pollfd p = {.fd = 0, .events = POLLIN};
    char b[64];
    long long until = now_ns() + hold * 1000000000LL;
    while (now_ns() < until) {
        if (poll(&p, 1, 200) > 0 && read(0, b, sizeof b) <= 0)
            break;
    }
    for (int i = 0; i < count; i++)
        close(fd[i]);
    return 0;
}

int main(int argc, char **argv) {
    if ((argc == 9 || argc == 10) && !strcmp(argv[1], "load"))
        return load(atoi(argv[2]), argv[3], atoi(argv[4]), atof(argv[5]), atof(argv[6]), atoi(argv[7]), atol(argv[8]),
                    argc == 10 ? atoi(argv[9]) : 0);
    if (argc == 5 && !strcmp(argv[1], "idle"))
        return idle(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]));
    fprintf(stderr, "usage: echo_load load PORT LABEL CLIENTS WARMUP_S SECONDS MSG MAX_REQUESTS [SERVER_PID]\n"
                    "       echo_load idle PORT COUNT HOLD_S\n");
    return 2;
}
