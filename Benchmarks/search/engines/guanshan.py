"""Guanshan, through its benchmark executable guanshan-search-bench (path in
$GUANSHAN_SEARCH_BENCH, built by `run`), with the same command line as the peer adapters.
It imports the original docs.jsonl itself (normalizing is its own work), so `build` takes
DOCS.jsonl rather than the normalized text; the build time is its index rebuild from the store.
"""
import json, os, shutil, subprocess, sys

BIN = os.environ.get("GUANSHAN_SEARCH_BENCH", "guanshan-search-bench")
REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")


def run(*args):
    out = subprocess.run([BIN, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    cmd, *args = sys.argv[1:] or ["help"]
    if cmd == "version" and not args:
        commit = subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"],
                                capture_output=True, text=True).stdout.strip()
        print(f"Guanshan {commit}")
    elif cmd == "build" and len(args) == 2:
        docs, data = args
        shutil.rmtree(data, ignore_errors=True)
        r = run("build", "--docs", docs, "--data", data)
        print(json.dumps({"build_seconds": r["index_seconds"], "index_bytes": r["index_bytes"],
                          "text_bytes": r["text_bytes"], "import_seconds": r["import_seconds"],
                          "absent_ids": r["absent_ids"]}))
    elif cmd == "query" and len(args) == 4 and args[2] in ("top10", "count"):
        data, queries, mode, out = args
        print(json.dumps(run("query", "--data", data, "--queries", queries, "--mode", mode, "--out", out)))
    elif cmd == "qps" and len(args) == 4:
        data, queries, clients, seconds = args
        print(json.dumps(run("qps", "--data", data, "--queries", queries, "--clients", clients, "--seconds", seconds)))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
