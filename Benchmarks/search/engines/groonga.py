"""Groonga with TokenBigram and NormalizerAuto, through the `groonga` command (groonga-bin) in
standard-input mode: one long-lived process per client, commands in Groonga's URL form.

Han and mixed terms become "phrases"; a term that is one run of ASCII letters or of digits (one
TokenBigram token) becomes a prefix search `term*`; other Latin terms (spaces, `_`, letters with
digits) become phrases, which Groonga cannot make prefix searches. Exclusions are `- "term"`.
The query cache is off (cache_limit 0), so every timed query is really run. Top 10 by _score with
snippet_html(text). The index column is made after loading the text (Groonga's offline build).
"""
import json, re, resource, subprocess, urllib.parse
import common

SCHEMA = """table_create Docs TABLE_HASH_KEY UInt32
column_create Docs text COLUMN_SCALAR LongText
"""
INDEX = """table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto
column_create Terms docs_text COLUMN_INDEX|WITH_POSITION Docs text
"""


def build(docs, index_dir):
    """Load the text, then build the index column over it (Groonga's fast offline indexing)."""
    g = subprocess.Popen(["groonga", "-n", index_dir + "/db"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, encoding="utf-8")
    g.stdin.write(SCHEMA + "load --table Docs --columns '_key, text'\n[")
    for n, (i, text) in enumerate(docs):
        g.stdin.write(("," if n else "") + json.dumps([i, text], ensure_ascii=False) + "\n")
    g.stdin.write("]\n" + INDEX)
    out, _ = g.communicate()
    responses = [json.loads(line) for line in out.splitlines() if line.strip()]
    failed = [r for r in responses if r[0][0] != 0]
    if g.returncode or failed:
        raise SystemExit(f"groonga build failed: {failed or g.returncode}")
    return common.disk_bytes(index_dir)


def term_query(term):
    if re.fullmatch(r"[a-z]+|[0-9]+", term):
        return term + "*"
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def query_string(required, excluded):
    return " ".join(map(term_query, required)) + "".join(" - " + term_query(t) for t in excluded)


class Engine:
    def __init__(self, index_dir):
        self.g = subprocess.Popen(["groonga", index_dir + "/db"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self.command("cache_limit", {"max": 0})

    def command(self, name, args):
        self.g.stdin.write(f"/d/{name}?{urllib.parse.urlencode(args)}\n")
        self.g.stdin.flush()
        header, body = json.loads(self.g.stdout.readline())
        if header[0] != 0:
            raise RuntimeError(f"groonga {name} {args}: {header}")
        return body

    def select(self, required, excluded, **args):
        return self.command("select", {"table": "Docs", "match_columns": "text", "cache": "no",
                                       "query": query_string(required, excluded), **args})[0]

    def top10(self, required, excluded):
        rows = self.select(required, excluded, output_columns="_key,snippet_html(text)",
                           sort_keys="-_score", limit=10)[2:]
        return [(key, " … ".join(snippets or [])) for key, snippets in rows]

    def count(self, required, excluded):
        return self.select(required, excluded, output_columns="_id", limit=0)[0][0]

    def ids(self, required, excluded):
        return [r[0] for r in self.select(required, excluded, output_columns="_key", limit=-1)[2:]]

    def close(self):
        self.g.stdin.close()
        self.g.wait()

    def peak_rss(self):
        """The groonga process's peak: it has exited after close()."""
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


def version():
    return subprocess.run(["groonga", "--version"], capture_output=True, text=True).stdout.split("[")[0].strip() + " TokenBigram"


if __name__ == "__main__":
    common.main(build, Engine, version)
