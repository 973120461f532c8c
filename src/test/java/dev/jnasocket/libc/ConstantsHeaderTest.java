package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConstantTable} and the structs' layouts against the C compiler and the real Linux
 * headers. A C program is generated from the table itself (one translation unit per header,
 * including only that header, so the header column is checked too), compiled with gcc into a
 * temporary directory together with {@code src/test/c/struct_layout.c}, and run; every line it
 * prints is compared with the Java side. The few values no header here defines, which CPython's
 * socket module writes out itself ({@code UDPLITE_SEND_CSCOV}, {@code ALG_OP_SIGN}), are compared
 * with the machine's CPython instead.
 *
 * <p>Linux only: macOS values cannot be compiled or run on this project's machines, so they live
 * in the table beside the xnu header they come from, and {@link SockaddrLayoutTest} checks the
 * macOS layouts against PLATFORM.md by hand.
 */
class ConstantsHeaderTest {
    private static final Path LAYOUT_SOURCE = Path.of("src", "test", "c", "struct_layout.c");
    private static final String ABSENT = "absent";

    /**
     * Rows the headers prove wrong, kept here (with the fix) until ConstantTable is corrected, so
     * the suite stays green while the discrepancy stays visible: the test fails as soon as the set
     * of wrong rows changes, in either direction.
     */
    private static final Map<String, String> KNOWN_WRONG = Map.of();

    @TempDir
    static Path dir;

    /** What the C program printed: constant name or layout key, to its value. */
    private static Map<String, String> header;

    /**
     * What the machine's CPython holds for the {@link ConstantTable.Def#CPYTHON} rows, the values
     * no header here defines: CPython's socketmodule.c/.h writes them out itself, so CPython is
     * what they are checked against.
     */
    private static Map<String, String> cpython;

    @BeforeAll
    static void compileAndRun() throws IOException, InterruptedException {
        if (Os.HOST != Os.LINUX) {
            return; // each test that needs the headers says why it is skipped
        }
        List<String> gcc = new ArrayList<>(List.of("gcc", "-std=c11", "-Wall", "-Werror", "-o",
                dir.resolve("constants").toString(), LAYOUT_SOURCE.toAbsolutePath().toString()));
        List<String> headers = ConstantTable.BY_NAME.values().stream().map(ConstantTable.Row::header).distinct().toList();
        StringBuilder main = new StringBuilder("void print_layouts(void);\n");
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            Path unit = dir.resolve("header" + i + ".c");
            Files.writeString(unit, headerUnit(i, headers.get(i)));
            gcc.add(unit.toString());
            main.append("void print_header").append(i).append("(void);\n");
            calls.append("    print_header").append(i).append("();\n");
        }
        main.append("\nint main(void) {\n").append(calls).append("    print_layouts();\n    return 0;\n}\n");
        Path mainUnit = dir.resolve("main.c");
        Files.writeString(mainUnit, main);
        gcc.add(mainUnit.toString());

        CProgram.run(gcc, dir);
        header = lines(CProgram.run(List.of(dir.resolve("constants").toString()), dir));

