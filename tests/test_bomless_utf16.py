"""UTF-16 text without a byte-order mark is text, not binary (eventwire.ingest.core.bomless_utf16).

Fresh-user finding: a UTF-16 file written without BOM (``iconv -t UTF-16LE``, some Windows exports) was refused
as ``unsupported_binary_input``, its NUL bytes counted as control bytes. The kind: a NUL byte in every other
position for (nearly) all of a sample, and printable text once decoded, is UTF-16 LE or BE; anything else with
that many NULs is still binary, with its reason. Texts invented for the test.
"""
from __future__ import annotations

import random
import struct

import pytest

from eventwire.errors import BinaryInput
from eventwire.ingest import read_inputs
from eventwire.ingest.core import bomless_utf16, decode_bytes, utf16_codec
from eventwire.ingest.readers import sniff_content
from eventwire.schema import Article, DocReport

TEXT = ("Army Chiefs Meet in Accra\n"
        "The army chiefs of Ghana and Togo met in Accra on Tuesday, the defence ministry said.\n"
        "“We agreed to patrol the border together,” a spokesman told reporters — a first since 2019.\n")
LATIN1 = "Le ministre a rencontré l'ambassadeur à Genève; l'été dernier, il était à Zürich.\n"

BINARY_REASON = "binary content (magic number or control bytes), not an article"


def _read(path):
    return list(read_inputs([str(path)]))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT, LATIN1, "Peru condemned Iran."])
def test_bomless_utf16_decodes_as_text(codec, text):
    data = text.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))  # no byte-order mark
    assert utf16_codec(data) == codec
    assert bomless_utf16(data) == text
    assert decode_bytes(data) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_txt_file_is_coded_text(tmp_path, codec):
    p = tmp_path / "story.txt"
    p.write_bytes(TEXT.encode(codec))
    [a] = _read(p)
    assert isinstance(a, Article)
    assert a.text == TEXT and a.title == "Army Chiefs Meet in Accra"
    # the same file without an extension: sniffed as text too, same article
    q = tmp_path / "story"
    q.write_bytes(TEXT.encode(codec))
    [b] = _read(q)
    assert isinstance(b, Article) and b.text == TEXT


def test_bomless_utf16_html_page_is_read_as_html(tmp_path):
    page = ("<!doctype html><html><head><title>Ghana and Togo</title></head><body><article>"
            "<p>The army chiefs of Ghana and Togo met in Accra on Tuesday, the defence ministry said.</p>"
            "</article></body></html>")
    p = tmp_path / "page"
    p.write_bytes(page.encode("utf-16-le"))
    assert sniff_content(p.read_bytes()[:4096]) == "html"
    [a] = _read(p)
    assert isinstance(a, Article) and "<p>" not in a.text and "met in Accra on Tuesday" in a.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_sgml_records_in_a_txt_are_markup_not_one_article(tmp_path, codec):
    """As in UTF-8: a .txt of SGML records is skipped as unsupported_format, not coded as one article."""
    p = tmp_path / "reut2-000.txt"
    p.write_bytes('<REUTERS NEWID="1"><BODY>Ghana and Togo met.</BODY></REUTERS>\n'
                  '<REUTERS NEWID="2"><BODY>Peru condemned Iran.</BODY></REUTERS>\n'.encode(codec))
    [r] = _read(p)
    assert isinstance(r, DocReport) and r.status == "skipped" and r.reason.startswith("unsupported_format: .txt")


def _random(n, seed=7):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


@pytest.mark.parametrize("name,data", [
    ("random.txt", _random(4000)),
    ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + _random(600)),
    ("scattered.txt", b"Peru condemned Iran.\x00\x01 Chile\x00 agreed\x02.\x00\x03 " * 20),
    # a NUL in every other position, but decoded: control characters (an array of small 16-bit numbers)
    ("numbers.bin", struct.pack("<400h", *[i % 20 for i in range(400)])),
    # UTF-32 without BOM: NULs in both positions of each 16-bit unit
    ("utf32.txt", "Peru condemned Iran on Monday.".encode("utf-32-le")),
    ("nuls.txt", b"\x00" * 200),
])
def test_binary_with_nuls_is_still_refused(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    assert bomless_utf16(data) is None
    with pytest.raises(BinaryInput, match="not an article"):
        decode_bytes(data)
    [r] = _read(p)
    assert isinstance(r, DocReport) and r.status == "skipped"
    assert r.reason == f"unsupported_binary_input: {p}: {BINARY_REASON}"


def test_pattern_must_hold_for_nearly_all_of_the_sample():
    text = TEXT.encode("utf-16-le")
    # UTF-16 text followed by as much binary: the pattern holds for half the sample only
    assert utf16_codec(text + _random(len(text))) is None
    # an odd length cannot be UTF-16
    assert bomless_utf16(text + b"x") is None
    # an unpaired surrogate is no UTF-16 text
    assert bomless_utf16(text + "\ud800".encode("utf-16-le", "surrogatepass") + b"a\x00") is None
    # plain ASCII/UTF-8 text has no NULs: not UTF-16
    assert utf16_codec(TEXT.encode("utf-8")) is None and utf16_codec(b"ab") is None


def test_non_latin_utf16_without_bom_is_not_guessed():
    """Cyrillic or CJK in UTF-16 has no NUL pattern: without its BOM it stays refused (with its BOM it is text)."""
    ru = "Россия осудила нападение на посольство в понедельник."
    with pytest.raises(BinaryInput):
        decode_bytes(ru.encode("utf-16-le"))
    assert decode_bytes(ru.encode("utf-16")) == ru
