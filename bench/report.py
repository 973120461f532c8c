"""Turns one bench/run into its report: the Markdown tables of medians with each peer's ratio to
the C peer of the same round (the in-JVM rows once per JDK, the echo servers in one table), the
allocation table from JMH's -prof gc, the performance targets and a matplotlib chart.

    report.py OUTDIR      (reads OUTDIR/raw.tsv, OUTDIR/jmh-ROUND.json and, from JDK 25,
                           OUTDIR/jmh25-ROUND.json; writes table.md, chart.png)

A JVM peer measured on JDK 25 is named PEER@25 (bench/run marks its lines so); C and CPython
are the same program whichever JDK runs beside them.
"""
import json
import os
import statistics
import sys
from collections import defaultdict

# Columns, in order: the name each program prints -> the table's heading.
PEERS = {
    "C": "C",
    "jna": "bare JNA⁵",
    "raw": "raw (LibC)",
    "pystyle": "Python-style (SocketObject)",
    "nio": "NIO SocketChannel",
    "javanet": "java.net.Socket",
    "cpython": "CPython socket",
}
# Rows: key -> (label, unit, higher_is_better).
ROWS = {
    "call": ("0. one JNA call, no syscall (labs)", "ns/op", False),
    "pair": ("1. send+recv 1 B, AF_UNIX pair¹", "ns/op", False),
    "pair_bytes": ("1. same, byte[] forms²", "ns/op", False),
    "eagain": ("2. recv on empty non-blocking socket³", "ns/op", False),
    "eagain_bytes": ("2. same, byte[] forms²", "ns/op", False),
    "pingpong": ("3. 1 B TCP ping-pong RTT, loopback", "ns/op", False),
    "stream": ("4. one-way stream, 64 KiB writes", "MB/s", True),
}
# The JDKs whose rows the table has: the suffix bench/run gives the peers' names -> the heading.
JDKS = {"": "JDK 17", "@25": "JDK 25"}
NATIVE = ("C", "cpython")  # programs that run beside either JDK, unmarked
# Echo servers (rows of the echo table): the label bench/run gives them -> the row's name.
SERVERS = {
    "C": "C epoll (bench/epoll_echo.c)",
    "selector": "ours: EchoServer, selector mode",
    "selector-2w": "ours: EchoServer, selector mode, --workers 2",
    "netty-epoll": "netty, native epoll transport",
    "netty-nio": "netty, NIO transport",
}
for _k in ("selector", "selector-2w", "netty-epoll", "netty-nio"):
    SERVERS[_k + "@25"] = SERVERS[_k] + ", JDK 25"
SERVERS["threads@25"] = "ours: EchoServer, threads mode on virtual threads, JDK 25"
SERVERS["nio-vt@25"] = "blocking NIO SocketChannel on virtual threads, JDK 25"
ECHO_CLIENTS = (1, 100, 1000)
# Servers of the idle-connections step: label -> what the line calls them.
IDLE = {
    "selector": "EchoServer (selector, JDK 17)",
    "threads@25": "EchoServer, threads mode (a virtual thread each, parked in recv_into; JDK 25)",
    "nio-vt@25": "blocking NIO SocketChannel (a virtual thread each, parked in read; JDK 25)",
}


def has_jdk(stats, sfx):
    """Whether the in-JVM rows were measured on the JDK with suffix sfx."""
    return any(p + sfx in stats.get(key, {}) for key in ("pair", "stream") for p in ("raw", "pystyle"))


def peer_on(p, sfx):
    """The raw.tsv name of peer p on the JDK with suffix sfx."""
    return p if p in NATIVE else p + sfx


def read_raw(path):
    """raw.tsv lines: bench, peer, value, unit[, round] -> {bench: {peer: {round: [values]}}}."""
    data = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) in (4, 5):
                data[parts[0]][parts[1]][int(parts[4]) if len(parts) == 5 else 0].append(float(parts[2]))
    return data


