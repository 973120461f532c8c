package dev.jnasocket;

import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's built-in functions that socket programs print with: {@code print}, {@code repr},
 * {@code str}, and {@code b'...'} literals as {@link #b(String)}. After
 * {@code import static dev.jnasocket.builtins.*;} a port of {@code print('Received', repr(data))}
 * reads {@code print("Received", repr(data));} and prints what CPython prints.
 *
 * <p>Python values map to Java values as follows, and {@link #repr(Object)} / {@link #str(Object)}
 * print them as CPython does:
 * <ul>
 * <li>{@code bytes}: {@code byte[]} ({@code b'...'}, Python's quote choice and escapes);
 * <li>{@code str}: {@link String} or {@link Character} ({@code 'it'}, or {@code "it's"});
 * <li>{@code int}: {@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger};
 * <li>{@code float}: {@link Double} or {@link Float} (the shortest text that reads back to the same
 *     double: {@code 0.1}, {@code 1e+16}, {@code inf}, {@code nan}, {@code -0.0}); a {@code Float}
 *     prints as the double it widens to, as {@code struct.unpack('f', ...)} gives it in Python;
 * <li>{@code bool}: {@link Boolean} ({@code True}, {@code False}); {@code None}: {@code null};
 * <li>{@code tuple}: {@link Tuple}, {@code Object[]} and every {@link Record} (the layer's {@link Accepted},
 *     {@link Received}, {@link AddrInfo} (with CPython's enums for family and type), {@code socket.NameInfo}, ...
 *     print as Python's tuples:
 *     {@code (1,)}, {@code ()}); {@code list}: {@link List} ({@code [1, 2]});
 *     {@code dict}: {@link Map} in its iteration order (a {@link java.util.LinkedHashMap} keeps
 *     Python's insertion order); {@code set}: {@link Set} in its iteration order
 *     ({@code set()} when empty; CPython's own order is its hash order, which no Java set keeps);
 * <li>exceptions: {@code repr(e)} is {@code ConnectionRefusedError(111, 'Connection refused')}
 *     for an {@link OSError} with an errno, {@code TimeoutError('timed out')} without one, and
 *     {@code Name('message')} for any other (the Java simple name); {@code str(e)} is
 *     {@link Throwable#getMessage()}, {@code ""} when there is none;
 * <li>anything else: its {@link Object#toString()} (a {@link SocketObject} and an {@link Address}
 *     already print as Python's repr and str of theirs).
 * </ul>
 *
 * <p>The first {@link #print(Object...)} on the main thread also gives the program Python's
 * Ctrl-C: SIGINT raises {@link KeyboardInterrupt} in the main thread's blocking call. A program
 * that never prints with it (nor uses {@link socketserver}) keeps the JVM's own Ctrl-C,
 * shutdown hooks and all.
 *
 * <p>Python's keyword arguments of {@code print} are values made by {@link #sep(String)},
 * {@link #end(String)}, {@link #file(Appendable)} and {@link #flush(boolean)}, given last as in
 * Python: {@code print("a", "b", sep(", "), end(""))} is {@code print('a', 'b', sep=', ', end='')}.
 */
public final class builtins {
    private builtins() {}

    // ---------------------------------------------------------------- print

    /**
     * One keyword argument of {@link #print(Object...)}; made by {@link #sep(String)},
     * {@link #end(String)}, {@link #file(Appendable)} or {@link #flush(boolean)}.
     */
    public static final class Keyword {
        private final String name;
        private final Object value;

        private Keyword(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        /** Python's spelling of the keyword: {@code sep=', '}. */
        @Override
        public String toString() {
            return name + "=" + repr(value);
        }
    }

    /**
     * Python's {@code sep=...} keyword of {@code print}.
     *
     * @param sep what goes between the arguments; null means the default {@code " "}
     * @return the keyword argument
     */
    public static Keyword sep(String sep) {
        return new Keyword("sep", sep);
    }

    /**
     * Python's {@code end=...} keyword of {@code print}.
     *
     * @param end what goes after the last argument; null means the default {@code "\n"}
     * @return the keyword argument
     */
    public static Keyword end(String end) {
        return new Keyword("end", end);
    }

    /**
     * Python's {@code file=...} keyword of {@code print}: {@code file(System.err)} is
     * {@code file=sys.stderr}.
     *
     * @param file where to write (a {@link PrintStream}, a {@link java.io.Writer}, a
     *             {@link StringBuilder}, ...); null means the current {@link System#out}
     * @return the keyword argument
     */
    public static Keyword file(Appendable file) {
        return new Keyword("file", file);
    }

    /**
     * Python's {@code flush=...} keyword of {@code print}.
     *
     * @param flush whether to flush the file after writing
     * @return the keyword argument
     */
    public static Keyword flush(boolean flush) {
        return new Keyword("flush", flush);
    }

    /**
     * Python's {@code print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)}: writes
     * {@link #str(Object)} of each argument, separated by {@code sep} and followed by {@code end},
     * to the {@link System#out} of the moment of the call (or to {@code file}). Keyword arguments
     * ({@link #sep(String)}, ...) come last, as in Python.
     *
     * @param args the objects to print, then any keyword arguments
     * @throws IllegalArgumentException if a positional argument follows a keyword argument, or a
     *                                  keyword is given twice (Python: SyntaxError, TypeError)
     */
    public static void print(Object... args) {
        Signals.arm(); // a port's print on the main thread brings Python's Ctrl-C: see KeyboardInterrupt
        if (args == null) {
            args = new Object[] {null}; // print(None): Java passes a lone null as the array
        }
        String sep = " ";
        String end = "\n";
        Appendable out = null;
        boolean flush = false;
        int n = args.length;
        while (n > 0 && args[n - 1] instanceof Keyword) {
            n--;
        }
        boolean seenSep = false;
        boolean seenEnd = false;
        boolean seenFile = false;
        boolean seenFlush = false;
        for (int i = 0; i < args.length; i++) {
            if (i < n) {
                if (args[i] instanceof Keyword) {
                    throw new IllegalArgumentException("positional argument follows keyword argument");
                }
                continue;
            }
            Keyword k = (Keyword) args[i];
            boolean twice;
            switch (k.name) {
                case "sep" -> {
                    twice = seenSep;
                    seenSep = true;
                    sep = k.value == null ? " " : (String) k.value;
                }
                case "end" -> {
                    twice = seenEnd;
                    seenEnd = true;
                    end = k.value == null ? "\n" : (String) k.value;
                }
                case "file" -> {
                    twice = seenFile;
                    seenFile = true;
                    out = (Appendable) k.value;
                }
                default -> {
                    twice = seenFlush;
                    seenFlush = true;
                    flush = (Boolean) k.value;
                }
            }
            if (twice) {
                throw new IllegalArgumentException("keyword argument repeated: " + k.name);
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                line.append(sep);
            }
            line.append(str(args[i]));
        }
        line.append(end);
        Appendable to = out != null ? out : System.out;
        try {
            to.append(line);
            if (flush && to instanceof Flushable f) {
                f.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- str and repr

    /**
     * Python's {@code str(x)}: a string as it is, anything else as {@link #repr(Object)} except
     * an exception (its message) and an object whose own {@code toString} is its str.
     *
     * @param x any value (see the class comment for the Python type each Java type stands for)
     * @return Python's {@code str(x)}
     */
    public static String str(Object x) {
        if (x instanceof String s) {
            return s;
        }
        if (x instanceof Character c) {
            return c.toString();
        }
        if (x instanceof Throwable t) {
            return t.getMessage() == null ? "" : t.getMessage();
        }
        return repr(x);
    }

    /**
     * Python's {@code repr(x)}.
     *
     * @param x any value (see the class comment for the Python type each Java type stands for)
     * @return Python's {@code repr(x)}
     */
    public static String repr(Object x) {
        if (x == null) {
            return "None";
        }
        if (x instanceof byte[] data) {
            return reprBytes(data);
        }
        if (x instanceof String s) {
            return reprStr(s);
        }
        if (x instanceof Character c) {
            return reprStr(c.toString());
        }
        if (x instanceof Boolean v) {
            return v ? "True" : "False";
        }
        if (x instanceof Double d) {
            return repr(d.doubleValue());
        }
        if (x instanceof Float f) {
            return repr(f.doubleValue());
        }
        if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte
                || x instanceof BigInteger) {
            return x.toString();
        }
        if (x instanceof Object[] a) {
            return tuple(Arrays.asList(a));
        }
        if (x instanceof Tuple t) {
            return tuple(t);
        }
        if (x instanceof AddrInfo a) {
            return a.toString(); // its family and type print as CPython's enums
        }
        if (x instanceof Record r) {
            return tuple(components(r));
        }
        if (x instanceof List<?> list) {
            return join("[", list, "]");
        }
        if (x instanceof Set<?> set) {
            return set.isEmpty() ? "set()" : join("{", set, "}");
        }
        if (x instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (x instanceof Throwable t) {
            return reprException(t);
        }
        if (x instanceof Address a && a.kind() == Address.Kind.UNIX && !a.isAbstract()) {
            return repr(a.path()); // a path prints bare but is a str: '/tmp/echo.sock' in a tuple
        }
        return x.toString();
    }

    private static String join(String open, Collection<?> items, String close) {
        StringBuilder b = new StringBuilder(open);
        boolean first = true;
        for (Object o : items) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(repr(o));
        }
        return b.append(close).toString();
    }

    /** Python's tuple: {@code ()}, {@code (1,)}, {@code (1, 2)}. */
    private static String tuple(List<?> items) {
        return items.size() == 1 ? "(" + repr(items.get(0)) + ",)" : join("(", items, ")");
    }

    private static List<Object> components(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            try {
                var accessor = cs[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                values[i] = "<" + cs[i].getName() + "?>";
            }
        }
        return Arrays.asList(values);
    }

    private static String reprException(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (t instanceof OSError e && e.errno() != null) {
            return name + "(" + e.errno() + ", " + repr((Object) e.strerror()) + ")";
        }
        return t.getMessage() == null ? name + "()" : name + "(" + repr(t.getMessage()) + ")";
    }

    /** Python's {@code repr(bytes)}: {@code b'Hello, world'}, with Python's quoting and escapes. */
    private static String reprBytes(byte[] data) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : data) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder s = new StringBuilder(data.length + 3).append('b').append(quote);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                s.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                s.append((char) c);
            }
        }
        return s.append(quote).toString();
    }

    /**
     * Python's {@code repr(str)}: {@code 'text'}, or {@code "it's"}; characters that Python does
     * not count as printable become {@code \xhh}, backslash-u-hhhh or {@code \Uhhhhhhhh}.
     */
    private static String reprStr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        }
        return b.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs (but space). */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as the same double,
     * in fixed notation from {@code 1e-4} up to {@code 1e16} ({@code 0.0001}, {@code 123.0}) and
     * in exponent notation beyond ({@code 1e-05}, {@code 1e+16}, {@code 1.5e+300}); {@code inf},
     * {@code -inf}, {@code nan}, {@code -0.0}.
     *
     * @param d the value
     * @return its repr
     */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal shortest = shortest(exact, Math.abs(d));
        // digits and decpt: value = 0.DIGITS * 10^decpt
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        int strip = digits.length();
        while (strip > 1 && digits.charAt(strip - 1) == '0') {
            strip--;
        }
        digits = digits.substring(0, strip);
        StringBuilder b = new StringBuilder(sign);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                b.append('0');
            }
            b.append(a);
        }
        return b.toString();
    }

    /** The shortest decimal that parses back to {@code d}, and of those the nearest to it. */
    private static BigDecimal shortest(BigDecimal exact, double d) {
        for (int p = 1; p <= 17; p++) {
            MathContext even = new MathContext(p, RoundingMode.HALF_EVEN);
            BigDecimal best = null;
            for (BigDecimal c : new BigDecimal[] {exact.round(even), exact.round(new MathContext(p, RoundingMode.FLOOR)),
                    exact.round(new MathContext(p, RoundingMode.CEILING))}) {
                if (c.doubleValue() == d
                        && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    // ---------------------------------------------------------------- bytes literals

    /**
     * Python's {@code b'...'} literal: {@code b("Hello, world")}, {@code b("\\x00\\xff")}. The
     * text's backslash escapes are Python's ({@code \\xhh}, octal {@code \\ooo}, {@code \\n},
     * {@code \\t}, {@code \\r}, {@code \\0}, {@code \\a}, {@code \\b}, {@code \\f}, {@code \\v},
     * {@code \\\\}, {@code \\'}, {@code \\"}; an unknown escape keeps its backslash, as Python
     * does), so a Python literal's text can be pasted with its backslashes doubled. A character
     * beyond ASCII, which a Python bytes literal refuses, is encoded as UTF-8 here (as
     * {@code 'café'.encode()} is).
     *
     * @param s the literal's text
     * @return the bytes
     * @throws IllegalArgumentException for null ({@code "cannot convert 'NoneType' object to bytes"}), or
     *                                  for a truncated {@code \\x} escape (Python's
     *                                  {@code "invalid \\x escape at position N"})
     */
    public static byte[] b(String s) {
        if (s == null) {
            throw new IllegalArgumentException("cannot convert 'NoneType' object to bytes"); // Python's bytes(None)
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (s.indexOf('\\') < 0) {
            return utf8;
        }
        ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            int c = utf8[i] & 0xff;
            if (c != '\\' || i + 1 >= utf8.length) {
                out.write(c);
                continue;
            }
            int e = utf8[++i] & 0xff;
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'v' -> out.write(11);
                case '\\', '\'', '"' -> out.write(e);
                case '\n' -> { } // a backslash-newline continues the literal
                case 'x' -> {
                    int hi = i + 1 < utf8.length ? Character.digit(utf8[i + 1], 16) : -1;
                    int lo = i + 2 < utf8.length ? Character.digit(utf8[i + 2], 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException("invalid \\x escape at position " + (i - 1));
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < utf8.length && utf8[i + 1] >= '0' && utf8[i + 1] <= '7'; k++) {
                            v = v * 8 + (utf8[++i] - '0');
                        }
                        out.write(v & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
