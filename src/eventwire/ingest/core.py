"""Format dispatch, decoding and the per-document contract shared by all readers."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BinaryInput, DecodeError, EmptyInput, InputError
from ..schema import Article, DocReport

#: Magic numbers of binary formats that are sometimes fed as articles (PDF, JPEG, PNG, GIF, ZIP, gzip
#: payloads handled elsewhere). Field case C34.
BINARY_MAGIC = (b"%PDF", b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\x00\x00\x01\x00")


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode article bytes to ``str``.

    UTF-8 (with or without BOM) first; otherwise the encoding detected by charset-normalizer.
    Raises :class:`BinaryInput` (reason ``unsupported_binary_input``) for binary payloads (magic
    number, NUL bytes, or a high share of control characters) and :class:`DecodeError` when no
    encoding fits.
    """
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:65536]:
        raise BinaryInput(f"{name}: binary content (magic number or NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise DecodeError(f"{name}: bytes cannot be decoded as text in any known encoding")
        text = str(best)
    ctrl = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and ctrl / min(len(text), 20000) > 0.01:
        raise BinaryInput(f"{name}: {ctrl} control characters, not an article")
    return text


def article_from_text(text: str, *, id: str | None = None, title: str | None = None,
                      publication_date: str | None = None, url: str | None = None,
                      outlet: str | None = None, path: str | None = None, **meta) -> Article:
    """Build an :class:`Article` from already-decoded text (NFC-normalised, line ends unified).

    Raises :class:`EmptyInput` when the text is empty or whitespace only (field case C33).
    """
    import unicodedata

    if text is None or not str(text).strip():
        raise EmptyInput(f"{path or id or 'document'}: empty or whitespace-only text")
    text = unicodedata.normalize("NFC", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return Article(text=text, id=id, title=title, publication_date=publication_date, url=url,
                   outlet=outlet, path=path, meta={k: v for k, v in meta.items() if v is not None})


def _skip(path: str | None, err: InputError, article_id: str | None = None) -> DocReport:
    reason = getattr(err, "reason", None) or err.code
    status = "skipped" if reason in ("empty_input", "unsupported_binary_input") or reason.startswith("language:") else "failed"
    return DocReport(article_id=article_id, status=status, reason=f"{reason}: {err.message}", path=path)


def _iter_files(paths: Iterable[str]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for f in sorted(files):
                    yield Path(root) / f
        elif any(ch in str(p) for ch in "*?["):
            import glob

            for g in sorted(glob.glob(str(p), recursive=True)):
                if Path(g).is_file():
                    yield Path(g)
        else:
            yield path


def read_inputs(paths: Iterable[str], *, input_format: str | None = None,
                publication_date: str | None = None) -> Iterator[Article | DocReport]:
    """Yield an :class:`Article` or a skip/fail :class:`DocReport` for every document in ``paths``.

    ``paths``: files, directories (recursive) or globs. ``input_format``: force a reader
    (``txt``, ``jsonl``); default by extension. ``publication_date`` (ISO) fills articles that carry
    none. A file that cannot be opened yields a ``failed`` report; the iteration goes on.
    """
    from . import readers

    for path in _iter_files(paths):
        fmt = input_format or readers.sniff_format(path)
        reader = readers.READERS.get(fmt)
        if reader is None:
            yield DocReport(article_id=None, status="skipped", reason=f"unsupported_format: {path.suffix or fmt}",
                            path=str(path))
            continue
        try:
            for item in reader(path):
                if isinstance(item, Article) and publication_date and not item.publication_date:
                    item.publication_date = publication_date
                yield item
        except InputError as e:
            yield _skip(str(path), e)
        except OSError as e:
            yield DocReport(article_id=None, status="failed", reason=f"EW100: cannot read {path}: {e}", path=str(path))
