# None where CPython raises TypeError (or accepts None as an optional argument), on the Java
# classes bytes, struct, Tuple, builtins.b, select.select, and makefile's buffering. Java twins:
# NullArgsParityTest (a Java null is Python's None).
import select
import socket
import struct


def _kind(e):
    if isinstance(e, (ValueError, TypeError, OverflowError)):
        return "ArgumentError"
    return type(e).__name__


def _show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("! %s: %s" % (_kind(e), e))


def test_bytes_find_none():
    _show(lambda: b"abc".find(None))
    _show(lambda: b"abc".find(None, 0, 2))
    _show(lambda: b"abc".rfind(None))
    _show(lambda: b"abc".index(None))
    _show(lambda: b"abc".count(None))
    _show(lambda: None in b"abc")
    _show(lambda: b"abc".startswith(None))
    _show(lambda: b"abc".endswith(None))
    _show(lambda: b"abc".find(b"c", None, None))
    _show(lambda: b"abc".replace(None, b"x"))
    _show(lambda: b"abc".replace(b"a", None))


def test_bytes_self_none():
    _show(lambda: bytes.find(None, b"a"))
    _show(lambda: bytes.count(None, b"a"))
    _show(lambda: bytes.strip(None))
    _show(lambda: bytes.rstrip(None, b"x"))
    _show(lambda: bytes.split(None))
    _show(lambda: bytes.splitlines(None))
    _show(lambda: bytes.upper(None))
    _show(lambda: bytes.hex(None))
    _show(lambda: bytes.decode(None))
    _show(lambda: str.encode(None))
    _show(lambda: bytes.__getitem__(None, 0))
    _show(lambda: bytes.__getitem__(None, slice(1, None)))
    _show(lambda: bytes.__mul__(None, 2))
    _show(lambda: bytes.__add__(None, b"x"))
    _show(lambda: b"x" + None)
    _show(lambda: b"x" + b"y" + None)
    _show(lambda: b"x" == None)


def test_bytes_strip_split_none():
    print(repr(b" a b ".strip(None)), repr(b" a b ".rstrip(None)), repr(b" a  b ".split(None)))


def test_bytes_join_none():
    _show(lambda: b",".join(None))
    _show(lambda: b",".join([b"a", None]))
    _show(lambda: b",".join([None]))
    _show(lambda: bytes.join(None, [b"a"]))


def test_bytes_codecs_none():
    _show(lambda: b"x".decode(None))
    _show(lambda: b"x".decode("utf-8", None))
    _show(lambda: b"x".decode(None, None))
    _show(lambda: b"x".decode("bogus", None))
    _show(lambda: "x".encode(None))
    _show(lambda: "x".encode("utf-8", None))
    _show(lambda: bytes.fromhex(None))
    _show(lambda: bytes(None))


def test_struct_format_none():
    _show(lambda: struct.Struct(None))
    _show(lambda: struct.pack(None))
    _show(lambda: struct.calcsize(None))
    _show(lambda: struct.unpack(None, b""))
    _show(lambda: list(struct.iter_unpack(None, b"")))


def test_struct_pack_none():
    _show(lambda: struct.pack("i", None))
    _show(lambda: struct.pack("?", None))
    _show(lambda: struct.pack("d", None))
    _show(lambda: struct.pack("s", None))
    _show(lambda: struct.Struct("i").pack(None))
    _show(lambda: (None,))


def test_struct_buffer_none():
    _show(lambda: struct.unpack("i", None))
    _show(lambda: struct.unpack_from("i", None))
    _show(lambda: struct.unpack_from("ii", None, 4))
    _show(lambda: list(struct.iter_unpack("i", None)))
    _show(lambda: list(struct.iter_unpack("", None)))
    _show(lambda: struct.pack_into("i", None, 0, 1))
    _show(lambda: struct.pack_into("i", None, 0))


def test_select_lists_none():
    _show(lambda: select.select(None, [], [], 0))
    _show(lambda: select.select([], None, [], 0))
    _show(lambda: select.select([], [], None, 0.0))


def test_makefile_huge_buffering():
    a, b = socket.socketpair()
    r = a.makefile("rb", buffering=2**31 - 1)
    w = a.makefile("wb", buffering=2**31 - 1)
    b.sendall(b"line one\nline two\n")
    print(r.readline(), r.readline())
    w.write(b"x" * 1000)
    w.flush()
    got = b""
    while True:
        chunk = b.recv(1000)
        got += chunk
        if not chunk or len(got) >= 1000:
            break
    print(len(got))
    r.close()
    w.close()
    a.close()
    b.close()
