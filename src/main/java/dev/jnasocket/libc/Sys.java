package dev.jnasocket.libc;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * The direct-mapped libc symbols (JNA {@code Native.register}): about 65 ns a call instead of
 * 210 ns through an interface proxy. Pointers are passed as {@code long} addresses so a call
 * allocates nothing; {@link LibC} is the only caller and does every bounds check first.
 * JNA saves errno in its per-thread slot right after each of these returns.
 */
final class Sys {
    /** libc; the first use of JNA, so a JNA that cannot load fails here with one error that says what to do. */
    static final NativeLibrary C = NativeAccess.libc();

    static {
        Native.register(Sys.class, C);
    }

    static native int socket(int domain, int type, int protocol);
    static native int socketpair(int domain, int type, int protocol, long sv);
    static native int bind(int fd, long addr, int addrlen);
    static native int listen(int fd, int backlog);
    static native int accept(int fd, long addr, long addrlen);
    static native int connect(int fd, long addr, int addrlen);
    static native long send(int fd, long buf, long len, int flags);
    static native long recv(int fd, long buf, long len, int flags);
    static native long sendto(int fd, long buf, long len, int flags, long addr, int addrlen);
    static native long recvfrom(int fd, long buf, long len, int flags, long addr, long addrlen);
    static native int shutdown(int fd, int how);
    static native int close(int fd);
    static native int dup(int fd);
    static native int dup2(int fd, int fd2);
    static native int setsockopt(int fd, int level, int name, long value, int len);
    static native int getsockopt(int fd, int level, int name, long value, long len);
    static native int getsockname(int fd, long addr, long addrlen);
    static native int getpeername(int fd, long addr, long addrlen);
    /** {@code nfds_t} is unsigned long on Linux and unsigned int on macOS; a long is safe on all four LP64 ABIs. */
    static native int poll(long fds, long nfds, int timeout);
    static native int getaddrinfo(String node, String service, long hints, long res);
    static native void freeaddrinfo(long res);
    static native long gai_strerror(int code);
    static native int getnameinfo(long addr, int addrlen, long host, int hostlen, long serv, int servlen, int flags);
    static native int inet_pton(int af, String src, long dst);
    static native int inet_aton(String cp, long inp);
    static native long inet_ntop(int af, long src, long dst, int size);
    static native long strerror(int errnum);
    static native int gethostname(long name, long len);
    static native long getservbyname(String name, String proto);
    static native long getservbyport(int port, String proto);
    static native long getprotobyname(String name);
    static native int getpid();
    static native long read(int fd, long buf, long count);
    static native long write(int fd, long buf, long count);
    static native int select(int nfds, long readfds, long writefds, long exceptfds, long timeout);
    static native long gethostbyname(String name);
    static native long gethostbyaddr(long addr, int len, int type);
    static native long hstrerror(int err);
    /** {@code struct in_addr} by value: one 32-bit word, passed as an int on all four LP64 ABIs. */
    static native long inet_ntoa(int in);
    static native int inet_addr(String cp);
    static native int kill(int pid, int sig);
    static native long pthread_self();
    static native int pthread_kill(long thread, int sig);
    static native int sigaction(int sig, long act, long oact);

    /** Linux-only symbols, registered only on Linux so macOS never looks for them. */
    static final class Linux {
        static {
            Native.register(Linux.class, C);
        }

        static native int accept4(int fd, long addr, long addrlen, int flags);
        static native int epoll_create1(int flags);
        static native int epoll_ctl(int epfd, int op, int fd, long event);
        static native int epoll_wait(int epfd, long events, int maxevents, int timeout);
        static native int __libc_current_sigrtmax();
        /** glibc's h_errno is per thread: this is where the calling thread's lives. */
        static native long __h_errno_location();

        private Linux() {}
    }

    /** macOS-only symbols. */
    static final class Macos {
        static {
            Native.register(Macos.class, C);
        }

        static native int kqueue();
        static native int kevent(int kq, long changes, int nchanges, long events, int nevents, long timeout);

        private Macos() {}
    }

    /** fcntl is variadic: on Apple arm64 variadic arguments travel on the stack, so it goes through JNA's varargs-aware interface mapping. */
    interface Variadic extends com.sun.jna.Library {
        Variadic INSTANCE = Native.load(com.sun.jna.Platform.C_LIBRARY_NAME, Variadic.class);

        int fcntl(int fd, int cmd, Object... args);
    }

    /**
     * Messages, files, interfaces and host entries: sendmsg/recvmsg, sendfile, open, the
     * {@code if_*} calls, in their own class (sendfile in a Linux-only one).
     */
    static final class Ext {
        static {
            Native.register(Ext.class, C);
        }

        static native long sendmsg(int fd, long msg, int flags);
        static native long recvmsg(int fd, long msg, int flags);
        /** Called with two arguments only, so its variadic mode never matters. */
        static native int open(String path, int flags);
        static native int if_nametoindex(String ifname);
        static native long if_indextoname(int ifindex, long ifname);
        static native long if_nameindex();
        static native void if_freenameindex(long ptr);

        /** Linux's sendfile. */
        static final class Linux {
            static {
                Native.register(Linux.class, C);
            }

            static native long sendfile(int outFd, int inFd, long offset, long count);

            private Linux() {}
        }

        private Ext() {}
    }

    private Sys() {}
}
