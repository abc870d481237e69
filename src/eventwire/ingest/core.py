"""Decoding, the per-document size limit and the contract shared by all readers (the dispatch,
``read_inputs``, is in readers.py)."""
from __future__ import annotations

from ..errors import BinaryInput, DecodeError, EmptyInput, InputError, TooLarge
from ..schema import Article, DocReport

#: Default per-document size limit: UTF-8 bytes of an article's text (CLI ``--max-doc-bytes``; 0 = none).
#: About ten times the longest long-read; a bigger "article" is a dump or a concatenation, whose coding
#: would take minutes and hold up the documents after it. Over it: skipped, reason ``too_large:<bytes>``.
MAX_DOC_BYTES = 1_000_000

#: Magic numbers of binary formats that are sometimes fed as articles (PDF, JPEG, PNG, GIF, ZIP, gzip
#: payloads handled elsewhere). Field case C34.
BINARY_MAGIC = (b"%PDF", b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\x00\x00\x01\x00")


#: Byte-order marks of UTF-16/32 text (which contains NUL bytes and must be decoded before the binary test).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode article bytes to ``str``: the text of :func:`decode_text` (which also says which encoding was used).

    Raises :class:`BinaryInput` (reason ``unsupported_binary_input``) for binary payloads (magic number, NUL
    bytes, or a high share of control characters) and :class:`DecodeError` when no encoding fits.
    """
    return decode_text(data, name=name)[0]


def decode_text(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes: ``(text, encoding)``, ``encoding`` a Python codec name (``"utf-8"``,
    ``"utf-16-le"``, ``"cp1252"``, ``"cp1250"`` ...).

    Order: UTF-16/32 when the bytes start with their byte-order mark; UTF-16 without a byte-order mark
    when its NUL bytes say so (:func:`bomless_utf16`); UTF-8 (with or without BOM),
    kept with U+FFFD when only a stray byte or two is invalid among valid multi-byte characters;
    Windows-1252 when at most 3 bytes or 5% of them are non-ASCII, it decodes, and the text is not in a language
    written in another code page (:func:`_western_or_unknown`); otherwise the
    encoding detected by charset-normalizer, with Windows-1252 preferred to another code page whose text reads
    the same language (:func:`charset_guess`; mojibake left over is repaired later by ftfy).
    Readers keep an encoding other than UTF-8 in ``Article.meta["encoding"]``, and the run report notes it
    (``encoding:cp1252``).
    Raises :class:`BinaryInput` (reason ``unsupported_binary_input``) for binary payloads (magic
    number, NUL bytes, or a high share of control characters) and :class:`DecodeError` when no
    encoding fits.
    """
    text = None
    encoding = "utf-8"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
                encoding = codec
                break
            except UnicodeDecodeError as e:
                raise BinaryInput(f"{name}: starts with a {codec} byte-order mark but is not {codec} text") from e
    if text is None:
        text = bomless_utf16(data)
        if text is not None:
            encoding = utf16_codec(data[:65536]) or "utf-16"
    if text is None and looks_binary(data[:65536]):
        raise BinaryInput(f"{name}: binary content (magic number or control bytes), not an article")
    try:
        text = data.decode("utf-8-sig") if text is None else text
    except UnicodeDecodeError:
        text = None
        lossy = data.decode("utf-8-sig", errors="replace")
        # UTF-8 with a few stray bytes (a truncated or spliced character) stays UTF-8: a code-page guess
        # over mostly-ASCII bytes picks GB18030 and the like and garbles every non-ASCII character.
        bad = lossy.count("\ufffd")
        good = sum(1 for ch in lossy if ord(ch) > 127) - bad  # valid multi-byte UTF-8 characters
        if bad <= max(1, len(data) // 1000) and good >= bad:
            text = lossy
    if text is None and sum(1 for b in data if b > 127) <= max(3, 0.05 * len(data)):
        # Latin text with a few accented letters or curly quotes: Windows-1252, the usual mis-declared
        # code page of Western news sites (charset-normalizer guesses badly on such short evidence), unless
        # the text is in a language written in another code page (Polish, Czech, Croatian ... in cp1250).
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and _western_or_unknown(western):
            text, encoding = western, "cp1252"
    if text is None:
        text, encoding = charset_guess(data, name=name)
    head = text[:20000]
    ctrl = _count_controls(head)
    if text and _too_many_controls(ctrl, len(head)):
        raise BinaryInput(f"{name}: {ctrl} control or unassigned characters, not an article")
    return text, encoding


#: Languages (ISO 639-1, of :data:`eventwire.ingest.language.LANGUAGES`) written in Windows-1252, the Western
#: European code page (ISO 8859-1 plus curly quotes, dashes, the euro sign, œ, š, ž in 0x80-0x9F): when the bytes
#: read as Windows-1252 are text in one of them, Windows-1252 is taken (:func:`charset_guess`).
CP1252_LANGUAGES = frozenset({"en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "fi", "id", "ms", "tl", "af",
                              "sw", "so"})


def _western_or_unknown(text: str) -> bool:
    """True unless the run's language detector (:func:`eventwire.ingest.language.judge`) finds ``text`` (bytes read
    as Windows-1252) in a language not written in Windows-1252 (:data:`CP1252_LANGUAGES`): short Polish, Czech or
    Croatian in cp1250 has few non-ASCII bytes too. Too few letters to judge: True."""
    from .language import judge

    lang = judge(text)[0]
    return lang is None or lang in CP1252_LANGUAGES


def charset_guess(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """``(text, encoding)`` of bytes that are not UTF-8, by charset-normalizer (``from_bytes(data).best()``),
    with one correction: Windows-1252 when charset-normalizer picks another code page but Windows-1252 decodes
    the bytes (strictly: its five undefined bytes are C1 controls, never in text), is one of its candidate
    readings (``could_be_from_charset`` of a match: the library's mess test passed), and that reading is text in
    a language written in Windows-1252 (:data:`CP1252_LANGUAGES`, by the run's language detector,
    :func:`eventwire.ingest.language.judge`); or when it gives the very same text as the pick.

    Why: charset-normalizer ranks by mess (chaos), then language coherence; on Western text the Central-European
    and Baltic code pages score alike (their accented letters are letters too) and ties fall to whichever code
    page comes first, cp1250: French in Latin-1 came out "déclaré jeudi ŕ Paris", "étrangčres" (fresh-user
    finding, stop 18). Its own language guess cannot settle it (an English text with a few accented names reads
    as "Slovak" in every candidate), the run's detector can, since the ASCII letters carry the language. Text in
    the languages of those code pages keeps its code page: Czech, Polish, Hungarian, Romanian, Croatian in cp1250,
    Turkish in cp1254 are detected as such in their Windows-1252 reading too, and Polish or Russian has no
    Windows-1252 candidate at all (too messy).

    Examples: ``"la délégation arrivera à Genève ...".encode("latin-1")`` -> ``"cp1252"``, the text as written;
    ``"Ministr zahraničních věcí ...".encode("cp1250")`` -> ``"cp1250"``; Russian in cp1251 -> ``"cp1251"``.
    Raises :class:`DecodeError` when charset-normalizer finds no encoding.
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError(f"{name}: bytes cannot be decoded as text in any known encoding")
    if best.encoding != "cp1252":
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None:
            if "cp1252" in best.could_be_from_charset:
                return western, "cp1252"
            if any("cp1252" in m.could_be_from_charset for m in results):
                from .language import judge

                if judge(western)[0] in CP1252_LANGUAGES:
                    return western, "cp1252"
    return str(best), best.encoding


def non_utf8(encoding: str | None) -> str | None:
    """``encoding`` (a codec name from :func:`decode_text`) when it is not UTF-8, else None: the value readers
    keep in ``Article.meta["encoding"]`` (absent for UTF-8, the default)."""
    return None if encoding is None or encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig") else encoding


def _count_controls(text: str) -> int:
    """Control, unassigned, private-use and surrogate code points in ``text``: what binary bytes decode to
    (line-break controls such as a vertical tab are text: normalize_text makes them line ends)."""
    import unicodedata

    return sum(1 for ch in text if ch not in _TEXT_CONTROLS and (ord(ch) < 32 or (
        ord(ch) > 126 and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))))


#: BOM-less UTF-16 (:func:`bomless_utf16`): the share of the sampled code units whose high byte must be NUL
#: (ASCII and Latin-1 text: all of them; curly quotes, dashes and letters past U+00FF are the rest) ...
_UTF16_HIGH_NUL_SHARE = 0.9
#: ... and the largest share whose low byte may be NUL (U+0100, U+2000, U+4E00 ...: rare in text; random
#: or structured binary has NULs in both positions).
_UTF16_LOW_NUL_SHARE = 0.01


def bomless_utf16(data: bytes) -> str | None:
    """The text of ``data`` when it is UTF-16 written without a byte-order mark, else None.

    Shape: text of mostly Latin script saved as UTF-16 by a tool that writes no BOM (some Windows exports,
    ``iconv -t UTF-16LE``) has a NUL byte in every other position: at odd offsets for little-endian
    (``P\\x00r\\x00``), at even offsets for big-endian (``\\x00P\\x00r``). Rule: the length is even, and in the
    first 64 KiB at least 90% of the code units have a NUL high byte and at most 1% a NUL low byte (the
    pattern holds for nearly all of the sample); the whole of ``data`` decodes as that UTF-16 (no unpaired
    surrogate); and the decoded text is printable (control and unassigned characters under the binary rule of
    :func:`_too_many_controls`). Else None, and :func:`decode_bytes` goes on to its binary test, which refuses
    bytes with that many NULs (``unsupported_binary_input``).

    Examples: ``"Police fired tear gas.".encode("utf-16-le")`` -> the text; the same in ``utf-16-be`` -> the
    text; random bytes, a PNG header, ASCII with scattered NULs, UTF-32 (NULs in both positions) or an array of
    small 16-bit numbers (NUL high bytes, but control characters) -> None. UTF-16 text in a non-Latin script
    (Cyrillic, CJK) has no NUL pattern and is not recognised without its BOM.
    Source: fresh-user finding (stop 14): a UTF-16 file without BOM was refused as binary.
    """
    if len(data) % 2:
        return None
    codec = utf16_codec(data[:65536])
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:20000]
    return None if _too_many_controls(_count_controls(head), len(head)) else text


def utf16_codec(sample: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the NUL bytes of ``sample`` (the first bytes of a file; an odd
    last byte is ignored) follow the pattern of BOM-less UTF-16 text of :func:`bomless_utf16`: at least 90% of
    its code units (4 bytes or more) with a NUL high byte, at most 1% with a NUL low byte; else None. The
    pattern only: whether the bytes decode to printable text is :func:`bomless_utf16`'s test."""
    units = len(sample) // 2
    if units < 2:
        return None
    sample = sample[:2 * units]
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, high, low in (("utf-16-le", nul_odd, nul_even), ("utf-16-be", nul_even, nul_odd)):
        if high >= _UTF16_HIGH_NUL_SHARE * units and low <= _UTF16_LOW_NUL_SHARE * units:
            return codec
    return None


#: Control characters that are text: tab and the line boundaries of ``str.splitlines`` (made ``\n`` by
#: :func:`eventwire.ingest.normalize.normalize_text`).
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\x0b\x0c\x1c\x1d\x1e")


def _too_many_controls(n: int, length: int) -> bool:
    """The binary rule: more than 1% control characters, and at least 4 of them (one stray NUL in a short
    article is a control character to remove, not a sign of binary content)."""
    return n >= 4 and n > 0.01 * max(length, 1)


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file or document, 64 KiB is plenty) is binary: it starts with
    a magic number of :data:`BINARY_MAGIC`, or control bytes (C0 but tab and line breaks, DEL) make up more
    than 1% of it, at least 4 of them. One rule for every reader (issue 15): below it, control characters are
    text noise that :func:`eventwire.ingest.normalize.normalize_text` removes and counts."""
    if head.startswith(BINARY_MAGIC):
        return True
    return _too_many_controls(len(head.translate(None, _NOT_CONTROL_BYTES)), len(head))


#: Every byte but the control bytes counted by :func:`looks_binary` (deleted to count those).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 32 or b == 127) or b in _TEXT_CONTROL_BYTES)


def article_from_text(text: str, *, id: str | None = None, title: str | None = None,
                      publication_date: str | None = None, url: str | None = None,
                      outlet: str | None = None, path: str | None = None, max_bytes: int | None = None,
                      **meta) -> Article:
    """Build an :class:`Article` from already-decoded text, normalised by
    :func:`eventwire.ingest.normalize.normalize_text` (mojibake repaired, line ends ``\n``, control
    characters removed, NFC; how many control characters were removed is kept in
    ``meta["control_chars_removed"]``).

    ``title`` is normalised the same way. ``meta`` keys with value None are dropped. ``max_bytes``: the
    per-document size limit in UTF-8 bytes of ``text`` (None or 0: none).
    Raises :class:`EmptyInput` when the text is empty or whitespace only (field case C33) and
    :class:`TooLarge` when it is over ``max_bytes`` (checked before any normalisation work).
    """
    from .normalize import normalize_text, normalize_text_counted

    if text is None or not str(text).strip():
        raise EmptyInput(f"{path or id or 'document'}: empty or whitespace-only text")
    check_size(str(text), max_bytes, path or id or "document")
    text, removed = normalize_text_counted(str(text))
    if not text.strip():
        raise EmptyInput(f"{path or id or 'document'}: empty or whitespace-only text")
    if title is not None:
        title = normalize_text(str(title)).strip() or None
    if removed:
        meta["control_chars_removed"] = removed
    return Article(text=text, id=id, title=title, publication_date=publication_date, url=url,
                   outlet=outlet, path=path, meta={k: v for k, v in meta.items() if v is not None})


def check_size(text: str, max_bytes: int | None, name: str = "document") -> None:
    """Raise :class:`TooLarge` (reason ``too_large:<bytes>``) when ``text`` is over ``max_bytes`` UTF-8
    bytes; nothing when ``max_bytes`` is None or 0. Cheap for texts far below the limit."""
    if not max_bytes or len(text) * 4 <= max_bytes:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise TooLarge(f"{name}: text of {size} bytes is over the per-document limit of {max_bytes} bytes "
                       f"(--max-doc-bytes; 0 for none)", size=size)


#: Reasons of an input error that skip the document rather than fail it (with ``language:`` and ``too_large:``).
SKIP_REASONS = ("empty_input", "unsupported_binary_input", "eventwire_output")


def _skip(path: str | None, err: InputError, article_id: str | None = None) -> DocReport:
    reason = getattr(err, "reason", None) or err.code
    status = "skipped" if reason in SKIP_REASONS or reason.startswith(("language:", "too_large:")) else "failed"
    # a failure carries its error code ("malformed: EW104 ..."), as the readers' own failures do
    code = f"{err.code} " if status == "failed" and reason != err.code else ""
    return DocReport(article_id=article_id, status=status, reason=f"{reason}: {code}{err.message}", path=path)
