# CPython's Lib/test/test_bytes.py (BaseBytesTest) and test_codecs.py on bytes: what the Java
# class `bytes` does to byte[]. Java twins: BytesParityTest.


def _kind(e):
    if isinstance(e, (ValueError, TypeError, OverflowError)):
        return "ArgumentError"
    return type(e).__name__


def _show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("! %s: %s" % (_kind(e), e))


DATA = b"Hello, world"
IDX = [None, -100, -13, -12, -5, -1, 0, 1, 3, 11, 12, 13, 100]


def BaseBytesTest_test_concat():
    print(repr(b"abc" + b"def"), repr(b"" + b""), repr(b"a" + b"" + b"b" + b"\x00"))


def BaseBytesTest_test_repeat():
    print(repr(b"ab" * 3), repr(b"ab" * 0), repr(b"ab" * -1), repr(b"" * 5))


def BaseBytesTest_test_getitem():
    for i in [0, 1, 11, -1, -12, 12, -13]:
        _show(lambda: DATA[i])


def BaseBytesTest_test_getslice():
    for a in IDX:
        print([repr(DATA[a:b]) for b in IDX])


def BaseBytesTest_test_extended_getslice():
    for step in [1, 2, 3, -1, -2, -5, 100, -100]:
        print(step, [repr(DATA[a:b:step]) for a in IDX for b in (None, -3, 4, 20)])
    _show(lambda: DATA[::0])


def BaseBytesTest_test_find():
    b = b"mississippi"
    for sub in [b"ss", b"w", b"", b"mississippian", b"i", b"ppi", b"m"]:
        print(b.find(sub), b.rfind(sub), b.find(sub, 1), b.find(sub, 5, 8), b.find(sub, -3), b.find(sub, 20), b.find(sub, 3, 1), sub in b)


def BaseBytesTest_test_index():
    b = b"mississippi"
    print(b.index(b"ss"), b.index(b"i", 2), b.index(b"", 11))
    _show(lambda: b.index(b"w"))
    _show(lambda: b.index(b"m", 1))


def BaseBytesTest_test_count():
    b = b"mississippi"
    for sub in [b"i", b"ss", b"w", b"", b"ssi", b"pp"]:
        print(b.count(sub), b.count(sub, 3), b.count(sub, 2, 7), b.count(sub, -4), b.count(sub, 20), b.count(sub, 5, 2))
    print(b"aaaa".count(b"aa"))


def BaseBytesTest_test_startswith_endswith():
    b = b"hello"
    for x in [b"", b"h", b"he", b"hello", b"hello world", b"o", b"lo", b"x"]:
        print(b.startswith(x), b.endswith(x))


def BaseBytesTest_test_split():
    for b in [b"a b c", b"  a  b  c ", b"", b"   ", b"a\tb\nc\rd\x0be\x0cf", b"a,b,,c,", b","]:
        print(repr(b.split()), repr(b.split(b",")), repr(b.split(None, 1)), repr(b.split(b",", 1)), repr(b.split(b",", 0)))
    print(b"a::b::c".split(b"::"), b"GET / HTTP/1.0\r\nHost: x\r\n\r\n".split(b"\r\n"))
    _show(lambda: b"abc".split(b""))


def BaseBytesTest_test_splitlines():
    for b in [b"a\nb\r\nc\rd", b"", b"\n", b"a\n\nb\n", b"no end"]:
        print(repr(b.splitlines()))


def BaseBytesTest_test_join():
    print(repr(b", ".join([b"a", b"b", b"c"])), repr(b"".join([])), repr(b"-".join([b"x"])), repr(b"\r\n".join([b"", b""])))


def BaseBytesTest_test_strip():
    for b in [b"  abc  ", b"\t\n\r\x0b\x0c abc \x00", b"", b"   ", b"abc"]:
        print(repr(b.strip()), repr(b.lstrip()), repr(b.rstrip()))
    print(repr(b"xxabcxx".strip(b"x")), repr(b"line\r\n".rstrip(b"\r\n")), repr(b"abc".strip(b"")), repr(b"abcba".strip(b"ab")))


def BaseBytesTest_test_upper_lower():
    b = bytes(range(256))
    print(repr(b.upper()))
    print(repr(b.lower()))
    print(repr(b"Hello, World \xe9".upper()), repr(b"Hello, World \xc9".lower()))


def BaseBytesTest_test_replace():
    b = b"mississippi"
    print(repr(b.replace(b"i", b"o")), repr(b.replace(b"ss", b"")), repr(b.replace(b"i", b"I", 2)), repr(b.replace(b"x", b"y")))
    print(repr(b"ab".replace(b"", b"-")), repr(b"ab".replace(b"", b"-", 2)), repr(b"".replace(b"", b"x")), repr(b.replace(b"i", b"", 0)))


def BaseBytesTest_test_hex():
    print(b"".hex(), b"\x00\x01\xfe\xff".hex(), b"Hello".hex())


def BaseBytesTest_test_fromhex():
    for s in ["", "1a2B30", " 1A 2B  30   ", "00ff", "0", "1a2", "zz", "1 a", "\t00\n11\r"]:
        _show(lambda: bytes.fromhex(s))


