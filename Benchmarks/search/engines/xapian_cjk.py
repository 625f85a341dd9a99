"""Xapian 1.4 with CJK n-grams (python3-xapian, so the system Python: `run`'s venv is over it).

TermGenerator and QueryParser both with FLAG_CJK_NGRAM: Han text is indexed as characters
(with positions) and bigrams (without). Han and mixed terms become a "phrase" of characters
ANDed with the same text unquoted (its characters and bigrams); a Latin term that is one Xapian
word becomes a wildcard `term*`, other Latin terms phrases. Required terms are ANDed,
excluded ones removed with AND_NOT. Top 10 by BM25 with MSet.snippet over the text kept as
document data. The database is compacted after indexing (part of the build time).
"""
import shutil, xapian
import common
from common import searchref

FLAGS = xapian.QueryParser.FLAG_CJK_NGRAM | xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_WILDCARD


def build(docs, index_dir):
    raw = index_dir + ".raw"
    db = xapian.WritableDatabase(raw, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_flags(xapian.TermGenerator.FLAG_CJK_NGRAM)
    for i, text in docs:
        doc = xapian.Document()
        doc.set_data(text)
        tg.set_document(doc)
        tg.index_text(text)
        db.replace_document(i, doc)
    db.commit()
    db.compact(index_dir)
    db.close()
    shutil.rmtree(raw)
    return common.disk_bytes(index_dir)


class Engine:
    def __init__(self, index_dir):
        self.db = xapian.Database(index_dir)
        self.qp = xapian.QueryParser()
        self.qp.set_database(self.db)
        self.qp.set_default_op(xapian.Query.OP_AND)
        self.enquire = xapian.Enquire(self.db)

    def term(self, t):
        if all(searchref.is_word(c) or c == "_" for c in t):
            return self.qp.parse_query(t + "*", FLAGS)
        phrase = self.qp.parse_query('"' + t.replace('"', "") + '"', FLAGS)
        if not any(map(searchref.is_cjk, t)):
            return phrase
        # A phrase of characters bridges spaces and punctuation; the n-gram terms of the same
        # text (bigrams exist only inside a run of Han) rule most of those false hits out.
        return xapian.Query(xapian.Query.OP_AND, phrase, self.qp.parse_query(t, xapian.QueryParser.FLAG_CJK_NGRAM))

    def query(self, required, excluded):
        q = xapian.Query(xapian.Query.OP_AND, [self.term(t) for t in required])
        if excluded:
            q = xapian.Query(xapian.Query.OP_AND_NOT, q, xapian.Query(xapian.Query.OP_OR, [self.term(t) for t in excluded]))
        self.enquire.set_query(q)

    def top10(self, required, excluded):
        self.query(required, excluded)
        mset = self.enquire.get_mset(0, 10)
        return [(m.docid, mset.snippet(m.document.get_data().decode(), 180, xapian.Stem("none"),
                                       xapian.MSet.SNIPPET_CJK_NGRAM | xapian.MSet.SNIPPET_EXHAUSTIVE).decode())
                for m in mset]

    def count(self, required, excluded):
        self.query(required, excluded)
        n = self.db.get_doccount()
        return self.enquire.get_mset(0, 0, n).get_matches_estimated()  # exact when checking all n

    def ids(self, required, excluded):
        self.query(required, excluded)
        return [m.docid for m in self.enquire.get_mset(0, self.db.get_doccount())]

    def close(self):
        self.db.close()


def version():
    return "Xapian " + xapian.version_string() + " CJK n-grams"


if __name__ == "__main__":
    common.main(build, Engine, version)