def read_jmh(outdir, data):
    """Adds JMH's per-iteration scores from OUTDIR/jmh-ROUND.json to data; returns {(bench, method): [B/op per round]}."""
    alloc = defaultdict(list)
    for name in sorted(os.listdir(outdir)):
        if not (name.startswith("jmh") and "-" in name and name.endswith(".json")):
            continue
        jdk, rnd = name[3:-5].split("-")
        sfx = "@" + jdk if jdk else ""
        rnd = int(rnd)
        for b in json.load(open(os.path.join(outdir, name))):
            cls, method = b["benchmark"].split(".")[-2:]
            bench = cls.removesuffix("Bench").lower()
            peer = method.removesuffix("Bytes") + sfx
            key = bench + ("_bytes" if method.endswith("Bytes") else "")
            data[key][peer][rnd].extend(v for fork in b["primaryMetric"]["rawData"] for v in fork)
            for metric, m in b.get("secondaryMetrics", {}).items():
                if metric.endswith("gc.alloc.rate.norm"):
                    alloc[(key, peer)].append(m["score"])
    return {k: statistics.median(v) for k, v in alloc.items()}


def medians(data):
    """{key: {peer: (median over rounds, median over rounds of the ratio to that round's C or None)}}."""
    out = {}
    for key, peers in data.items():
        per_round = {p: {r: statistics.median(v) for r, v in rounds.items()} for p, rounds in peers.items()}
        c = per_round.get("C", {})
        out[key] = {}
        for p, rounds in per_round.items():
            ratios = [v / c[r] for r, v in rounds.items() if r in c and c[r]]
            out[key][p] = (statistics.median(rounds.values()), statistics.median(ratios) if ratios and p != "C" else None)
    return out


def fmt(v):
    if v >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}" if v < 10 else f"{v:.1f}"


def cell(row, p):
    if p not in row:
        return "–"
    value, ratio = row[p]
    return fmt(value) if ratio is None else f"{fmt(value)} ({ratio:.2f}×)"