        String names = ConstantTable.BY_NAME.values().stream().filter(r -> r.def() == ConstantTable.Def.CPYTHON)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
        cpython = lines(CProgram.run(List.of("python3", "-c",
                "import socket\nfor n in [" + names + "]: print(n, int(getattr(socket, n, -2**40)))"), dir));
    }

    /** {@code NAME value} lines as a map. */
    private static Map<String, String> lines(String output) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int space = line.indexOf(' ');
            m.put(line.substring(0, space), line.substring(space + 1));
        }
        return m;
    }

    /**
     * One C file that includes only {@code h} and prints each of the table's constants from it
     * as {@code NAME value} (read as C spells it, {@link ConstantTable.Row#c()}), or
     * {@code NAME absent} when the header does not define the macro. An enum member is read
     * without {@code #ifdef}, which cannot see it: gcc then fails if the header lacks it.
     */
    private static String headerUnit(int index, String h) {
        StringBuilder c = new StringBuilder("/* Generated by ConstantsHeaderTest from ConstantTable. */\n")
                // <sys/ioctl.h> too: a uapi header writes ioctl numbers with _IO() and leaves that include
                // to the program (<linux/vm_sockets.h>'s IOCTL_VM_SOCKETS_GET_LOCAL_CID)
                .append("#define _GNU_SOURCE\n#include <stdio.h>\n#include <sys/ioctl.h>\n")
                // macOS-only headers (sys/event.h) are missing here: their rows are then all absent.
                .append("#if __has_include(<").append(h).append(">)\n#include <").append(h).append(">\n#endif\n\n")
                .append("void print_header").append(index).append("(void) {\n");
        for (ConstantTable.Row row : ConstantTable.ROWS) {
            if (row.header().equals(h)) {
                String print = "    printf(\"" + row.name() + " %lld\\n\", (long long) (" + row.c() + "));\n";
                if (row.def() == ConstantTable.Def.ENUM) {
                    c.append(print);
                } else {
                    c.append("#ifdef ").append(row.c()).append('\n').append(print).append("#else\n")
                            .append("    puts(\"").append(row.name()).append(' ').append(ABSENT).append("\");\n")
                            .append("#endif\n");
                }
            }
        }
        return c.append("}\n").toString();
    }

    private static Map<String, String> linuxHeaders() {
        assumeTrue(Os.HOST == Os.LINUX, "the Linux headers are only on Linux; macOS values cannot be run here");
        return header;
    }

    /**
     * C's unsigned 32-bit constants (INADDR_BROADCAST, EPOLLET) are kept in a Java int as their
     * bit pattern, so a header value equals a table value when their low 32 bits agree and the
     * header value fits in 32 bits, signed or unsigned.
     */
    private static boolean sameBits(long headerValue, int tableValue) {
        return headerValue >= Integer.MIN_VALUE && headerValue <= 0xffffffffL && (int) headerValue == tableValue;
    }

    @Test
    void everyLinuxValueOfTheTableIsTheHeadersValue() {
        Map<String, String> h = linuxHeaders();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (ConstantTable.Row row : ConstantTable.ROWS) {
            String got = h.get(row.name());
            String from = "<" + row.header() + ">";
            if (row.def() == ConstantTable.Def.CPYTHON && ABSENT.equals(got)) {
                got = cpython.get(row.name()); // no header defines it: CPython's own value is the reference
                from = "CPython";
            }
            boolean ok = row.linux() == null
                    ? ABSENT.equals(got)
                    : got != null && !ABSENT.equals(got) && sameBits(Long.parseLong(got), row.linux());
            if (!ok) {
                String table = row.linux() == null ? "absent" : Integer.toString(row.linux());
                wrong.put(row.name(), "table " + table + ", " + from + " " + got);
            }
        }
        assertThat("ConstantTable rows that disagree with the Linux headers: " + wrong + "; fix the table (the"
                + " rows known to be wrong, and why: " + KNOWN_WRONG + ", then drop them from KNOWN_WRONG)",
                wrong.keySet(), equalTo(KNOWN_WRONG.keySet()));
    }

    @Test
    void structSizesAndOffsetsAreTheOnesJavaAssumes() {
        Map<String, String> h = linuxHeaders();
        Map<String, Integer> java = new LinkedHashMap<>();
        java.put("sizeof.sockaddr_in", sockaddr_in.SIZE);
        java.put("sizeof.sockaddr_in6", sockaddr_in6.SIZE);
        java.put("sizeof.sockaddr_un", new sockaddr_un().size(Os.LINUX));
        java.put("offsetof.sockaddr_un.sun_path", sockaddr_un.PATH_OFFSET);
        java.put("sizeof.sockaddr_un.sun_path", sockaddr_un.pathMax(Os.LINUX));
        java.put("sizeof.sockaddr_storage", sockaddr.STORAGE_SIZE);
        java.put("sizeof.addrinfo", addrinfo.SIZE);
        java.put("offsetof.addrinfo.ai_addr", addrinfo.addrOffset(Os.LINUX));
        java.put("offsetof.addrinfo.ai_canonname", addrinfo.canonnameOffset(Os.LINUX));
        java.put("offsetof.addrinfo.ai_next", addrinfo.NEXT);
        java.put("sizeof.pollfd", pollfd.SIZE);
        // Offsets the Java encoders write as literals, as PLATFORM.md's layout table gives them.
        java.put("offsetof.sockaddr_in.sin_family", 0);
        java.put("offsetof.sockaddr_in.sin_port", 2);
        java.put("offsetof.sockaddr_in.sin_addr", 4);
        java.put("offsetof.sockaddr_in6.sin6_family", 0);
        java.put("offsetof.sockaddr_in6.sin6_port", 2);
        java.put("offsetof.sockaddr_in6.sin6_flowinfo", 4);
        java.put("offsetof.sockaddr_in6.sin6_addr", 8);
        java.put("offsetof.sockaddr_in6.sin6_scope_id", 24);
        java.put("offsetof.addrinfo.ai_flags", 0);
        java.put("offsetof.addrinfo.ai_family", 4);
        java.put("offsetof.addrinfo.ai_socktype", 8);
        java.put("offsetof.addrinfo.ai_protocol", 12);
        java.put("offsetof.addrinfo.ai_addrlen", 16);
        java.put("offsetof.pollfd.fd", 0);
        java.put("offsetof.pollfd.events", 4);
        java.put("offsetof.pollfd.revents", 6);

        Map<String, Integer> c = new LinkedHashMap<>();
        java.keySet().forEach(k -> c.put(k, h.containsKey(k) ? Integer.valueOf(h.get(k)) : null));
        assertThat(c, equalTo(java));
        assertThat("every layout line printed by struct_layout.c is checked",
                new TreeSet<>(h.keySet().stream().filter(k -> k.startsWith("sizeof.") || k.startsWith("offsetof.")).toList()),
                equalTo(new TreeSet<>(java.keySet())));
    }

    @Test
    void javaEncodesTheStructsByteForByteAsC() {
        Map<String, String> h = linuxHeaders();
        sockaddr_in in = new sockaddr_in();
        in.sin_port = LibC.htons(50007);
        assertThat(LibC.inet_pton(LibC.AF_INET, "127.0.0.1", in.sin_addr), is(1));
        assertThat("sockaddr_in", hex(in), is(h.get("bytes.sockaddr_in")));

        sockaddr_in6 in6 = new sockaddr_in6();
        in6.sin6_port = LibC.htons(8080);
        in6.sin6_flowinfo = LibC.htonl(0x12345);
        assertThat(LibC.inet_pton(LibC.AF_INET6, "fe80::1", in6.sin6_addr), is(1));
        in6.sin6_scope_id = 3;
        assertThat("sockaddr_in6", hex(in6), is(h.get("bytes.sockaddr_in6")));

        assertThat("sockaddr_un", hex(new sockaddr_un("/tmp/echo.sock")), is(h.get("bytes.sockaddr_un")));
    }

    private static String hex(sockaddr a) {
        ByteBuffer b = ByteBuffer.allocate(a.size(Os.LINUX));
        a.encode(b, Os.LINUX);
        return HexFormat.of().formatHex(b.array());
    }

    @Test
    void constantsInterfaceDeclaresExactlyTheTablesNamesWithTheirValues() throws IllegalAccessException {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (Field f : Constants.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().equals("ABSENT")) { // ABSENT is the sentinel, not a C name
                declared.put(f.getName(), f.getInt(null));
            }
        }
        Map<String, Integer> table = new LinkedHashMap<>();
        ConstantTable.BY_NAME.keySet().forEach(n -> table.put(n, ConstantTable.get(n)));
        assertThat(new TreeSet<>(declared.keySet()), equalTo(new TreeSet<>(table.keySet())));
        assertThat(declared, equalTo(table));
        assertThat(Constants.ABSENT, is(ConstantTable.ABSENT));
    }
}
