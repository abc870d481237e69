"""Text normalisation applied to every article before NLP: mojibake repair and Unicode NFC.

Rule source: ftfy (rspeer/python-ftfy) repairs text that was decoded with the wrong codec
("CafÃ©" -> "Café", "â€œ" -> "“"); Unicode NFC (UAX #15) makes equal strings equal byte for byte so that
content hashes and offsets are stable. Quotes are NOT straightened, full-width characters and ligatures
are NOT folded: the article text stays as the outlet printed it, only broken encoding is undone.
Line ends are unified to ``\\n``. Offsets downstream always point into the normalised text.
"""
from __future__ import annotations

import functools
import unicodedata


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
    """Return ``text`` with mojibake repaired (ftfy), line ends unified to ``\\n`` and Unicode NFC.

    ``text``: any ``str``. Never raises for odd input; empty in, empty out. Idempotent:
    ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    if not text:
        return ""
    from ftfy import fix_text

    fixed = fix_text(text.replace("\r\n", "\n").replace("\r", "\n"), config=_ftfy_config())
    return unicodedata.normalize("NFC", fixed)