def table(stats, alloc, sfx):
    """The in-JVM rows with the JVM peers of one JDK (suffix sfx), C and CPython beside them."""
    head = ["benchmark", "unit"] + list(PEERS.values())
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, (label, unit, higher) in ROWS.items():
        row = stats.get(key)
        if not row or not any(peer_on(p, sfx) in row for p in PEERS if p not in NATIVE):
            continue
        arrow = "higher is better" if higher else "lower is better"
        out.append(f"| {label} | {unit}, {arrow} | " + " | ".join(cell(row, peer_on(p, sfx)) for p in PEERS) + " |")
    java = ("raw", "pystyle", "nio", "javanet")
    out += ["", f"Allocation per operation on {JDKS[sfx]}, B/op: JMH `-prof gc` (gc.alloc.rate.norm, median over "
            "rounds; it counts every thread of the JVM, JMH's own included) and, for the direct-buffer calls, "
            "bench AllocCheck (the calling threads alone⁶):", "",
            "| benchmark | " + " | ".join(PEERS[p] for p in java) + " | raw, calling threads⁶ | Python-style, calling threads⁶ |",
            "|---|---|---|---|---|---|---|"]
    for key in ("pair", "pair_bytes", "eagain", "eagain_bytes", "pingpong"):
        if any((key, p + sfx) in alloc for p in java):
            cells = [f"{alloc[(key, p + sfx)]:.1f}" if (key, p + sfx) in alloc else "–" for p in java]
            counted = stats.get("alloc_" + key, {})
            cells += [f"{counted[p + sfx][0]:.2f}" if p + sfx in counted else "–" for p in ("raw", "pystyle")]
            out.append(f"| {ROWS[key][0]} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def echo_table(stats):
    """One row per echo server; per client count its throughput, p50 and p99, each with its ratio to C epoll."""
    head = ["server"] + [f"{n} client{'s' if n > 1 else ''}: {m}" for n in ECHO_CLIENTS
                         for m in ("req/s ↑", "p50 µs ↓", "p99 µs ↓")]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, name in SERVERS.items():
        if not any(label in stats.get(f"echo_rps_{n}", {}) for n in ECHO_CLIENTS):
            continue
        cells = [cell(stats.get(f"echo_{m}_{n}", {}), label) for n in ECHO_CLIENTS for m in ("rps", "p50", "p99")]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if len(out) == 2:
        out = []  # bench/run --idle: no echo rows
    out += cpu_table(stats)
    for label, name in IDLE.items():
        heap = stats.get("idle_heap", {}).get(label, (None, None))[0]
        if heap is None:
            continue
        count = stats.get("idle_count", {}).get(label, (None, None))[0]
        direct = stats.get("idle_direct", {}).get(label, (None, None))[0]
        more = f", {direct:.1f} MiB of direct buffers" if direct is not None and direct >= 1 else ""
        out += ["", f"{count or 0:,.0f} idle connections to {name}: {heap:.1f} MiB used heap after GC⁴{more}."]
    return "\n".join(out)


def cpu_table(stats):
    """Lines of the table of what each echo server's process spent per round trip (none without echo_cpu rows)."""
    if not any(stats.get(f"echo_cpu_{n}") for n in ECHO_CLIENTS):
        return []
    head = ["server"] + [f"{n} client{'s' if n > 1 else ''}: {m}" for n in ECHO_CLIENTS
                         for m in ("CPU µs ↓", "user µs", "system µs")]
    out = ["", "CPU time of each server's process per round trip, in the measured window of the same passes⁷ "
           "(each CPU cell's ratio is to C epoll's in the same round):", "",
           "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, name in SERVERS.items():
        if not any(label in stats.get(f"echo_cpu_{n}", {}) for n in ECHO_CLIENTS):
            continue
        cells = []
        for n in ECHO_CLIENTS:
            cpu, usr = stats.get(f"echo_cpu_{n}", {}).get(label), stats.get(f"echo_usr_{n}", {}).get(label)
            cells.append(cell(stats.get(f"echo_cpu_{n}", {}), label))
            cells += [f"{usr[0]:.2f}", f"{cpu[0] - usr[0]:.2f}"] if cpu and usr else ["–", "–"]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def targets(stats, alloc):
    """The performance targets, each with the measured ratio and a verdict (per JDK measured)."""
    def r(key, peer):
        return stats.get(key, {}).get(peer, (None, None))[1]

    checks = []

    def check(name, ok, detail):
        checks.append(f"- {'met' if ok else '**missed**'}: {name}: {detail}")

    def over(name, key, peer, base, limit):
        """peer's ratio to C over base's (both to the same rounds' C) at most limit."""
        x, y = r(key, peer), r(key, base)
        if x is not None and y:
            check(name, x / y <= limit, f"{x / y:.2f}× ({x:.2f}× C against {y:.2f}× C; ≤ {limit})")

    for sfx, jdk in JDKS.items():
        if not has_jdk(stats, sfx):
            continue
        raw, py, nio, jna = "raw" + sfx, "pystyle" + sfx, "nio" + sfx, "jna" + sfx
        for key in ("pair", "eagain", "pingpong"):
            over(f"{jdk}, {ROWS[key][0]}: raw ≤ 1.05× bare JNA", key, raw, jna, 1.05)
        over(f"{jdk}, send+recv pair (direct): Python-style ≤ 1.10× NIO", "pair", py, nio, 1.10)
        over(f"{jdk}, EAGAIN: Python-style (a caught BlockingIOError) ≤ 1.15× raw", "eagain", py, raw, 1.15)
        for key, peer, base, limit, what in (("pair", py, nio, 1.10, "send+recv pair (direct): Python-style ≤ 1.10× NIO"),
                                             ("pair", raw, jna, 1.05, "send+recv pair: raw ≤ 1.05× bare JNA"),
                                             ("eagain", py, raw, 1.15, "EAGAIN: Python-style ≤ 1.15× raw"),
                                             ("eagain", raw, jna, 1.05, "EAGAIN: raw ≤ 1.05× bare JNA")):
            ratio = stats.get(f"cpuab_{key}_ratio", {})
            x, y = ratio.get(peer, (None,))[0], ratio.get(base, (None,))[0]
            if x is not None and y:
                floor = ratio.get(jna, (None,))[0]
                extra = f"; bare JNA {floor / y:.2f}×" if floor and base != jna and peer != jna else ""
                check(f"{jdk}, {what}, in CPU time (CpuAb⁸)", x / y <= limit, f"{x / y:.3f}×{extra}")
        for key in ("pair", "pingpong"):
            for p in (raw, py):
                counted = stats.get("alloc_" + key, {}).get(p, (None, None))[0]
                if counted is not None:
                    check(f"{jdk}, 0 B/op, {key}, {p.split('@')[0]} direct ByteBuffer (calling threads⁶)", counted < 0.01,
                          f"{counted:.3f} B/op" + (f" (JMH, all threads: {alloc[(key, p)]:.2f})" if (key, p) in alloc else ""))
        if ("eagain", py) in alloc:
            # Not a target: the 0 B/op target is for calls that return; this one raises, and the
            # exception it raises is an object, as in CPython.
            checks.append(f"- (not a target) {jdk}, EAGAIN, Python-style recv_into(direct): the BlockingIOError it "
                          f"raises is {alloc[('eagain', py)]:.1f} B/op")
        for key in ("pair", "eagain", "pingpong"):
            floor = r(key, jna)
            if floor:
                checks.append(f"- (context) {jdk}, {ROWS[key][0]}: bare JNA alone is {floor:.2f}× C")
        ours, netty = "selector" + sfx, "netty-epoll" + sfx
        for n in ECHO_CLIENTS:
            x, y, p99 = r(f"echo_rps_{n}", ours), r(f"echo_rps_{n}", netty), r(f"echo_p99_{n}", ours)
            if x is None:
                continue
            check(f"{jdk}, echo server (selector), {n} client(s): throughput ≥ 1.0× C epoll", x >= 1.0, f"{x:.2f}× C")
            if y is not None:
                check(f"{jdk}, echo server (selector), {n} client(s): ahead of netty epoll", x > y,
                      f"{x:.2f}× C against netty's {y:.2f}× C")
            if p99 is not None:
                check(f"{jdk}, echo server (selector), {n} client(s): p99 RTT ≤ 1.1× C", p99 <= 1.1, f"{p99:.2f}× C")
            row_cpu, row_usr = stats.get(f"echo_cpu_{n}", {}), stats.get(f"echo_usr_{n}", {})
            if ours in row_cpu and "C" in row_cpu and ours in row_usr and "C" in row_usr:
                (cpu, ratio), usr = row_cpu[ours], row_usr[ours][0]
                c_cpu, c_usr = row_cpu["C"][0], row_usr["C"][0]
                nettys = f"; netty epoll {row_cpu[netty][1]:.2f}× C" if netty in row_cpu and row_cpu[netty][1] else ""
                checks.append(f"- (bound) {jdk}, echo server (selector), {n} client(s): CPU per round trip "
                              f"{cpu:.2f} µs, {ratio:.2f}× C's {c_cpu:.2f}{nettys}: system {cpu - usr:.2f} µs "
                              f"against C's {c_cpu - c_usr:.2f}, user {usr:.2f} µs against C's {c_usr:.2f}")
    heap = stats.get("idle_heap", {}).get("selector", (None, None))[0]
    count = stats.get("idle_count", {}).get("selector", (None, None))[0]
    if heap is not None and count == 10000:
        check("10,000 idle connections < 64 MiB heap", heap < 64, f"{heap:.1f} MiB")
    return "\n".join(checks)


def chart(med, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report.py: matplotlib missing, no chart (apt-get install -y python3-matplotlib)", file=sys.stderr)
        return False
    fig, ax = plt.subplots(2, 2, figsize=(14, 9))
    peers = list(PEERS)
    colors = dict(zip(peers, plt.rcParams["axes.prop_cycle"].by_key()["color"]))
    width = 0.8 / len(peers)

    def grouped(a, keys, labels, title, ylabel, log):
        for i, p in enumerate(peers):
            xs = [k for k in range(len(keys)) if p in med.get(keys[k], {})]
            if xs:
                a.bar([x + i * width for x in xs], [med[keys[x]][p] for x in xs], width, label=PEERS[p], color=colors[p])
        a.set_xticks([x + width * (len(peers) - 1) / 2 for x in range(len(keys))], labels)
        a.set_title(title)
        a.set_ylabel(ylabel)
        if log:
            a.set_yscale("log")

    grouped(ax[0][0], ["pair", "eagain", "pingpong"], ["send+recv pair", "EAGAIN recv", "TCP ping-pong"],
            "Latency per operation, JDK 17 (median, lower is better)", "ns/op (log)", True)
    ax[0][0].legend(fontsize=8)
    grouped(ax[0][1], ["stream"], ["one-way stream, 64 KiB writes"], "Stream throughput (higher is better)", "MB/s", False)
    servers = [p for p in SERVERS if p in med.get("echo_rps_100", {})]
    palette = plt.get_cmap("tab10")
    bar = 0.8 / max(1, len(servers))
    for i, p in enumerate(servers):
        xs = [k for k, n in enumerate(ECHO_CLIENTS) if p in med.get(f"echo_rps_{n}", {})]
        ax[1][0].bar([x + i * bar for x in xs], [med[f"echo_rps_{ECHO_CLIENTS[x]}"][p] for x in xs], bar,
                     label=SERVERS[p], color=palette(i % 10))
        ys = [med[f"echo_p99_{ECHO_CLIENTS[x]}"][p] for x in xs]
        ax[1][1].plot([ECHO_CLIENTS[x] for x in xs], ys, "-o" if "@" not in p else "--s", label=SERVERS[p],
                      color=palette(i % 10))
    ax[1][0].set_xticks([x + bar * (len(servers) - 1) / 2 for x in range(len(ECHO_CLIENTS))],
                        [f"{n} clients" for n in ECHO_CLIENTS])
    ax[1][0].set_title("Echo server throughput (higher is better)")
    ax[1][0].set_ylabel("round trips / s")
    ax[1][0].legend(fontsize=7, ncol=2)
    if ax[1][1].lines:  # a log axis needs data
        ax[1][1].set_xscale("log")
        ax[1][1].set_yscale("log")
    ax[1][1].set_title("Echo server p99 round trip (lower is better)")
    ax[1][1].set_xlabel("concurrent clients")
    ax[1][1].set_ylabel("µs (log)")
    ax[1][1].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


def main():
    outdir = sys.argv[1]
    data = read_raw(os.path.join(outdir, "raw.tsv"))
    alloc = read_jmh(outdir, data)
    stats = medians(data)
    md = "\n\n".join([f"{JDKS[sfx]}:\n\n" + table(stats, alloc, sfx) for sfx in JDKS if has_jdk(stats, sfx)]
                     + ["Echo servers (one C load generator; each cell's ratio is to C epoll in the same round):\n\n"
                        + echo_table(stats)])
    med = {k: {p: v for p, (v, _) in row.items()} for k, row in stats.items()}
    notes = open(os.path.join(outdir, "notes.md")).read() if os.path.exists(os.path.join(outdir, "notes.md")) else ""
    text = "\n".join([notes, md, "",
                      "¹ java.net.Socket has no AF_UNIX: its row 1 runs over loopback TCP; NIO uses an AF_UNIX "
                      "connection (UnixDomainSocketAddress, JDK 16+); raw, Python-style, C and CPython use socketpair(2). "
                      "Raw and Python-style pass a direct ByteBuffer (no copy).",
                      "² raw: send/recv(fd, byte[]); Python-style: send(byte[]) + recv(1), which allocates the "
                      "returned bytes as Python's recv does.",
                      "³ raw: -1 and errno; Python-style: recv_into(direct) raising a caught BlockingIOError "
                      "(recv(1) for ²); NIO: read() returning 0; CPython: recv(1) raising BlockingIOError. "
                      "java.net.Socket has no non-blocking mode.",
                      "⁴ measured in the server's own JVM (MemoryMXBean used heap after System.gc()), the C "
                      "column is not a heap. Echo servers: one load generator (bench/echo_load.c, one thread, "
                      "epoll), 64-byte messages, one in flight per client; every server runs one serving thread "
                      "(netty: one event loop that also accepts) except ours with --workers 2, which runs two "
                      "selector loops (SO_REUSEPORT), and the two on virtual threads, which run one per "
                      "connection; TCP_NODELAY is off on accepted sockets in all of them. Idle connections: "
                      "the used heap after GC with them all open; the direct buffers (off the heap) are "
                      "named where they hold a MiB or more.",
                      "⁵ libc's send/recv/labs direct-mapped in the benchmark itself (bench BareJna), "
                      "addresses looked up before the loop, nothing of ours around them: the floor for any "
                      "JNA binding. Raw minus this column is what our layer adds; this column minus C is JNA's.",
                      "⁶ bench AllocCheck: getThreadAllocatedBytes of the calling thread (and of the ping-pong's "
                      "echo thread) over 100,000 calls after 20,000 unmeasured ones, direct buffers. The EAGAIN "
                      "row's Python-style figure is the BlockingIOError it raises (CPython's is an object too).",
                      "⁷ echo_load reads the server's /proc/PID/stat (user and system time, every thread of the "
                      "process: JIT compiler and GC included) when the measured window opens and closes, and "
                      "divides by the round trips it counted in it. Unlike req/s, this does not move when another "
                      "process takes the CPU, so it shows what each server spends per request even in a noisy round.",
                      "⁸ bench CpuAb: the peers of a row in one JVM, taking turns of about 10 ms, timed by the "
                      "calling thread's CPU time; the ratio is the median over the turns of each peer's time to "
                      "the base's in the same turn (NIO's for the pair, raw's for EAGAIN).",
                      "", "Targets:", "", targets(stats, alloc), ""])
    if (med.get("pair") or med.get("echo_rps_100")) and chart(med, os.path.join(outdir, "chart.png")):
        text += "\n![throughput and latency per peer](chart.png)\n"
    open(os.path.join(outdir, "table.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
