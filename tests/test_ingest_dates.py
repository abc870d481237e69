"""Publication dates as feeds write them: accepted formats, impossible dates fall back to --pub-date."""
from __future__ import annotations

import json

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.dates import publication_date
from eventwire.pipeline import code_batch

TEXT = "Russia asked China for military equipment on Sunday, officials said."


@pytest.mark.parametrize("value, iso", [
    ("2022-03-05", "2022-03-05"),
    ("2022-03", "2022-03"),                              # a month stays a month (C21)
    ("2022-03-05T10:00:00Z", "2022-03-05"),
    ("2022-03-05T23:30:00-05:00", "2022-03-05"),         # the day as written, in the outlet's zone
    ("2022-03-05 10:00:00+01:00", "2022-03-05"),
    ("Sat, 05 Mar 2022 10:00:00 GMT", "2022-03-05"),     # RFC 2822
    ("Sat, 05 Mar 2022 23:30:00 -0500", "2022-03-05"),
    ("March 5, 2022", "2022-03-05"),
    ("5 March 2022", "2022-03-05"),
    ("5th March 2022", "2022-03-05"),
    ("Saturday, March 5, 2022 at 10:00 AM", "2022-03-05"),
    ("March 2022", "2022-03"),
    ("13/03/2022", "2022-03-13"),                        # day > 12: no ambiguity
    ("2022/03/05", "2022-03-05"),
    ("20220305", "2022-03-05"),                          # basic ISO / GDELT SQLDATE
    ("20220305100000", "2022-03-05"),                    # GDELT DATEADDED
    (1646474400, "2022-03-05"),                          # epoch seconds (UTC)
    ("1646474400", "2022-03-05"),
    (1646474400000, "2022-03-05"),                       # epoch milliseconds
])
def test_accepted_formats(value, iso):
    assert publication_date(value) == (iso, None)


@pytest.mark.parametrize("value, why", [
    ("2024-02-30", "impossible date: day is out of range for month"),
    ("2024-13-01", "impossible date: month must be in 1..12"),
    ("2024-13", "impossible date: month must be in 1..12"),
    ("yesterday", "not a date with day, month and year"),
    ("Monday", "not a date with day, month and year"),
    ("Tuesday, 3 March", "not a date with day, month and year"),
    ("2 days ago", "not a date with day, month and year"),
    ("garbage", "not a date with day, month and year"),
    ("05/03/2022", "ambiguous day/month order"),
    ("2022", "a year alone is not a publication date"),
    (0, "not a plausible epoch timestamp"),
    (-1, "not a plausible epoch timestamp"),
    ("12345", "not a plausible epoch timestamp"),
    (4102444800, "not a plausible epoch timestamp"),      # 2100-01-01: out of range
    (True, "a boolean, not a date"),
])
def test_rejected_values_say_why(value, why):
    iso, reason = publication_date(value)
    assert iso is None and reason.startswith(why)


def test_no_value_is_no_date_and_no_problem():
    assert publication_date(None) == (None, None) and publication_date("") == (None, None)
    assert publication_date("   ") == (None, None)


