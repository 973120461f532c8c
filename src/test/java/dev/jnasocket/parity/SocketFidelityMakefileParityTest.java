package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketFile;
import dev.jnasocket.SocketObject;
import dev.jnasocket.SocketTextFile;
import dev.jnasocket.builtins;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CPython's FileObjectClassTestCase family and the rest of makefile: text mode, newlines, reprs, errors. */
class SocketFidelityMakefileParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_socket_fidelity_makefile.py";
    }

    static final byte[] MSG = MakefileCase.MSG;

    static byte[] b(String s) {
        return builtins.b(s);
    }

    @Scenario
    static void FileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void FileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void FileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void FileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void FileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void FileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void FileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void FileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void FileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void FileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("FileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("UnbufferedFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void LineBufferedFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("LineBufferedFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void SmallBufferedFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("SmallBufferedFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("UnicodeReadFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("UnicodeWriteFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testReadAfterTimeout() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testReadAfterTimeout");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testSmallRead() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testSmallRead");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testFullRead() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testFullRead");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testUnbufferedRead() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testUnbufferedRead");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testReadline() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testReadline");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testCloseAfterMakefile() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testCloseAfterMakefile");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testMakefileAfterMakefileClose() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testMakefileAfterMakefileClose");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testClosedAttr() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testClosedAttr");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testAttributes() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testAttributes");
    }

    @Scenario
    static void UnicodeReadWriteFileObjectClassTestCase_testRealClose() throws Exception {
        MakefileCase.run("UnicodeReadWriteFileObjectClassTestCase", "testRealClose");
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testUnbufferedReadline() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketFile w = b.makefile("wb", 0);
            w.write((byte[]) MakefileCase.cat(b("A. "), MSG));
            w.write((byte[]) MakefileCase.cat(b("B. "), MSG));
            SocketFile r = a.makefile("rb", 0);
            print(Arrays.equals(r.readline(), (byte[]) MakefileCase.cat(b("A. "), MSG)));
            r = a.makefile("rb", 0);
            print(Arrays.equals(r.readline(), (byte[]) MakefileCase.cat(b("B. "), MSG)));
        }
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testMakefileClose() throws Exception {
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        try (SocketObject b = p[1]) {
            SocketFile r = a.makefile("rb", 0);
            b.sendall(MSG);
            a.close();
            print(Arrays.equals(a.recv(1024), MSG));
            r.close();
            try {
                a.recv(1024);
            } catch (OSError e) {
                print(e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    @Scenario
    static void UnbufferedFileObjectClassTestCase_testSmallReadNonBlocking() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketFile r = a.makefile("rb", 0);
            a.setblocking(false);
            print(r.readinto(new byte[10]), r.read(MSG.length - 3));
            b.sendall(MSG);
            byte[] first = r.read(MSG.length - 3);
            byte[] buf = new byte[10];
            int n = r.readinto(buf);
            print(n, Arrays.equals((byte[]) MakefileCase.cat(first, Arrays.copyOf(buf, n)), MSG));
            print(r.readinto(new byte[16]), r.read(1));
        }
    }

    @Scenario
    static void FileObjectClassTestCase_testSmallReadNonBlocking() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketFile r = a.makefile("rb");
            a.setblocking(false);
            print(r.readinto(new byte[10]), r.read(MSG.length - 3), r.read(), r.readline());
            b.sendall(Arrays.copyOf(MSG, 10));
            print(r.read(MSG.length));
            b.sendall(Arrays.copyOfRange(MSG, 10, MSG.length));
            print(r.readline());
            b.sendall(b("one\ntw"));
            print(r.readline(), r.readline(), r.read());
        }
    }

    static String repr(Object f, SocketObject a) {
        return f.toString().replace(String.valueOf(a.fileno()), "FD").split(" object at ")[0];
    }

    @Scenario
    static void FileObjectClassTestCase_testReprs() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            Object[][] modes = {{"rb", -1}, {"wb", -1}, {"rwb", -1}, {"rb", 0}, {"r", -1}, {"w", -1}};
            for (Object[] m : modes) {
                String mode = (String) m[0];
                int buffering = (Integer) m[1];
                AutoCloseable f = mode.contains("b") ? a.makefile(mode, buffering) : a.makefile(mode, buffering, null, null, null);
                print(repr(f, a));
                f.close();
                print(f.toString().split(" object at ")[0]);
            }
            SocketTextFile t = a.makefile("r", null, "latin-1", null, "");
            print(repr(t, a), t.encoding(), t.errors(), t.mode());
            t.close();
        }
    }

    interface FileOp {
        void call(SocketFile f) throws Exception;
    }

    static FileOp op(String name) {
        return switch (name) {
            case "write" -> f -> f.write(b("x"));
            case "read" -> f -> f.read(1);
            case "readline" -> f -> f.readline(1);
            case "readinto" -> f -> f.readinto(new byte[1]);
            case "seek" -> f -> f.seek(0);
            case "tell" -> SocketFile::tell;
            case "fileno" -> SocketFile::fileno;
            case "flush" -> SocketFile::flush;
            case "readable" -> SocketFile::readable;
            case "seekable" -> SocketFile::seekable;
            default -> throw new AssertionError(name);
        };
    }

    @Scenario
    static void FileObjectClassTestCase_testWrongDirection() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            Object[][] cases = {{"rb", -1, "write"}, {"wb", -1, "read"}, {"wb", -1, "readinto"}, {"rb", 0, "write"},
                {"wb", 0, "read"}, {"rb", -1, "seek"}, {"rwb", -1, "seek"}, {"rb", 0, "seek"}, {"rb", -1, "tell"},
                {"rwb", -1, "fileno"}};
            for (Object[] c : cases) {
                SocketFile f = a.makefile((String) c[0], (Integer) c[1]);
                try {
                    op((String) c[2]).call(f);
                } catch (OSError e) {
                    print(c[0], c[1], c[2], e.getClass().getSimpleName(), true, e.getMessage());
                }
                f.close();
            }
        }
    }

    @Scenario
    static void FileObjectClassTestCase_testClosedFile() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            Object[][] cases = {{"rb", -1, "read"}, {"rb", -1, "readline"}, {"rb", -1, "readinto"}, {"wb", -1, "write"},
                {"wb", -1, "flush"}, {"rb", -1, "fileno"}, {"rb", 0, "read"}, {"wb", 0, "write"}, {"rb", -1, "readable"},
                {"rb", -1, "seekable"}, {"rb", -1, "seek"}};
            for (Object[] c : cases) {
                SocketFile f = a.makefile((String) c[0], (Integer) c[1]);
                f.close();
                try {
                    op((String) c[2]).call(f);
                } catch (IllegalArgumentException e) {
                    print(c[0], c[1], c[2], "ArgumentError", e.getMessage());
                }
                print(f.name(), f.closed());
            }
        }
    }

    @Scenario
    static void FileObjectClassTestCase_testDirectionFlags() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            Object[][] cases = {{"rb", -1}, {"wb", -1}, {"rwb", -1}, {"rb", 0}, {"wb", 0}, {"b", -1}, {"", -1}};
            for (Object[] c : cases) {
                String mode = (String) c[0];
                SocketFile f = mode.isEmpty() ? a.makefile("rb") : a.makefile(mode, (Integer) c[1]);
                print(mode, c[1], f.readable(), f.writable(), f.seekable(), f.isatty());
                f.close();
            }
        }
    }

    @Scenario
    static void FileObjectClassTestCase_testBadModes() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            Object[][] cases = {{"rx", -1}, {"rr", -1}, {"r", 0}, {"a", -1}};
            for (Object[] c : cases) {
                try {
                    a.makefile((String) c[0], (Integer) c[1]);
                } catch (IllegalArgumentException e) {
                    print("ArgumentError", e.getMessage());
                }
            }
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testUniversalNewlines() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("r", null, "utf-8", null, null);
            b.sendall(b("one\rtwo\r\nthree\nfour\r"));
            b.sendall(b("\nfive"));
            b.shutdown(socket.SHUT_WR);
            print(builtins.repr(f.readline()), builtins.repr(f.readline()), builtins.repr(f.readline()),
                    builtins.repr(f.readline()), builtins.repr(f.readline()), builtins.repr(f.readline()));
            f.close();
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testNewlineEmpty() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("r", null, "utf-8", null, "");
            b.sendall(b("one\rtwo\r\nthree\nfour\r"));
            b.sendall(b("\nfive\r"));
            b.shutdown(socket.SHUT_WR);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                lines.add(f.readline());
            }
            print(lines);
            f.close();
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testNewlineCR() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("r", null, "utf-8", null, "\r");
            b.sendall(b("one\rtwo\r\nthree\nfour"));
            b.shutdown(socket.SHUT_WR);
            print(f.readlines());
            f.close();
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testNewlineCRLF() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("r", null, "utf-8", null, "\r\n");
            b.sendall(b("one\rtwo\r\nthree\nfour"));
            b.shutdown(socket.SHUT_WR);
            print(f.readlines());
            f.close();
        }
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testWriteNewlines() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            for (String nl : new String[] {null, "", "\n", "\r", "\r\n"}) {
                SocketTextFile f = a.makefile("w", null, "utf-8", null, nl);
                print(builtins.repr(nl), f.write("a\nb\r\nc"));
                f.flush();
                print(b.recv(100));
                f.close();
            }
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testReadChars() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("r", null, "utf-8", null, null);
            byte[] text = b("h\u00e9llo w\u00f6rld\n");
            b.sendall(Arrays.copyOf(text, 3));
            b.sendall(Arrays.copyOfRange(text, 3, text.length));
            print(f.read(2), f.read(5), builtins.repr(f.readline()));
            f.close();
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testDecodeErrors() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            for (String errors : new String[] {"replace", "ignore", "strict"}) {
                SocketTextFile f = a.makefile("r", null, "utf-8", errors, null);
                b.sendall(new byte[] {'a', 'b', (byte) 0xff, 'c', 'd', '\n'});
                try {
                    print(errors, builtins.repr(f.readline()));
                } catch (IllegalArgumentException e) {
                    print(errors, "ArgumentError", e.getClass().getSimpleName(), e.getMessage());
                }
                f.close();
            }
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testLatin1() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("rw", null, "latin-1", null, null);
            f.write("caf\u00e9\n");
            f.flush();
            print(b.recv(100));
            b.sendall(new byte[] {'n', 'a', (byte) 0xef, 'v', 'e', '\n'});
            print(f.readline().equals("na\u00efve\n"), f.mode());
            f.close();
        }
    }

    @Scenario
    static void UnicodeWriteFileObjectClassTestCase_testEncodeErrors() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            SocketTextFile f = a.makefile("w", null, "ascii", "replace", null);
            print(f.write("caf\u00e9"));
            f.flush();
            print(b.recv(100));
            f.close();
            f = a.makefile("w", null, "ascii", null, null);
            try {
                f.write("caf\u00e9");
            } catch (IllegalArgumentException e) {
                print("ArgumentError", e.getClass().getSimpleName(), e.getMessage());
            }
            f.close();
        }
    }

    @Scenario
    static void UnicodeReadFileObjectClassTestCase_testBadArguments() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            String[][] kws = {{null, null, "x"}, {"nosuchcodec", null, null}, {null, "nosuchhandler", null}};
            for (String[] kw : kws) {
                try {
                    a.makefile("r", null, kw[0], kw[1], kw[2]).close();
                } catch (dev.jnasocket.LookupError e) {
                    print("LookupError", e.getMessage());
                } catch (IllegalArgumentException e) {
                    print("ArgumentError", e.getMessage());
                }
            }
        }
    }
}
