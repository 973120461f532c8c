package dev.jnasocket;

import static dev.jnasocket.builtins.b;
import static dev.jnasocket.builtins.repr;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code socket.makefile()} as CPython's {@code FileObjectClassTestCase} (and its unbuffered
 * variant's close rules) check it. As there, {@code readFile} is a 'rb' file on the accepted
 * connection and {@code writeFile} a 'wb' file on the client.
 */
class MakefileTest {
    private static final byte[] MSG = SocketBasicsTest.MSG;

    private TcpPair p;
    private SocketFile readFile;
    private SocketFile writeFile;

    @BeforeEach
    void open() throws OSError {
        p = TcpPair.open();
        p.conn.settimeout(5.0); // a missing byte fails the test instead of hanging it
        readFile = p.conn.makefile("rb");
        writeFile = p.client.makefile("wb");
    }

    @AfterEach
    void close() throws OSError {
        readFile.close();
        assertThat(readFile.closed(), is(true));
        writeFile.close();
        p.close();
    }

    private void send(byte[] data) throws OSError {
        assertThat(writeFile.write(data), is(data.length));
        writeFile.flush();
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testSmallRead")
    void smallRead() throws OSError {
        send(MSG);
        byte[] first = readFile.read(MSG.length - 3);
        byte[] second = readFile.read(3);
        assertArrayEquals(MSG, SocketBasicsTest.concat(first, second));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testFullRead (read() to EOF; closing the writer flushes)")
    void fullRead() throws OSError {
        writeFile.write(MSG);
        writeFile.close();
        p.client.close();
        assertArrayEquals(MSG, readFile.read());
        assertThat(readFile.read().length, is(0));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testUnbufferedRead (read(1) until b'')")
    void byteByByte() throws OSError {
        send(MSG);
        p.client.shutdown(socket.SHUT_WR);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        for (byte[] c = readFile.read(1); c.length > 0; c = readFile.read(1)) {
            assertThat(c.length, is(1));
            buf.writeBytes(c);
        }
        assertArrayEquals(MSG, buf.toByteArray());
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testReadline (and readline at EOF, readlines)")
    void readline() throws OSError {
        send(MSG);
        assertArrayEquals(MSG, readFile.readline());
        send(b("A. one\nB. two\nno newline"));
        p.client.shutdown(socket.SHUT_WR);
        assertThat(repr(readFile.readline(4)), is("b'A. o'"));
        List<byte[]> rest = readFile.readlines();
        assertThat(rest.stream().map(builtins::repr).toList(), contains("b'ne\\n'", "b'B. two\\n'", "b'no newline'"));
        assertThat(readFile.readline().length, is(0));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testReadAfterTimeout (then 'cannot read from timed out object')")
    void readAfterTimeout() throws OSError {
        p.conn.settimeout(0.2);
        send(java.util.Arrays.copyOf(MSG, 3));
        assertThat(readFile.read(3).length, is(3));
        TimeoutError t = assertThrows(TimeoutError.class, () -> readFile.read(1));
        assertThat(t.getMessage(), is("timed out"));
        OSError e = assertThrows(OSError.class, () -> readFile.read(1));
        assertThat(e.getMessage(), containsString("cannot read from timed out object"));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testCloseAfterMakefile (the file keeps the socket open)")
    void closeAfterMakefile() throws OSError {
        int fd = p.conn.fileno();
        p.conn.close();
        assertThat("the fd is still open", LibC.fcntl(fd, LibC.F_GETFD), greaterThanOrEqualTo(0));
        send(MSG);
        writeFile.close();
        p.client.close(); // now really closed: its last file is gone
        assertArrayEquals(MSG, readFile.read());
    }

    @Test
    @DisplayName("CPython: UnbufferedFileObjectClassTestCase.testMakefileClose (socket usable until the file closes too)")
    void socketCloseIsDeferredUntilTheFileCloses() throws OSError {
        p.conn.close();
        send(MSG);
        assertArrayEquals(MSG, p.conn.recv(1024));
        assertThat(p.conn.toString(), startsWith("<socket.socket [closed] fd="));
        readFile.close();
        OSError e = assertThrows(OSError.class, () -> p.conn.recv(1024));
        assertThat(e.errno(), is(LibC.EBADF));
        assertThat(p.conn.fileno(), is(-1));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testMakefileAfterMakefileClose")
    void makefileCloseLeavesTheSocketOpen() throws OSError {
        readFile.close();
        send(MSG);
        assertArrayEquals(MSG, p.conn.recv(MSG.length));
    }

    @Test
    @DisplayName("CPython: FileObjectClassTestCase.testClosedAttr / testAttributes / testRealClose and test_name_closed_socketio")
    void attributes() throws OSError {
        assertThat(readFile.closed(), is(false));
        assertThat(readFile.mode(), is("rb"));
        assertThat(writeFile.mode(), is("wb"));
        assertThat(readFile.fileno(), is(p.conn.fileno()));
        assertThat(readFile.toString(), is("<_io.BufferedReader name=" + p.conn.fileno() + ">"));
        assertThat(writeFile.toString(), is("<_io.BufferedWriter name=" + p.client.fileno() + ">"));
        readFile.close();
        assertThat(readFile.toString(), is("<_io.BufferedReader name=-1>"));
        assertThat(assertThrows(IllegalArgumentException.class, readFile::fileno).getMessage(), is("I/O operation on closed file."));
        assertThat(assertThrows(IllegalArgumentException.class, () -> readFile.read(1)).getMessage(), is("read of closed file"));
        assertThat(assertThrows(IllegalArgumentException.class, readFile::readline).getMessage(), is("readline of closed file"));
        p.conn.close();
        assertThrows(OSError.class, p.conn::getsockname);
    }

    @Test
    @DisplayName("CPython: GeneralModuleTests.test_makefile_mode / test_makefile_invalid_mode")
    void modes() throws OSError {
        try (SocketObject sock = socket.socket()) {
            for (String mode : new String[] {"r", "rb", "rw", "w", "wb"}) {
                try (SocketFile f = sock.makefile(mode)) {
                    assertThat(f.mode(), is(mode));
                }
            }
            for (String mode : new String[] {"rt", "x", "+", "a"}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sock.makefile(mode));
                assertThat(e.getMessage(), is("invalid mode '" + mode + "' (only r, w, b allowed)"));
            }
        }
    }

    @Test
    @DisplayName("CPython: test_unusable_closed_socketio's rules: reading a 'wb' file is UnsupportedOperation('read'), and the reverse")
    void wrongDirection() throws OSError {
        assertThat(assertThrows(OSError.class, () -> readFile.write(MSG)).getMessage(), is("write"));
        assertThat(assertThrows(OSError.class, () -> writeFile.read(1)).getMessage(), is("read"));
    }

    @Test
    @DisplayName("CPython: makefile writes are buffered until flush (BufferedWriter), then arrive whole")
    void writesWaitForFlush() throws OSError {
        writeFile.write(b("held"));
        p.conn.setblocking(false);
        assertThrows(BlockingIOError.class, () -> p.conn.recv(10));
        writeFile.flush();
        p.conn.settimeout(5.0);
        assertThat(repr(readFile.read(4)), is("b'held'"));
    }

    @Test
    @DisplayName("makefile's java.io adapters: a BufferedReader over asInputStream, an OutputStream over asOutputStream")
    void javaIoAdapters() throws Exception {
        try (SocketFile rw = p.client.makefile("rwb")) {
            OutputStream out = rw.asOutputStream();
            out.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader r = new BufferedReader(new InputStreamReader(readFile.asInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine(), is("line one"));
            assertThat(r.readLine(), is("line two"));
            p.conn.sendall(b("x"));
            assertThat(rw.asInputStream().read(), is((int) 'x'));
        }
    }
}
