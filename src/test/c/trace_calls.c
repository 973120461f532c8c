/*
 * One thread's socket calls, for TraceStraceTest: run under the real strace, its lines are the
 * reference for the trace of the same calls made from Java. Every call is one strace decodes
 * the same way the trace does (send and recv are left out: glibc makes them sendto/recvfrom).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void) {
    int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(l, (struct sockaddr *) &a, sizeof a);
    listen(l, 10);
    struct sockaddr_storage ss;
    socklen_t n = sizeof ss;
    getsockname(l, (struct sockaddr *) &ss, &n);
    int c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    connect(c, (struct sockaddr *) &ss, n);
    n = sizeof ss;
    int s = accept(l, (struct sockaddr *) &ss, &n);
    sendto(c, "hi\n", 3, MSG_NOSIGNAL, NULL, 0);
    char buf[100];
    recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
    shutdown(c, SHUT_WR);
    struct pollfd p[2] = {{s, POLLIN, 0}, {l, POLLIN, 0}};
    poll(p, 2, 0);
    int err;
    socklen_t errlen = sizeof err;
    getsockopt(s, SOL_SOCKET, SO_ERROR, &err, &errlen);
    fcntl(s, F_SETFL, O_RDWR | O_NONBLOCK);
    close(s);
    close(c);
    close(l);

    int u = socket(AF_INET6, SOCK_DGRAM, 0);
    struct sockaddr_in6 a6;
    memset(&a6, 0, sizeof a6);
    a6.sin6_family = AF_INET6;
    a6.sin6_addr.s6_addr[15] = 1;
    bind(u, (struct sockaddr *) &a6, sizeof a6);
    n = sizeof ss;
    getsockname(u, (struct sockaddr *) &ss, &n);
    sendto(u, "x", 1, 0, (struct sockaddr *) &ss, n);
    n = sizeof ss;
    recvfrom(u, buf, sizeof buf, 0, (struct sockaddr *) &ss, &n);
    close(u);

    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    n = sizeof ss;
    getsockname(sv[0], (struct sockaddr *) &ss, &n);
    close(sv[0]);
    close(sv[1]);
    return 0;
}
