# FileObjectClassTestCase of CPython's Lib/test/test_socket.py and its variants (unbuffered,
# line-buffered, small-buffered, text read, text write, text read-write), on a socketpair;
# the other side's writes happen before the reads, so no threads are needed. Plus text-mode
# newline handling, reprs, attributes and the wrong-direction errors. Each function has a
# Java twin of the same name in SocketFidelityMakefileParityTest.
import socket

MSG = b"Michael Gilfix was here\xe1\x88\xb4\r\n"

CASES = {
    "FileObjectClassTestCase": (-1, "rb", "wb"),
    "UnbufferedFileObjectClassTestCase": (0, "rb", "wb"),
    "LineBufferedFileObjectClassTestCase": (1, "rb", "wb"),
    "SmallBufferedFileObjectClassTestCase": (2, "rb", "wb"),
    "UnicodeReadFileObjectClassTestCase": (-1, "r", "wb"),
    "UnicodeWriteFileObjectClassTestCase": (-1, "rb", "w"),
    "UnicodeReadWriteFileObjectClassTestCase": (-1, "r", "w"),
}


class _Case:
    def __init__(self, bufsize, read_mode, write_mode):
        self.bufsize, self.read_mode, self.write_mode = bufsize, read_mode, write_mode
        self.read_msg = MSG if "b" in read_mode else MSG.decode("utf-8")
        self.write_msg = MSG if "b" in write_mode else MSG.decode("utf-8")
        self.cli_conn, self.serv_conn = socket.socketpair()
        self.read_file = self.cli_conn.makefile(read_mode, bufsize, encoding="utf-8", errors="strict", newline=None if "b" in read_mode + write_mode and "b" in read_mode and "b" in write_mode else "")
        self.write_file = self.serv_conn.makefile(write_mode, bufsize, encoding="utf-8", errors="strict", newline=None if "b" in read_mode and "b" in write_mode else "")

    def close(self):
        self.read_file.close()
        print("read_file.closed", self.read_file.closed)
        self.write_file.close()
        self.cli_conn.close()
        self.serv_conn.close()

    def testReadAfterTimeout(self):
        self.write_file.write(self.write_msg[0:3])
        self.write_file.flush()
        self.cli_conn.settimeout(0.05)
        print(self.read_file.read(3) == self.read_msg[0:3])
        try:
            self.read_file.read(1)
        except TimeoutError as e:
            print("TimeoutError", e)
        try:
            self.read_file.read(1)
        except OSError as e:
            print(type(e).__name__, e)

    def testSmallRead(self):
        self.write_file.write(self.write_msg)
        self.write_file.flush()
        first_seg = self.read_file.read(len(self.read_msg) - 3)
        second_seg = self.read_file.read(3)
        print(first_seg + second_seg == self.read_msg, len(first_seg), len(second_seg))

    def testFullRead(self):
        self.write_file.write(self.write_msg)
        self.write_file.close()
        self.serv_conn.close()
        print(self.read_file.read() == self.read_msg)

    def testUnbufferedRead(self):
        self.write_file.write(self.write_msg)
        self.write_file.flush()
        self.serv_conn.shutdown(socket.SHUT_WR)
        buf = type(self.read_msg)()
        n = 0
        while 1:
            char = self.read_file.read(1)
            if not char:
                break
            buf += char
            n += 1
        print(buf == self.read_msg, n)

    def testReadline(self):
        self.write_file.write(self.write_msg)
        self.write_file.flush()
        print(self.read_file.readline() == self.read_msg)

    def testCloseAfterMakefile(self):
        self.write_file.write(self.write_msg)
        self.write_file.flush()
        self.serv_conn.shutdown(socket.SHUT_WR)
        self.cli_conn.close()
        print(self.read_file.read() == self.read_msg)

    def testMakefileAfterMakefileClose(self):
        self.write_file.write(self.write_msg)
        self.write_file.flush()
        self.read_file.close()
        msg = self.cli_conn.recv(len(MSG))
        if isinstance(self.read_msg, str):
            msg = msg.decode()
        print(msg == self.read_msg)

    def testClosedAttr(self):
        print(self.read_file.closed, self.write_file.closed)

    def testAttributes(self):
        print(self.read_file.mode, self.read_file.name == self.cli_conn.fileno())
        print(self.write_file.mode, self.write_file.name == self.serv_conn.fileno())

    def testRealClose(self):
        self.read_file.close()
        try:
            self.read_file.fileno()
        except ValueError as e:
            print("ArgumentError", e)
        self.cli_conn.close()
        try:
            self.cli_conn.getsockname()
        except OSError as e:
            print(type(e).__name__, e)


