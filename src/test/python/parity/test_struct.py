# CPython's Lib/test/test_struct.py, scenario by scenario: every format character, every byte
# order, the error messages. Java twins: StructParityTest. Helpers (leading _) print the same
# lines on both sides: pack -> hex, unpack -> repr of the tuple, errors -> ! Kind: message.
import struct

ORDERS = ["@", "=", "<", ">", "!"]


def _kind(e):
    if isinstance(e, (ValueError, TypeError, OverflowError)):
        return "ArgumentError"
    return type(e).__name__


def _pack(fmt, *values):
    try:
        b = struct.pack(fmt, *values)
    except Exception as e:
        print(fmt, "! %s: %s" % (_kind(e), e))
        return None
    print(fmt, b.hex())
    return b


def _unpack(fmt, data):
    try:
        t = struct.unpack(fmt, data)
    except Exception as e:
        print(fmt, "! %s: %s" % (_kind(e), e))
        return None
    print(fmt, repr(t))
    return t


def _roundtrip(fmt, *values):
    b = _pack(fmt, *values)
    if b is not None:
        _unpack(fmt, b)


def _calcsize(fmt):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), "! %s: %s" % (_kind(e), e))


def _integers(code, size, signed):
    lo = -(1 << (8 * size - 1)) if signed else 0
    hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
    for order in ORDERS:
        for v in [lo - 1, lo, -1, 0, 1, 0x7f, hi, hi + 1, 1 << 64, -(1 << 63) - 1]:
            _roundtrip(order + code, v)


def StructTest_test_integers_b():
    _integers("b", 1, True)


def StructTest_test_integers_ub():
    _integers("B", 1, False)


def StructTest_test_integers_h():
    _integers("h", 2, True)


def StructTest_test_integers_uh():
    _integers("H", 2, False)


def StructTest_test_integers_i():
    _integers("i", 4, True)


def StructTest_test_integers_ui():
    _integers("I", 4, False)


def StructTest_test_integers_l():
    _integers("l", 8, True)  # native 8; the standard orders are 4 and say so in their errors


def StructTest_test_integers_ul():
    _integers("L", 8, False)


def StructTest_test_integers_q():
    _integers("q", 8, True)


def StructTest_test_integers_uq():
    _integers("Q", 8, False)


def StructTest_test_nN_code():
    for code in "nN":
        for order in ORDERS:
            _roundtrip(order + code, 5)
        _roundtrip(code, -1)
        _roundtrip(code, 1 << 63)
        _roundtrip(code, (1 << 64) - 1)
        _calcsize(code)


def StructTest_test_p_code():
    for code, value, packed, unpacked in [("p", b"abc", b"\x00", b""), ("1p", b"abc", b"\x00", b""),
                                          ("2p", b"abc", b"\x01a", b"a"), ("3p", b"abc", b"\x02ab", b"ab"),
                                          ("4p", b"abc", b"\x03abc", b"abc"), ("5p", b"abc", b"\x03abc\x00", b"abc"),
                                          ("6p", b"abc", b"\x03abc\x00\x00", b"abc"),
                                          ("1000p", b"x" * 1000, b"\xff" + b"x" * 999, b"x" * 255)]:
        got = struct.pack(code, value)
        print(code, got == packed, repr(struct.unpack(code, got)[0] == unpacked))
    _pack("0p", b"abc")
    _unpack("3p", b"\x09ab")


def StructTest_test_s_code():
    for fmt in ["s", "0s", "1s", "3s", "5s", "<3s", ">5s", "2s2s"]:
        n = fmt.count("s")
        _roundtrip(fmt, *([b"abc"] * n))
    _pack("s", "abc")
    _pack("3s", 3)


def StructTest_test_c_code():
    for order in ORDERS:
        _roundtrip(order + "c", b"a")
        _roundtrip(order + "3c", b"a", b"\x00", b"\xff")
    _pack("c", b"ab")
    _pack("c", b"")
    _pack("c", "a")
    _pack("c", 97)


def StructTest_test_bool():
    for order in ORDERS:
        for v in [True, False, 0, 1, 2, -1, 0.0, 0.5, b"", b"\x00", "", "x", [], [0], None]:
            _roundtrip(order + "?", v)
        _unpack(order + "?", b"\x02")
        _unpack(order + "2?", b"\xff\x00")


def StructTest_test_x_code():
    _roundtrip("x")
    _roundtrip("3x")
    _roundtrip("bxb", 1, 2)
    _roundtrip("<x2xh", 7)
    _pack("x", 1)


