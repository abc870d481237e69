"""One article id, one text: a repeated input id with a different text gets a distinct id.

Readers take article ids from the input (a JSONL ``id``, a feed entry's ``guid``); inputs reuse them (two
JSONL lines with ``"id": "a1"``, two feeds with the same entry id for different stories). Coded under one
id, the store and the output would keep one text but the events of both, with offsets of one pointing
into the other's text. So, within one run (one stream of documents, in input order):

* the first article with an id keeps it;
* a later article with the same id and the same content (:attr:`~eventwire.schema.Article.content_hash`:
  title + text) keeps the id too: it is the same document again, handled as before (skipped as
  ``duplicate:<id>`` by dedupe, or merged by id in the store);
* a later article with the same id and a different content is renamed ``<id>#2`` (``#3``, ... the first
  free suffix; the same text under that id again gets the same new id), keeps its data, and carries
  ``meta["renamed_from"] = <id>``; its per-document report says ``renamed: id <id> already used by a
  different text in this run; coded as <id>#2`` (see :func:`eventwire.pipeline.code_batch`).

The renaming is done once, over the whole input stream in the reading process
(:func:`eventwire.ingest.read_inputs`), before the stream is split into chunks or shards, so every runner
(``eventwire code --workers N``, ``eventwire batch`` local or Ray) sees the same ids, and a re-run of the
same input gives the same ids. :func:`eventwire.pipeline.code_batch` applies the same rule inside each
batch for Articles that API callers build themselves (a no-op on a stream already made unique).

Memory: one entry (id, 32-hex content hash) per distinct id and content, about 150 bytes each.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Iterator

from ..schema import Article, DocReport


def rename_note(article: Article) -> str | None:
    """The report note of a renamed article (``meta["renamed_from"]`` set), else None."""
    old = (article.meta or {}).get("renamed_from")
    if not old:
        return None
    return f"renamed: id {old} already used by a different text in this run; coded as {article.id}"


class IdRegistry:
    """Assigns run-unique ids (see module doc). :meth:`assign` returns the article itself or a renamed
    copy; it never mutates its argument."""

    def __init__(self) -> None:
        self._content_of: dict[str, str] = {}           # id in use -> content hash
        self._alias: dict[tuple[str, str], str] = {}    # (input id, content hash) -> id given

    def assign(self, art: Article) -> Article:
        rid, h = art.id, art.content_hash
        given = self._alias.get((rid, h))
        if given is None:
            given = rid
            n = 1
            while given in self._content_of and self._content_of[given] != h:
                n += 1
                given = f"{rid}#{n}"
            self._content_of.setdefault(given, h)
            self._alias[(rid, h)] = given
        if given == rid:
            return art
        meta = dict(art.meta or {})
        meta["renamed_from"] = rid
        return dataclasses.replace(art, id=given, meta=meta)


def unique_ids(items: Iterable[Article | DocReport], registry: IdRegistry | None = None
               ) -> Iterator[Article | DocReport]:
    """Yield ``items`` in order with every Article's id made unique per content (see module doc);
    DocReports pass through. Lazy: memory is the registry's only."""
    reg = registry or IdRegistry()
    for it in items:
        yield reg.assign(it) if isinstance(it, Article) else it
