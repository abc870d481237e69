"""Text normalisation applied to every article before NLP: mojibake repair and Unicode NFC.

Rule source: ftfy (rspeer/python-ftfy) repairs text that was decoded with the wrong codec
("CafÃ©" -> "Café", "â€œ" -> "“"); Unicode NFC (UAX #15) makes equal strings equal byte for byte so that
content hashes and offsets are stable. Quotes are NOT straightened, full-width characters and ligatures
are NOT folded: the article text stays as the outlet printed it, only broken encoding is undone.
Line ends are unified to ``\\n`` (``\\r\\n``, ``\\r``, U+2028, U+2029, U+0085). Invisible format characters
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
import unicodedata

#: Invisible characters removed after ftfy (see module doc): zero-width space, word joiner, soft hyphen; no-break
#: spaces (U+00A0, U+202F, U+2007) become plain spaces, so "The\u00a0United\u00a0States" is a name the tokenizer
#: splits.
_INVISIBLE = {0x200B: None, 0x2060: None, 0x00AD: None, 0x00A0: " ", 0x202F: " ", 0x2007: " "}


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
    """Return ``text`` with mojibake repaired (ftfy), line ends unified to ``\\n``, invisible
    word-splitting characters removed (BOM, U+200B, U+2060, U+00AD) and Unicode NFC.

    ``text``: any ``str``. Never raises for odd input; empty in, empty out. Idempotent:
    ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    if not text:
        return ""
    from ftfy import fix_text

    fixed = fix_text(text.replace("\r\n", "\n").replace("\r", "\n"), config=_ftfy_config())
    # removed after ftfy: a soft hyphen is one of its clues for mojibake ("Ã\xad" is "í"); when the removal
    # changed anything, ftfy runs again so that the result stays idempotent
    stripped = fixed.translate(_INVISIBLE)
    if stripped != fixed:
        stripped = fix_text(stripped, config=_ftfy_config()).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", stripped)
