"""Publication dates outside the news era eventwire codes (events.dates.PUBLICATION_DATE_MIN .. _MAX, 1900-01-01 ..
2099-12-31, a fixed range so that output never depends on the day of the run) are no publication date: a document's
own date is ignored with the reason in its report (the run's --pub-date stands in, the batch goes on), and a date
given to the run (--pub-date, code_text, the HTTP API) is an EW105 error before anything is coded. Fresh-user
tryout: 1850-01-01 and 2150-01-01 were accepted silently."""
from __future__ import annotations

import json

import pytest

from eventwire import code_text
from eventwire.errors import DateError
from eventwire.events.dates import (PUBLICATION_DATE_MAX, PUBLICATION_DATE_MIN, parse_publication_date,
                                    publication_date_problem)
from eventwire.ingest import read_inputs
from eventwire.ingest.dates import publication_date
from eventwire.pipeline import code_batch
from eventwire.schema import Article

TEXT = "Russia asked China for military equipment on Sunday, officials said."
ERA = "outside the news era eventwire codes (1900-01-01 .. 2099-12-31)"


def test_the_range_is_fixed():
    assert (PUBLICATION_DATE_MIN.isoformat(), PUBLICATION_DATE_MAX.isoformat()) == ("1900-01-01", "2099-12-31")


@pytest.mark.parametrize("value", ["1850-01-01", "2150-01-01", "1899-12-31", "2100-01-01", "1899-12",
                                   "2150-01-01T10:00:00Z", "Jan 5, 1850", "18500101", "Sat, 01 Jan 2150 10:00:00 GMT"])
def test_a_document_date_outside_the_era_is_rejected_with_the_reason(value):
    assert publication_date(value) == (None, ERA)


@pytest.mark.parametrize("value,iso", [("1900-01-01", "1900-01-01"), ("2099-12-31", "2099-12-31"),
                                       ("1900-01", "1900-01"), ("2099-12", "2099-12"), ("March 5, 1951", "1951-03-05")])
def test_the_bounds_are_inside(value, iso):
    assert publication_date(value) == (iso, None)


@pytest.mark.parametrize("value,why", [("1850-01-01", ERA), ("2150-01-01", ERA), ("2024-02-30",
                         "impossible date: day is out of range for month"), ("13/03/2022",
                         "not ISO 8601 (YYYY-MM-DD or YYYY-MM)"), ("2024-03-12", None)])
def test_publication_date_problem(value, why):
    assert publication_date_problem(value) == why


def test_a_run_date_outside_the_era_is_an_ew105_error():
    with pytest.raises(DateError) as e:
        parse_publication_date("2150-01-01")
    assert e.value.code == "EW105" and str(e.value) == f"[EW105] publication date '2150-01-01' {ERA}"
    with pytest.raises(DateError):
        code_text("France condemned Iran on Monday.", publication_date="1850-01-01")


def test_pub_date_option_outside_the_era_stops_the_run(tmp_path, capsys):
    from eventwire.cli import main

    art = tmp_path / "a.txt"
    art.write_text("France condemned Iran on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["code", str(art), "--pub-date", "1850-01-01", "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"eventwire: error: [EW105] publication date '1850-01-01' {ERA}"], err
    assert not out.exists()


def test_jsonl_documents_outside_the_era_are_coded_without_their_date_and_said(tmp_path):
    f = tmp_path / "d.jsonl"
    recs = [("old", "1850-01-01"), ("far", "2150-01-01"), ("ok", "2022-03-05")]
    f.write_text("".join(json.dumps({"id": i, "text": f"{TEXT} ({i})", "publication_date": d}) + "\n"
                         for i, d in recs), encoding="utf-8")
    arts = list(read_inputs([str(f)], publication_date="2022-03-10"))
    assert [a.publication_date for a in arts] == ["2022-03-10", "2022-03-10", "2022-03-05"]
    assert arts[0].meta["raw_date"] == "1850-01-01" and arts[0].meta["raw_date_reason"] == ERA
    res = code_batch(arts)
    reasons = {r.article_id: (r.status, r.reason) for r in res.reports}
    assert reasons["old"] == ("coded", f"warning: publication_date not a date: '1850-01-01' ({ERA}; the run's "
                                       f"--pub-date used instead)")
    assert reasons["far"] == ("coded", f"warning: publication_date not a date: '2150-01-01' ({ERA}; the run's "
                                       f"--pub-date used instead)")
    assert reasons["ok"] == ("coded", None)
    dates = {e.article_id: e.date for e in res.events}
    assert dates == {"old": "2022-03-06", "far": "2022-03-06", "ok": "2022-02-27"}  # "on Sunday"


def test_an_article_outside_the_era_is_coded_with_dates_from_the_text_only():
    res = code_batch([Article(text=TEXT, id="a", title=None, publication_date="2150-01-01"),
                      Article(text="Spain condemned Iran on 3 May 2021.", id="b", title=None,
                              publication_date="1850-01-01")])
    reps = {r.article_id: (r.status, r.reason) for r in res.reports}
    assert reps["a"] == ("coded", f"warning: publication_date not a date: '2150-01-01' ({ERA}; ignored; dates from "
                                  f"the text only)")
    assert reps["b"][0] == "coded" and ERA in reps["b"][1]
    dates = {e.article_id: (e.date, e.date_basis) for e in res.events}
    assert dates == {"a": (None, None), "b": ("2021-05-03", "text")}  # "on Sunday" needs a publication date