def test_impossible_document_dates_fall_back_to_the_runs_pub_date_and_say_so(tmp_path):
    f = tmp_path / "d.jsonl"
    recs = [("d1", "2024-02-30"), ("d2", "2024-13-01"), ("d3", "garbage"), ("d4", "Sat, 05 Mar 2022 10:00:00 GMT"),
            ("d5", "March 5, 2022"), ("d6", "5 March 2022"), ("d7", "2022-03-05T23:30:00-05:00"),
            ("d8", "yesterday"), ("d9", 1646474400)]
    f.write_text("".join(json.dumps({"id": i, "text": f"{TEXT} ({i})", "publication_date": d}) + "\n"
                         for i, d in recs), encoding="utf-8")
    arts = list(read_inputs([str(f)], publication_date="2022-03-10"))
    assert [a.publication_date for a in arts] == ["2022-03-10"] * 3 + ["2022-03-05"] * 4 + ["2022-03-10", "2022-03-05"]
    assert arts[7].meta["raw_date"] == "yesterday"
    assert arts[0].meta["raw_date"] == "2024-02-30" and arts[0].meta["raw_date_reason"].startswith("impossible")
    res = code_batch(arts)
    reasons = {r.article_id: r.reason for r in res.reports}
    assert reasons["d1"] == ("warning: publication_date not a date: '2024-02-30' (impossible date: day is out "
                             "of range for month; the run's --pub-date used instead)")
    assert reasons["d2"].startswith("warning: publication_date not a date: '2024-13-01' (impossible date")
    assert reasons["d2"].endswith("the run's --pub-date used instead)")
    assert reasons["d3"].endswith("the run's --pub-date used instead)")
    assert reasons["d8"].startswith("warning: publication_date not a date: 'yesterday' (not a date with day")
    assert all(reasons[i] is None for i in ("d4", "d5", "d6", "d7", "d9"))
    dates = {e.article_id: (e.date, e.date_basis) for e in res.events}
    # "on Sunday" before Thu 2022-03-10 (the run's date) and before Sat 2022-03-05 (the document's)
    assert dates["d1"] == dates["d2"] == dates["d3"] == dates["d8"] == ("2022-03-06", "text")
    assert dates["d4"] == dates["d5"] == dates["d6"] == dates["d7"] == dates["d9"] == ("2022-02-27", "text")


def test_impossible_date_without_a_run_date_is_ignored_and_said(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "d", "text": TEXT, "publication_date": "2024-02-30"}) + "\n", encoding="utf-8")
    [a] = list(read_inputs([str(f)]))
    assert a.publication_date is None
    [rep] = code_batch([a]).reports
    assert rep.reason == ("warning: publication_date not a date: '2024-02-30' (impossible date: day is out of "
                          "range for month; ignored; dates from the text only)")


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test feed</title><id>urn:feed</id><updated>2022-03-06T12:00:00Z</updated>
  <entry><title>Only updated</title><id>urn:e1</id><updated>2022-03-05T23:30:00-05:00</updated>
    <content type="html">&lt;p&gt;Russia asked China for military equipment on Sunday, officials said.&lt;/p&gt;</content>
  </entry>
  <entry><title>Both dates</title><id>urn:e2</id>
    <published>2022-03-01T10:00:00Z</published><updated>2022-03-04T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Protesters clashed with police in Nairobi on Monday.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Bad date</title><guid>r1</guid><pubDate>2024-02-30</pubDate>
<description>Russia asked China for military equipment on Sunday, officials said.</description></item>
<item><title>Offset</title><guid>r2</guid><pubDate>Sat, 05 Mar 2022 23:30:00 -0500</pubDate>
<description>Protesters clashed with police in Nairobi on Monday.</description></item>
</channel></rss>
"""


def test_atom_entry_with_only_updated_uses_it(tmp_path):
    p = tmp_path / "f.atom"
    p.write_text(ATOM, encoding="utf-8")
    e1, e2 = read_inputs([str(p)])
    assert (e1.id, e1.publication_date, e1.meta.get("date_source")) == ("urn:e1", "2022-03-05", "updated")
    assert "modified_date" not in e1.meta
    assert (e2.publication_date, e2.meta["modified_date"], e2.meta.get("date_source")) == (
        "2022-03-01", "2022-03-04", None)


def test_rss_bad_pubdate_falls_back_and_offsets_keep_the_feeds_day(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text(RSS, encoding="utf-8")
    r1, r2 = read_inputs([str(p)], publication_date="2022-03-10")
    assert (r1.publication_date, r1.meta["raw_date"]) == ("2022-03-10", "2024-02-30")
    assert r2.publication_date == "2022-03-05"  # as written, not the UTC day (2022-03-06)
