"""Text normalisation applied to every article before NLP: mojibake repair and Unicode NFC.

Rule source: ftfy (rspeer/python-ftfy) repairs text that was decoded with the wrong codec
("CafÃ©" -> "Café", "â€œ" -> "“"); Unicode NFC (UAX #15) makes equal strings equal byte for byte so that
content hashes and offsets are stable. Quotes are NOT straightened, full-width characters and ligatures
are NOT folded: the article text stays as the outlet printed it, only broken encoding is undone.
Line ends are unified to ``\\n``: every line boundary of Python's ``str.splitlines`` (``\\r\\n``, ``\\r``, vertical
tab, form feed, the separators ``\\x1c``-``\\x1e`` that Word writes for manual breaks, U+0085, U+2028, U+2029)
becomes one ``\\n``, so "help\\x0bRussia" reads "help\\nRussia", never "helpRussia". A U+0085 right after a C1
character or a UTF-8 lead byte read as Latin-1 (U+00C2-U+00F4) is a byte of mis-decoded UTF-8 ("\\u00c3\\x85" is
"\\u00c5"), repaired by ftfy instead.
Other control characters (C0 but tab and line feed, DEL, C1 left after mojibake repair) are removed, one rule for
every input format: :func:`normalize_text_counted` says how many (readers record it as
``meta["control_chars_removed"]`` and the run report as ``control_chars_removed:N``). Invisible format characters
that split words without being seen are removed: a byte-order mark anywhere (U+FEFF, by ftfy), the zero-width
space U+200B, the word joiner U+2060 and the soft hyphen U+00AD ("Russia\\u200b asked" is "Russia asked"). No-break
spaces become plain spaces, one character for one. Joiners U+200C/U+200D and bidi marks, which scripts and
emoji need, stay.

Offsets downstream always point into the normalised text, which is the text stored and output with the
events (``Article.text``). Every path into coding applies this same function: the readers through
:func:`eventwire.ingest.core.article_from_text`, and :func:`eventwire.pipeline.code_batch` (hence
``code_text``) for Articles built by API callers.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata

#: Line boundaries of ``str.splitlines`` other than ``\n`` and ``\r`` (handled first): each becomes ``\n``.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
_LINE_BREAK_MAP = {ord(c): "\n" for c in LINE_BREAKS}
#: U+0085 (NEL) is a line break unless it follows a C1 character or a UTF-8 lead byte read as Latin-1 (U+00C2-U+00F4):
#: then it is a byte of mojibake ("\u00c3\x85" is "\u00c5").
_NEL = re.compile(r"(?<![\u0080-\u009f\u00c2-\u00f4])\u0085")
#: Control characters removed (and counted): C0 but tab and line feed, DEL. C1 controls are removed after ftfy,
#: which first reads them as Windows-1252 mojibake where they are ("\x93quoted\x94" is "“quoted”").
_C0_REMOVED = {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F]}
_C1_REMOVED = {c: None for c in range(0x80, 0xA0)}

#: Invisible characters removed after ftfy (see module doc): zero-width space, word joiner, soft hyphen; no-break
#: spaces (U+00A0, U+202F, U+2007) become plain spaces, so "The\u00a0United\u00a0States" is a name the tokenizer
#: splits.
_INVISIBLE = {0x200B: None, 0x2060: None, 0x00AD: None, 0x00A0: " ", 0x202F: " ", 0x2007: " "}


def _finder(table: dict):
    """A compiled pattern that finds any character of a ``str.translate`` table: a text without one is left
    as it is, with no ``translate`` pass (which looks every character up in the table: a few milliseconds on a
    long article, for nothing on most)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


_HAS_LINE_BREAK, _HAS_C0, _HAS_C1, _HAS_INVISIBLE = map(_finder, (_LINE_BREAK_MAP, _C0_REMOVED, _C1_REMOVED,
                                                                  _INVISIBLE))


def _translated(text: str, table: dict, finder) -> str:
    """``text.translate(table)``, skipped when ``finder`` (:func:`_finder` of ``table``) finds no character of it."""
    return text.translate(table) if finder.search(text) else text


@functools.lru_cache(maxsize=1)
def _ftfy_config():
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,       # readers unescape HTML themselves; "&amp;" in plain text stays
        uncurl_quotes=False,       # keep the outlet's quotation marks (quote detection reads them)
        fix_character_width=False,
        fix_latin_ligatures=False,
        fix_line_breaks=True,      # \r\n, \r, U+2028 -> \n
        remove_terminal_escapes=True,
        remove_control_chars=True,
        normalization="NFC",
        max_decode_length=1_000_000,
        explain=False,
    )


