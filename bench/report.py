"""Turns one bench/run into its report: the Markdown table of medians with each peer's ratio to
the C peer of the same run, the allocation table from JMH's -prof gc, the performance targets
and a matplotlib chart.

    report.py OUTDIR      (reads OUTDIR/raw.tsv and OUTDIR/jmh-ROUND.json; writes table.md, chart.png)
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
ECHO_CLIENTS = (1, 100, 1000)
for n in ECHO_CLIENTS:
    ROWS[f"echo_rps_{n}"] = (f"5. echo server, {n} client(s): throughput", "req/s", True)
    ROWS[f"echo_p50_{n}"] = (f"5. echo server, {n} client(s): p50 RTT", "µs", False)
    ROWS[f"echo_p99_{n}"] = (f"5. echo server, {n} client(s): p99 RTT", "µs", False)
ROWS["idle_heap"] = ("5. echo server, 10,000 idle connections: used heap after GC⁴", "MiB", False)


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
        if not (name.startswith("jmh-") and name.endswith(".json")):
            continue
        rnd = int(name[4:-5])
        for b in json.load(open(os.path.join(outdir, name))):
            cls, method = b["benchmark"].split(".")[-2:]
            bench = cls.removesuffix("Bench").lower()
            peer = method.removesuffix("Bytes")
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


def table(stats, alloc):
    head = ["benchmark", "unit"] + list(PEERS.values())
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, (label, unit, higher) in ROWS.items():
        row = stats.get(key)
        if not row:
            continue
        cells = []
        for p in PEERS:
            if p not in row:
                cells.append("–")
            else:
                value, ratio = row[p]
                cells.append(fmt(value) if ratio is None else f"{fmt(value)} ({ratio:.2f}×)")
        arrow = "higher is better" if higher else "lower is better"
        out.append(f"| {label} | {unit}, {arrow} | " + " | ".join(cells) + " |")
    out += ["", "Allocation per operation (JMH `-prof gc`, gc.alloc.rate.norm, B/op, median over rounds):", "",
            "| benchmark | " + " | ".join(PEERS[p] for p in ("raw", "pystyle", "nio", "javanet")) + " |",
            "|---|---|---|---|---|"]
    for key in ("pair", "pair_bytes", "eagain", "eagain_bytes", "pingpong"):
        if any((key, p) in alloc for p in PEERS):
            cells = [f"{alloc[(key, p)]:.1f}" if (key, p) in alloc else "–" for p in ("raw", "pystyle", "nio", "javanet")]
            out.append(f"| {ROWS[key][0]} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def targets(stats, alloc):
    """The performance targets, each with the measured ratio and a verdict."""
    def r(key, peer):
        return stats.get(key, {}).get(peer, (None, None))[1]

    def below(key, peer, others):
        """Whether peer's ratio to C is below each other's (both measured against the same rounds' C)."""
        x = r(key, peer)
        return x is not None and all(r(key, o) is not None and x < r(key, o) for o in others)

    checks = []

    def check(name, ok, detail):
        checks.append(f"- {'met' if ok else '**missed**'}: {name}: {detail}")

    def ratio_check(name, key, peer, limit, higher=False):
        x = r(key, peer)
        if x is None:
            return
        check(name, x >= limit if higher else x <= limit, f"{x:.2f}× C ({'≥' if higher else '≤'} {limit})")

    ratio_check("send+recv pair, raw ≤ 1.10× C", "pair", "raw", 1.10)
    ratio_check("send+recv pair, Python-style ≤ 1.15× C", "pair", "pystyle", 1.15)
    check("send+recv pair, raw and Python-style below NIO and CPython",
          below("pair", "raw", ["nio", "cpython"]) and below("pair", "pystyle", ["nio", "cpython"]),
          ", ".join(f"{p} {r('pair', p):.2f}×" for p in ("raw", "pystyle", "nio", "cpython") if r("pair", p) is not None) + " C")
    ratio_check("EAGAIN recv, raw ≤ 1.10× C", "eagain", "raw", 1.10)
    check("EAGAIN recv, Python-style below CPython", below("eagain", "pystyle", ["cpython"]),
          ", ".join(f"{p} {r('eagain', p):.2f}×" for p in ("pystyle", "cpython") if r("eagain", p) is not None) + " C")
    ratio_check("ping-pong RTT, raw ≤ 1.05× C", "pingpong", "raw", 1.05)
    ratio_check("ping-pong RTT, Python-style ≤ 1.05× C", "pingpong", "pystyle", 1.05)
    ratio_check("stream, raw ≥ 0.95× C", "stream", "raw", 0.95, higher=True)
    ratio_check("stream, Python-style ≥ 0.95× C", "stream", "pystyle", 0.95, higher=True)
    for key in ("pair", "pingpong"):
        for p in ("raw", "pystyle"):
            if (key, p) in alloc:
                check(f"0 B/op, {key}, {p} direct ByteBuffer", alloc[(key, p)] < 1, f"{alloc[(key, p)]:.2f} B/op")
    if ("eagain", "pystyle") in alloc:
        # Not a target: the 0 B/op target is for calls that return; this one raises, and the
        # exception it raises is an object, as in CPython.
        checks.append(f"- (not a target) EAGAIN, pystyle recv_into(direct): the BlockingIOError it raises is "
                      f"{alloc[('eagain', 'pystyle')]:.1f} B/op")
    for key in ("pair", "eagain", "pingpong"):
        floor = r(key, "jna")
        if floor:
            over = ", ".join(f"{PEERS[p]} {r(key, p) / floor:.2f}×" for p in ("raw", "pystyle") if r(key, p) is not None)
            checks.append(f"- (context) {ROWS[key][0]}: bare JNA alone is {floor:.2f}× C; over that floor: {over}")
    ratio_check("selector server, 1,000 clients ≥ 0.8× C epoll (throughput)", "echo_rps_1000", "pystyle", 0.8, higher=True)
    heap = stats.get("idle_heap", {}).get("pystyle", (None, None))[0]
    if heap is not None:
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
            "Latency per operation (median, lower is better)", "ns/op (log)", True)
    ax[0][0].legend(fontsize=8)
    grouped(ax[0][1], ["stream"], ["one-way stream, 64 KiB writes"], "Stream throughput (higher is better)", "MB/s", False)
    servers = {"C": "C epoll echo", "pystyle": "ours: EchoServer selector"}
    for i, (p, name) in enumerate(servers.items()):
        xs = [k for k, n in enumerate(ECHO_CLIENTS) if p in med.get(f"echo_rps_{n}", {})]
        if not xs:
            continue
        ax[1][0].bar([x + i * 0.4 for x in xs], [med[f"echo_rps_{ECHO_CLIENTS[x]}"][p] for x in xs], 0.4,
                     label=name, color=colors[p])
        for q, style in (("p50", "-o"), ("p99", "--s")):
            ys = [med[f"echo_{q}_{ECHO_CLIENTS[x]}"][p] for x in xs]
            ax[1][1].plot([ECHO_CLIENTS[x] for x in xs], ys, style, label=f"{name} {q}", color=colors[p])
    ax[1][0].set_xticks([x + 0.2 for x in range(len(ECHO_CLIENTS))], [f"{n} clients" for n in ECHO_CLIENTS])
    ax[1][0].set_title("Echo server throughput (higher is better)")
    ax[1][0].set_ylabel("round trips / s")
    ax[1][0].legend(fontsize=8)
    if ax[1][1].lines:  # a log axis needs data
        ax[1][1].set_xscale("log")
        ax[1][1].set_yscale("log")
    ax[1][1].set_title("Echo server round trip (lower is better)")
    ax[1][1].set_xlabel("concurrent clients")
    ax[1][1].set_ylabel("µs (log)")
    ax[1][1].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


def main():
    outdir = sys.argv[1]
    data = read_raw(os.path.join(outdir, "raw.tsv"))
    alloc = read_jmh(outdir, data)
    stats = medians(data)
    md = table(stats, alloc)
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
                      "column is not a heap. Rows 5: the C column is bench/epoll_echo.c, the Python-style "
                      "column is dev.jnasocket.echo.EchoServer in selector mode; one load generator "
                      "(bench/echo_load.c), 64-byte messages, one in flight per client.",
                      "⁵ libc's send/recv/labs direct-mapped in the benchmark itself (bench BareJna), "
                      "addresses looked up before the loop, nothing of ours around them: the floor for any "
                      "JNA binding. Raw minus this column is what our layer adds; this column minus C is JNA's.",
                      "", "Targets:", "", targets(stats, alloc), ""])
    if chart(med, os.path.join(outdir, "chart.png")):
        text += "\n![throughput and latency per peer](chart.png)\n"
    open(os.path.join(outdir, "table.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
