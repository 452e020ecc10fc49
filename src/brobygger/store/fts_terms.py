"""SQLite: a search word longer than the prefix indexes, expanded to the words of the index.

A search matches every word as a prefix (``"udskriv"*``). For 2–4 letters FTS5 reads a
prefix index (migration 0011); for a longer prefix it gathers the doclist of every word that
begins so into one list before it returns a single row – a cost that grows with the log:
at 1,000,000 entries ~50 ms for the ranking window of ``"udskrivning"*`` alone, ~150 ms
for its ranked first page, on every keystroke from the fifth letter.

The same words named one by one (``("udskrivning" OR "udskrivninger" OR …)``) match
exactly the same entries, and FTS5 reads their doclists lazily: the window and the first
page read what they need. The words are found in the index's vocabulary (an ``fts5vocab``
table in the connection's temp schema) – a few milliseconds at 1,000,000 entries, and a
word of five or more letters seldom begins more than a handful of words. A prefix of more
than :data:`MAX_TERMS` words, or one the tokenizer would split, stays a prefix.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

VOCAB = "log_entry_fts_terms"
# The longest prefix with an index of its own (dialect.FTS_PREFIX = "2 3 4").
LONGEST_INDEXED = 4
MAX_TERMS = 64
# Made once per connection (dialect.connect), in its temp schema: outside any
# transaction, so that no rollback of a read takes it away.
VOCAB_DDL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCAB} "
             "USING fts5vocab(main, log_entry_fts, row)")


# Words found for a prefix, by (database, state of the index, prefix). Reading the
# vocabulary grows with the log (~10 ms for a common prefix at 1,000,000 entries); while
# the user types on ("udskri", "udskriv", …) the words of the longer prefix are those of
# the shorter one that begin so, as long as the index has not changed. The index's state is
# its structure record (FTS5 rewrites it with every change: it lists the segments and
# holds a counter of writes), read by its key.
_CACHE: dict[tuple[str, bytes, str], list[str]] = {}
_CACHE_SIZE = 512
_STRUCTURE = "SELECT block FROM log_entry_fts_data WHERE id = 10"


def words_of(conn: Connection, prefix: str) -> list[str] | None:
    """The index's words that begin with ``prefix`` (lower case, one token), or None when
    the prefix should stay a prefix (too short, not one token, too many words)."""
    if len(prefix) <= LONGEST_INDEXED or not prefix.isalnum():
        return None
    word = prefix.lower()
    state = conn.exec_driver_sql(_STRUCTURE).scalar()
    index = (str(conn.engine.url), bytes(state or b""))
    for shorter in range(len(word), LONGEST_INDEXED, -1):
        known = _CACHE.get((*index, word[:shorter]))
        if known is not None:  # (not there, or too many words: read)
            found: list[str] | None = [t for t in known if t.startswith(word)]
            break
    else:
        found = _read(conn, word)
    if found is not None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[(*index, word)] = found
    return found


def _read(conn: Connection, word: str) -> list[str] | None:
    end = word[:-1] + chr(ord(word[-1]) + 1)
    try:
        found = [str(r[0]) for r in conn.exec_driver_sql(
            f"SELECT term FROM temp.{VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
            (word, end, MAX_TERMS + 1))]
    except DBAPIError:  # no vocabulary on this connection: the prefix stays
        return None
    found = [t for t in found if t.startswith(word)]
    return None if len(found) > MAX_TERMS else found


def expand(conn: Connection, terms: list[str]) -> str:
    """An FTS5 query of ``terms`` (each ``"word"*``, as dialect.fts_query makes them) with
    every long prefix named word by word. A prefix no word begins with stays (no hits)."""
    out: list[str] = []
    for term in terms:
        prefix = term[1:-2].replace('""', '"') if term.endswith('"*') else ""
        found = words_of(conn, prefix) if prefix else None
        if found:
            out.append("(" + " OR ".join(f'"{w}"' for w in found) + ")")
        else:
            out.append(term)
    return " AND ".join(out)
