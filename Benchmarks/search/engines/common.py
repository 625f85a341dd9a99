"""What every engine adapter shares: searchref's parsing, the per-query timing loop, the
queries-per-second loop and the command line.

An adapter module defines
  build(docs, index_dir) -> index_bytes   docs yields (id, normalized text); an engine that times
      its own build (leaving out setting up a server) returns {"index_bytes", "build_seconds"}
  Engine(index_dir) with top10(required, excluded) -> [(id, snippet)],
      count(required, excluded) -> int, ids(required, excluded) -> [id],
      close(), and optionally peak_rss() -> bytes, asked after close() (default: this
      process's ru_maxrss)
  version() -> str
  optionally serve(index_dir), a context manager that runs the engine's server for query and qps
and ends with `common.main(build, Engine, version[, serve])`.

  ADAPTER version
  ADAPTER build TEXT.jsonl INDEXDIR                  -> {"build_seconds", "index_bytes", "text_bytes"}
  ADAPTER query INDEXDIR QUERIES.tsv top10|count OUT.jsonl -> {"peak_rss_bytes"}
  ADAPTER qps INDEXDIR QUERIES.tsv CLIENTS SECONDS   -> {"qps"}
TEXT.jsonl holds {"id", "text"} lines, the text already normalized by searchref.
"""
import contextlib, importlib.machinery, importlib.util, json, multiprocessing, os, resource, shutil, subprocess, sys, time

SEARCHREF = os.environ.get("SEARCHREF", "/work/shared/corpus/searchref")
_loader = importlib.machinery.SourceFileLoader("searchref", SEARCHREF)
searchref = importlib.util.module_from_spec(importlib.util.spec_from_loader("searchref", _loader))
_loader.exec_module(searchref)


def disk_bytes(path):
    """Bytes allocated on disk under path (preallocated sparse files count what they use)."""
    return int(subprocess.run(["du", "-sB1", path], capture_output=True, text=True, check=True).stdout.split()[0])


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in f if line.strip()]


class Docs:
    """Streams (id, text) from TEXT.jsonl and counts the UTF-8 bytes of the text."""
    def __init__(self, path):
        self.path, self.text_bytes = path, 0

    def __iter__(self):
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                self.text_bytes += len(d["text"].encode())
                yield d["id"], d["text"]


def cmd_build(build, docs_path, index_dir):
    if os.path.exists(index_dir):
        shutil.rmtree(index_dir)
    os.makedirs(index_dir)
    docs = Docs(docs_path)
    t0 = time.perf_counter()
    built = build(docs, index_dir)
    result = {"build_seconds": time.perf_counter() - t0, "index_bytes": built}
    if isinstance(built, dict):
        result.update(built)
    return {**result, "build_seconds": round(result["build_seconds"], 3), "text_bytes": docs.text_bytes}


def cmd_query(Engine, index_dir, queries_path, mode, out_path):
    """Each query runs once untimed (warm), then once timed at the client."""
    engine = Engine(index_dir)
    with open(out_path, "w", encoding="utf-8") as out:
        for bucket, query in read_queries(queries_path):
            required, excluded = searchref.parse(query)
            run = engine.top10 if mode == "top10" else engine.count
            if required:
                run(required, excluded)
                t0 = time.perf_counter()
                result = run(required, excluded)
                ms = (time.perf_counter() - t0) * 1000
            else:
                result, ms = ([] if mode == "top10" else 0), 0.0
            row = {"bucket": bucket, "query": query, "ms": round(ms, 4)}
            if mode == "top10":
                row.update(total=len(result), ids=[i for i, _ in result], snippets=[s for _, s in result])
            else:  # all matching ids, fetched untimed, for recall and precision
                row.update(total=result, ids=sorted(engine.ids(required, excluded)) if required else [])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    engine.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"peak_rss_bytes": engine.peak_rss() if hasattr(engine, "peak_rss") else own}


def _client(Engine, index_dir, queries, start, barrier, seconds, done):
    engine = Engine(index_dir)
    barrier.wait()
    n, i, end = 0, start, time.perf_counter() + seconds
    while time.perf_counter() < end:
        engine.top10(*queries[i % len(queries)])
        n, i = n + 1, i + 1
    engine.close()
    done.put(n)


def cmd_qps(Engine, index_dir, queries_path, clients, seconds):
    """CLIENTS processes, each with its own engine handle, run top-10 queries back to back,
    each starting at a different place in the query list."""
    queries = [p for p in (searchref.parse(q) for _, q in read_queries(queries_path)) if p[0]]
    ctx = multiprocessing.get_context("fork")
    barrier, done = ctx.Barrier(clients + 1), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(Engine, index_dir, queries, k * len(queries) // clients,
                                               barrier, seconds, done)) for k in range(clients)]
    for p in procs:
        p.start()
    barrier.wait()
    t0 = time.perf_counter()
    total = sum(done.get() for _ in procs)
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join()
    return {"qps": round(total / elapsed, 2)}


def main(build, Engine, version, serve=contextlib.nullcontext):
    cmd, *args = sys.argv[1:] or ["help"]
    if cmd == "version" and not args:
        print(version())
    elif cmd == "build" and len(args) == 2:
        print(json.dumps(cmd_build(build, args[0], os.path.abspath(args[1]))))
    elif cmd in ("query", "qps") and len(args) == 4 and (cmd == "qps" or args[2] in ("top10", "count")):
        index_dir = os.path.abspath(args[0])
        with serve(index_dir):
            if cmd == "query":
                result = cmd_query(Engine, index_dir, *args[1:])
            else:
                result = cmd_qps(Engine, index_dir, args[1], int(args[2]), float(args[3]))
        print(json.dumps(result))
    else:
        sys.exit(__doc__)
