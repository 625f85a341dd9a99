"""SQLite FTS5 with the trigram tokenizer (the system libsqlite3 through Python's sqlite3).

Terms of 3+ characters go to MATCH as phrases, which the trigram index answers as substrings;
shorter ones cannot use the index and, in SQLite 3.40, LIKE silently returns nothing for them,
so they are tested with instr() over every row. Top 10 by FTS5's bm25 rank with snippet();
a query without a MATCH part has no rank or snippet(): its first 10 rows, snippet by substr().
Loaded with journal_mode OFF and synchronous OFF, then `optimize`d.
"""
import os, sqlite3
import common


def build(docs, index_dir):
    path = os.path.join(index_dir, "fts5.db")
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram');")
    with db:
        db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", docs)
    with db:
        db.execute("INSERT INTO t(t) VALUES ('optimize')")
    db.close()
    return common.disk_bytes(index_dir)


def phrase(term):
    return '"' + term.replace('"', '""') + '"'


def where(required, excluded):
    """-> (SQL condition, parameters, whether it has a MATCH part)."""
    long_required = [t for t in required if len(t) >= 3]
    conds, params = [], []
    if long_required:
        expr = "(" + " AND ".join(map(phrase, long_required)) + ")"
        expr += "".join(" NOT " + phrase(t) for t in excluded if len(t) >= 3)
        conds.append("t MATCH ?"); params.append(expr)
        excluded = [t for t in excluded if len(t) < 3]
    for t in required:
        if len(t) < 3:
            conds.append("instr(x, ?) > 0"); params.append(t)
    for t in excluded:
        conds.append("instr(x, ?) = 0"); params.append(t)
    return " AND ".join(conds), params, bool(long_required)


class Engine:
    def __init__(self, index_dir):
        self.db = sqlite3.connect(os.path.join(index_dir, "fts5.db"))

    def top10(self, required, excluded):
        cond, params, ranked = where(required, excluded)
        if ranked:
            sql = f"SELECT rowid, snippet(t, 0, '<b>', '</b>', '…', 20) FROM t WHERE {cond} ORDER BY rank LIMIT 10"
            return self.db.execute(sql, params).fetchall()
        sql = f"SELECT rowid, substr(x, max(instr(x, ?) - 20, 1), 60) FROM t WHERE {cond} LIMIT 10"
        return self.db.execute(sql, [required[0]] + params).fetchall()

    def count(self, required, excluded):
        cond, params, _ = where(required, excluded)
        return self.db.execute(f"SELECT count(*) FROM t WHERE {cond}", params).fetchone()[0]

    def ids(self, required, excluded):
        cond, params, _ = where(required, excluded)
        return [r[0] for r in self.db.execute(f"SELECT rowid FROM t WHERE {cond}", params)]

    def close(self):
        self.db.close()


def version():
    return "SQLite " + sqlite3.sqlite_version + " FTS5 trigram"


if __name__ == "__main__":
    common.main(build, Engine, version)