def StructTest_test_P_code():
    for v in [0, 1, 1 << 63, (1 << 64) - 1, -1, -(1 << 63), 1 << 64, -(1 << 63) - 1]:
        _roundtrip("P", v)
    for order in ["=", "<", ">", "!"]:
        _pack(order + "P", 1)


def StructTest_test_705836():
    # float rounding of 'f' near the end of the range, and 'f' overflow
    for base in [1.0, 1.0 + 2 ** -24, 1.0 + 2 ** -23, 3.4028234663852886e38, 3.4028235677973366e38]:
        for order in ["<", ">"]:
            _roundtrip(order + "f", base)
    _pack("<f", 3.402823669209385e38)
    _pack(">f", 1e300)
    _pack("f", float("inf"))


def StructTest_test_f_code():
    for order in ORDERS:
        for v in [0.0, -0.0, 0.1, 1.5, -2.25, 1e-45, 1e38, float("inf"), float("-inf"), 3, 1 << 70]:
            _roundtrip(order + "f", v)
        _pack(order + "f", "x")
        _pack(order + "f", None)


def StructTest_test_d_code():
    for order in ORDERS:
        for v in [0.0, -0.0, 0.1, 1.5e300, -2.25, 5e-324, 1.7976931348623157e308, float("inf"), 7, 1 << 70]:
            _roundtrip(order + "d", v)
        _pack(order + "d", b"1")
        _unpack(order + "d", b"\x00\x00\x00\x00\x00\x00\xf8\x7f")


def StructTest_test_half_float():
    for order in ["<", ">"]:
        for v in [1.0, -2.0, 0.5, 65504.0, 65519.0, 2 ** -24, 2 ** -25, 2 ** -26, 2 ** -14, 0.1, 1.0009765625,
                  1.00048828125, 1.00146484375, 0.0, -0.0, float("inf"), float("-inf"), 1e-10, 3.14159]:
            _roundtrip(order + "e", v)
    _unpack("<e", b"\x00\x7e")
    _unpack("<e", b"\x00\xfe")
    _unpack(">3e", b"\x3c\x00\x7b\xff\x00\x01")


def StructTest_test_half_float_overflow():
    for v in [65520.0, 1e6, -65520.0, 1e300]:
        _pack("<e", v)
        _pack(">e", v)
    _pack("e", "1")


def StructTest_test_calcsize():
    for code in "xcbB?hHiIlLqQnNefdspP":
        for order in ORDERS:
            _calcsize(order + code)


def StructTest_test_calcsize_alignment():
    for fmt in ["llh", "hl", "cl", "0l", "h0l", "i3sh", "bP", "?xe", "xd", "4x", "2i3s0q", "  i  h ", "ci", "cq", "hhb",
                "bhbibqbd", "3sd", "5p0i", "eh", "=llh", "<hl", ">cq", "!bd", "0s", "i0s", ""]:
        _calcsize(fmt)


def StructTest_test_new_features():
    tests = [
        ("c", b"a"), ("xc", b"a"), ("cx", b"a"), ("s", b"a"), ("0s", b"helloworld"), ("1s", b"helloworld"),
        ("5s", b"helloworld"), ("10s", b"helloworld"), ("11s", b"helloworld"), ("20s", b"helloworld"),
        ("b", 7), ("b", -7), ("B", 7), ("B", 249), ("h", 700), ("h", -700), ("H", 700), ("H", 0x10000 - 700),
        ("i", 70000000), ("i", -70000000), ("I", 70000000), ("I", 0x100000000 - 70000000), ("l", 70000000),
        ("l", -70000000), ("L", 70000000), ("L", 0x100000000 - 70000000), ("f", 2.0), ("d", 2.0), ("f", -2.0),
        ("d", -2.0), ("?", 0), ("?", 3), ("?", True), ("?", []), ("?", [1]), ("?", (1,)), ("?", ())]
    for fmt, arg in tests:
        for order in ["", "@", "<", ">", "=", "!"]:
            _roundtrip(order + fmt, arg)


def StructTest_test_consistence():
    _calcsize("Z")
    _calcsize("iZ")
    _calcsize("3")
    _pack("ii", 1)
    _pack("i", 1, 2)
    _pack("")
    _pack("", 1)
    _unpack("d", b"flap")
    _unpack("ii", b"abc")
    _unpack("", b"")
    _unpack("", b"x")


