"""tantivy 0.27 (PyPI) with single-character tokens for Han and whole words for the rest.

A regex tokenizer makes every Han character one token and every run of other letters, digits
and `_` another, lowercased. A term of one Han character is a term query, one Latin word a
prefix (regex `word.*`); longer terms are phrase queries over their tokens, phrase-prefix
queries when they end in a Latin word. Required terms Must, excluded ones MustNot. Top 10 by
BM25 with SnippetGenerator over the stored text; ids come from a fast field. Indexed by the
default writer (128 MB heap, a thread per core).
"""
import importlib.metadata, re
import tantivy
import common

TOKEN = r"\p{Han}|[[\p{L}\p{N}_]--\p{Han}]+"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
TOKENS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]|[^\W\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def open_index(index_dir, schema=None):
    index = tantivy.Index(schema, path=index_dir) if schema else tantivy.Index.open(index_dir)
    index.register_tokenizer("chars", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(TOKEN))
                             .filter(tantivy.Filter.lowercase()).build())
    return index


def build(docs, index_dir):
    schema = (tantivy.SchemaBuilder()
              .add_integer_field("id", stored=True, indexed=True, fast=True)
              .add_text_field("text", stored=True, tokenizer_name="chars", index_option="position")
              .build())
    writer = open_index(index_dir, schema).writer()
    for i, text in docs:
        writer.add_document(tantivy.Document(id=i, text=text))
    writer.commit()
    writer.wait_merging_threads()
    return common.disk_bytes(index_dir)


class Engine:
    def __init__(self, index_dir):
        self.index = open_index(index_dir)
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    def term(self, t):
        words = TOKENS.findall(t)
        if len(words) == 1:
            w = words[0]
            return (tantivy.Query.term_query(self.schema, "text", w) if HAN.match(w)
                    else tantivy.Query.regex_query(self.schema, "text", re.escape(w) + ".*"))
        if HAN.match(words[-1]):
            return tantivy.Query.phrase_query(self.schema, "text", words)
        return tantivy.Query.phrase_prefix_query(self.schema, "text", words)

    def query(self, required, excluded):
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, self.term(t)) for t in required] +
                                           [(tantivy.Occur.MustNot, self.term(t)) for t in excluded])

    def top10(self, required, excluded):
        q = self.query(required, excluded)
        hits = self.searcher.search(q, 10, count=False).hits
        snippets = tantivy.SnippetGenerator.create(self.searcher, q, self.schema, "text")
        docs = [self.searcher.doc(address) for _, address in hits]
        return [(d["id"][0], snippets.snippet_from_doc(d).to_html()) for d in docs]

    def count(self, required, excluded):
        return self.searcher.search(self.query(required, excluded), 1, count=True).count

    def ids(self, required, excluded):
        hits = self.searcher.search(self.query(required, excluded), self.searcher.num_docs, count=False).hits
        return self.searcher.fast_field_values("id", [address for _, address in hits])

    def close(self):
        pass


def version():
    return "tantivy " + importlib.metadata.version("tantivy") + " 1-char tokens"


if __name__ == "__main__":
    common.main(build, Engine, version)
