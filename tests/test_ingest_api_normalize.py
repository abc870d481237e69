"""The Python API normalises text like the CLI readers: BOM, CR/CRLF/U+2028 line ends, zero-width spaces.

Offsets point into the normalised text, which is the text returned with the events (code_batch's
``BatchResult.articles``) and stored.
"""
from __future__ import annotations

import pytest

import eventwire
from eventwire.ingest import read_inputs
from eventwire.ingest.normalize import normalize_text
from eventwire.pipeline import code_batch
from eventwire.schema import Article

from conftest import shared_path


@pytest.fixture(scope="module")
def clean():
    return shared_path("seed", "article.txt").read_text(encoding="utf-8")


VARIANTS = {
    "bom": lambda t: "\ufeff" + t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "u2028": lambda t: t.replace("\n", "\u2028"),
    "zwsp": lambda t: t.replace("Russia", "Russia\u200b").replace("China", "\u200bChina"),
    "all": lambda t: "\ufeff" + t.replace("Russia", "Rus\u00adsia\u2060").replace("\n", "\r\n"),
}


def _sig(events):
    return [e.to_dict() for e in events]


@pytest.fixture(scope="module")
def clean_events(clean):
    events, quotes = eventwire.code_text(clean, publication_date="2022-03-13")
    return _sig(events), [q.to_dict() for q in quotes]


def test_normalize_text_undoes_every_variant(clean):
    for name, f in VARIANTS.items():
        assert normalize_text(f(clean)) == clean, name
    assert normalize_text("Russia\u200b asked China") == "Russia asked China"
    assert normalize_text("Russia\u200casked") == "Russia\u200casked"  # joiners stay (scripts need them)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_code_text_gives_the_clean_texts_events(clean, clean_events, name):
    events, quotes = eventwire.code_text(VARIANTS[name](clean), publication_date="2022-03-13")
    assert len(clean_events[0]) >= 11  # the clean seed codes its events (11 from the rules alone; issue 13 adds)
    assert _sig(events) == clean_events[0]  # same records, offsets included (they point into clean)
    assert [q.to_dict() for q in quotes] == clean_events[1]
    for e in events:
        assert clean[e.text_info["start"]:e.text_info["end"]] == e.event_text


def test_headline_event_survives_a_bom(clean):
    events, _ = eventwire.code_text("\ufeff" + clean, publication_date="2022-03-13")
    first = min(events, key=lambda e: e.text_info["start"])
    assert (first.event, first.text_info["sentence_index"]) == ("REQUEST", 0)
    assert first.actor[0].code == "RUS" and first.recipient[0].code == "CHN"


def test_zero_width_space_between_words():
    events, _ = eventwire.code_text("Russia\u200b asked China for weapons on Monday.", publication_date="2022-03-13")
    assert [(e.event, e.actor[0].code, e.recipient[0].code) for e in events] == [("REQUEST", "RUS", "CHN")]
    assert events[0].actor[0].start == 0 and events[0].recipient[0].start == 13  # "Russia asked China": into the normalised text


def test_code_batch_returns_the_normalised_text_the_offsets_point_into(clean):
    raw = Article(text=VARIANTS["all"](clean), id="x", title="\ufeffRussia seeking military equipment")
    res = code_batch([raw])
    [a] = res.articles
    assert a.text == clean and a.id == "x" and a.title == "Russia seeking military equipment"
    assert raw.text != clean  # the caller's object is not modified
    for e in res.events:
        assert a.text[e.text_info["start"]:e.text_info["end"]] == e.event_text
        for x in e.actor + e.recipient:
            if x.start is not None:
                assert a.text[x.start:x.end] == x.entity_text
    for q in res.quotes:
        assert a.text[q.start:q.end] == q.text


def test_cli_reader_gives_the_same_events_for_a_zero_width_space_file(clean, clean_events, tmp_path):
    p = tmp_path / "zw.txt"
    p.write_bytes(("\ufeff" + VARIANTS["zwsp"](clean)).encode("utf-8"))
    [a] = read_inputs([str(p)], publication_date="2022-03-13")
    assert a.text == clean
    res = code_batch([a])
    def content(d):  # what does not depend on the article id (the event id and story event id hash it)
        d = {k: v for k, v in d.items() if k not in ("id", "article_id")}
        d["text_info"] = {**d["text_info"], "story_event": {**d["text_info"]["story_event"], "id": None}}
        return d

    ours = [content(e.to_dict()) for e in res.events]
    theirs = [content(e) for e in clean_events[0]]
    assert ours and ours == theirs


# --- the memory of fixed points (speed, issue 12): the same results as the full pass, bounded --------------------
NORMALIZE_CASES = ["Russia asked Ukraine.", "Cafe\u0301 \u201cquote\u201d", "a\r\nb\x00c", "CafÃ©", "\ufeffx\u200by",
                   "plain\ttext\n", "Russia\u00a0asked", "\x93quoted\x94", "", "line\u2028break"]


@pytest.mark.parametrize("text", NORMALIZE_CASES)
def test_normalize_gives_the_full_pass_result_with_or_without_its_memory(text):
    from eventwire.ingest import normalize as N

    N.FIXED_POINTS.clear()
    first = N.normalize_text_counted(text)
    assert first == N._normalize_counted(text) if text else first == ("", 0)
    again = N.normalize_text_counted(text)  # a fixed point now comes from the memory
    assert again == first
    assert (text in N.FIXED_POINTS) == (bool(text) and first == (text, 0))  # only texts returned unchanged
    out = first[0]
    assert N.normalize_text_counted(out) == N._normalize_counted(out) if out else True


def test_the_memory_of_fixed_points_is_bounded():
    from eventwire.ingest.normalize import FixedPoints

    fp = FixedPoints(max_texts=3, max_chars=10)
    for t in ["aa", "bb", "cc", "dd"]:
        fp.add(t)
    assert len(fp) == 3 and "aa" not in fp and "dd" in fp  # the oldest forgotten first
    fp.add("eeeeee")  # 2 + 2 + 6 = 10 chars
    assert "bb" not in fp and "cc" in fp and fp.chars == 10
    fp.add("x" * 11)  # longer than the bound: never kept
    assert "x" * 11 not in fp and fp.chars <= 10
    fp.clear()
    assert len(fp) == 0 and fp.chars == 0


def test_a_changed_text_is_never_remembered():
    from eventwire.ingest import normalize as N

    N.FIXED_POINTS.clear()
    assert N.normalize_text_counted("a\x00b") == ("ab", 1)
    assert "a\x00b" not in N.FIXED_POINTS and N.normalize_text_counted("a\x00b") == ("ab", 1)