def _scenario(case, test):
    def run():
        c = _Case(*CASES[case])
        try:
            getattr(c, test)()
        finally:
            c.close()
    return run


for _case in CASES:
    for _test in ("testReadAfterTimeout", "testSmallRead", "testFullRead", "testUnbufferedRead", "testReadline",
                  "testCloseAfterMakefile", "testMakefileAfterMakefileClose", "testClosedAttr", "testAttributes",
                  "testRealClose"):
        _fn = _scenario(_case, _test)
        _fn.__module__ = __name__
        globals()[_case + "_" + _test] = _fn


def UnbufferedFileObjectClassTestCase_testUnbufferedReadline():
    a, b = socket.socketpair()
    with a, b:
        w = b.makefile("wb", 0)
        w.write(b"A. " + MSG)
        w.write(b"B. " + MSG)
        r = a.makefile("rb", 0)
        print(r.readline() == b"A. " + MSG)
        r = a.makefile("rb", 0)
        print(r.readline() == b"B. " + MSG)


def UnbufferedFileObjectClassTestCase_testMakefileClose():
    a, b = socket.socketpair()
    with b:
        r = a.makefile("rb", 0)
        b.sendall(MSG)
        a.close()
        print(a.recv(1024) == MSG)
        r.close()
        try:
            a.recv(1024)
        except OSError as e:
            print(type(e).__name__, e)


def UnbufferedFileObjectClassTestCase_testSmallReadNonBlocking():
    a, b = socket.socketpair()
    with a, b:
        r = a.makefile("rb", 0)
        a.setblocking(False)
        print(r.readinto(bytearray(10)), r.read(len(MSG) - 3))
        b.sendall(MSG)
        first_seg = r.read(len(MSG) - 3)
        buf = bytearray(10)
        n = r.readinto(buf)
        print(n, first_seg + buf[:n] == MSG)
        print(r.readinto(bytearray(16)), r.read(1))


def FileObjectClassTestCase_testSmallReadNonBlocking():
    a, b = socket.socketpair()
    with a, b:
        r = a.makefile("rb")
        a.setblocking(False)
        print(r.readinto(bytearray(10)), r.read(len(MSG) - 3), r.read(), r.readline())
        b.sendall(MSG[:10])
        print(r.read(len(MSG)))
        b.sendall(MSG[10:])
        print(r.readline())
        b.sendall(b"one\ntw")
        print(r.readline(), r.readline(), r.read())


def FileObjectClassTestCase_testReprs():
    a, b = socket.socketpair()
    with a, b:
        for mode, buffering in (("rb", -1), ("wb", -1), ("rwb", -1), ("rb", 0), ("r", -1), ("w", -1)):
            f = a.makefile(mode, buffering)
            print(repr(f).replace(str(a.fileno()), "FD").split(" object at ")[0])
            f.close()
            print(repr(f).split(" object at ")[0])
        t = a.makefile("r", encoding="latin-1", newline="")
        print(repr(t).replace(str(a.fileno()), "FD"), t.encoding, t.errors, t.mode)
        t.close()


def FileObjectClassTestCase_testWrongDirection():
    a, b = socket.socketpair()
    with a, b:
        for mode, buffering, op in (("rb", -1, "write"), ("wb", -1, "read"), ("wb", -1, "readinto"),
                                    ("rb", 0, "write"), ("wb", 0, "read"), ("rb", -1, "seek"),
                                    ("rwb", -1, "seek"), ("rb", 0, "seek"), ("rb", -1, "tell"), ("rwb", -1, "fileno")):
            f = a.makefile(mode, buffering)
            try:
                fn = getattr(f, op)
                if op == "write":
                    fn(b"x")
                elif op == "readinto":
                    fn(bytearray(1))
                elif op == "seek":
                    fn(0)
                elif op == "read":
                    fn(1)
                else:
                    fn()
            except OSError as e:
                print(mode, buffering, op, type(e).__name__, isinstance(e, OSError), e)
            f.close()


def FileObjectClassTestCase_testClosedFile():
    a, b = socket.socketpair()
    with a, b:
        for mode, buffering, op in (("rb", -1, "read"), ("rb", -1, "readline"), ("rb", -1, "readinto"),
                                    ("wb", -1, "write"), ("wb", -1, "flush"), ("rb", -1, "fileno"),
                                    ("rb", 0, "read"), ("wb", 0, "write"), ("rb", -1, "readable"),
                                    ("rb", -1, "seekable"), ("rb", -1, "seek")):
            f = a.makefile(mode, buffering)
            f.close()
            try:
                fn = getattr(f, op)
                if op == "write":
                    fn(b"x")
                elif op == "readinto":
                    fn(bytearray(1))
                elif op == "seek":
                    fn(0)
                elif op in ("read", "readline"):
                    fn(1)
                else:
                    fn()
            except ValueError as e:
                print(mode, buffering, op, "ArgumentError", e)
            print(f.name, f.closed)


