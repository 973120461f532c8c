# print, repr and str of CPython's builtins (Lib/test/test_builtin.py, test_float.py, test_unicode.py
# test_exceptions.py) on the values a socket program prints. Java twins: BuiltinsParityTest.
import io
import sys


def BuiltinTest_test_print():
    print()
    print(1, 2, 3)
    print("a", "b", sep="")
    print("a", "b", sep=", ", end="!\n")
    print("no newline", end="")
    print()
    print(None, True, False)
    print("x", sep=None, end=None)


def BuiltinTest_test_print_file():
    f = io.StringIO()
    print("to", "file", file=f, flush=True)
    print(repr(f.getvalue()))
    print("after", file=None)


def BuiltinTest_test_print_stderr():
    print("to stderr", file=sys.stderr)
    print("stdout still")


def BuiltinTest_test_repr_str():
    for s in ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r"]:
        print(repr(s), str(s))


def BuiltinTest_test_repr_str_controls():
    print(repr("".join(chr(i) for i in range(0, 32))))
    print(repr("\x7f\x80\x9f\xa0\xad\xff"))


def StrTest_test_repr_unicode():
    print(repr("caf\u00e9 \u00fc\u00df \u20ac \u4e2d\u6587"))
    print(repr("\u200b\u2028\u3000\ufeff\ue000"))
    print(repr("\U0001f600 \U000e0001 \U0010ffff"))


def StrTest_test_repr_surrogate():
    print(repr("\ud800"), repr("a\udcffb"))


def BuiltinTest_test_repr_int():
    for x in [0, 1, -1, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64, 10**30]:
        print(repr(x), str(x))


def ReprTestCase_test_short_repr():
    for x in [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1234567890123456.0,
              12345678901234567.0, 0.0001, 0.00001, 1e-7, 1.5e300, 1e308, 5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, 123.456, 100.0, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.2, 3.14159]:
        print(repr(x), str(x))


def FloatTest_test_inf_nan():
    print(repr(float("inf")), repr(float("-inf")), repr(float("nan")))


def FloatTest_test_float32_values():
    import struct
    for x in [0.1, 1.5, 3.4e38, 1e-45, 16777217.0]:
        print(repr(struct.unpack("f", struct.pack("f", x))[0]))


def BuiltinTest_test_repr_bool_none():
    print(repr(True), repr(False), repr(None), str(None))


def TupleTest_test_repr():
    print(repr(()), repr((1,)), repr((1, "a", b"b", None)), repr(((1, 2), [3])))


def ListTest_test_repr():
    print(repr([]), repr([1]), repr(["a", b"b", 1.5, None, True]), repr([[], [[]]]))
    print(str(["x"]))


def DictTest_test_repr():
    print(repr({}), repr({"a": 1, "b": [1, 2]}), repr({1: "one", 2: b"two", 3: None}))
    d = {}
    d["z"] = 1
    d["a"] = 2
    print(d)


def SetTest_test_repr():
    print(repr(set()), repr({1}), repr({"only"}))


def ExceptionTests_test_repr_str():
    for e in [ConnectionRefusedError(111, "Connection refused"), TimeoutError("timed out"),
              BrokenPipeError(32, "Broken pipe"), OSError(9, "Bad file descriptor"), KeyboardInterrupt()]:
        print(repr(e), "|" + str(e) + "|")


def BuiltinTest_test_repr_nested_str_in_bytes_list():
    print([b"it's", b'say "x"', b"\x00\xff"])


def BytesTest_test_literal():
    for lit, b in [("Hello, world", b"Hello, world"), ("\\x00\\x7f\\xff", b"\x00\x7f\xff"),
                   ("a\\nb\\tc\\r", b"a\nb\tc\r"), ("\\\\", b"\\"), ("\\'\\\"", b"'\""), ("\\0\\7\\101\\1234", b"\0\7\101\1234"),
                   ("\\a\\b\\f\\v", b"\a\b\f\v"), ("\\q", b"\\q")]:
        print(lit, repr(b))


def BytesTest_test_repr_all_bytes():
    print(repr(bytes(range(256))))


# The layer's values as print and repr show them (test_socket's repr checks); ports and fd
# numbers differ from run to run, so they print as PORT and FD.
import re
import socket


def _norm(s):
    return re.sub(r"fd=\d+", "fd=FD", re.sub(r"\b\d{4,5}\b", "PORT", s))


def SocketReprs_test_getaddrinfo():
    print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
    print(repr(socket.getaddrinfo("::1", None, socket.AF_INET6, socket.SOCK_DGRAM)))
    print(socket.getaddrinfo("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST)[0])


def SocketReprs_test_getnameinfo():
    print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
    print(repr(socket.getnameinfo(("::1", 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)))


def SocketReprs_test_recvfrom():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as a, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as b:
        a.bind(("127.0.0.1", 0))
        b.sendto(b"it's", a.getsockname())
        r = a.recvfrom(100)
        print(_norm(repr(r)))
        print(_norm(str(r)))
        data, addr = r
        print(repr(data), _norm(str(addr)))


def SocketReprs_test_accept():
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        with socket.create_connection(srv.getsockname()) as c:
            pair = srv.accept()
            print(_norm(repr(pair)))
            pair[0].close()
            print(_norm(repr(pair[0])))


def SocketReprs_test_unix_addresses():
    a, b = socket.socketpair()
    with a, b:
        print(repr(a.getsockname()), repr(b.getpeername()))
        print([a.getsockname(), "x"])


def SocketReprs_test_exceptions():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    try:
        socket.create_connection(("127.0.0.1", port))
    except OSError as e:
        print(repr(e), "|", e, "|", e.errno, e.strerror)
    try:
        socket.getaddrinfo("127.0.0.1", "no-such-service-jnasocket")
    except socket.gaierror as e:
        print(repr(e), "|", e)
    s = socket.socket()
    s.settimeout(0.01)
    s.bind(("127.0.0.1", 0))
    s.listen()
    try:
        s.accept()
    except TimeoutError as e:
        print(repr(e), "|", e, "|", e.errno)
    s.close()


def BuiltinTest_test_print_records_in_containers():
    ai = socket.getaddrinfo("127.0.0.1", 7, socket.AF_INET, socket.SOCK_STREAM)[0]
    print({"addr": ("127.0.0.1", 7), "info": ai})
    print([("a", 1), ("b", None)], (b"x",))


def BuiltinTest_test_print_sep_end_combinations():
    print("a", "b", "c", sep="")
    print("a", "b", sep="\n")
    print(sep="-", end="<\n")
    print(1, 2.5, None, b"x", "y", [1], (2,), sep=" | ", end=" $\n")
    print("multi\nline", end="\n\n")
