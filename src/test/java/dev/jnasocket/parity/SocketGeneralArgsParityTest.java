package dev.jnasocket.parity;

import static dev.jnasocket.builtins.print;
import static dev.jnasocket.builtins.repr;

import dev.jnasocket.AddrInfo;
import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketFile;
import dev.jnasocket.SocketObject;
import dev.jnasocket.SocketTextFile;
import dev.jnasocket.Tuple;
import dev.jnasocket.bytes;
import dev.jnasocket.errno;
import dev.jnasocket.select;
import dev.jnasocket.socket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * GeneralModuleTests (and TestUnixDomain's non-ASCII and NUL paths) of CPython's {@code test_socket}: the argument
 * checks of the address and name functions exactly as CPython makes them, and the
 * GeneralModuleTests methods that run on Linux without privileges. Names stay on this machine.
 */
class SocketGeneralArgsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_general_args.py";
    }

    static final int NUM = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV;
    static final int V4 = socket.AF_INET;
    static final int V6 = socket.AF_INET6;

    interface Call {
        Object run() throws Exception;
    }

    interface OnSocket {
        Object run(SocketObject s) throws Exception;
    }

    /** The Python twin's {@code _show}: the result's repr, or the kind and text of the error. */
    static void show(String label, Call fn) {
        try {
            Object r = fn.run();
            System.out.println(label + " -> " + repr(r));
        } catch (IllegalArgumentException e) {
            System.out.println(label + " !! ArgumentError: " + e.getMessage());
        } catch (OSError e) {
            System.out.println(label + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The twin's {@code _on}: a fresh socket handed to call, closed after. */
    static Call on(int family, int type, OnSocket call) {
        return () -> {
            try (SocketObject s = socket.socket(family, type)) {
                return call.run(s);
            }
        };
    }

    static List<Address> gai(String host, Object port, int family, int type, int flags) throws OSError {
        List<Address> out = new ArrayList<>();
        for (AddrInfo ai : socket.getaddrinfo(host, port, family, type, 0, flags)) {
            out.add(ai.sockaddr());
        }
        return out;
    }

    static List<Address> gai(String host, Object port, int family) throws OSError {
        return gai(host, port, family, socket.SOCK_STREAM, socket.AI_NUMERICHOST);
    }

    static List<Address> gai(String host, Object port) throws OSError {
        return gai(host, port, 0);
    }

    static String fd(String text) {
        return text.replaceAll("(fd|name)=\\d+", "$1=N");
    }

    static String familyName(int family) {
        return socket.AddressFamily.of(family).name();
    }

    // ------------------------------------------------------------------ getnameinfo

    @Scenario
    static void GeneralModuleTests_test_getnameinfo() {
        for (String host : new String[] {"mail.python.org", "localhost", "", "1.2.3.4.5", "::1::2"}) {
            show(repr(host), () -> socket.getnameinfo(Address.of(host, 0), 0));
        }
        show("127.1", () -> socket.getnameinfo(Address.of("127.1", 80), NUM));
        show("0x7f.1", () -> socket.getnameinfo(Address.of("0x7f.1", 80), NUM));
        show("::ffff:127.0.0.1", () -> socket.getnameinfo(Address.of("::ffff:127.0.0.1", 80), NUM));
        show("localhost name", () -> socket.getnameinfo(Address.of("127.0.0.1", 80), 0));
        show("None host", () -> socket.getnameinfo(Address.of(null, 80), NUM));
        show("NUL host", () -> socket.getnameinfo(Address.of("127.0.0.1\0", 80), NUM));
        show("surrogate host", () -> socket.getnameinfo(Address.of("\udcff", 80), NUM));
    }

    @Scenario
    static void GeneralModuleTests_testInterpreterCrash() {
        Object[][] cases = {{"('x', 0, 0, 0)", Address.of6("x", 0, 0, 0)}, {"('', 0, 0, 0)", Address.of6("", 0, 0, 0)},
            {"('::1', 0, 1048575, 4294967295)", Address.of6("::1", 0, 0xfffff, 0xffffffff)},
            {"('::1%lo', 0, 0, 0)", Address.of6("::1%lo", 0, 0, 0)}, {"('127.0.0.1%lo', 0)", Address.of("127.0.0.1%lo", 0)}};
        for (Object[] c : cases) {
            show((String) c[0], () -> socket.getnameinfo((Address) c[1], NUM));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getnameinfo_ports() {
        for (String host : new String[] {"127.0.0.1", "::1"}) {
            for (int port : new int[] {-1, 0, 65535, 65536, 65537, 70000, Integer.MAX_VALUE}) {
                show(host + " " + port, () -> socket.getnameinfo(Address.of(host, port), NUM));
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getnameinfo_tuple_sizes() {
        // Python's 3-tuple (host, port, flowinfo) is Address.of6 with scope id 0.
        Object[][] cases = {
            {"('127.0.0.1', 80)", Address.of("127.0.0.1", 80)},
            {"('127.0.0.1', 80, 0)", Address.of6("127.0.0.1", 80, 0, 0)},
            {"('127.0.0.1', 80, 0, 0)", Address.of6("127.0.0.1", 80, 0, 0)},
            {"('127.0.0.1', 80, 5, 7)", Address.of6("127.0.0.1", 80, 5, 7)},
            {"('::1', 80)", Address.of("::1", 80)},
            {"('::1', 80, 0)", Address.of6("::1", 80, 0, 0)},
            {"('::1', 80, 0, 0)", Address.of6("::1", 80, 0, 0)},
            {"('::1', 80, 7, 0)", Address.of6("::1", 80, 7, 0)},
            {"('::1', 80, 0, 1)", Address.of6("::1", 80, 0, 1)},
            {"('::ffff:127.0.0.1', 80, 0, 0)", Address.of6("::ffff:127.0.0.1", 80, 0, 0)},
        };
        for (Object[] c : cases) {
            show((String) c[0], () -> socket.getnameinfo((Address) c[1], NUM));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_flowinfo() {
        show("getnameinfo 0xffffffff", () -> socket.getnameinfo(Address.of6("::1", 0, 0xffffffff, 0), 0));
        for (int fi : new int[] {-10, -1, 0, 1048575, 1048576}) {
            show("getnameinfo " + fi, () -> socket.getnameinfo(Address.of6("::1", 80, fi, 0), NUM));
            show("bind " + fi, on(V6, socket.SOCK_STREAM, s -> {
                s.bind(Address.of6("::1", 0, fi, 0));
                return null;
            }));
            show("connect " + fi, on(V6, socket.SOCK_DGRAM, s -> {
                s.connect(Address.of6("::1", 9, fi, 0));
                return null;
            }));
            show("sendto " + fi, on(V6, socket.SOCK_DGRAM, s -> s.sendto(new byte[] {'x'}, Address.of6("::1", 9, fi, 0))));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getnameinfo_flags() {
        for (int flags : new int[] {0, socket.NI_NUMERICHOST, socket.NI_NUMERICSERV, NUM, socket.NI_DGRAM,
            socket.NI_NUMERICHOST | socket.NI_DGRAM, -1, 0x7fffffff, 0x10000}) {
            show("flags " + flags + " v4", () -> socket.getnameinfo(Address.of("127.0.0.1", 53), flags));
            show("flags " + flags + " v6", () -> socket.getnameinfo(Address.of("::1", 53), flags >= 0 ? flags | socket.NI_NUMERICHOST : flags));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getnameinfo_ipv6_scopeid_symbolic() throws Exception {
        socket.NameIndex first = socket.if_nameindex().get(0);
        Address sockaddr = Address.of6("ff02::1de:c0:face:8D", 1234, 0, first.index());
        socket.NameInfo nameinfo = socket.getnameinfo(sockaddr, NUM);
        print(nameinfo.equals(new socket.NameInfo("ff02::1de:c0:face:8d%" + first.name(), "1234")), nameinfo.port());
        for (int scope : new int[] {0, 99999, -1}) {
            socket.NameInfo r = socket.getnameinfo(Address.of6("fe80::1", 1234, 0, scope), NUM);
            print(scope, r.host().replace("%" + first.name(), "%IF"), r.port());
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_ipv6_scopeid_symbolic() throws Exception {
        socket.NameIndex first = socket.if_nameindex().get(0);
        List<AddrInfo> infos = socket.getaddrinfo("ff02::1de:c0:face:8D%" + first.name(), 1234, socket.AF_INET6,
                socket.SOCK_DGRAM, socket.IPPROTO_UDP, socket.AI_NUMERICHOST);
        if (infos.size() != 1) {
            throw new AssertionError(infos);
        }
        Address sa = infos.get(0).sockaddr();
        print(sa.equals(Address.of6("ff02::1de:c0:face:8d", 1234, 0, first.index())), Tuple.of(sa.host(), sa.port(), sa.flowinfo()));
        show("unknown interface", () -> gai("fe80::1%nosuchif0", 1234, V6, socket.SOCK_DGRAM, socket.AI_NUMERICHOST));
    }

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_ipv6_basic() throws Exception {
        List<AddrInfo> infos = socket.getaddrinfo("ff02::1de:c0:face:8D", 1234, socket.AF_INET6, socket.SOCK_DGRAM,
                socket.IPPROTO_UDP, 0);
        if (infos.size() != 1) {
            throw new AssertionError(infos);
        }
        print(infos.get(0).sockaddr());
    }

    // ------------------------------------------------------------------ None and NUL

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_None() {
        for (int family : new int[] {V4, V6}) {
            for (int flags : new int[] {0, socket.AI_PASSIVE}) {
                for (Object port : new Object[] {80, 0, "80", null}) {
                    show(familyName(family) + " " + flags + " " + repr(port),
                            () -> gai(null, port, family, socket.SOCK_STREAM, flags));
                }
            }
        }
        show("None None", () -> socket.getaddrinfo(null, null));
    }

    @Scenario
    static void GeneralModuleTests_test_getsockaddrarg_None() throws Exception {
        byte[] x = {'x'};
        try (SocketObject r = socket.socket(V4, socket.SOCK_DGRAM)) {
            r.bind("127.0.0.1", 0);
            int port = r.getsockname().port();
            for (int family : new int[] {V4, V6}) {
                String f = familyName(family);
                show(f + " bind", on(family, socket.SOCK_DGRAM, s -> {
                    s.bind(null, 0);
                    return null;
                }));
                show(f + " connect", on(family, socket.SOCK_DGRAM, s -> {
                    s.connect(Address.of(null, port));
                    return null;
                }));
                show(f + " connect_ex", on(family, socket.SOCK_DGRAM, s -> s.connect_ex(null, port)));
                show(f + " sendto", on(family, socket.SOCK_DGRAM, s -> s.sendto(x, Address.of(null, port))));
                show(f + " sendto flags", on(family, socket.SOCK_DGRAM, s -> s.sendto(x, 0, Address.of(null, port))));
            }
            show("getnameinfo", () -> socket.getnameinfo(Address.of(null, port), NUM));
        }
        try (SocketObject srv = socket.create_server("127.0.0.1", 0)) {
            int port = srv.getsockname().port();
            try (SocketObject c = socket.create_connection(Address.of(null, port), 5.0)) {
                print("create_connection", c.getpeername().equals(Address.of("127.0.0.1", port)));
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_nul() {
        show("host NUL tail", () -> gai("127.0.0.1\0junk", 80, V4));
        show("host NUL only", () -> gai("\0", 80, V4));
        show("port NUL tail", () -> gai("127.0.0.1", "80\0junk", V4));
        show("service NUL tail", () -> gai("127.0.0.1", "http\0x", V4));
        show("gethostbyname", () -> socket.gethostbyname("127.0.0.1\0"));
        show("gethostbyname_ex", () -> socket.gethostbyname_ex("127.0.0.1\0"));
        show("gethostbyaddr", () -> socket.gethostbyaddr("127.0.0.1\0"));
        show("getnameinfo", () -> socket.getnameinfo(Address.of("127.0.0.1\0", 80), NUM));
        show("inet_aton", () -> socket.inet_aton("127.0.0.1\0"));
        show("inet_pton", () -> socket.inet_pton(V4, "127.0.0.1\0"));
        for (int family : new int[] {V4, V6}) {
            String f = familyName(family);
            show(f + " bind", on(family, socket.SOCK_DGRAM, s -> {
                s.bind("127.0.0.1\0", 0);
                return null;
            }));
            show(f + " connect", on(family, socket.SOCK_DGRAM, s -> {
                s.connect("127.0.0.1\0", 0);
                return null;
            }));
            show(f + " sendto", on(family, socket.SOCK_DGRAM, s -> s.sendto(new byte[] {'x'}, "\0", 9)));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getsockaddrarg() {
        int port = 50000;
        for (int family : new int[] {V4, V6}) {
            for (String host : new String[] {"127.0.0.1", "::1", ""}) {
                for (int p : new int[] {port + 65536, port - 65536, -1, 65536}) {
                    show(familyName(family) + " bind " + repr(host) + " " + p, on(family, socket.SOCK_STREAM, s -> {
                        s.bind(host, p);
                        return null;
                    }));
                }
            }
        }
        show("v6 bind v4 host bad flowinfo", on(V6, socket.SOCK_STREAM, s -> {
            s.bind(Address.of6("127.0.0.1", 0, -1, 0));
            return null;
        }));
        show("v6 bind bad port bad flowinfo", on(V6, socket.SOCK_STREAM, s -> {
            s.bind(Address.of6("::1", -1, -1, 0));
            return null;
        }));
        show("v4 bind 4-tuple", on(V4, socket.SOCK_STREAM, s -> {
            s.bind(Address.of6("127.0.0.1", 0, 0, 0));
            return null;
        }));
        show("v4 connect 4-tuple", on(V4, socket.SOCK_STREAM, s -> {
            s.connect(Address.of6("127.0.0.1", -1, 0, 0));
            return null;
        }));
        show("v6 broadcast", on(V6, socket.SOCK_DGRAM, s -> {
            s.bind("<broadcast>", 0);
            return null;
        }));
        show("v4 bind ok", on(V4, socket.SOCK_STREAM, s -> {
            s.bind("127.0.0.1", 0);
            return s.getsockname().host();
        }));
    }

    // ------------------------------------------------------------------ services and protocols

    @Scenario
    static void GeneralModuleTests_testGetServBy() throws Exception {
        String service = null;
        int port = 0;
        for (String name : new String[] {"daytime", "qotd", "domain"}) {
            try {
                port = socket.getservbyname(name, "tcp");
                service = name;
                break;
            } catch (OSError e) {
                // try the next
            }
        }
        if (service == null) {
            throw new OSError("no service");
        }
        int port2 = socket.getservbyname(service);
        print(service, port, port2);
        Integer udpport;
        try {
            udpport = socket.getservbyname(service, "udp");
        } catch (OSError e) {
            udpport = null;
        }
        print(udpport);
        print(socket.getservbyport(port2), socket.getservbyport(port, "tcp"));
        if (udpport != null) {
            print(socket.getservbyport(udpport, "udp"));
        }
        show("-1", () -> socket.getservbyport(-1));
        show("65536", () -> socket.getservbyport(65536));
    }

    @Scenario
    static void GeneralModuleTests_testGetServBy_args() {
        show("service NUL", () -> socket.getservbyname("http\0"));
        show("proto NUL", () -> socket.getservbyname("http", "tcp\0"));
        show("port proto NUL", () -> socket.getservbyport(53, "udp\0"));
        show("protocol NUL", () -> socket.getprotobyname("tcp\0"));
        show("service surrogate", () -> socket.getservbyname("\udcff"));
        show("proto surrogate", () -> socket.getservbyname("http", "\udcff"));
        show("protocol surrogate", () -> socket.getprotobyname("\ud800"));
        show("service empty", () -> socket.getservbyname(""));
        show("proto empty", () -> socket.getservbyname("http", ""));
        show("protocol empty", () -> socket.getprotobyname(""));
        show("service None", () -> socket.getservbyname(null));
        show("protocol None", () -> socket.getprotobyname(null));
        show("tcp", () -> socket.getprotobyname("tcp"));
        show("udp", () -> socket.getprotobyname("udp"));
        show("unknown", () -> socket.getprotobyname("nosuchproto"));
        show("port 0", () -> socket.getservbyport(0));
        show("port 53 udp", () -> socket.getservbyport(53, "udp"));
    }

    // ------------------------------------------------------------------ IDNA

    @Scenario
    static void GeneralModuleTests_test_idna() {
        String a64 = "a".repeat(64);
        for (String host : new String[] {"\udcff", "a\udcffb", "a..b", ".a", "a..", ".", "..", a64, "b." + a64,
            a64 + ".b", "a".repeat(63), "a.", "xn--", "xn--a", "xn--\u00fc", "XN--\u00fc", "\u00fc.xn--a",
            "\u00fc..b", "\u00fc".repeat(60), "\u00fc".repeat(20), "\u2028\u00fc", "\u00fc\u0080", "\ufffd"}) {
            show(repr(host), () -> gai(host, 80));
        }
        for (String host : new String[] {"\udcff", "a..b", a64, "xn--\u00fc", "."}) {
            show("gethostbyname " + repr(host), () -> socket.gethostbyname(host));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_idna_unassigned() {
        for (String host : new String[] {"\uD83D\uDE00", "\u0221", "a\u3002b\u00fc", "a\uff0eb\u00fc", "a\uff61\u00fc", "\u00fc."}) {
            show(repr(host), () -> gai(host, 80));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_idna_bidi() {
        for (String host : new String[] {"\u05d0a", "\u05d0\u05d1", "\u05d0a\u05d1", "\u05d01", "1\u05d0", "\u05d01\u05d1"}) {
            show(repr(host), () -> gai(host, 80));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_idna_address_tuple() {
        for (String host : new String[] {"\udcff", "a".repeat(64) + "\u00fc", "\u00fc..b", "xn--\u00fc", "\u05d0a"}) {
            String label = repr(host.substring(0, Math.min(4, host.length())));
            show("bind " + label, on(V4, socket.SOCK_DGRAM, s -> {
                s.bind(host, 0);
                return null;
            }));
            show("connect " + label, on(V6, socket.SOCK_DGRAM, s -> {
                s.connect(host, 0);
                return null;
            }));
        }
        show("bind wide", on(V4, socket.SOCK_DGRAM, s -> {
            s.bind("\uff11\uff12\uff17.0.0.1", 0);
            return s.getsockname().host();
        }));
    }

    // ------------------------------------------------------------------ AF_UNIX names

    static Path tmpdir() throws IOException {
        return Files.createTempDirectory("pyargs-");
    }

    static void rmtree(Path d) throws IOException {
        try (Stream<Path> all = Files.walk(d)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Scenario
    static void TestUnixDomain_testSurrogateescapeBind() throws Exception {
        Path d = tmpdir();
        try {
            String path = d + "/tmp-\u00e0\u00f2\u0258\u0141\u011f";
            try (SocketObject s = socket.socket(socket.AF_UNIX)) {
                s.bind(Address.unix(bytes.decode(path.getBytes(StandardCharsets.UTF_8), "ascii", "surrogateescape")));
                s.listen();
                String name = s.getsockname().path();
                print(name.equals(path), repr(name.substring(d.toString().length())));
                try (SocketObject c = socket.socket(socket.AF_UNIX)) {
                    c.connect(Address.unix(path));
                    print("connected", c.getpeername().path().equals(path));
                }
            }
        } finally {
            rmtree(d);
        }
    }

    @Scenario
    static void TestUnixDomain_testUnencodableAddr() throws Exception {
        Path d = tmpdir();
        try {
            String path = d + "/tmp-\udcff";
            try (SocketObject s = socket.socket(socket.AF_UNIX)) {
                s.bind(Address.unix(path));
                s.listen();
                String name = s.getsockname().path();
                print(name.equals(path), repr(name.substring(d.toString().length())));
                try (SocketObject c = socket.socket(socket.AF_UNIX)) {
                    c.connect(Address.unix(bytes.add(d.toString().getBytes(StandardCharsets.UTF_8), new byte[] {'/', 't', 'm', 'p', '-', (byte) 0xff})));
                    print("connected", c.getpeername().path().equals(path));
                }
                try (SocketObject u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)) {
                    show("sendto", () -> u.sendto(new byte[] {'x'}, Address.unix(path)));
                }
            }
        } finally {
            rmtree(d);
        }
    }

    @Scenario
    static void TestUnixDomain_testStrAddr_embedded_nul() throws Exception {
        Path d = tmpdir();
        try {
            for (Address path : new Address[] {Address.unix(d + "/a\0b"), Address.unix((d + "/c\0d").getBytes(StandardCharsets.UTF_8))}) {
                try (SocketObject s = socket.socket(socket.AF_UNIX)) {
                    s.bind(path);
                    s.listen();
                    print(repr(s.getsockname().path().substring(d.toString().length())));
                    try (SocketObject c = socket.socket(socket.AF_UNIX)) {
                        c.connect(path);
                        print("connected", repr(c.getpeername().path().substring(d.toString().length())));
                    }
                }
            }
            List<String> names = new ArrayList<>();
            try (Stream<Path> list = Files.list(d)) {
                list.forEach(p -> names.add(p.getFileName().toString()));
            }
            names.sort(null);
            print(names);
            show("too long", on(socket.AF_UNIX, socket.SOCK_STREAM, s -> {
                s.bind(Address.unix(d + "/\0" + "x".repeat(108)));
                return null;
            }));
        } finally {
            rmtree(d);
        }
    }

    @Scenario
    static void GeneralModuleTests_test_repr() throws Exception {
        SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        try (s) {
            print(fd(s.toString()));
            s.bind("127.0.0.1", 0);
            print(fd(s.toString()).replace(Integer.toString(s.getsockname().port()), "PORT"));
            print(s.toString().contains("fd=" + s.fileno()));
        }
        print(s.toString());
    }

    @Scenario
    static void GeneralModuleTests_testSendtoErrors() throws Exception {
        byte[] foo = {'f', 'o', 'o'};
        try (SocketObject s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            s.bind("", 0);
            show("None", () -> s.sendto(foo, (Address) null));
            show("0, None", () -> s.sendto(foo, 0, null));
            show("str address", () -> s.sendto(foo, Address.unix("127.0.0.1")));
        }
        try (SocketObject s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)) {
            show("v6 None", () -> s.sendto(foo, (Address) null));
        }
        try (SocketObject s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)) {
            show("unix None", () -> s.sendto(foo, (Address) null));
            show("unix tuple", () -> s.sendto(foo, Address.of("127.0.0.1", 9)));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_host_resolution() throws Exception {
        for (String addr : new String[] {"127.0.0.1", "10.0.0.1", "255.255.255.255", "0.0.0.0", "127.1"}) {
            show(addr, () -> socket.gethostbyname(addr));
        }
        print(socket.gethostbyaddr("127.0.0.1").ipaddrlist().contains("127.0.0.1"));
        show("ex", () -> socket.gethostbyname_ex("127.0.0.1"));
        show("ex 10.0.0.1", () -> socket.gethostbyname_ex("10.0.0.1"));
    }

    @Scenario
    static void GeneralModuleTests_testHostnameRes_bad_names() {
        for (String name : new String[] {"a\0b", "\udcff", "a..b", "xn--\u00fc", "a".repeat(64), "127.0.0.1"}) {
            String label = repr(name.substring(0, Math.min(5, name.length())));
            show("getfqdn " + label, () -> socket.getfqdn(name));
            show("gethostbyaddr " + label, () -> socket.gethostbyaddr(name));
            show("gethostbyname_ex " + label, () -> socket.gethostbyname_ex(name));
        }
    }

    @Scenario
    static void GeneralModuleTests_testIPv4_inet_aton_fourbytes() {
        for (String s : new String[] {"0.0.0.0", "255.255.255.255", "1", "1.2", "1.2.3", "0x7f.1", "017.1", "4294967295"}) {
            show(s, () -> bytes.hex(socket.inet_aton(s)));
        }
        for (String s : new String[] {"", "1.2.3.4.5", "256.0.0.0", "4294967296", "1.2.3.4 x", " 1.2.3.4", "1.2.3.4 "}) {
            show(repr(s), () -> socket.inet_aton(s));
        }
    }

    @Scenario
    static void GeneralModuleTests_testIPv4toString_args() {
        show("aton surrogate", () -> socket.inet_aton("\udcff"));
        show("pton surrogate", () -> socket.inet_pton(socket.AF_INET, "1.2.3.\udcff"));
        show("pton6 surrogate", () -> socket.inet_pton(socket.AF_INET6, "::\ud800"));
        show("aton NUL", () -> socket.inet_aton("1.2.3.4\0"));
        show("pton6 NUL", () -> socket.inet_pton(socket.AF_INET6, "::1\0"));
        show("pton bad family", () -> socket.inet_pton(12345, "::1"));
        show("pton bad family surrogate", () -> socket.inet_pton(12345, "\udcff"));
    }

    @Scenario
    static void GeneralModuleTests_testIPv6toString() {
        for (String a : new String[] {"::", "0::0", "1::", "45ef:76cb:1a:56ef:afeb:bac:1924:aeae", "ad42:abc::127:0:254:2", "12:a::",
            "0x20::", ":::", "::0::", "1::abc::", "1::abc::def", "1:2:3:4:5:6", "1:2:3:4:5:6:",
            "1:2:3:4:5:6:7:8:0", "1:2:3:4:5:6:7:8:", "::254.42.23.64", "42::a29b:254.42.23.64",
            "42:a8b9:0:2:ffff:a29b:254.42.23.64", "255.254.253.252", "1::260.2.3.0", "1::0.be.e.0",
            "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:0", "0.100.200.0:3:4:5:6:7:8", "::ffff:1.2.3.4", "fe80::1%lo"}) {
            show(a, () -> bytes.hex(socket.inet_pton(socket.AF_INET6, a)));
        }
    }

    @Scenario
    static void GeneralModuleTests_testStringToIPv4() {
        for (byte[] packed : new byte[][] {{1, 0, 1, 0}, {(byte) 0xaa, 0x55, (byte) 0xaa, 0x55}, {-1, -1, -1, -1}, {1, 2, 3, 4},
            new byte[3], new byte[5], new byte[16], new byte[0]}) {
            show("ntoa " + bytes.hex(packed), () -> socket.inet_ntoa(packed));
            show("ntop " + bytes.hex(packed), () -> socket.inet_ntop(socket.AF_INET, packed));
        }
    }

    @Scenario
    static void GeneralModuleTests_testStringToIPv6() {
        byte[] one = new byte[16];
        one[15] = 1;
        byte[] mapped = new byte[16];
        mapped[10] = -1;
        mapped[11] = -1;
        mapped[12] = 1;
        mapped[13] = 2;
        mapped[14] = 3;
        mapped[15] = 4;
        byte[] compat = new byte[16];
        compat[12] = 1;
        compat[13] = 2;
        compat[14] = 3;
        compat[15] = 4;
        byte[] x12 = new byte[17];
        Arrays.fill(x12, (byte) 0x12);
        for (byte[] packed : new byte[][] {new byte[16], one,
            bytes.fromhex("0aef0b0105061001ffff999700550170"), mapped, compat,
            Arrays.copyOf(x12, 15), x12, Arrays.copyOf(x12, 4)}) {
            show(bytes.hex(packed), () -> socket.inet_ntop(socket.AF_INET6, packed));
        }
    }

    @Scenario
    static void GeneralModuleTests_testSockName() throws Exception {
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            sock.bind("0.0.0.0", 0);
            Address name = sock.getsockname();
            print(name.host(), name.port() > 0);
        }
        try (SocketObject sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)) {
            sock.bind(Address.of6("::", 0, 0, 0));
            Address name = sock.getsockname();
            print(name.host(), name.port() > 0, Tuple.of(name.flowinfo(), name.scope_id()));
        }
    }

    @Scenario
    static void GeneralModuleTests_testGetSockOpt() throws Exception {
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR));
            print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR));
            print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4).length);
            show("bad level", () -> sock.getsockopt(12345, socket.SO_REUSEADDR));
            show("bad option", () -> sock.getsockopt(socket.SOL_SOCKET, 12345));
            show("negative buflen", () -> sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1));
            show("huge buflen", () -> sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1025));
        }
    }

    @Scenario
    static void GeneralModuleTests_testSetSockOpt() throws Exception {
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
            print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR));
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, new byte[4]);
            print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR));
            show("bad option", () -> {
                sock.setsockopt(socket.SOL_SOCKET, 12345, 1);
                return null;
            });
            show("short bytes", () -> {
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, new byte[] {1});
                return null;
            });
        }
    }

    @Scenario
    static void GeneralModuleTests_testSendAfterClose() throws Exception {
        SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        try (sock) {
            sock.settimeout(1);
        }
        show("send", () -> sock.send(new byte[] {'s', 'p', 'a', 'm'}));
        show("sendto", () -> sock.sendto(new byte[] {'s', 'p', 'a', 'm'}, "127.0.0.1", 9));
        print(sock.gettimeout());
    }

    @Scenario
    static void GeneralModuleTests_testCloseException() throws Exception {
        SocketObject sock = socket.socket();
        sock.bind("127.0.0.1", 0);
        socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, sock.fileno()).close();
        try {
            sock.close();
            print("close() should raise EBADF/ENOTSOCK");
        } catch (OSError err) {
            print(errno.errorcode.get(err.errno()), err.errno() == errno.EBADF || err.errno() == errno.ENOTSOCK);
        }
        print(sock.fileno());
    }

    @Scenario
    static void GeneralModuleTests_testNewAttributes() throws Exception {
        int[][] cases = {{V4, socket.SOCK_STREAM}, {V4, socket.SOCK_DGRAM}, {V6, socket.SOCK_STREAM},
            {socket.AF_UNIX, socket.SOCK_DGRAM}, {V4, socket.SOCK_STREAM | socket.SOCK_CLOEXEC}};
        for (int[] c : cases) {
            try (SocketObject sock = socket.socket(c[0], c[1])) {
                print(sock.family, sock.type, sock.proto);
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_testGetaddrinfo() throws Exception {
        for (AddrInfo info : socket.getaddrinfo("127.0.0.1", null)) {
            print(AddrInfo.class.getRecordComponents().length, info);
        }
        Object[][] cases = {{"localhost", 80}, {"127.0.0.1", 80}, {null, 80}, {"::1", 80}, {"127.0.0.1", "http"},
            {"127.0.0.1", null}};
        for (Object[] c : cases) {
            String host = (String) c[0];
            List<Address> got = new ArrayList<>();
            for (AddrInfo ai : socket.getaddrinfo(host, c[1], "localhost".equals(host) ? socket.AF_INET : 0, 0, 0, 0)) {
                got.add(ai.sockaddr());
            }
            print(host, c[1], got);
        }
        for (AddrInfo ai : socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0)) {
            print(ai.family(), ai.type(), ai.proto(), repr(ai.canonname()), ai.sockaddr());
        }
        print(socket.getaddrinfo("127.0.0.1", null, 0, socket.SOCK_STREAM, 0, 0));
        print(socket.getaddrinfo("127.0.0.1", null, 0, 0, socket.SOL_TCP, 0));
        print(socket.getaddrinfo("127.0.0.1", null, 0, 0, 0, socket.AI_PASSIVE));
        print(socket.getaddrinfo(null, 0, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE));
        show("surrogate port", () -> socket.getaddrinfo("localhost", "\uD800", 0, 0, 0, 0));
        show("NUMERICSERV no port", () -> socket.getaddrinfo("127.0.0.1", null, 0, 0, 0, socket.AI_NUMERICSERV));
        show("NUMERICSERV name", () -> socket.getaddrinfo("127.0.0.1", "http", 0, 0, 0, socket.AI_NUMERICSERV));
    }

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_ports() {
        for (Object port : new Object[] {-1, 0, 65535, 65536, 65537, 1L << 31, "", "-1", "0x50", " 80", "http", "nosuchservice",
            "80".getBytes(StandardCharsets.US_ASCII), "http".getBytes(StandardCharsets.US_ASCII)}) {
            show(repr(port), () -> gai("127.0.0.1", port, V4));
        }
        show("float", () -> gai("127.0.0.1", 80.0, V4));
        show("bad family", () -> gai("127.0.0.1", 80, 12345));
        show("bad type", () -> gai("127.0.0.1", 80, V4, 12345, socket.AI_NUMERICHOST));
        show("bad flags", () -> gai("127.0.0.1", 80, V4, socket.SOCK_STREAM, -1));
    }

    @Scenario
    static void GeneralModuleTests_test_makefile_mode() throws Exception {
        for (String mode : new String[] {"rb", "wb", "r", "w", "rw"}) {
            try (SocketObject sock = socket.socket()) {
                if (mode.contains("b")) {
                    try (SocketFile fp = sock.makefile(mode)) {
                        print(mode, fp.mode());
                    }
                } else {
                    try (SocketTextFile fp = sock.makefile(mode, null, "utf-8", null, null)) {
                        print(mode, fp.mode());
                    }
                }
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_makefile_invalid_mode() throws Exception {
        for (String mode : new String[] {"rt", "x", "+", "a", "rwx", "rbx"}) {
            try (SocketObject sock = socket.socket()) {
                show(repr(mode), () -> sock.makefile(mode));
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_name_closed_socketio() throws Exception {
        try (SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            for (String mode : new String[] {"rb", "wb"}) {
                SocketFile fp = sock.makefile(mode);
                print(fd(repr(fp)));
                fp.close();
                print(repr(fp));
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_unusable_closed_socketio() throws Exception {
        try (SocketObject sock = socket.socket()) {
            SocketFile fp = sock.makefile("rb", 0);
            print(fp.readable(), fp.writable(), fp.seekable());
            fp.close();
            show("readable", fp::readable);
            show("writable", fp::writable);
            show("seekable", fp::seekable);
        }
    }

    @Scenario
    static void GeneralModuleTests_test_listen_backlog() throws Exception {
        for (int backlog : new int[] {0, -1, 1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            try (SocketObject srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
                srv.bind("127.0.0.1", 0);
                srv.listen(backlog);
                print(backlog, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN));
            }
        }
        try (SocketObject srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)) {
            srv.bind("127.0.0.1", 0);
            srv.listen();
            print("default", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN));
        }
        try (SocketObject u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            show("udp", () -> {
                u.listen();
                return null;
            });
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_consistent_sock_type() throws Exception {
        int sockType = socket.SOCK_STREAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC;
        try (SocketObject s = socket.socket(socket.AF_INET, sockType)) {
            print(s.type, s.gettimeout());
            s.settimeout(1);
            print(s.type);
            s.settimeout(0);
            print(s.type);
            s.setblocking(true);
            print(s.type, s.getblocking());
            s.setblocking(false);
            print(s.type, s.getblocking());
        }
    }

    @Scenario
    static void GeneralModuleTests_test_unknown_socket_family_repr() throws Exception {
        SocketObject sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
        int fd = sock.detach();
        int unknownFamily = Arrays.stream(socket.AddressFamily.values()).mapToInt(socket.AddressFamily::value).max().orElseThrow() + 1;
        int unknownType = Arrays.stream(socket.SocketKind.values())
                .filter(k -> !k.name().equals("SOCK_NONBLOCK") && !k.name().equals("SOCK_CLOEXEC"))
                .mapToInt(socket.SocketKind::value).max().orElseThrow() + 1;
        print(unknownFamily, unknownType);
        try (SocketObject s = socket.socket(unknownFamily, unknownType, 23, fd)) {
            print(s.family == unknownFamily, s.type == unknownType, s.proto);
            print(fd(s.toString()));
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_fileno() throws Exception {
        Path d = tmpdir();
        try {
            Object[][] cases = {{V4, socket.SOCK_STREAM, Address.of("127.0.0.1", 0)}, {V4, socket.SOCK_DGRAM, Address.of("127.0.0.1", 0)},
                {V6, socket.SOCK_STREAM, Address.of6("::1", 0, 0, 0)}, {socket.AF_UNIX, socket.SOCK_STREAM, Address.unix(d + "/s")}};
            for (Object[] c : cases) {
                int family = (Integer) c[0];
                int typ = (Integer) c[1];
                SocketObject s = socket.socket(family, typ);
                s.bind((Address) c[2]);
                int fd = s.fileno();
                Address name = s.getsockname();
                try (SocketObject s2 = socket.socket(-1, -1, -1, fd)) {
                    s.detach();
                    print(s2.family == family, s2.type == typ, s2.fileno() == fd, s2.proto, s2.getsockname().equals(name));
                }
                s.close();
            }
        } finally {
            rmtree(d);
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_fileno_rejects_invalid_socket() {
        show("-1", () -> socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, -1));
    }

    @Scenario
    static void GeneralModuleTests_test_socket_fileno_rejects_negative() {
        show("-42", () -> socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, -42));
        show("-42 autodetect", () -> socket.socket(-1, -1, -1, -42));
    }

    @Scenario
    static void GeneralModuleTests_test_socket_fileno_requires_valid_fd() {
        int bad = 1 << 30;
        for (int[] args : new int[][] {{-1, -1, -1, bad}, {socket.AF_INET, socket.SOCK_STREAM, 0, bad}}) {
            try {
                socket.socket(args[0], args[1], args[2], args[3]).close();
                print("no error");
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), errno.errorcode.get(e.errno()));
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_fileno_requires_socket_fd() throws Exception {
        try (select.epoll ep = select.epoll()) {
            for (int[] args : new int[][] {{-1, -1, -1, ep.fileno()}, {socket.AF_INET, socket.SOCK_STREAM, 0, ep.fileno()}}) {
                try {
                    socket.socket(args[0], args[1], args[2], args[3]).detach();
                    print("no error");
                } catch (OSError e) {
                    print(e.getClass().getSimpleName(), errno.errorcode.get(e.errno()));
                }
            }
            print(ep.closed());
        }
    }

    @Scenario
    static void GeneralModuleTests_test_addressfamily_enum() throws Exception {
        List<Tuple> members = new ArrayList<>();
        // Python iterates canonical members only; a Java enum has no aliases, so AF_ROUTE (on
        // Linux AF_NETLINK's value) is a constant of its own, which of() never returns.
        for (socket.AddressFamily m : socket.AddressFamily.values()) {
            if (canonical(m)) {
                members.add(Tuple.of(m.value(), m.name()));
            }
        }
        members.sort(Comparator.comparingInt((Tuple t) -> t.getInt(0)).thenComparing(t -> (String) t.get(1)));
        print(members.size(), members.subList(0, 3), members.subList(members.size() - 3, members.size()));
        boolean all = true;
        for (Tuple t : members) {
            all &= socket.class.getField((String) t.get(1)).getInt(null) == t.getInt(0);
        }
        print(all);
        print(socket.AddressFamily.of(socket.AF_INET6).name(), socket.AddressFamily.of(socket.AF_UNIX).name());
    }

    static boolean canonical(socket.AddressFamily m) {
        try {
            return socket.AddressFamily.of(m.value()) == m;
        } catch (IllegalArgumentException absent) {
            return false; // a member the running OS lacks
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socketkind_enum() {
        List<Tuple> members = new ArrayList<>();
        for (socket.SocketKind m : socket.SocketKind.values()) {
            members.add(Tuple.of(m.value(), m.name()));
        }
        members.sort(Comparator.comparingInt((Tuple t) -> t.getInt(0)).thenComparing(t -> (String) t.get(1)));
        print(members);
        print(socket.SocketKind.of(socket.SOCK_DGRAM).name());
    }
}
