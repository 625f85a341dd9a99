"""The steps of `run` that are easier in Python: normalize a tier's text, run one engine through
its adapter, and turn the results into the Markdown report.

  bench.py prepare TIER_DIR
  bench.py engine TIER_DIR ENGINE QPS_SECONDS [--estimate-from REAL_DIR --max-minutes M]
  bench.py report TIER_DIR TIER --command CMD --wall SECONDS

TIER_DIR holds docs.jsonl, queries.tsv and truth.tsv; this writes text.jsonl, text.json,
index/ENGINE/, results/ENGINE.json (+ per-query ENGINE-top10.jsonl, ENGINE-count.jsonl) and
results.json. An engine's results stay until it is run again: the report covers every engine
measured on the tier, each with the time it was measured.
"""
import argparse, ast, datetime, json, os, platform, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "engines"))
from common import searchref  # noqa: E402

ENGINES = ["guanshan", "fts5", "groonga", "xapian_cjk", "tantivy_char", "pg_trgm"]
NAMES = {"guanshan": "Guanshan", "fts5": "SQLite FTS5 trigram", "groonga": "Groonga TokenBigram",
         "xapian_cjk": "Xapian CJK n-grams", "tantivy_char": "tantivy 1-char tokens",
         "pg_trgm": "PostgreSQL pg_trgm"}
BUCKETS = [f"cjk{n}-{b}" for n in ("1", "2", "3", "4to6") for b in ("rare", "mid", "common")] + \
          ["latin-word", "latin-prefix", "mixed-token", "two-terms", "phrase", "exclude", "no-hit", "other-script"]
MB = 1e6


def prepare(tier_dir):
    """text.jsonl: each document's searchable text normalized by searchref, as the peers index it."""
    docs = chars = size = 0
    with open(os.path.join(tier_dir, "text.jsonl.part"), "w", encoding="utf-8") as out:
        for i, text in searchref.load(os.path.join(tier_dir, "docs.jsonl")):
            out.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
            docs, chars, size = docs + 1, chars + len(text), size + len(text.encode())
    with open(os.path.join(tier_dir, "text.json"), "w") as f:
        json.dump({"docs": docs, "chars": chars, "text_bytes": size}, f)
    os.rename(os.path.join(tier_dir, "text.jsonl.part"), os.path.join(tier_dir, "text.jsonl"))


def load_json(path):
    with open(path) as f:
        return json.load(f)


def estimate_minutes(engine, tier_dir, real_dir):
    """This engine's wall time on the real tier scaled by the text size (QPS runs are fixed length)."""
    path = os.path.join(real_dir, "results", engine + ".json")
    w = load_json(path).get("wall", {}) if os.path.exists(path) else {}
    if "qps" not in w:
        return None
    ratio = load_json(os.path.join(tier_dir, "text.json"))["text_bytes"] / load_json(os.path.join(real_dir, "text.json"))["text_bytes"]
    return ((w["build"] + w["top10"] + w["count"]) * ratio + w["qps"]) / 60


def run_engine(tier_dir, engine, qps_seconds, real_dir=None, max_minutes=0):
    results = os.path.join(tier_dir, "results")
    os.makedirs(results, exist_ok=True)
    out = {"engine": engine, "load_before": os.getloadavg()[0],
           "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    if engine == "guanshan" and not os.environ.get("GUANSHAN_SEARCH_BENCH"):
        out["skipped"] = "GUANSHAN_SEARCH_BENCH is not set (`run` builds the tool and sets it)"
    elif real_dir and max_minutes and engine != "guanshan":
        est = estimate_minutes(engine, tier_dir, real_dir)
        if est is not None and est > max_minutes:
            out["skipped"] = (f"estimated {est:.0f} min (its real-tier run scaled by the text size), "
                              f"over the {max_minutes:g} min limit")
    adapter = [sys.executable, os.path.join(HERE, "engines", engine + ".py")]
    index = os.path.join(tier_dir, "index", engine)
    queries = os.path.join(tier_dir, "queries.tsv")
    docs = os.path.join(tier_dir, "docs.jsonl" if engine == "guanshan" else "text.jsonl")

    def step(*args):
        t0 = time.perf_counter()
        r = subprocess.run(adapter + list(map(str, args)), stdout=subprocess.PIPE, text=True)
        if r.returncode:
            raise RuntimeError(f"`{engine} {args[0]}` exited with {r.returncode}")
        line = r.stdout.strip().splitlines()[-1]
        return (line if args[0] == "version" else json.loads(line)), time.perf_counter() - t0

    try:
        out["version"], _ = step("version")
        if "skipped" not in out:
            wall = out["wall"] = {}
            print(f"[{engine}] build", file=sys.stderr)
            out["build"], wall["build"] = step("build", docs, index)
            rss = []
            for mode in ("top10", "count"):
                print(f"[{engine}] query {mode}", file=sys.stderr)
                r, wall[mode] = step("query", index, queries, mode, os.path.join(results, f"{engine}-{mode}.jsonl"))
                rss.append(r["peak_rss_bytes"])
            out["peak_rss_bytes"] = max(rss)
            out["qps"], wall["qps"] = {}, 0
            for clients in (1, 2):
                print(f"[{engine}] qps {clients} client(s)", file=sys.stderr)
                r, t = step("qps", index, queries, clients, qps_seconds)
                out["qps"][str(clients)], wall["qps"] = r["qps"], wall["qps"] + t
    except (RuntimeError, ValueError, IndexError, KeyError) as e:
        out["failed"] = str(e)
        print(f"[{engine}] FAILED: {e}", file=sys.stderr)
    with open(os.path.join(results, engine + ".json"), "w") as f:
        json.dump(out, f, indent=1)


# ---------------------------------------------------------------- report

def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p
    lo = int(k)
    return xs[lo] + (xs[min(lo + 1, len(xs) - 1)] - xs[lo]) * (k - lo)


def ms(x):
    return "—" if x != x else f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}"