def StructTest_test_transitiveness():
    c = b"a"
    b = 1
    h = 255
    i = 65535
    l = 65536
    f = 3.1415
    d = 3.1415
    t = True
    for prefix in ("", "@", "<", ">", "=", "!"):
        for fmt in ("ii", "il", "ll", "hh", "bb", "ff", "dd", "??"):
            fmt = prefix + fmt
            _roundtrip(fmt, 1, 2)
        fmt = prefix + "xcbhilfd?"
        s = struct.pack(fmt, c, b, h, i, l, f, d, t)
        cp, bp, hp, ip, lp, fp, dp, tp = struct.unpack(fmt, s)
        print(fmt, s.hex(), cp == c, bp == b, hp == h, ip == i, lp == l, int(100 * fp) == int(100 * f),
              int(100 * dp) == int(100 * d), tp == t)


def StructTest_test_count_overflow():
    # Java arrays stop at 2**31 - 1 bytes, so only counts that overflow CPython's Py_ssize_t too
    _calcsize("9999999999999999999999q")
    _calcsize("4611686018427387904q")
    _calcsize("9223372036854775807b9223372036854775807b")


def StructTest_test_trailing_counter():
    for fmt in ["12345", "1", "c12345", "14s42", "<3", "x 4"]:
        _calcsize(fmt)
        _pack(fmt)


def StructTest_test_boundary_error_message():
    buf = bytearray(1)
    try:
        struct.pack_into("b", buf, 5, 1)
    except Exception as e:
        print(_kind(e), e)
    buf = bytearray(5)
    for off in [2, 6, 5, 1]:
        try:
            struct.pack_into("i", buf, off, 1)
            print("ok", buf.hex())
        except Exception as e:
            print(_kind(e), e)


def StructTest_test_boundary_error_message_with_negative_offset():
    for off in [-1, -2, -3, -4, -5, -6, -7, -10]:
        try:
            struct.pack_into("<I", bytearray(5), off, 123)
            print("ok")
        except Exception as e:
            print(_kind(e), e)
        try:
            print(struct.unpack_from("<I", bytes(5), off))
        except Exception as e:
            print(_kind(e), e)


def StructTest_test_boundary_error_message_with_large_offset():
    try:
        struct.pack_into("<I", bytearray(10), 2147483647, 20)
    except Exception as e:
        print(_kind(e), e)
    try:
        struct.unpack_from("<I", bytes(10), 2147483647)
    except Exception as e:
        print(_kind(e), e)


def StructTest_test_unpack_from():
    data = b"abcd01234"
    fmt = "4s"
    s = struct.Struct(fmt)
    print(s.unpack_from(data), s.unpack_from(data, 2), s.unpack_from(data, 4))
    for i in range(6):
        print(struct.unpack_from(fmt, data, i))
    for i in range(6, len(data) + 1):
        try:
            struct.unpack_from(fmt, data, i)
        except Exception as e:
            print(_kind(e), e)
    print(struct.unpack_from(">HI", b"\x00\x01\x00\x00\x00\x02xyz"))


def StructTest_test_pack_into():
    test_string = b"Reykjavik rocks, eow!"
    writable_buf = bytearray(b" " * 100)
    fmt = "21s"
    s = struct.Struct(fmt)
    s.pack_into(writable_buf, 0, test_string)
    print(repr(bytes(writable_buf[: len(test_string)])))
    s.pack_into(writable_buf, 10, test_string)
    print(repr(bytes(writable_buf[: len(test_string) + 10])))
    small_buf = bytearray(b" " * 10)
    for off in [0, 2, -1]:
        try:
            s.pack_into(small_buf, off, test_string)
        except Exception as e:
            print(_kind(e), e)
    try:
        s.pack_into(writable_buf, 0, test_string, test_string)
    except Exception as e:
        print(_kind(e), e)


def StructTest_test_pack_into_fn():
    test_string = b"Reykjavik rocks, eow!"
    writable_buf = bytearray(b" " * 100)
    struct.pack_into("21s", writable_buf, 0, test_string)
    print(repr(bytes(writable_buf[: len(test_string)])))
    struct.pack_into("!HI", writable_buf, 90, 1, 2)
    print(bytes(writable_buf[88:]).hex())
    try:
        struct.pack_into("21s", bytearray(10), 0, test_string)
    except Exception as e:
        print(_kind(e), e)
    try:
        struct.pack_into("<H", bytearray(4), 0, 70000)
    except Exception as e:
        print(_kind(e), e)


def StructTest_test_unpack_with_buffer():
    for data in [b"\x12\x34\x56\x78", b"\x12\x34\x56", b"\x12\x34\x56\x78\x9a"]:
        _unpack(">I", data)
        _unpack("<I", data)


