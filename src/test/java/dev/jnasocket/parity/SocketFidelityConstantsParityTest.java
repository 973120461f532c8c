package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.Ancillary;
import dev.jnasocket.RecvMsg;
import dev.jnasocket.SocketConstants;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.errno;
import dev.jnasocket.libc.Constants;
import dev.jnasocket.select;
import dev.jnasocket.socket;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The constants of socket, errno and select, the enums, and the options that read kernel structs. */
class SocketFidelityConstantsParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_fidelity_constants.py";
    }

    /** Python ints that do not fit a Java int's sign: C's unsigned in_addr_t, canid_t and VSOCK values. */
    static long pyValue(String name, int v) {
        return name.startsWith("INADDR_") || name.startsWith("VMADDR_") || name.equals("VM_SOCKETS_INVALID_VERSION")
                || name.equals("CAN_EFF_FLAG") ? Integer.toUnsignedLong(v) : v;
    }

    static Map<String, Integer> fields(Class<?> c) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (Field f : c.getFields()) {
            if (f.getType() == int.class && Constants.has(f.getName())) {
                out.put(f.getName(), f.getInt(null));
            }
        }
        return out;
    }

    @Scenario
    static void GeneralModuleTests_testCrucialConstants() {
        print(socket.AF_INET, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW, socket.SOCK_RDM,
                socket.SOCK_SEQPACKET, socket.SOL_SOCKET, socket.SO_REUSEADDR);
    }

    @Scenario
    static void GeneralModuleTests_testCrucialIpProtoConstants() {
        print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_ICMPV6);
    }

    @Scenario
    static void GeneralModuleTests_testSocketModuleConstants() throws Exception {
        Map<String, Integer> all = fields(SocketConstants.class);
        print(all.size());
        for (Map.Entry<String, Integer> e : all.entrySet()) {
            print(e.getKey(), pyValue(e.getKey(), e.getValue()));
        }
    }

    @Scenario
    static void GeneralModuleTests_testNoForeignConstants() {
        for (String n : new String[] {"F_SETFL", "F_GETFL", "O_NONBLOCK", "POLLIN", "EPOLLIN", "EAGAIN", "FD_CLOEXEC", "EV_ADD"}) {
            boolean has;
            try {
                socket.class.getField(n);
                has = true;
            } catch (NoSuchFieldException e) {
                has = false;
            }
            print(n, has);
        }
    }

    @Scenario
    static void ErrnoAttributeTests_test_for_improper_attributes() throws Exception {
        Map<String, Integer> all = fields(errno.class);
        print(all.size());
        for (Map.Entry<String, Integer> e : all.entrySet()) {
            print(e.getKey(), e.getValue());
        }
    }

    @Scenario
    static void ErrorcodeTests_test_errorcode() {
        print(errno.errorcode.size(), errno.errorcode.get(errno.ECONNREFUSED), errno.errorcode.get(errno.EAGAIN),
                errno.errorcode.get(errno.EDEADLK), errno.errorcode.get(95));
        for (Map.Entry<Integer, String> e : new TreeMap<>(errno.errorcode).entrySet()) {
            print(e.getKey(), e.getValue());
        }
    }

    @Scenario
    static void GeneralModuleTests_test_socket_enums() {
        print(socket.AddressFamily.of(2).name(), socket.AddressFamily.of(socket.AF_INET6).name(), socket.SocketKind.of(1).name(),
                socket.SocketKind.of(2).name());
        print(socket.AddressFamily.AF_INET, socket.SocketKind.SOCK_DGRAM);
        try {
            socket.AddressFamily.of(9999);
        } catch (IllegalArgumentException e) {
            print("ArgumentError", e.getMessage());
        }
        try {
            socket.SocketKind.of(9999);
        } catch (IllegalArgumentException e) {
            print("ArgumentError", e.getMessage());
        }
    }

    @Scenario
    static void GeneralModuleTests_test_getaddrinfo_enums() throws Exception {
        print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0));
        print(socket.getaddrinfo("::1", 80, socket.AF_INET6, socket.SOCK_DGRAM, 0, 0));
    }

    @Scenario
    static void GeneralModuleTests_test_select_constants() {
        print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL);
    }

    /** This process's uid and gid, from /proc/self/status (Java has no getuid). */
    static int[] ids() throws Exception {
        int uid = -1;
        int gid = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:")) {
                uid = Integer.parseInt(line.split("\\s+")[1]);
            } else if (line.startsWith("Gid:")) {
                gid = Integer.parseInt(line.split("\\s+")[1]);
            }
        }
        return new int[] {uid, gid};
    }

    static int[] ucred(byte[] b) {
        ByteBuffer v = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        return new int[] {v.getInt(0), v.getInt(4), v.getInt(8)};
    }

    @Scenario
    static void GeneralModuleTests_test_peercred() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            int[] c = ucred(a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12));
            int[] ids = ids();
            print(c[0] == ProcessHandle.current().pid(), c[1] == ids[0], c[2] == ids[1]);
        }
    }

    @Scenario
    static void SCMCredentialsTest_test_passcred() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            b.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1);
            print(b.getsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED));
            a.sendmsg(List.of(builtins.b("cred")));
            RecvMsg m = b.recvmsg(10, socket.CMSG_SPACE(12));
            print(m.data(), m.ancdata().size(), m.msg_flags());
            Ancillary x = m.ancdata().get(0);
            int[] c = ucred(x.cmsg_data());
            print(x.cmsg_level() == socket.SOL_SOCKET, x.cmsg_type() == socket.SCM_CREDENTIALS,
                    c[0] == ProcessHandle.current().pid(), c[1] == ids()[0]);
        }
    }

    @Scenario
    static void TCPOptionsTest_test_linux_tcp_options() throws Exception {
        try (SocketObject s = socket.socket()) {
            String[] names = {"TCP_CORK", "TCP_QUICKACK", "TCP_NODELAY", "TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT",
                "TCP_USER_TIMEOUT", "TCP_SYNCNT", "TCP_LINGER2", "TCP_WINDOW_CLAMP", "TCP_NOTSENT_LOWAT"};
            for (String name : names) {
                int opt = SocketConstants.class.getField(name).getInt(null);
                s.setsockopt(socket.IPPROTO_TCP, opt, name.equals("TCP_USER_TIMEOUT") ? 1000 : 1);
                print(name, s.getsockopt(socket.IPPROTO_TCP, opt) > 0);
            }
        }
    }

    @Scenario
    static void GeneralModuleTests_test_so_priority() throws Exception {
        try (SocketObject s = socket.socket()) {
            s.setsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY, 3);
            print(s.getsockopt(socket.SOL_SOCKET, socket.SO_PRIORITY));
        }
    }
}