def read_rows(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {r["query"]: r for r in map(json.loads, f)}


def score(truth, top10, count):
    """Per query: exact (all ids and the count right, top 10 all true and as many as there are),
    and micro recall / precision over the ids of count mode."""
    exact, tp, got, want = {}, 0, 0, 0
    for q, (bucket, ids) in truth.items():
        c, t = count.get(q), top10.get(q)
        found = set(c["ids"]) if c else set()
        tp, got, want = tp + len(found & ids), got + len(found), want + len(ids)
        exact[q] = bool(c and t) and found == ids and c["total"] == len(ids) and \
            set(t["ids"]) <= ids and len(set(t["ids"])) == len(t["ids"]) == min(10, len(ids))
    return exact, (tp / want if want else 1.0), (tp / got if got else 1.0)


def latency(rows, queries):
    """{bucket: (p50, p95, p99)} plus "all"."""
    by = {}
    for q, r in rows.items():
        if q in queries:
            by.setdefault(r["bucket"], []).append(r["ms"])
            by.setdefault("all", []).append(r["ms"])
    return {b: [percentile(v, p) for p in (0.5, 0.95, 0.99)] for b, v in by.items()}


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    osname = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME")), "?")
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem / 2**20, 1), "os": osname,
            "kernel": platform.release()}


