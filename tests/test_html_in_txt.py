"""A file named .txt that holds an HTML page, an HTML fragment or text pasted with its tags is read by the page
extractor, never coded with its tags; SGML/XML records in a .txt stay an unsupported_format skip
(eventwire.ingest.readers._txt_content_kind; fresh-user finding, stop 21: "HTML inside a .txt is coded with its tags")."""
from __future__ import annotations

import gzip

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.readers import sniff_format
from eventwire.schema import Article

SENT = "Police arrested ten protesters in Nairobi on Monday, officials said."


@pytest.mark.parametrize("body", [
    f"<!DOCTYPE html><html><head><title>Arrests</title></head><body><p>{SENT}</p></body></html>",
    f"<div><p>{SENT}</p></div>",
    f"<p>{SENT}</p>\n<p>The <b>government</b> condemned the protests.</p>",
    f"{SENT} The <b>government</b> condemned the protests.",
    f"<P>{SENT}</P>",
])
def test_html_in_a_txt_file_is_read_as_html(tmp_path, body):
    path = tmp_path / "story.txt"
    path.write_text(body, encoding="utf-8")
    assert sniff_format(path) == "html"
    [a] = list(read_inputs([str(path)]))
    assert isinstance(a, Article) and SENT in a.text and "<" not in a.text and ">" not in a.text


def test_gzipped_txt_keeps_the_plain_text_reader(tmp_path):
    # the page extractor reads no gzip: a gzipped .txt goes to the plain-text reader (or is skipped as markup),
    # as before this rule
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(f"<div><p>{SENT}</p></div>".encode()))
    assert sniff_format(path) == "markup"
    path.write_bytes(gzip.compress(f"{SENT} The <b>government</b> condemned it.".encode()))
    assert sniff_format(path) == "txt"


@pytest.mark.parametrize("body", [
    SENT + "\nThe vote was 3 < 5 in the committee, and turnout was >60%.\n",
    SENT + "\nA reader wrote <3 to the editors.\n",
    SENT + "\nThe <b> tag alone is not a page.\n",
])
def test_plain_text_with_angle_brackets_stays_plain_text(tmp_path, body):
    path = tmp_path / "story.txt"
    path.write_text(body, encoding="utf-8")
    assert sniff_format(path) == "txt"
    [a] = list(read_inputs([str(path)]))
    assert isinstance(a, Article) and a.text.startswith(SENT)


def test_sgml_records_in_a_txt_file_stay_skipped(tmp_path):
    path = tmp_path / "reut2-000.txt"
    path.write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES"><TEXT><BODY>' + SENT
                    + "</BODY></TEXT></REUTERS>\n", encoding="utf-8")
    assert sniff_format(path) == "markup"
    [r] = list(read_inputs([str(path)]))
    assert r.status == "skipped" and r.reason.startswith("unsupported_format:")
