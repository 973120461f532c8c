package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketFile;
import dev.jnasocket.SocketObject;
import dev.jnasocket.SocketTextFile;
import dev.jnasocket.TimeoutError;
import dev.jnasocket.socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One FileObjectClassTestCase variant of CPython's test_socket on a socketpair: a read file on
 * one end, a write file on the other, binary or text, with the variant's buffering.
 */
final class MakefileCase {
    static final byte[] MSG = SocketFidelityApiParityTest.MSG;

    final SocketObject cli;
    final SocketObject serv;
    final SocketFile readBin;
    final SocketTextFile readText;
    final SocketFile writeBin;
    final SocketTextFile writeText;
    final Object readMsg;
    final Object writeMsg;

    MakefileCase(int bufsize, String readMode, String writeMode) throws OSError {
        SocketObject[] p = socket.socketpair();
        cli = p[0];
        serv = p[1];
        boolean bothBinary = readMode.contains("b") && writeMode.contains("b");
        String newline = bothBinary ? null : "";
        String text = new String(MSG, StandardCharsets.UTF_8);
        readMsg = readMode.contains("b") ? MSG : text;
        writeMsg = writeMode.contains("b") ? MSG : text;
        readBin = readMode.contains("b") ? cli.makefile(readMode, bufsize) : null;
        readText = readBin == null ? cli.makefile(readMode, bufsize, "utf-8", "strict", newline) : null;
        writeBin = writeMode.contains("b") ? serv.makefile(writeMode, bufsize) : null;
        writeText = writeBin == null ? serv.makefile(writeMode, bufsize, "utf-8", "strict", newline) : null;
    }

    static MakefileCase of(String name) throws OSError {
        return switch (name) {
            case "FileObjectClassTestCase" -> new MakefileCase(-1, "rb", "wb");
            case "UnbufferedFileObjectClassTestCase" -> new MakefileCase(0, "rb", "wb");
            case "LineBufferedFileObjectClassTestCase" -> new MakefileCase(1, "rb", "wb");
            case "SmallBufferedFileObjectClassTestCase" -> new MakefileCase(2, "rb", "wb");
            case "UnicodeReadFileObjectClassTestCase" -> new MakefileCase(-1, "r", "wb");
            case "UnicodeWriteFileObjectClassTestCase" -> new MakefileCase(-1, "rb", "w");
            case "UnicodeReadWriteFileObjectClassTestCase" -> new MakefileCase(-1, "r", "w");
            default -> throw new AssertionError(name);
        };
    }

    /** Runs one test of one variant, then closes everything, as the Python twin's {@code _scenario} does. */
    static void run(String name, String test) throws Exception {
        MakefileCase c = of(name);
        try {
            switch (test) {
                case "testReadAfterTimeout" -> c.testReadAfterTimeout();
                case "testSmallRead" -> c.testSmallRead();
                case "testFullRead" -> c.testFullRead();
                case "testUnbufferedRead" -> c.testUnbufferedRead();
                case "testReadline" -> c.testReadline();
                case "testCloseAfterMakefile" -> c.testCloseAfterMakefile();
                case "testMakefileAfterMakefileClose" -> c.testMakefileAfterMakefileClose();
                case "testClosedAttr" -> c.testClosedAttr();
                case "testAttributes" -> c.testAttributes();
                case "testRealClose" -> c.testRealClose();
                default -> throw new AssertionError(test);
            }
        } finally {
            c.close();
        }
    }

    void close() throws OSError {
        closeRead();
        print("read_file.closed", readBin != null ? readBin.closed() : readText.closed());
        if (writeBin != null) {
            writeBin.close();
        } else {
            writeText.close();
        }
        cli.close();
        serv.close();
    }

    void closeRead() throws OSError {
        if (readBin != null) {
            readBin.close();
        } else {
            readText.close();
        }
    }

    static int len(Object m) {
        return m instanceof byte[] b ? b.length : ((String) m).length();
    }