def UnpackIteratorTest_test_construct():
    for fmt, data in [("", b""), ("0i", b""), ("<i", b"abcde"), (">h", b"abc"), ("<5s", b"abcdefghi")]:
        try:
            print(list(struct.iter_unpack(fmt, data)))
        except Exception as e:
            print(_kind(e), e)


def UnpackIteratorTest_test_iterate():
    print(list(struct.iter_unpack(">IB", bytes(range(1, 16)))))
    print(list(struct.iter_unpack("<h", b"")))
    print([t for t in struct.Struct("!2s").iter_unpack(b"abcdef")])


def StructTest_test_format_attr():
    for fmt in ["=i2H", "!I", "3s", "", "@llh"]:
        s = struct.Struct(fmt)
        print(s.format, s.size)


def StructTest_test_Struct_reinitialization():
    s = struct.Struct("i")
    print(s.pack(1).hex(), s.unpack(b"\x01\x00\x00\x00"), s.unpack_from(b"xx\x02\x00\x00\x00", 2), s.size)
    try:
        s.pack(1.0)
    except Exception as e:
        print(_kind(e), e)


def StructTest_test_whitespace():
    for fmt in [" i", "i ", "i\th", "\ni\r", "< i", "3 s", " 2 h"]:
        _calcsize(fmt)
    _roundtrip("<i h", 1, 2)


def StructTest_test_isbigendian():
    print(struct.pack("=i", 1) == struct.pack("<i", 1), struct.pack("@i", 1) == struct.pack("=i", 1))
    print(struct.pack("!i", 1) == struct.pack(">i", 1))


def _orders(order):
    _roundtrip(order + "bhiq", 1, 2, 3, 4)
    _roundtrip(order + "BHIQ", 255, 65535, 4294967295, 18446744073709551615)
    _roundtrip(order + "cbhlq?efd", b"z", -1, -2, -3, -4, True, 1.5, 2.5, 3.5)
    _calcsize(order + "cbhlq?efd")


def StructTest_test_order_native():
    _orders("@")


def StructTest_test_order_native_standard():
    _orders("=")


def StructTest_test_order_little():
    _orders("<")


def StructTest_test_order_big():
    _orders(">")


def StructTest_test_order_network():
    _orders("!")


def StructTest_test_not_integer():
    for code in "bBhHiIlLqQnNP":
        for v in [1.5, "1", None, b"1"]:
            _pack(code, v)
    _pack("i", True)
    _pack("<q", False)


def StructTest_test_error_repr():
    try:
        struct.pack("z")
    except struct.error as e:
        print(repr(e), str(e), isinstance(e, Exception))


def StructTest_test_framed_protocol():
    body = "héllo, wörld".encode()
    header = struct.pack("!HI", 1, len(body))
    frame = header + body
    kind, length = struct.unpack("!HI", frame[:6])
    print(frame.hex(), kind, length, frame[6:6 + length] == body, struct.calcsize("!HI"))


def StructTest_test_issue35714():
    for fmt in ["i\x00", "\x00", "3\x00s", "-1i", "i-1", "ii ", "xxxi", "i\x00i"]:
        _calcsize(fmt)


def StructTest_test_Struct_errors():
    s = struct.Struct("2h")
    for args in [(1,), (1, 2, 3), ("a", 1)]:
        try:
            s.pack(*args)
        except Exception as e:
            print(_kind(e), e)
    for f in [lambda: s.unpack_from(b"abc", 0), lambda: s.iter_unpack(b"abcdef"), lambda: s.unpack(b"abcde")]:
        try:
            f()
        except Exception as e:
            print(_kind(e), e)


def StructTest_test_empty_formats():
    for fmt in ["", "@", "=", "<", ">", "!", "0s", "0i"]:
        _calcsize(fmt)
        _roundtrip(fmt)


def StructTest_test_sign_extension():
    ones = b"\xff" * 8
    for order in ["<", ">", "="]:
        for code, n in [("b", 1), ("B", 1), ("h", 2), ("H", 2), ("i", 4), ("I", 4), ("l", 4), ("L", 4), ("q", 8), ("Q", 8)]:
            _unpack(order + code, ones[:n])
        _unpack(order + "h", b"\x00\x80" if order == "<" else b"\x80\x00")


def StructTest_test_bool_sequence():
    _roundtrip("3?", 0, [1], "x")
    _roundtrip("<?x?", True, False)
    _unpack("3?", b"\x00\x01\x80")


def StructTest_test_native_alignment_pairs():
    for first in "cbhiqd":
        print(first, [struct.calcsize(first + second) for second in "xcbB?hHiIlLqQnNefdspP"])