def BaseBytesTest_test_bool():
    for b in [b"", b"\x00", b"a"]:
        print(bool(b), "yes" if b else "no")
    print(b"quit" == b"quit", b"quit" == b"quit\n")


def UTF8Test_test_decode():
    for b in [b"", b"Hello", "h\u00e9llo \u20ac \U0001f600".encode(), b"\xc3\xa9", b"\xef\xbb\xbfBOM"]:
        _show(lambda: b.decode())


def UTF8Test_test_invalid_start_byte():
    for b in [b"\x80", b"a\xffb", b"\xc0\x80", b"\xc1\xbf", b"\xf5\x80\x80\x80", b"\xfe"]:
        _show(lambda: b.decode())
        _show(lambda: b.decode("utf-8", "replace"))


def UTF8Test_test_invalid_continuation():
    for b in [b"\xc3(", b"\xe2\x82(", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf0\x80\x80\x80", b"\xf4\x90\x80\x80",
              b"\xf0\x9f\x98(", b"\xe2(\xa1"]:
        _show(lambda: b.decode())
        _show(lambda: b.decode("utf-8", "replace"))


def UTF8Test_test_unexpected_end():
    for b in [b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"ab\xf0", b"\xe0\xa0"]:
        _show(lambda: b.decode())
        _show(lambda: b.decode("utf-8", "replace"))


def UTF8Test_test_error_handlers():
    b = b"a\xffb\xe2\x82(c\xf0\x9f"
    for errors in ["strict", "replace", "ignore", "surrogateescape"]:
        _show(lambda: b.decode("utf-8", errors))
    _show(lambda: b.decode("utf-8", "bogus"))
    _show(lambda: b"ok".decode("utf-8", "bogus"))


def ASCIITest_test_decode():
    for errors in ["strict", "replace", "ignore", "surrogateescape"]:
        _show(lambda: b"abc\x80\xffd".decode("ascii", errors))
    _show(lambda: b"plain".decode("ascii"))


def Latin1Test_test_decode():
    _show(lambda: bytes(range(256)).decode("latin-1"))
    _show(lambda: b"caf\xe9".decode("iso-8859-1"))
    _show(lambda: b"x".decode("latin1", "bogus"))


def CodecTest_test_aliases():
    for name in ["utf8", "UTF-8", "U8", "utf_8", "ascii", "US-ASCII", "latin1", "ISO-8859-1", "L1", "iso8859-1"]:
        _show(lambda: "\u00e9".encode(name, "replace"))
    _show(lambda: b"x".decode("utf-9"))
    _show(lambda: "x".encode("ebcdic-martian"))


def UTF8Test_test_encode():
    for s in ["", "Hello", "h\u00e9llo \u20ac \U0001f600", "\ud800", "a\udcffb", "\udc80\udcff"]:
        for errors in ["strict", "replace", "ignore", "surrogateescape"]:
            _show(lambda: s.encode("utf-8", errors))


def ASCIITest_test_encode():
    for s in ["abc", "caf\u00e9", "\u00e9\u00e8x\u20ac", "\U0001f600", "a\udc80b"]:
        for errors in ["strict", "replace", "ignore", "surrogateescape"]:
            _show(lambda: s.encode("ascii", errors))


def Latin1Test_test_encode():
    for s in ["caf\u00e9", "\u20ac", "a\u0100\u0101b", "\udcff"]:
        for errors in ["strict", "replace", "ignore", "surrogateescape"]:
            _show(lambda: s.encode("latin-1", errors))


def UTF8Test_test_surrogateescape_roundtrip():
    b = bytes(range(256))
    s = b.decode("utf-8", "surrogateescape")
    print(s.encode("utf-8", "surrogateescape") == b, len(s))
    print(repr(b"\xff\xfe".decode("ascii", "surrogateescape")))


def BaseBytesTest_test_contains():
    b = b"GET / HTTP/1.1\r\n"
    for sub in [b"GET", b"HTTP", b"\r\n", b"", b"POST", b"get"]:
        print(sub in b, b.startswith(sub), b.endswith(sub))


def BaseBytesTest_test_slice_roundtrip():
    b = bytes(range(20))
    for i in [-25, -5, 0, 3, 19, 20, 30]:
        print(i, b[:i] + b[i:] == b, len(b[:i]), len(b[i:]))
    print(repr(b[::-1][:5]), repr(b[-3:]), repr(b[5:2]), repr(b[2:5][::-1]))


def BaseBytesTest_test_http_request_parsing():
    request = b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\n\r\nbody"
    end = request.find(b"\r\n\r\n")
    head = request[:end]
    body = request[end + 4:]
    lines = head.split(b"\r\n")
    method, path, version = lines[0].split(b" ")
    print(repr(method), repr(path), repr(version), repr(body))
    for line in lines[1:]:
        name, value = line.split(b":", 1)
        print(repr(name.strip().lower()), repr(value.strip()))
    print(repr(b"\r\n".join([b"HTTP/1.0 200 OK", b"Content-Length: " + str(len(body)).encode(), b"", body])))


def BaseBytesTest_test_index_out_of_range():
    for i in [4, -5, 100, -100]:
        try:
            print(b"abcd"[i])
        except IndexError as e:
            print("IndexError", e)