    static Object slice(Object m, int from, int to) {
        return m instanceof byte[] b ? Arrays.copyOfRange(b, from, to) : ((String) m).substring(from, to);
    }

    static boolean same(Object a, Object b) {
        return a instanceof byte[] x ? b instanceof byte[] y && Arrays.equals(x, y) : a.equals(b);
    }

    static Object cat(Object a, Object b) {
        return a instanceof byte[] x ? SocketFidelityApiParityTest.cat(x, (byte[]) b) : (String) a + b;
    }

    void write(Object m) throws OSError {
        if (writeBin != null) {
            writeBin.write((byte[]) m);
        } else {
            writeText.write((String) m);
        }
    }

    void flush() throws OSError {
        if (writeBin != null) {
            writeBin.flush();
        } else {
            writeText.flush();
        }
    }

    Object read(int n) throws OSError {
        return readBin != null ? readBin.read(n) : readText.read(n);
    }

    void testReadAfterTimeout() throws OSError {
        write(slice(writeMsg, 0, 3));
        flush();
        cli.settimeout(0.05);
        print(same(read(3), slice(readMsg, 0, 3)));
        try {
            read(1);
        } catch (TimeoutError e) {
            print("TimeoutError", e.getMessage());
        }
        try {
            read(1);
        } catch (OSError e) {
            print(e.getClass().getSimpleName(), e.getMessage());
        }
    }

    void testSmallRead() throws OSError {
        write(writeMsg);
        flush();
        Object first = read(len(readMsg) - 3);
        Object second = read(3);
        print(same(cat(first, second), readMsg), len(first), len(second));
    }

    void testFullRead() throws OSError {
        write(writeMsg);
        if (writeBin != null) {
            writeBin.close();
        } else {
            writeText.close();
        }
        serv.close();
        print(same(read(-1), readMsg));
    }

    void testUnbufferedRead() throws OSError {
        write(writeMsg);
        flush();
        serv.shutdown(socket.SHUT_WR);
        Object buf = readMsg instanceof byte[] ? new byte[0] : "";
        int n = 0;
        for (;;) {
            Object one = read(1);
            if (len(one) == 0) {
                break;
            }
            buf = cat(buf, one);
            n++;
        }
        print(same(buf, readMsg), n);
    }

    void testReadline() throws OSError {
        write(writeMsg);
        flush();
        print(same(readBin != null ? readBin.readline() : readText.readline(), readMsg));
    }

    void testCloseAfterMakefile() throws OSError {
        write(writeMsg);
        flush();
        serv.shutdown(socket.SHUT_WR);
        cli.close();
        print(same(read(-1), readMsg));
    }

    void testMakefileAfterMakefileClose() throws OSError {
        write(writeMsg);
        flush();
        closeRead();
        byte[] got = cli.recv(MSG.length);
        Object msg = readMsg instanceof String ? new String(got, StandardCharsets.UTF_8) : got;
        print(same(msg, readMsg));
    }

    void testClosedAttr() {
        print(readBin != null ? readBin.closed() : readText.closed(), writeBin != null ? writeBin.closed() : writeText.closed());
    }

    void testAttributes() {
        print(readBin != null ? readBin.mode() : readText.mode(), (readBin != null ? readBin.name() : readText.name()) == cli.fileno());
        print(writeBin != null ? writeBin.mode() : writeText.mode(), (writeBin != null ? writeBin.name() : writeText.name()) == serv.fileno());
    }

    void testRealClose() throws OSError {
        closeRead();
        try {
            if (readBin != null) {
                readBin.fileno();
            } else {
                readText.fileno();
            }
        } catch (IllegalArgumentException e) {
            print("ArgumentError", e.getMessage());
        }
        cli.close();
        try {
            cli.getsockname();
        } catch (OSError e) {
            print(e.getClass().getSimpleName(), e.getMessage());
        }
    }
}
