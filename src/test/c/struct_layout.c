/*
 * The socket structs as the C compiler lays them out, for ConstantsHeaderTest: one
 * "key value" line each, which the test compares with what the Java structs assume.
 * Linked with the program the test generates from ConstantTable (which prints the constants).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SIZE(T) printf("sizeof.%s %zu\n", #T, sizeof(struct T))
#define OFFSET(T, F) printf("offsetof.%s.%s %zu\n", #T, #F, offsetof(struct T, F))
#define FIELD_SIZE(T, F) printf("sizeof.%s.%s %zu\n", #T, #F, sizeof(((struct T *) 0)->F))

/* The bytes of a struct in hex, so the test can compare them with the Java encoding. */
static void bytes(const char *name, const void *p, size_t n) {
    printf("bytes.%s ", name);
    for (size_t i = 0; i < n; i++) {
        printf("%02x", ((const unsigned char *) p)[i]);
    }
    printf("\n");
}

void print_layouts(void) {
    SIZE(sockaddr_in);
    OFFSET(sockaddr_in, sin_family);
    OFFSET(sockaddr_in, sin_port);
    OFFSET(sockaddr_in, sin_addr);

    SIZE(sockaddr_in6);
    OFFSET(sockaddr_in6, sin6_family);
    OFFSET(sockaddr_in6, sin6_port);
    OFFSET(sockaddr_in6, sin6_flowinfo);
    OFFSET(sockaddr_in6, sin6_addr);
    OFFSET(sockaddr_in6, sin6_scope_id);

    SIZE(sockaddr_un);
    OFFSET(sockaddr_un, sun_path);
    FIELD_SIZE(sockaddr_un, sun_path);

    SIZE(sockaddr_storage);

    SIZE(addrinfo);
    OFFSET(addrinfo, ai_flags);
    OFFSET(addrinfo, ai_family);
    OFFSET(addrinfo, ai_socktype);
    OFFSET(addrinfo, ai_protocol);
    OFFSET(addrinfo, ai_addrlen);
    OFFSET(addrinfo, ai_addr);
    OFFSET(addrinfo, ai_canonname);
    OFFSET(addrinfo, ai_next);

    SIZE(pollfd);
    OFFSET(pollfd, fd);
    OFFSET(pollfd, events);
    OFFSET(pollfd, revents);

    /* Filled-in structs, the way a C lesson fills them; the Java side encodes the same fields. */
    struct sockaddr_in in;
    memset(&in, 0, sizeof in);
    in.sin_family = AF_INET;
    in.sin_port = htons(50007);
    inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
    bytes("sockaddr_in", &in, sizeof in);

    struct sockaddr_in6 in6;
    memset(&in6, 0, sizeof in6);
    in6.sin6_family = AF_INET6;
    in6.sin6_port = htons(8080);
    in6.sin6_flowinfo = htonl(0x12345);
    inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
    in6.sin6_scope_id = 3;
    bytes("sockaddr_in6", &in6, sizeof in6);

    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    un.sun_family = AF_UNIX;
    strcpy(un.sun_path, "/tmp/echo.sock");
    bytes("sockaddr_un", &un, sizeof un);
}
