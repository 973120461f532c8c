/*
 * The raw layer's teaching additions as C sees them: struct layouts, fd_set bytes, select's
 * semantics, inet_addr/inet_ntoa, gethostbyname and h_errno. Compiled and run by
 * TeachingCallsTest, which does the same in Java and compares the lines ("key value").
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static void bytes(const char *key, const void *p, size_t n) {
    printf("%s ", key);
    for (size_t i = 0; i < n; i++) {
        printf("%02x", ((const unsigned char *) p)[i]);
    }
    printf("\n");
}

int main(int argc, char **argv) {
    printf("sizeof.fd_set %zu\n", sizeof(fd_set));
    printf("sizeof.timeval %zu\n", sizeof(struct timeval));
    printf("offsetof.timeval.tv_usec %zu\n", offsetof(struct timeval, tv_usec));
    printf("sizeof.hostent %zu\n", sizeof(struct hostent));
    printf("offsetof.hostent.h_name %zu\n", offsetof(struct hostent, h_name));
    printf("offsetof.hostent.h_aliases %zu\n", offsetof(struct hostent, h_aliases));
    printf("offsetof.hostent.h_addrtype %zu\n", offsetof(struct hostent, h_addrtype));
    printf("offsetof.hostent.h_length %zu\n", offsetof(struct hostent, h_length));
    printf("offsetof.hostent.h_addr_list %zu\n", offsetof(struct hostent, h_addr_list));
    printf("sizeof.sockaddr_storage %zu\n", sizeof(struct sockaddr_storage));
    printf("offsetof.sockaddr_storage.ss_family %zu\n", offsetof(struct sockaddr_storage, ss_family));
    printf("offsetof.sockaddr_in.sin_zero %zu\n", offsetof(struct sockaddr_in, sin_zero));
    printf("sizeof.sockaddr_in.sin_zero %zu\n", sizeof(((struct sockaddr_in *) 0)->sin_zero));

    /* fd_set bytes for the descriptors named on the command line */
    fd_set set;
    FD_ZERO(&set);
    for (int i = 1; i < argc; i++) {
        FD_SET(atoi(argv[i]), &set);
    }
    bytes("bytes.fd_set", &set, sizeof set);

    struct timeval tv = {2, 500000};
    bytes("bytes.timeval", &tv, sizeof tv);

    /* inet_addr, as the word C stores in s_addr */
    const char *texts[] = {"127.0.0.1", "10.12.110.57", "127.1", "0x7f.1", "255.255.255.255", "1.2.3.256", "bogus", ""};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        printf("inet_addr.%zu %u\n", i, (unsigned) inet_addr(texts[i]));
    }
    struct in_addr a;
    a.s_addr = htonl(0xc0a80001);
    printf("inet_ntoa %s\n", inet_ntoa(a));

    /* select: one socket of a pair readable, the other not; then a timeout */
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    write(sv[1], "x", 1);
    fd_set r;
    FD_ZERO(&r);
    FD_SET(sv[0], &r);
    FD_SET(sv[1], &r);
    struct timeval zero = {0, 0};
    int n = select((sv[0] > sv[1] ? sv[0] : sv[1]) + 1, &r, NULL, NULL, &zero);
    printf("select.ready %d %d %d\n", n, FD_ISSET(sv[0], &r) != 0, FD_ISSET(sv[1], &r) != 0);
    FD_ZERO(&r);
    FD_SET(sv[1], &r);
    struct timeval wait = {0, 20000};
    n = select(sv[1] + 1, &r, NULL, NULL, &wait);
    printf("select.timeout %d %d %ld %ld\n", n, FD_ISSET(sv[1], &r) != 0, (long) wait.tv_sec, (long) wait.tv_usec);

    /* gethostbyname: a name /etc/hosts knows, and a dotted name that is no address (no DNS asked) */
    struct hostent *he = gethostbyname("localhost");
    printf("gethostbyname.localhost %s %d %d %s\n", he->h_name, he->h_addrtype, he->h_length,
           inet_ntoa(*(struct in_addr *) he->h_addr));
    he = gethostbyname("256.256.256.256");
    printf("gethostbyname.bad %d %d %s\n", he == NULL, h_errno, hstrerror(h_errno));
    printf("hstrerror.NO_DATA %s\n", hstrerror(NO_DATA));
    return 0;
}
