"""Property test: arbitrary bytes fed to every reader (and to format sniffing) never raise; every file
yields at least one Article or DocReport, and each DocReport has a known status and a reason."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from eventwire.ingest import read_inputs
from eventwire.ingest.readers import READERS, UNSUPPORTED_FORMATS, sniff_content
from eventwire.schema import DOC_STATUSES, Article, DocReport

# Bytes that look like the start of each format, so the fuzzer gets past the first checks.
PREFIXES = [b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b'<?xml version="1.0"?><rss version="2.0"><channel><item>',
            b"<!doctype html><html><body><article><p>", b'{"text": "', b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.7\n"]
SUFFIXES = {"txt": ".txt", "jsonl": ".jsonl", "html": ".html", "rss": ".rss", "warc": ".warc"}


def _check(items, path: Path) -> None:
    assert items, f"no report for {path}"
    for it in items:
        assert isinstance(it, (Article, DocReport))
        if isinstance(it, DocReport):
            assert it.status in DOC_STATUSES and it.reason
        else:
            assert it.text.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000), fmt=st.sampled_from(sorted(READERS)))
def test_every_reader_survives_arbitrary_bytes(prefix, body, fmt):
    data = prefix + body
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"doc{SUFFIXES[fmt]}"
        p.write_bytes(data)
        _check(list(read_inputs([str(p)], input_format=fmt)), p)   # forced reader
        items = list(read_inputs([str(p)], dedupe=True, language=True))  # sniffed, full ingest path
        _check(items, p)
        assert sniff_content(data[:4096]) in set(READERS) | set(UNSUPPORTED_FORMATS)


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=2000))
def test_arbitrary_text_through_every_reader(text):
    data = text.encode("utf-8", errors="surrogatepass")
    with tempfile.TemporaryDirectory() as d:
        for fmt, suffix in SUFFIXES.items():
            p = Path(d) / f"doc{suffix}"
            p.write_bytes(data)
            _check(list(read_inputs([str(p)], language=True)), p)


def test_a_bare_xml_declaration_is_sniffed_as_unsupported_markup_and_skipped_with_its_reason():
    # found by the fuzzer above (body b'<?xml'): the sniffer names markup no reader codes; the file is skipped
    assert sniff_content(b"<?xml") == "markup"
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "doc.xml"
        p.write_bytes(b"<?xml")
        items = list(read_inputs([str(p)]))
    assert [(i.status, i.reason.split(" (")[0]) for i in items] == [("skipped", "unsupported_format: .xml")]
