package dev.jnasocket;

import dev.jnasocket.libc.Constants;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_in6;
import dev.jnasocket.libc.sockaddr_un;
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
            // As CPython, the whole text goes to the kernel, which ends a path at its first NUL.
            byte[] p = a.pathBytes();
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
        // CPython's order: the tuple is parsed (the host converted), the host resolved, and only
        // then are the port and the flow label range-checked.
        byte[] ip = resolve(hostname(a.host()), family);
        if (a.port() < 0 || a.port() > 0xffff) {
            throw new IllegalArgumentException(call + "(): port must be 0-65535.");
        }
        if (a.flowinfo() < 0 || a.flowinfo() > 0xfffff) {
            throw new IllegalArgumentException(call + "(): flowinfo must be 0-1048575.");
        }
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

    /**
     * CPython's {@code setipaddr}: the packed address of a host text for one family. The text is
     * what libc is given: already IDNA-encoded by the caller, without NUL.
     */
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
        if (LibC.inet_pton(family, host, ip) == 1) {
            return ip;
        }
        for (AddrInfo ai : lookup(host, null, family, 0, 0, 0)) {
            if (ai.family() == family && LibC.inet_pton(family, ai.sockaddr().host(), ip) == 1) {
                return ip;
            }
        }
        throw new gaierror(LibC.EAI_FAMILY, LibC.gai_strerror(LibC.EAI_FAMILY));
    }

    /**
     * CPython's {@code socket.getaddrinfo(host, port, ...)}: the host IDNA-encoded, the port made
     * a service text as CPython makes it, each then cut at its first NUL as C reads it.
     *
     * @param host null (libc's NULL node), a name or an address text
     * @param port null, an Integer/Long/Short (printed with {@code %ld}), a String (a service
     *             name or number, UTF-8) or a {@code byte[]} (Python's bytes)
     * @return the answers, in libc's order
     * @throws OSError a gaierror when the name cannot be resolved; {@code "Int or String expected"}
     */
    static List<AddrInfo> getaddrinfo(String host, Object port, int family, int type, int proto, int flags)
            throws OSError {
        String node = host == null ? null : cString(idna(host));
        String service;
        if (port == null) {
            service = null;
        } else if (port instanceof Integer || port instanceof Long || port instanceof Short) {
            service = port.toString();
        } else if (port instanceof String p) {
            bytes.encode(p); // CPython's PyUnicode_AsUTF8: a lone surrogate is a UnicodeEncodeError
            service = cString(p);
        } else if (port instanceof byte[] b) {
            service = cString(bytes.decode(b, "utf-8", "surrogateescape"));
        } else {
            throw new OSError("Int or String expected"); // CPython raises OSError here, not TypeError
        }
        return lookup(node, service, family, type, proto, flags);
    }

    /** What C sees of a text: the characters before its first NUL. */
    private static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /**
     * getaddrinfo(3) as CPython calls it, with a node and a service libc reads as they are: the
     * hints, the call, the walk (entries without an address are skipped), the free.
     *
     * @return the answers, in libc's order
     * @throws OSError a gaierror when the name cannot be resolved
     */
    static List<AddrInfo> lookup(String node, String service, int family, int type, int proto, int flags)
            throws OSError {
        addrinfo hints = new addrinfo();
        hints.ai_family = family;
        hints.ai_socktype = type;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        addrinfo[] res = new addrinfo[1];
        int rc = LibC.getaddrinfo(node, service, hints, res);
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

    /**
     * CPython's {@code idna_converter} for the host of an address tuple: an ASCII text goes to
     * the resolver as it is, another is IDNA-encoded (which, failing, says less than the codec);
     * a NUL is refused either way.
     */
    private static String hostname(String host) {
        if (host == null) {
            throw new IllegalArgumentException("str, bytes or bytearray expected, not NoneType");
        }
        String h = host;
        if (!Idna.isAscii(host)) {
            try {
                h = Idna.encode(host);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("encoding of hostname failed");
            }
        }
        if (h.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("host name must not contain null character");
        }
        return h;
    }

    /**
     * Python's {@code host.encode('idna')}, as {@code getaddrinfo} and the {@code gethostby*}
     * functions encode a host name before libc sees it.
     *
     * @throws IllegalArgumentException {@code "encoding with 'idna' codec failed (UnicodeError: ...)"}
     */
    static String idna(String host) {
        try {
            return Idna.encode(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encoding with 'idna' codec failed (UnicodeError: " + e.getMessage() + ")");
        }
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

    /**
     * An empty struct for a socket of this family to receive an address in. As CPython's
     * {@code getsockaddrlen}, a family it has no address format for is an error (a socket made
     * with an unknown family number over an existing fd).
     *
     * @throws OSError {@code "getsockaddrlen: bad family"}
     */
    static sockaddr empty(int family) throws OSError {
        sockaddr sa = sockaddr.forFamily(family, Os.HOST);
        if (sa != null) {
            return sa;
        }
        if (family == Constants.ABSENT || !hasAddressFormat(family)) {
            throw new OSError("getsockaddrlen: bad family");
        }
        return new sockaddr_in6(); // room enough for the other families CPython knows
    }

    /** The families besides AF_INET, AF_INET6 and AF_UNIX whose addresses CPython's getsockaddrlen sizes (AF_SYSTEM: macOS). */
    private static boolean hasAddressFormat(int family) {
        for (int f : new int[] {SocketConstants.AF_NETLINK, SocketConstants.AF_QIPCRTR, SocketConstants.AF_VSOCK,
            SocketConstants.AF_PACKET, SocketConstants.AF_TIPC, SocketConstants.AF_CAN, SocketConstants.AF_SYSTEM,
            SocketConstants.AF_ALG}) {
            if (f == family) {
                return true;
            }
        }
        return false;
    }
}