def normalize_text(text: str) -> str:
    """Return ``text`` with mojibake repaired (ftfy), line ends unified to ``\\n`` (every ``str.splitlines``
    boundary), control characters removed, invisible word-splitting characters removed (BOM, U+200B,
    U+2060, U+00AD) and Unicode NFC (see the module doc; :func:`normalize_text_counted` also counts the
    control characters removed).

    ``text``: any ``str``. Never raises for odd input; empty in, empty out. Idempotent:
    ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    return normalize_text_counted(text)[0]


#: How many texts, and how many characters in all, :class:`FixedPoints` remembers (the texts of a few batches:
#: a reader's output is normalised again by ``code_batch``, and ``code_articles`` normalises each chunk before it).
#: A reader normalises two texts per article (text and title): 4096 texts hold a corpus of some 2,000 articles read
#: before it is coded (``bench/throughput.py`` reads its 300 first), where 512 forgot each text before its second
#: pass; the character bound is the memory bound (a remembered text is the very string the Article holds).
FIXED_POINTS_MAX_TEXTS = 4096
FIXED_POINTS_MAX_CHARS = 8_000_000


class FixedPoints:
    """The last texts :func:`normalize_text_counted` left unchanged with nothing removed (its fixed points, the
    common case: reader output, clean API text), so that normalising one of them again is a lookup, not a second
    ftfy pass (speed, issue 12). Exact whatever ftfy does: only a text the function has itself returned unchanged
    is remembered, and the function is pure. Bounded: at most ``max_texts`` texts and ``max_chars`` characters, the
    oldest forgotten first; a text longer than ``max_chars`` is never kept. Safe to share between threads (the
    API's workers): additions hold a lock, and a lookup is one dict membership test."""

    def __init__(self, max_texts: int = FIXED_POINTS_MAX_TEXTS, max_chars: int = FIXED_POINTS_MAX_CHARS):
        self.max_texts, self.max_chars = max_texts, max_chars
        self._texts: dict[str, None] = {}  # insertion order: oldest first
        self.chars = 0
        self._lock = threading.Lock()

    def __contains__(self, text: str) -> bool:
        return text in self._texts

    def __len__(self) -> int:
        return len(self._texts)

    def add(self, text: str) -> None:
        """Remember ``text`` (a fixed point), forgetting the oldest texts over the bounds."""
        if len(text) > self.max_chars:
            return
        with self._lock:
            if text in self._texts:
                return
            self._texts[text] = None
            self.chars += len(text)
            while len(self._texts) > self.max_texts or self.chars > self.max_chars:
                old = next(iter(self._texts))
                del self._texts[old]
                self.chars -= len(old)

    def clear(self) -> None:
        """Forget every text."""
        with self._lock:
            self._texts.clear()
            self.chars = 0


#: The fixed points :func:`normalize_text_counted` remembers (see :class:`FixedPoints`).
FIXED_POINTS = FixedPoints()


def normalize_text_counted(text: str) -> tuple[str, int]:
    """``(normalize_text(text), n)``: the normalised text and the number of control characters removed
    (C0 but tab and line feed, DEL, C1; line-break controls become ``\\n`` and are not counted). Lone
    surrogates (from JSON escapes such as ``"\\ud800"``) become U+FFFD, one for one: text leaving
    eventwire is always valid UTF-8. A text this function recently returned unchanged is returned at once
    (:data:`FIXED_POINTS`: the same result, without a second ftfy pass)."""
    if not text:
        return "", 0
    if isinstance(text, str) and text in FIXED_POINTS:
        return text, 0
    out, removed = _normalize_counted(text)
    if removed == 0 and out == text:
        FIXED_POINTS.add(text)
    return out, removed


def _normalize_counted(text: str) -> tuple[str, int]:
    """The work of :func:`normalize_text_counted` (no memory of fixed points)."""
    from ftfy import fix_text

    text = _translated(text.replace("\r\n", "\n").replace("\r", "\n"), _LINE_BREAK_MAP, _HAS_LINE_BREAK)
    if "\x85" in text:
        text = _NEL.sub("\n", text)
    n = len(text)
    text = _translated(text, _C0_REMOVED, _HAS_C0)
    removed = n - len(text)
    fixed = fix_text(text, config=_ftfy_config())
    # removed after ftfy: a soft hyphen is one of its clues for mojibake ("Ã\xad" is "í"); when the removal
    # changed anything, ftfy runs again so that the result stays idempotent
    stripped = _translated(fixed, _INVISIBLE, _HAS_INVISIBLE)
    if stripped != fixed:
        stripped = _translated(fix_text(stripped, config=_ftfy_config()), _INVISIBLE, _HAS_INVISIBLE)
    n = len(stripped)
    stripped = _translated(stripped, _C1_REMOVED, _HAS_C1)
    removed += n - len(stripped)
    from ..schema import valid_unicode

    return unicodedata.normalize("NFC", valid_unicode(stripped)), removed

