package dev.jnasocket.libc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic names of constant values, for the trace: {@code 2} as {@code AF_INET},
 * {@code 0x80001} as {@code SOCK_STREAM|SOCK_CLOEXEC}, {@code 111} as {@code ECONNREFUSED}.
 * Built once from {@link ConstantTable}, so the names can never disagree with the values.
 */
public final class Names {
    /** Filled lazily from any thread that traces, hence concurrent. */
    private static final Map<String, Map<Integer, String>> BY_PREFIX = new ConcurrentHashMap<>();

    private static Map<Integer, String> group(String prefix, String header) {
        return BY_PREFIX.computeIfAbsent(prefix + header, k -> {
            Map<Integer, String> m = new HashMap<>();
            // "EPOLL" names the event bits (EPOLLIN), not the family beside them (EPOLL_CTL_ADD is 1 too)
            String beside = prefix.endsWith("_") ? null : prefix + "_";
            for (ConstantTable.Row row : ConstantTable.ROWS) {
                int v = row.value(Os.HOST);
                if (row.has(Os.HOST) && row.name().startsWith(prefix)
                        && (beside == null || !row.name().startsWith(beside))
                        && (header == null || row.header().equals(header))) {
                    m.putIfAbsent(v, row.name()); // the first row wins: AF_UNIX over AF_LOCAL, EAGAIN over EWOULDBLOCK
                }
            }
            return m;
        });
    }

    private static String one(String prefix, String header, int v) {
        String n = group(prefix, header).get(v);
        return n != null ? n : Integer.toString(v);
    }

    /** Names of the set bits of a flag word, joined with '|' ({@code 0} when none). */
    private static String flags(String prefix, int v) {
        if (v == 0) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        int rest = v;
        for (Map.Entry<Integer, String> e : group(prefix, null).entrySet()) {
            int bit = e.getKey();
            if (bit != 0 && Integer.bitCount(bit) == 1 && (rest & bit) != 0 && !e.getValue().startsWith(prefix + "MAX")) {
                parts.add(e.getValue());
                rest &= ~bit;
            }
        }
        parts.sort(null);
        if (rest != 0) {
            parts.add("0x" + Integer.toHexString(rest));
        }
        return String.join("|", parts);
    }

    /**
     * The C name of an errno value.
     *
     * @param errno an errno value
     * @return its C name ({@code ECONNREFUSED}), or the number
     */
    public static String errno(int errno) {
        return one("E", "errno.h", errno);
    }

    /**
     * The C name of an address family.
     *
     * @param family an AF_* value
     * @return its name
     */
    public static String family(int family) {
        return one("AF_", null, family);
    }

    /**
     * The C name of a socket type and its flags.
     *
     * @param type a SOCK_* value, possibly with SOCK_NONBLOCK/SOCK_CLOEXEC
     * @return e.g. {@code SOCK_STREAM|SOCK_CLOEXEC}
     */
    public static String socktype(int type) {
        int flagBits = 0;
        for (String f : new String[] {"SOCK_NONBLOCK", "SOCK_CLOEXEC"}) {
            if (Constants.has(f)) {
                flagBits |= ConstantTable.get(f);
            }
        }
        String base = one("SOCK_", null, type & ~flagBits);
        int extra = type & flagBits;
        return extra == 0 ? base : base + "|" + flags("SOCK_", extra);
    }

    /**
     * The C name of an option level.
     *
     * @param level a SOL_/IPPROTO_ level
     * @return its name
     */
    public static String level(int level) {
        return level == Constants.SOL_SOCKET ? "SOL_SOCKET" : one("IPPROTO_", null, level);
    }

    /**
     * The C name of a socket option.
     *
     * @param level the option's level
     * @param opt the option
     * @return its name at that level
     */
    public static String option(int level, int opt) {
        if (level == Constants.SOL_SOCKET) {
            return one("SO_", null, opt);
        }
        if (level == Constants.IPPROTO_TCP) {
            return one("TCP_", null, opt);
        }
        if (level == Constants.IPPROTO_IPV6) {
            return one("IPV6_", null, opt);
        }
        return level == Constants.IPPROTO_IP ? one("IP_", null, opt) : Integer.toString(opt);
    }

    /**
     * The C names of message flags.
     *
     * @param flags MSG_* bits
     * @return e.g. {@code MSG_PEEK|MSG_DONTWAIT}
     */
    public static String msgFlags(int flags) {
        return flags("MSG_", flags);
    }

    /**
     * The C name of a shutdown direction.
     *
     * @param how SHUT_RD, SHUT_WR or SHUT_RDWR
     * @return its name
     */
    public static String shutdown(int how) {
        return one("SHUT_", null, how);
    }

    /**
     * The C names of poll bits.
     *
     * @param events POLL* bits
     * @return e.g. {@code POLLIN|POLLOUT}
     */
    public static String pollEvents(int events) {
        return flags("POLL", events);
    }

    /**
     * The C names of epoll bits.
     *
     * @param events EPOLL* bits
     * @return e.g. {@code EPOLLIN|EPOLLRDHUP}
     */
    public static String epollEvents(int events) {
        return flags("EPOLL", events);
    }

    /**
     * The C name of a getaddrinfo/getnameinfo result.
     *
     * @param code a getaddrinfo/getnameinfo result
     * @return its C name ({@code EAI_NONAME}), or the number
     */
    public static String eai(int code) {
        return one("EAI_", null, code);
    }

    /**
     * The protocol argument of {@code socket}, as strace names it: an {@code IPPROTO_*} name for
     * the Internet families ({@code IPPROTO_IP} for 0), the number for the others.
     *
     * @param family the socket's AF_* family
     * @param protocol the protocol number
     * @return e.g. {@code IPPROTO_TCP}
     */
    public static String protocol(int family, int protocol) {
        return family == Constants.AF_INET || family == Constants.AF_INET6
                ? one("IPPROTO_", null, protocol) : Integer.toString(protocol);
    }

    /**
     * The C names of getaddrinfo flags.
     *
     * @param flags AI_* bits
     * @return e.g. {@code AI_PASSIVE|AI_CANONNAME}
     */
    public static String aiFlags(int flags) {
        return flags("AI_", flags);
    }

    /**
     * The C names of getnameinfo flags.
     *
     * @param flags NI_* bits (the NI_MAX* sizes beside them are not flags)
     * @return e.g. {@code NI_NUMERICHOST|NI_NUMERICSERV}
     */
    public static String niFlags(int flags) {
        return flags("NI_", flags);
    }

    /**
     * The C name of an h_errno value.
     *
     * @param herr an h_errno value
     * @return its C name ({@code HOST_NOT_FOUND}), or the number
     */
    public static String hErrno(int herr) {
        for (String n : new String[] {"NETDB_INTERNAL", "HOST_NOT_FOUND", "TRY_AGAIN", "NO_RECOVERY", "NO_DATA"}) {
            if (ConstantTable.get(n) == herr) {
                return n;
            }
        }
        return Integer.toString(herr);
    }

    /**
     * The C name of a fcntl command.
     *
     * @param cmd an F_* fcntl command
     * @return its name
     */
    public static String fcntlCmd(int cmd) {
        return one("F_", null, cmd);
    }

    private Names() {}
}
