package dev.jnasocket;

import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's name and conversion functions: inet_*, hton*, getaddrinfo, getnameinfo, the
 * host and service lookups. Values and messages are CPython's, and one test asks
 * {@code python3} on this machine and compares line by line. Only local names are looked up
 * (localhost, this host, numeric addresses, /etc/services); the one unknown name is under the
 * reserved {@code .invalid} domain.
 */
class NameFunctionsTest {

    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static byte[] hex(String h) {
        byte[] r = new byte[h.length() / 2];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return r;
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testIPv4toString and testIPv4_inet_aton_fourbytes")
    void ipv4ToPacked() throws OSError {
        assertArrayEquals(bytes(0, 0, 0, 0), socket.inet_aton("0.0.0.0"));
        assertArrayEquals(bytes(0xff, 0, 0xff, 0), socket.inet_aton("255.0.255.0"));
        assertArrayEquals(bytes(0xaa, 0xaa, 0xaa, 0xaa), socket.inet_aton("170.170.170.170"));
        assertArrayEquals(bytes(1, 2, 3, 4), socket.inet_aton("1.2.3.4"));
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff), socket.inet_aton("255.255.255.255"));
        assertArrayEquals(bytes(127, 0, 0, 1), socket.inet_aton("127.1"), "inet_aton's short form");
        for (String bad : new String[] {"0.0.0.", "300.0.0.0", "a.0.0.0", "1.2.3.4.5", "::1", ""}) {
            OSError e = assertThrows(OSError.class, () -> socket.inet_aton(bad), bad);
            assertThat(e.getMessage(), is("illegal IP address string passed to inet_aton"));
        }
        assertArrayEquals(bytes(0xff, 0, 0xff, 0), socket.inet_pton(socket.AF_INET, "255.0.255.0"));
        for (String bad : new String[] {"0.0.0.", "300.0.0.0", "a.0.0.0", "1.2.3.4.5", "::1", "127.1"}) {
            OSError e = assertThrows(OSError.class, () -> socket.inet_pton(socket.AF_INET, bad), bad);
            assertThat(e.getMessage(), is("illegal IP address string passed to inet_pton"));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testIPv6toString")
    void ipv6ToPacked() throws OSError {
        assertArrayEquals(new byte[16], socket.inet_pton(socket.AF_INET6, "::"));
        assertArrayEquals(new byte[16], socket.inet_pton(socket.AF_INET6, "0::0"));
        assertArrayEquals(hex("00010000000000000000000000000000"), socket.inet_pton(socket.AF_INET6, "1::"));
        assertArrayEquals(hex("45ef76cb001a56efafeb0bac1924aeae"), socket.inet_pton(socket.AF_INET6, "45ef:76cb:1a:56ef:afeb:bac:1924:aeae"));
        assertArrayEquals(hex("ad420abc000000000127000002540002"), socket.inet_pton(socket.AF_INET6, "ad42:abc::127:0:254:2"));
        assertArrayEquals(hex("0012000a000000000000000000000000"), socket.inet_pton(socket.AF_INET6, "12:a::"));
        assertArrayEquals(hex("000000000000000000000000fe2a1740"), socket.inet_pton(socket.AF_INET6, "::254.42.23.64"));
        assertArrayEquals(hex("0042a8b900000002ffffa29bfe2a1740"), socket.inet_pton(socket.AF_INET6, "42:a8b9:0:2:ffff:a29b:254.42.23.64"));
        for (String bad : new String[] {"0x20::", ":::", "::0::", "1::abc::", "1::abc::def", "1:2:3:4:5:6", "1:2:3:4:5:6:",
                "1:2:3:4:5:6:7:8:0", "1:2:3:4:5:6:7:8:", "255.254.253.252", "1::260.2.3.0", "1::0.be.e.0",
                "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:0", "0.100.200.0:3:4:5:6:7:8"}) {
            OSError e = assertThrows(OSError.class, () -> socket.inet_pton(socket.AF_INET6, bad), bad);
            assertThat(e.getMessage(), is("illegal IP address string passed to inet_pton"));
        }
        OSError e = assertThrows(OSError.class, () -> socket.inet_pton(12345, "1.2.3.4"));
        assertThat(e.errno(), is(LibC.EAFNOSUPPORT));
        assertThat(e.getMessage(), is("[Errno " + LibC.EAFNOSUPPORT + "] " + LibC.strerror(LibC.EAFNOSUPPORT)));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testStringToIPv4")
    void packedToIpv4() throws OSError {
        assertThat(socket.inet_ntoa(bytes(1, 0, 1, 0)), is("1.0.1.0"));
        assertThat(socket.inet_ntoa(bytes(0xaa, 0x55, 0xaa, 0x55)), is("170.85.170.85"));
        assertThat(socket.inet_ntoa(bytes(0xff, 0xff, 0xff, 0xff)), is("255.255.255.255"));
        assertThat(socket.inet_ntop(socket.AF_INET, bytes(1, 2, 3, 4)), is("1.2.3.4"));
        for (int len : new int[] {3, 5, 16}) {
            assertThat(assertThrows(OSError.class, () -> socket.inet_ntoa(new byte[len])).getMessage(),
                    is("packed IP wrong length for inet_ntoa"));
            assertThat(assertThrows(IllegalArgumentException.class, () -> socket.inet_ntop(socket.AF_INET, new byte[len])).getMessage(),
                    is("invalid length of packed IP address string"));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testStringToIPv6")
    void packedToIpv6() {
        assertThat(socket.inet_ntop(socket.AF_INET6, new byte[16]), is("::"));
        byte[] one = new byte[16];
        one[15] = 1;
        assertThat(socket.inet_ntop(socket.AF_INET6, one), is("::1"));
        assertThat(socket.inet_ntop(socket.AF_INET6, hex("0aef0b01050610 01ffff99970055 0170".replace(" ", ""))),
                is("aef:b01:506:1001:ffff:9997:55:170"));
        for (int len : new int[] {15, 17, 4}) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> socket.inet_ntop(socket.AF_INET6, new byte[len])).getMessage(),
                    is("invalid length of packed IP address string"));
        }
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.inet_ntop(12345, new byte[4])).getMessage(),
                is("unknown address family 12345"));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testNtoH (real byte swaps, each its own inverse)")
    void ntoh() {
        assertThat(socket.htons(1), is(256));
        assertThat(socket.ntohs(0x1234), is(0x3412));
        assertThat(socket.htonl(1), is(16777216L));
        assertThat(socket.ntohl(0x01234567L), is(0x67452301L));
        for (long i : new long[] {0, 1, 0xffff, 2, 0x01234567L, 0x76543210L, 0xffffffffL}) {
            assertThat(socket.ntohl(socket.htonl(i)), is(i));
            int s = (int) (i & 0xffff);
            assertThat(socket.ntohs(socket.htons(s)), is(s));
        }
        assertThat(socket.htonl(0xffffffffL), is(0xffffffffL));
        assertThat(socket.htons(0xffff), is(0xffff));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testNtoHErrors (OverflowError texts)")
    void ntohErrors() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.htons(-1)).getMessage(),
                is("htons: can't convert negative Python int to C 16-bit unsigned integer"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.ntohs(1 << 16)).getMessage(),
                is("ntohs: Python int too large to convert to C 16-bit unsigned integer"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.htonl(-1)).getMessage(),
                is("can't convert negative value to unsigned int"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.ntohl(1L << 32)).getMessage(),
                is("int larger than 32 bits"));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testGetaddrinfo (hosts, ports, filters, flags)")
    void getaddrinfo() throws OSError {
        assertThat(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0).toString(),
                is("[(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))]"));
        assertThat(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_STREAM, 0, 0).toString(),
                is("[(<AddressFamily.AF_INET6: " + socket.AF_INET6 + ">, <SocketKind.SOCK_STREAM: 1>, 6, '', ('::1', 80, 0, 0))]"));
        assertThat(socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM, 0, 0).get(0).sockaddr(),
                is(Address.of("127.0.0.1", 80)));
        assertThat(socket.getaddrinfo(null, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE).get(0).sockaddr(),
                is(Address.of("0.0.0.0", 0)));
        assertThat(socket.getaddrinfo(null, 0, socket.AF_INET, socket.SOCK_STREAM, 0, 0).get(0).sockaddr(),
                is(Address.of("127.0.0.1", 0)));
        assertThat(socket.getaddrinfo("localhost", 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_CANONNAME).get(0).canonname(),
                is("localhost"));
        for (AddrInfo ai : socket.getaddrinfo("localhost", null, 0, socket.SOCK_STREAM, 0, 0)) {
            assertThat(ai.type(), is(socket.SOCK_STREAM));
            assertThat(ai.canonname(), is(""));
        }
        for (AddrInfo ai : socket.getaddrinfo("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM, 0, 0)) {
            assertThat(ai.toString(), is("(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_DGRAM: 2>, 17, '', ('127.0.0.1', 53))"));
        }
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_getaddrinfo_ipv6_basic (the address comes back lower-cased)")
    void getaddrinfoIpv6Basic() throws OSError {
        List<AddrInfo> r = socket.getaddrinfo("ff02::1de:c0:face:8D", 1234, socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP, 0);
        assertThat(r, hasSize(1));
        assertThat(r.get(0).sockaddr().toString(), is("('ff02::1de:c0:face:8d', 1234, 0, 0)"));
    }

    @Test
    @DisplayName("CPython: getaddrinfo errors (gaierror texts; 'Int or String expected')")
    void getaddrinfoErrors() throws OSError {
        gaierror e = assertThrows(gaierror.class, () -> socket.getaddrinfo("127.0.0.1", "nonexistentservice", 0, socket.SOCK_STREAM, 0, 0));
        assertThat(e.errno(), is(LibC.EAI_SERVICE));
        assertThat(e.getMessage(), is("[Errno " + LibC.EAI_SERVICE + "] " + LibC.gai_strerror(LibC.EAI_SERVICE)));
        e = assertThrows(gaierror.class, () -> socket.getaddrinfo("nonexistent.invalid", 80, 0, 0, 0, 0));
        assertThat(e.errno(), is(LibC.EAI_NONAME));
        if (dev.jnasocket.libc.Os.HOST == dev.jnasocket.libc.Os.LINUX) {
            assertThat(e.getMessage(), is("[Errno -2] Name or service not known"));
            assertThat(assertThrows(gaierror.class, () -> socket.getaddrinfo("localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)).getMessage(),
                    is("[Errno -2] Name or service not known"));
        }
        OSError type = assertThrows(OSError.class, () -> socket.getaddrinfo("127.0.0.1", 1.5, 0, 0, 0, 0));
        assertThat(type.getMessage(), is("Int or String expected"));
        assertThat(type.errno(), is(nullValue()));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_getnameinfo / testInterpreterCrash / test_flowinfo")
    void getnameinfo() throws OSError {
        assertThat(socket.getnameinfo(Address.of("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV).toString(),
                is("('127.0.0.1', '80')"));
        assertThat(socket.getnameinfo(Address.of6("::1", 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV).toString(),
                is("('::1', '80')"));
        assertThat(socket.getnameinfo(Address.of("127.0.0.1", 53), socket.NI_DGRAM | socket.NI_NUMERICHOST).port(), is("domain"));
        // Only addresses are allowed, never names to look up.
        assertThrows(gaierror.class, () -> socket.getnameinfo(Address.of("mail.python.org", 0), 0));
        assertThrows(OSError.class, () -> socket.getnameinfo(Address.of6("x", 0, 0, 0), 0));
        assertThat(assertThrows(IllegalArgumentException.class, () -> socket.getnameinfo(Address.of6("::1", 0, -1, 0), 0)).getMessage(),
                is("getnameinfo(): flowinfo must be 0-1048575."));
        // CPython prints the port with %d for getaddrinfo: glibc keeps the low 16 bits, and refuses -1.
        assertThat(socket.getnameinfo(Address.of("127.0.0.1", 70000), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV).port(),
                is("4464"));
        assertThrows(gaierror.class, () -> socket.getnameinfo(Address.of("127.0.0.1", -1), 0));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testHostnameRes and test_host_resolution")
    void hostResolution() throws OSError {
        String hostname = socket.gethostname();
        String ip = socket.gethostbyname(hostname);
        assertThat(ip, containsString("."));
        socket.HostInfo h = socket.gethostbyaddr(ip);
        List<String> allNames = new ArrayList<>(List.of(hostname, h.hostname()));
        allNames.addAll(h.aliaslist());
        assertThat(allNames, hasItem(socket.getfqdn(ip)));
        for (String addr : new String[] {"127.0.0.1", "10.0.0.1", "255.255.255.255"}) {
            assertThat(socket.gethostbyname(addr), is(addr));
        }
        assertThat(socket.gethostbyaddr("127.0.0.1").ipaddrlist(), hasItem("127.0.0.1"));
        assertThrows(gaierror.class, () -> socket.gethostbyname("nonexistent.invalid"));
        assertThat(socket.getfqdn("nonexistent.invalid"), is("nonexistent.invalid"));
        // CPython: getfqdn(None) raises AttributeError; null is refused, not taken for "this host"
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> socket.getfqdn(null));
        assertThat(e.getMessage(), is("'NoneType' object has no attribute 'strip'"));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_getfqdn_filter_localhost")
    void getfqdnOfTheWildcards() {
        assertThat(socket.getfqdn("0.0.0.0"), is(socket.getfqdn()));
        assertThat(socket.getfqdn("::"), is(socket.getfqdn()));
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.testGetServBy and getprotobyname")
    void services() throws OSError {
        int port = socket.getservbyname("daytime", "tcp");
        assertThat(port, is(13));
        assertThat(socket.getservbyname("daytime"), is(port));
        assertThat(socket.getservbyname("daytime", "udp"), is(port));
        assertThat(socket.getservbyport(port), is("daytime"));
        assertThat(socket.getservbyport(port, "tcp"), is("daytime"));
        assertThat(socket.getservbyport(port, "udp"), is("daytime"));
        for (int bad : new int[] {-1, 65536}) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> socket.getservbyport(bad)).getMessage(),
                    is("getservbyport: port must be 0-65535."));
        }
        assertThat(assertThrows(OSError.class, () -> socket.getservbyname("nonexistentservice", "tcp")).getMessage(),
                is("service/proto not found"));
        assertThat(assertThrows(OSError.class, () -> socket.getservbyport(65000, "tcp")).getMessage(), is("port/proto not found"));
        assertThat(socket.getprotobyname("tcp"), is(socket.IPPROTO_TCP));
        assertThat(socket.getprotobyname("udp"), is(socket.IPPROTO_UDP));
        assertThat(assertThrows(OSError.class, () -> socket.getprotobyname("nope")).getMessage(), is("protocol not found"));
    }

    @Test
    @DisplayName("CPython on this machine: the same lookups and conversions print the same")
    void matchesCPythonOnThisMachine() throws Exception {
        String py = String.join("\n",
                "import socket as s",
                "def ai(l): return l  # AddrInfo prints CPython's enums too",
                "h = s.gethostbyaddr('127.0.0.1')",
                "for v in [s.gethostname(), s.gethostbyname('localhost'), s.gethostbyname(s.gethostname()),",
                "          (h[0], h[2]), s.getfqdn(), s.getfqdn('127.0.0.1'),",
                "          s.getnameinfo(('127.0.0.1', 80), 0), s.getnameinfo(('127.0.0.1', 443), s.NI_NUMERICHOST),",
                "          ai(s.getaddrinfo('localhost', 'http', s.AF_INET, s.SOCK_STREAM)),",
                "          ai(s.getaddrinfo('127.0.0.1', 7, s.AF_INET, 0, 0, s.AI_NUMERICHOST)),",
                "          s.getservbyname('https', 'tcp'), s.getservbyport(22), s.getprotobyname('icmp'),",
                "          s.inet_aton('10.1'), s.inet_pton(s.AF_INET6, '::ffff:1.2.3.4'), s.inet_ntop(s.AF_INET6, bytes(15) + b'\\x01'),",
                "          s.htons(0x1234), s.htonl(0x12345678)]:",
                "    print(v)");
        List<String> java = List.of(
                socket.gethostname(),
                socket.gethostbyname("localhost"),
                socket.gethostbyname(socket.gethostname()),
                "(" + repr(socket.gethostbyaddr("127.0.0.1").hostname()) + ", "
                        + pyList(socket.gethostbyaddr("127.0.0.1").ipaddrlist()) + ")",
                socket.getfqdn(),
                socket.getfqdn("127.0.0.1"),
                socket.getnameinfo(Address.of("127.0.0.1", 80), 0).toString(),
                socket.getnameinfo(Address.of("127.0.0.1", 443), socket.NI_NUMERICHOST).toString(),
                socket.getaddrinfo("localhost", "http", socket.AF_INET, socket.SOCK_STREAM, 0, 0).toString(),
                socket.getaddrinfo("127.0.0.1", 7, socket.AF_INET, 0, 0, socket.AI_NUMERICHOST).toString(),
                Integer.toString(socket.getservbyname("https", "tcp")),
                socket.getservbyport(22),
                Integer.toString(socket.getprotobyname("icmp")),
                repr(socket.inet_aton("10.1")),
                repr(socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4")),
                socket.inet_ntop(socket.AF_INET6, hex("00000000000000000000000000000001")),
                Integer.toString(socket.htons(0x1234)),
                Long.toString(socket.htonl(0x12345678)));
        assertThat(String.join("\n", java) + "\n", is(Child.runPython(py, 20)));
    }

    private static String pyList(List<String> items) {
        return items.stream().map(builtins::repr).collect(Collectors.joining(", ", "[", "]"));
    }
}
