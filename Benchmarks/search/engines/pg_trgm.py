"""PostgreSQL (15 on Debian 12) with pg_trgm: a private cluster under the index directory, run as
user postgres on a Unix socket only (fsync off, maintenance_work_mem 1GB, other settings as
initdb made them); one table with a GIN gin_trgm_ops index.

Every term is `body LIKE '%term%'` (excluded: NOT LIKE), which pg_trgm answers from the index
for 3+ characters and by reading every row for shorter ones. LIKE has no ranking: top 10 are
the first 10 rows found, with a snippet cut by substr() around strpos() (ts_headline does not
apply to trigrams). One process per query (no parallel workers), as for the other engines.
"""
import contextlib, glob, io, subprocess, time
import psycopg2
import common

BIN = max(glob.glob("/usr/lib/postgresql/*/bin/"), key=lambda p: int(p.split("/")[4]))
SETTINGS = ("-c listen_addresses='' -c unix_socket_directories={dir} -c max_parallel_workers_per_gather=0 "
            "-c maintenance_work_mem=1GB -c fsync=off")


@contextlib.contextmanager
def serve(index_dir):
    pg_ctl(index_dir, "start")
    try:
        yield
    finally:
        pg_ctl(index_dir, "stop")


def pg_ctl(index_dir, action):
    subprocess.run(["runuser", "-u", "postgres", "--", BIN + "pg_ctl", "-D", index_dir, "-w", "-l",
                    index_dir + "/server.log", "-o", SETTINGS.format(dir=index_dir), action],
                   check=True, stdout=subprocess.DEVNULL)


def connect(index_dir):
    return psycopg2.connect(host=index_dir, user="postgres", dbname="postgres")


class Rows(io.TextIOBase):
    """COPY text format over the docs stream (normalized text holds no tab or newline)."""
    def __init__(self, docs):
        self.lines, self.buf = (f"{i}\t{text.replace(chr(92), chr(92) * 2)}\n" for i, text in docs), ""

    def read(self, size=-1):
        while len(self.buf) < 1 << 16:
            line = next(self.lines, None)
            if line is None:
                break
            self.buf += line
        out, self.buf = self.buf, ""
        return out


def build(docs, index_dir):
    """Build time covers the load, the index and ANALYZE, not initdb or the server start."""
    subprocess.run(["chown", "postgres:postgres", index_dir], check=True)
    subprocess.run(["runuser", "-u", "postgres", "--", BIN + "initdb", "-D", index_dir, "-E", "UTF8",
                    "--locale=C.UTF-8", "-A", "trust"], check=True, stdout=subprocess.DEVNULL)
    with serve(index_dir):
        db = connect(index_dir)
        db.autocommit = True
        cur = db.cursor()
        t0 = time.perf_counter()
        cur.execute("CREATE EXTENSION pg_trgm; CREATE TABLE docs (id integer PRIMARY KEY, body text)")
        cur.copy_expert("COPY docs FROM STDIN", Rows(docs))
        cur.execute("CREATE INDEX docs_trgm ON docs USING gin (body gin_trgm_ops)")
        cur.execute("VACUUM ANALYZE docs")
        seconds = time.perf_counter() - t0
        cur.execute("SELECT pg_total_relation_size('docs')")
        size = cur.fetchone()[0]
        db.close()
    return {"index_bytes": size, "build_seconds": seconds}


def like(term):
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where(required, excluded):
    conds = ["body LIKE %s"] * len(required) + ["body NOT LIKE %s"] * len(excluded)
    return " AND ".join(conds), [like(t) for t in required + excluded]


class Engine:
    def __init__(self, index_dir):
        self.db = connect(index_dir)
        self.db.autocommit = True
        self.cur = self.db.cursor()
        self.cur.execute("SELECT pg_backend_pid()")
        self.backend = self.cur.fetchone()[0]

    def top10(self, required, excluded):
        cond, params = where(required, excluded)
        self.cur.execute(f"SELECT id, substr(body, greatest(strpos(body, %s) - 20, 1), 60) FROM docs "
                         f"WHERE {cond} LIMIT 10", [required[0]] + params)
        return self.cur.fetchall()

    def count(self, required, excluded):
        cond, params = where(required, excluded)
        self.cur.execute(f"SELECT count(*) FROM docs WHERE {cond}", params)
        return self.cur.fetchone()[0]

    def ids(self, required, excluded):
        cond, params = where(required, excluded)
        self.cur.execute(f"SELECT id FROM docs WHERE {cond}", params)
        return [r[0] for r in self.cur.fetchall()]

    def close(self):
        with open(f"/proc/{self.backend}/status") as f:
            self.rss = next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmHWM:"))
        self.db.close()

    def peak_rss(self):
        """The peak of the server process that ran the queries (shared buffers it touched included)."""
        return self.rss


def version():
    v = subprocess.run([BIN + "postgres", "--version"], capture_output=True, text=True).stdout.split()[2]
    return f"PostgreSQL {v} pg_trgm"


if __name__ == "__main__":
    common.main(build, Engine, version, serve)