def FileObjectClassTestCase_testDirectionFlags():
    a, b = socket.socketpair()
    with a, b:
        for mode, buffering in (("rb", -1), ("wb", -1), ("rwb", -1), ("rb", 0), ("wb", 0), ("b", -1), ("", -1)):
            f = a.makefile(mode, buffering) if mode else a.makefile("rb")
            print(mode, buffering, f.readable(), f.writable(), f.seekable(), f.isatty())
            f.close()


def FileObjectClassTestCase_testBadModes():
    a, b = socket.socketpair()
    with a, b:
        for mode, buffering in (("rx", -1), ("rr", -1), ("r", 0), ("a", -1)):
            try:
                a.makefile(mode, buffering)
            except ValueError as e:
                print("ArgumentError", e)


def UnicodeReadFileObjectClassTestCase_testUniversalNewlines():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("r", encoding="utf-8", newline=None)
        b.sendall(b"one\rtwo\r\nthree\nfour\r")
        b.sendall(b"\nfive")
        b.shutdown(socket.SHUT_WR)
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
        f.close()


def UnicodeReadFileObjectClassTestCase_testNewlineEmpty():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("r", encoding="utf-8", newline="")
        b.sendall(b"one\rtwo\r\nthree\nfour\r")
        b.sendall(b"\nfive\r")
        b.shutdown(socket.SHUT_WR)
        print([f.readline() for _ in range(7)])
        f.close()


def UnicodeReadFileObjectClassTestCase_testNewlineCR():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("r", encoding="utf-8", newline="\r")
        b.sendall(b"one\rtwo\r\nthree\nfour")
        b.shutdown(socket.SHUT_WR)
        print(f.readlines())
        f.close()


def UnicodeReadFileObjectClassTestCase_testNewlineCRLF():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("r", encoding="utf-8", newline="\r\n")
        b.sendall(b"one\rtwo\r\nthree\nfour")
        b.shutdown(socket.SHUT_WR)
        print(f.readlines())
        f.close()


def UnicodeWriteFileObjectClassTestCase_testWriteNewlines():
    a, b = socket.socketpair()
    with a, b:
        for nl in (None, "", "\n", "\r", "\r\n"):
            f = a.makefile("w", encoding="utf-8", newline=nl)
            print(repr(nl), f.write("a\nb\r\nc"))
            f.flush()
            print(b.recv(100))
            f.close()


def UnicodeReadFileObjectClassTestCase_testReadChars():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("r", encoding="utf-8")
        b.sendall("h\u00e9llo w\u00f6rld\n".encode("utf-8")[:3])
        b.sendall("h\u00e9llo w\u00f6rld\n".encode("utf-8")[3:])
        print(f.read(2), f.read(5), repr(f.readline()))
        f.close()


def UnicodeReadFileObjectClassTestCase_testDecodeErrors():
    a, b = socket.socketpair()
    with a, b:
        for errors in ("replace", "ignore", "strict"):
            f = a.makefile("r", encoding="utf-8", errors=errors)
            b.sendall(b"ab\xffcd\n")
            try:
                print(errors, repr(f.readline()))
            except ValueError as e:
                print(errors, "ArgumentError", type(e).__name__, e)

            f.close()


def UnicodeReadFileObjectClassTestCase_testLatin1():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("rw", encoding="latin-1")
        f.write("caf\u00e9\n")
        f.flush()
        print(b.recv(100))
        b.sendall(b"na\xefve\n")
        print(f.readline() == "na\u00efve\n", f.mode)
        f.close()


def UnicodeWriteFileObjectClassTestCase_testEncodeErrors():
    a, b = socket.socketpair()
    with a, b:
        f = a.makefile("w", encoding="ascii", errors="replace")
        print(f.write("caf\u00e9"))
        f.flush()
        print(b.recv(100))
        f.close()
        f = a.makefile("w", encoding="ascii")
        try:
            f.write("caf\u00e9")
        except ValueError as e:
            print("ArgumentError", type(e).__name__, e)
        f.close()


def UnicodeReadFileObjectClassTestCase_testBadArguments():
    a, b = socket.socketpair()
    with a, b:
        for kw in ({"newline": "x"}, {"encoding": "nosuchcodec"}, {"errors": "nosuchhandler"}):
            try:
                a.makefile("r", **kw).close()
            except (ValueError, LookupError) as e:
                print(type(e).__name__ if isinstance(e, LookupError) else "ArgumentError", e)
