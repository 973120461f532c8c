package dev.jnasocket.parity;

import dev.jnasocket.socket;

/** GeneralModuleTests of CPython's {@code test_socket}: module-level conversions, both ways. */
class SocketGeneralParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_general.py";
    }

    @Scenario
    static void GeneralModuleTests_testNtoH() {
        for (int x : new int[] {0, 1, 0x1234, 0xffff}) {
            System.out.println(x + " " + socket.htons(x) + " " + socket.ntohs(x));
        }
        for (long x : new long[] {0, 1, 0x12345678L, 0xffffffffL}) {
            System.out.println(x + " " + socket.htonl(x) + " " + socket.ntohl(x));
        }
    }

    @Scenario
    static void GeneralModuleTests_testIPv4toString() throws Exception {
        for (String s : new String[] {"0.0.0.0", "1.0.1.0", "170.85.170.85", "255.255.255.255"}) {
            byte[] packed = socket.inet_aton(s);
            StringBuilder hex = new StringBuilder();
            for (byte b : packed) {
                hex.append(String.format("%02x", b & 0xff));
            }
            System.out.println(socket.inet_ntoa(packed) + " " + hex);
        }
    }

    @Scenario
    static void GeneralModuleTests_testNtoHErrors() {
        socket.htons(-1);
    }
}
