package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_in6;
import dev.jnasocket.libc.sockaddr_un;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's address tuples to C sockaddrs and back, as CPython's {@code getsockaddrarg} and
 * {@code makesockaddr} do: the host is resolved for the socket's family ("" is the wildcard,
 * "<broadcast>" the broadcast address, names go through getaddrinfo), ports and flow labels are
 * range-checked with Python's messages.
 */
final class AddressCodec {
    private AddressCodec() {}

    static sockaddr toSockaddr(Address a, int family, String call) throws OSError {
        if (a == null) {
            throw new IllegalArgumentException(family == LibC.AF_UNIX ? "a bytes-like object is required, not 'NoneType'"
                    : call + "(): " + familyName(family) + " address must be tuple, not NoneType");
        }
        if (family == LibC.AF_UNIX) {
            if (a.kind() != Address.Kind.UNIX) {
                throw new IllegalArgumentException("a bytes-like object is required, not 'tuple'");
            }
            byte[] p = a.pathBytes();
            if (!a.isAbstract() && indexOfNul(p) >= 0) {
                throw new IllegalArgumentException("embedded null character");
            }
            // As CPython: a path needs room for its NUL; an abstract name (or "") does not.
            int room = sockaddr_un.pathMax(Os.HOST) - (a.isAbstract() || p.length == 0 ? 0 : 1);
            if (p.length > room) {
                throw new OSError("AF_UNIX path too long");
            }
            sockaddr_un un = new sockaddr_un();
            un.setPath(p);
            return un;
        }
        if (family != LibC.AF_INET && family != LibC.AF_INET6) {
            throw new OSError(call + "(): bad family");
        }
        if (a.kind() == Address.Kind.UNIX) {
            throw new IllegalArgumentException(call + "(): " + familyName(family) + " address must be tuple, not str");
        }
        if (family == LibC.AF_INET && a.kind() == Address.Kind.INET6) {
            throw new IllegalArgumentException("AF_INET address must be a pair (host, port)");
        }
        if (a.port() < 0 || a.port() > 0xffff) {
            throw new IllegalArgumentException(call + "(): port must be 0-65535.");
        }
        if (a.flowinfo() < 0 || a.flowinfo() > 0xfffff) {
            throw new IllegalArgumentException(call + "(): flowinfo must be 0-1048575.");
        }
        byte[] ip = resolve(hostname(a.host()), family);
        if (family == LibC.AF_INET) {
            sockaddr_in in = new sockaddr_in();
            in.sin_port = LibC.htons(a.port());
            System.arraycopy(ip, 0, in.sin_addr, 0, 4);
            return in;
        }
        sockaddr_in6 in6 = new sockaddr_in6();
        in6.sin6_port = LibC.htons(a.port());
        in6.sin6_flowinfo = LibC.htonl(a.flowinfo());
        in6.sin6_scope_id = a.scope_id();
        System.arraycopy(ip, 0, in6.sin6_addr, 0, 16);
        return in6;
    }

    private static String familyName(int family) {
        return family == LibC.AF_INET6 ? "AF_INET6" : "AF_INET";
    }

    /** CPython's {@code setipaddr}: the packed address of a host text for one family. */
    static byte[] resolve(String host, int family) throws OSError {
        int size = family == LibC.AF_INET ? 4 : 16;
        byte[] ip = new byte[size];
        if (host.isEmpty()) {
            return ip; // INADDR_ANY / in6addr_any
        }
        if (host.equals("<broadcast>") || host.equals("255.255.255.255")) {
            if (family != LibC.AF_INET) {
                throw new OSError("address family mismatched");
            }
            return new byte[] {-1, -1, -1, -1};
        }
        if (host.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("host name must not contain null character");
        }
        if (LibC.inet_pton(family, host, ip) == 1) {
            return ip;
        }
        for (AddrInfo ai : getaddrinfo(host, null, family, 0, 0, 0)) {
            if (ai.family() == family && LibC.inet_pton(family, ai.sockaddr().host(), ip) == 1) {
                return ip;
            }
        }
        throw new gaierror(LibC.EAI_FAMILY, LibC.gai_strerror(LibC.EAI_FAMILY));
    }

    /**
     * getaddrinfo(3) as CPython calls it, for {@code socket.getaddrinfo} and for resolving a host
     * of an address tuple: the host IDNA-encoded, the hints, the call, the walk (entries without
     * an address are skipped), the free.
     *
     * @return the answers, in libc's order
     * @throws OSError a gaierror when the name cannot be resolved
     */
    static List<AddrInfo> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        addrinfo hints = new addrinfo();
        hints.ai_family = family;
        hints.ai_socktype = type;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        addrinfo[] res = new addrinfo[1];
        int rc = LibC.getaddrinfo(host == null ? null : idna(host), service, hints, res);
        if (rc != 0) {
            throw gaierror.fromCode(rc);
        }
        List<AddrInfo> out = new ArrayList<>();
        try {
            for (addrinfo ai = res[0]; ai != null; ai = ai.ai_next) {
                if (ai.ai_addr != null) {
                    out.add(new AddrInfo(ai.ai_family, ai.ai_socktype, ai.ai_protocol,
                            ai.ai_canonname == null ? "" : ai.ai_canonname, fromSockaddr(ai.ai_addr)));
                }
            }
        } finally {
            LibC.freeaddrinfo(res[0]);
        }
        return out;
    }

    /** CPython's {@code idna_converter} for the host of an address tuple, which says less when it fails. */
    private static String hostname(String host) {
        try {
            return idna(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encoding of hostname failed");
        }
    }

    /** Python encodes host names with the IDNA codec before libc sees them. */
    static String idna(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) > 0x7f) {
                try {
                    return IDN.toASCII(host);
                } catch (IllegalArgumentException e) {
                    String m = String.valueOf(e.getMessage());
                    // The JDK names what is wrong with a label in three ways; Python's codec in one.
                    boolean label = m.contains("too long") || m.contains("Empty label") || m.contains("Too many input code points");
                    throw new IllegalArgumentException("encoding with 'idna' codec failed ("
                            + (label ? "UnicodeError: label empty or too long" : m) + ")");
                }
            }
        }
        return host;
    }

    /** CPython's {@code makesockaddr}. */
    static Address fromSockaddr(sockaddr sa) {
        if (sa instanceof sockaddr_in in) {
            return Address.of(LibC.inet_ntop(LibC.AF_INET, in.sin_addr), LibC.ntohs(in.sin_port));
        }
        if (sa instanceof sockaddr_in6 in6) {
            return Address.of6(LibC.inet_ntop(LibC.AF_INET6, in6.sin6_addr), LibC.ntohs(in6.sin6_port),
                    LibC.ntohl(in6.sin6_flowinfo), in6.sin6_scope_id);
        }
        if (sa instanceof sockaddr_un un) {
            return Address.unix(un.path());
        }
        throw new IllegalArgumentException("unsupported address " + sa);
    }

    /** An empty struct for a socket of this family to receive an address in. */
    static sockaddr empty(int family) {
        sockaddr sa = sockaddr.forFamily(family, Os.HOST);
        return sa != null ? sa : new sockaddr_in6();
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
