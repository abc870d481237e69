"""One reader and validator for the packaged tab-separated data files of the rules: the pattern dictionary
(``data/patterns/verbs.tsv``, :mod:`eventwire.events.patterns`) and the lexicon (``data/lexicon/*.tsv``,
:mod:`eventwire.lexicon`).

Format shared by these files: UTF-8, one row per line, columns separated by one tab, ``-`` for an empty
cell, blank lines and lines starting with ``#`` ignored. Every error is a
:class:`~eventwire.errors.DictionaryError` whose message starts with ``<file>:<line>:``.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Hashable, Iterable

from .errors import DictionaryError


@dataclass(frozen=True)
class Row:
    """One data row: ``source`` (file name as reported), ``line`` (1-based line number) and ``cells``
    (column name -> stripped text, ``-`` kept as written)."""

    source: str
    line: int
    cells: dict

    @property
    def where(self) -> str:
        """``<file>:<line>``, the prefix of every error about this row."""
        return f"{self.source}:{self.line}"

    def get(self, column: str) -> str | None:
        """The cell of ``column``, None for ``-``."""
        v = self.cells[column]
        return None if v == "-" else v


def read_rows(lines: Iterable[str], source: str, columns: tuple[str, ...]) -> list[Row]:
    """Rows of a tab-separated table with exactly ``columns``. Raises :class:`DictionaryError`
    (``<source>:<line>: expected N tab-separated columns, got M``) for a row of another width."""
    out: list[Row] = []
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != len(columns):
            raise DictionaryError(f"{source}:{n}: expected {len(columns)} tab-separated columns, got {len(cols)}")
        out.append(Row(source, n, dict(zip(columns, (c.strip() for c in cols)))))
    return out


def check_unique(rows: Iterable[Row], key: Callable[[Row], Hashable], what: str,
                 shown: Callable[[Hashable], object] = lambda k: k) -> None:
    """Raise :class:`DictionaryError` (``<file>:<line>: duplicate <what> <key> (first at line N)``) for the
    second row with an equal ``key``; ``shown`` picks what of the key the message prints."""
    seen: dict = {}
    for r in rows:
        k = key(r)
        if k in seen:
            first = seen[k]
            at = f"line {first.line}" if first.source == r.source else first.where
            raise DictionaryError(f"{r.where}: duplicate {what} {shown(k)} (first at {at})")
        seen[k] = r


def packaged_text(package: str, name: str) -> tuple[str, str]:
    """``(text, source)`` of a packaged data file (``package`` e.g. ``eventwire.data.lexicon``); the
    source is the path inside the package, as error messages print it."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return text, package.replace(".", "/") + "/" + name


def file_text(path: str | Path) -> tuple[str, str]:
    """``(text, source)`` of a data file outside the package (a user's own table)."""
    return Path(path).read_text(encoding="utf-8"), str(path)