def report(tier_dir, tier, command, wall):
    text = load_json(os.path.join(tier_dir, "text.json"))
    truth = {}
    with open(os.path.join(tier_dir, "truth.tsv"), encoding="utf-8") as f:
        for line in f:
            bucket, q, _, ids = line.rstrip("\n").split("\t")
            truth[q] = (bucket, set(map(int, ids.split())))
    per_bucket = {b: sum(1 for bb, _ in truth.values() if bb == b) for b in BUCKETS}
    results_dir = os.path.join(tier_dir, "results")
    engines = {}
    for e in ENGINES:
        path = os.path.join(results_dir, e + ".json")
        if not os.path.exists(path):
            continue
        r = load_json(path)
        if "build" in r and "failed" not in r:
            top10 = read_rows(os.path.join(results_dir, f"{e}-top10.jsonl"))
            count = read_rows(os.path.join(results_dir, f"{e}-count.jsonl"))
            # An engine scores against the documents it holds: Guanshan's import skips exact copies.
            absent = set(r["build"].get("absent_ids", []))
            held = {q: (bucket, ids - absent) for q, (bucket, ids) in truth.items()}
            exact, recall, precision = score(held, top10, count)
            r.update(exact=sum(exact.values()), recall=recall, precision=precision,
                     exact_by_bucket={b: sum(1 for q, ok in exact.items() if ok and truth[q][0] == b) for b in BUCKETS},
                     latency_top10=latency(top10, truth), latency_count=latency(count, truth))
        engines[e] = r
    ran = [e for e, r in engines.items() if "exact" in r]
    summary = {"tier": tier, "command": command, "wall_seconds": wall, "machine": machine(), "text": text,
               "queries": len(truth), "engines": engines}
    with open(os.path.join(tier_dir, "results.json"), "w") as f:
        json.dump(summary, f, indent=1)

    m, n = summary["machine"], len(truth)
    days = {r["date"][:10] for r in engines.values()}
    when = {e: r["date"][11:16] if len(days) == 1 else r["date"][:16].replace("T", " ") for e, r in engines.items()}
    out = [f"## Search: {tier} tier ({text['docs']:,} documents, {text['chars'] / 1e6:.1f} M characters, "
           f"{text['text_bytes'] / MB:.1f} MB of normalized text; {n} queries)", "",
           f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, {m['os']}, Linux {m['kernel']}. "
           f"Last run: `{command}`, {wall / 60:.1f} min" + (f", niceness {os.nice(0)}" if os.nice(0) else "")
           + f". Each engine measured{' on ' + days.pop() if len(days) == 1 else ''} at (UTC, load average before it): "
           + ", ".join(f"{e} {when[e]} ({r['load_before']:.1f})" for e, r in engines.items()) + ".", ""]
    out += ["| engine | build s | index MB | index ÷ text | peak RSS MB | exact of " + str(n) +
            " | recall | precision | top-10 p50 / p99 ms | count p50 / p99 ms | QPS 1 client | QPS 2 clients |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for e in ran:
        r = engines[e]
        b, t, c = r["build"], r["latency_top10"]["all"], r["latency_count"]["all"]
        build = f"{b['build_seconds']:.1f}" + (f" (+{b['import_seconds']:.1f} import)" if "import_seconds" in b else "")
        out.append(f"| {r['version']} | {build} | {b['index_bytes'] / MB:.0f} | "
                   f"{b['index_bytes'] / text['text_bytes']:.2f} | {r['peak_rss_bytes'] / MB:.0f} | {r['exact']} | "
                   f"{r['recall']:.4f} | {r['precision']:.4f} | {ms(t[0])} / {ms(t[2])} | {ms(c[0])} / {ms(c[2])} | "
                   f"{r['qps']['1']:.0f} | {r['qps']['2']:.0f} |")
    for e in ran:
        absent = engines[e]["build"].get("absent_ids", [])
        if absent:
            out.append(f"\n{NAMES[e]} holds {text['docs'] - len(absent):,} of the {text['docs']:,} documents: its import "
                       f"skips the {len(absent)} that repeat another document's title and text exactly (ids "
                       f"{', '.join(map(str, absent[:10]))}), so its answers are scored without them.")
    for e, r in engines.items():
        if "skipped" in r:
            out.append(f"\nNot run: {NAMES[e]}, {r['skipped']}.")
        elif "failed" in r:
            out.append(f"\nFailed: {NAMES[e]}: {r['failed']}.")
    out += goals(engines, ran, text, n)
    head = "| bucket | N | " + " | ".join(NAMES[e] for e in ran) + " |"
    rule = "|---|---|" + "---|" * len(ran)
    out += ["", "### Queries exactly right, per bucket", "", head, rule]
    for bk in BUCKETS:
        out.append(f"| {bk} | {per_bucket[bk]} | " + " | ".join(str(engines[e]["exact_by_bucket"][bk]) for e in ran) + " |")
    for mode, title in (("top10", "top 10 with snippets"), ("count", "counting all matches")):
        out += ["", f"### Latency, {title}: p50 / p95 / p99 ms", "", head, rule]
        for bk in BUCKETS + ["all"]:
            cells = [" / ".join(ms(x) for x in engines[e][f"latency_{mode}"].get(bk, [float("nan")] * 3)) for e in ran]
            out.append(f"| {bk} | {per_bucket.get(bk, n)} | " + " | ".join(cells) + " |")
    out += ["", "### How each engine was run", ""]
    for e in ran:
        with open(os.path.join(HERE, "engines", e + ".py"), encoding="utf-8") as f:
            doc = ast.get_docstring(ast.parse(f.read()))
        out.append(f"- **{engines[e]['version']}**: " + " ".join(doc.split()))
    return "\n".join(out) + "\n"


def goals(engines, ran, text, n):
    if "guanshan" not in ran:
        return []
    g, peers = engines["guanshan"], [e for e in ran if e != "guanshan"]
    if not peers:
        return []
    lines = ["", "Goals for Guanshan:", ""]
    lines.append(f"- exact in every bucket: {'yes' if g['exact'] == n else 'no'} ({g['exact']} of {n} queries)")
    for mode in ("top10", "count"):
        best50 = min(peers, key=lambda e: engines[e][f"latency_{mode}"]["all"][0])
        best99 = min(peers, key=lambda e: engines[e][f"latency_{mode}"]["all"][2])
        mine = g[f"latency_{mode}"]["all"]
        lines.append(f"- {mode} p50 {ms(mine[0])} ms vs fastest peer {NAMES[best50]} {ms(engines[best50][f'latency_{mode}']['all'][0])} ms; "
                     f"p99 {ms(mine[2])} ms vs best peer {NAMES[best99]} {ms(engines[best99][f'latency_{mode}']['all'][2])} ms")
    if "groonga" in ran:
        ratio = engines["groonga"]["build"]["build_seconds"] / g["build"]["build_seconds"]
        lines.append(f"- index build {ratio:.1f}× faster than Groonga's (goal ≥ 2×)")
    lines.append(f"- index {g['build']['index_bytes'] / text['text_bytes']:.2f}× the text (goal ≤ 1.5×)")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare").add_argument("tier_dir")
    e = sub.add_parser("engine")
    e.add_argument("tier_dir"); e.add_argument("engine", choices=ENGINES); e.add_argument("qps_seconds", type=float)
    e.add_argument("--estimate-from"); e.add_argument("--max-minutes", type=float, default=0)
    r = sub.add_parser("report")
    r.add_argument("tier_dir"); r.add_argument("tier"); r.add_argument("--command", default="")
    r.add_argument("--wall", type=float, default=0)
    a = ap.parse_args()
    if a.cmd == "prepare":
        prepare(a.tier_dir)
    elif a.cmd == "engine":
        run_engine(a.tier_dir, a.engine, a.qps_seconds, a.estimate_from, a.max_minutes)
    else:
        sys.stdout.write(report(a.tier_dir, a.tier, a.command, a.wall))


if __name__ == "__main__":
    main()
