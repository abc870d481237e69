"""Output paths of every command (eventwire.outputs): never an input, folders must exist, atomic end-of-run
files, write failures as one line, parquet-months folders, Ray Client, load creating nothing, a/an in
messages, rounded aggregate scores.

The coder is replaced by a stand-in (``pipeline.code_batch``), so these tests need no spaCy model and
check exact values whatever the event coder emits today.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import EngineUnavailable, OutputError, a_an
from eventwire.outputs import atomic_open, check_outputs, write_json_atomic
from eventwire.schema import Article, BatchResult, DocReport, Entity, Event, Quote

TEXT = "Officials in Paris met envoys from Kenya on Monday, the ministry said.\n"


def _event(article_id: str, n: int, goldstein: float, plover: float, date: str = "2024-05-02") -> Event:
    return Event(article_id=article_id, event="CONSULT", mode="visit",
                 actor=[Entity("Officials", code="USA", sector="GOV", start=0, end=9)],
                 recipient=[Entity("envoys", code="CHN", sector="GOV", start=20, end=26)],
                 event_text="met", text_info={"sentence_index": 0, "sentence": "Officials met envoys.",
                                              "start": 10 + n, "end": 13 + n},
                 date=date, date_basis="text", cameo="040", quad_class=1, goldstein=goldstein,
                 plover_score=plover, coder="test-coder")


def fake_code_batch(articles, **kw) -> BatchResult:
    """One event and one quote per article (so --out and --quotes get lines), one ``coded`` report each."""
    res = BatchResult()
    for it in articles:
        if isinstance(it, DocReport):
            res.reports.append(it)
            continue
        res.events.append(_event(it.id, 0, 1.0, 2.0))
        res.quotes.append(Quote(it.id, "we met", 5, 11, speaker="Officials"))
        res.articles.append(it)
        res.reports.append(DocReport(it.id, "coded", None, events=1, path=it.path))
    return res


@pytest.fixture()
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)


@pytest.fixture()
def src(tmp_path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def _one_line_error(capsys, code: str = "EW110") -> str:
    err = capsys.readouterr().err
    assert err.startswith(f"eventwire: error: [{code}] ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# ------------------------------------------------------------------ 1. an output is never an input

@pytest.mark.parametrize("flag", ["--out", "--report", "--quotes", "--db"])
@pytest.mark.parametrize("spelling", ["same", "relative", "symlink", "hardlink"])
def test_code_refuses_an_output_that_is_its_input(tmp_path, src, fake_coder, capsys, monkeypatch, flag, spelling):
    monkeypatch.chdir(tmp_path)
    if spelling == "same":
        out = str(src)
    elif spelling == "relative":
        (tmp_path / "sub").mkdir()
        out = "sub/../a.txt"
    elif spelling == "symlink":
        (tmp_path / "link.txt").symlink_to(src)
        out = "link.txt"
    else:
        os.link(src, tmp_path / "hard.txt")
        out = "hard.txt"
    assert main(["code", str(src), flag, out, "--no-progress"]) == 2
    err = _one_line_error(capsys)
    assert f"{flag} {out}: is also an input of this run" in err
    assert src.read_text(encoding="utf-8") == TEXT  # nothing was truncated
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".duckdb") == []


def test_code_refuses_two_outputs_on_one_file_and_a_glob_matching_the_output(tmp_path, src, fake_coder, capsys):
    assert main(["code", str(src), "--out", str(tmp_path / "o.jsonl"), "--quotes", str(tmp_path / "o.jsonl"),
                 "--no-progress"]) == 2
    assert "--quotes" in _one_line_error(capsys) and not (tmp_path / "o.jsonl").exists()
    assert main(["code", str(tmp_path / "*.txt"), "--out", str(src), "--no-progress"]) == 2
    _one_line_error(capsys)
    assert src.read_text(encoding="utf-8") == TEXT


def test_batch_refuses_a_report_or_out_that_is_an_input(tmp_path, src, fake_coder, capsys):
    out = tmp_path / "run"
    assert main(["batch", str(src), "--out", str(out), "--report", str(src), "--quiet"]) == 2
    assert "--report" in _one_line_error(capsys)
    assert src.read_text(encoding="utf-8") == TEXT and not out.exists()
    assert main(["batch", str(tmp_path), "--out", str(tmp_path), "--quiet"]) == 2
    assert "is also an input" in _one_line_error(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_batch_output_inside_an_input_folder_is_not_read_back(tmp_path, src, fake_coder, capsys):
    """Its Parquet, ledger and lock file, and its --report, are this run's outputs, not documents: a re-run
    sees the same one document and codes nothing again."""
    args = ["batch", str(tmp_path), "--out", str(tmp_path / "run"), "--report", str(tmp_path / "rep.json"),
            "--quiet"]
    assert main(args) == 0
    first = json.loads((tmp_path / "rep.json").read_text(encoding="utf-8"))
    assert (first["documents"], first["coded_docs"], first["skipped_docs"]) == (1, 1, 0)
    assert main(args) == 0
    second = json.loads((tmp_path / "rep.json").read_text(encoding="utf-8"))
    assert (second["shards"], second["already_done"], second["coded"]) == (1, 1, 0)
    assert (second["total_documents"], second["total_skipped_docs"]) == (1, 0)


def test_query_out_may_not_be_the_store(tmp_path, store_db, capsys):
    before = Path(store_db).read_bytes()
    assert main(["query", "--db", store_db, "--format", "csv", "--out", store_db]) == 2
    _one_line_error(capsys)
    assert Path(store_db).read_bytes() == before


# ------------------------------------------------------------------ 2. parquet-months folders

@pytest.fixture()
def store_db(tmp_path) -> str:
    """A store with 3 USA->CHN events: goldstein -4.4, 4.0, 3.4 and PLOVER scores -3.5, 2.5, 1.0 (in two
    months); their float means and sums carry binary noise (-0.20000000000000018) before rounding."""
    from eventwire.store import open_store

    arts = [Article(text=TEXT, id=f"art-{i}", publication_date="2024-05-01") for i in range(3)]
    res = BatchResult(articles=arts, reports=[DocReport(a.id, "coded", None, events=1) for a in arts])
    res.events = [_event("art-0", 0, -4.4, -3.5), _event("art-1", 1, 4.0, 2.5),
                  _event("art-2", 2, 3.4, 1.0, date="2024-06-03")]
    db = tmp_path / "s.duckdb"
    s = open_store(db, read_only=False)
    s.write_batch(res)
    s.close()
    return str(db)


def test_parquet_months_refuses_a_non_empty_folder_and_overwrite_replaces_an_earlier_export(tmp_path, store_db,
                                                                                           capsys):
    import pyarrow.parquet as pq

    out = tmp_path / "months"
    (out / "month=1999-01").mkdir(parents=True)
    stale = out / "month=1999-01" / "part-0.parquet"
    stale.write_bytes(b"stale")
    assert main(["query", "--db", store_db, "--export", "parquet-months", "--out", str(out)]) == 2
    assert "is not empty" in _one_line_error(capsys) and stale.read_bytes() == b"stale"
    assert main(["query", "--db", store_db, "--export", "parquet-months", "--out", str(out), "--overwrite"]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["month=2024-05", "month=2024-06"]  # the stale month is gone
    assert pq.read_table(out / "month=2024-05" / "part-0.parquet").num_rows == 2
    assert pq.read_table(out / "month=2024-06" / "part-0.parquet").num_rows == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["months", "s.duckdb"]  # no temporary folders left
    # --overwrite never clears a folder that is not an earlier export
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    assert main(["query", "--db", store_db, "--export", "parquet-months", "--out", str(other), "--overwrite"]) == 2
    assert "--overwrite only replaces" in _one_line_error(capsys)
    assert [p.name for p in other.iterdir()] == ["notes.txt"]
    # an empty folder is fine without --overwrite; --overwrite with a file export is a bad option
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["query", "--db", store_db, "--export", "parquet-months", "--out", str(empty)]) == 0
    assert sorted(p.name for p in empty.iterdir()) == ["month=2024-05", "month=2024-06"]
    capsys.readouterr()
    assert main(["query", "--db", store_db, "--export", "gdelt", "--out", str(tmp_path / "g.tsv"),
                 "--overwrite"]) == 2
    _one_line_error(capsys, "EW106")


# ------------------------------------------------------------------ 3. bad output folders, write failures

def test_batch_out_that_is_a_file_or_cannot_be_created_is_one_line(tmp_path, src, fake_coder, capsys):
    f = tmp_path / "somefile.txt"
    f.write_text("x")
    assert main(["batch", str(src), "--out", str(f), "--quiet"]) == 2
    assert "is an existing file, not a folder" in _one_line_error(capsys)
    assert f.read_text() == "x"
    if Path("/proc").is_dir():
        assert main(["batch", str(src), "--out", "/proc/eventwire-nope", "--quiet"]) == 2
        assert "cannot create the folder" in _one_line_error(capsys)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("flag", ["--out", "--quotes", "--report"])
def test_code_disk_full_is_one_line_error(src, fake_coder, capsys, flag):
    assert main(["code", str(src), flag, "/dev/full", "--format", "jsonl", "--no-progress"]) == 2
    err = _one_line_error(capsys)
    assert f"{flag} /dev/full: cannot write: No space left on device" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_batch_report_disk_full_is_one_line_error(tmp_path, src, fake_coder, capsys):
    assert main(["batch", str(src), "--out", str(tmp_path / "run"), "--report", "/dev/full", "--quiet"]) == 2
    assert "--report /dev/full: cannot write: No space left on device" in _one_line_error(capsys)


def test_ray_client_missing_says_which_package_to_install(tmp_path, src, monkeypatch, capsys):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "grpc" else (object() if name == "ray" else real(name, *a)))
    out = tmp_path / "run"
    assert main(["batch", str(src), "--out", str(out), "--engine", "ray", "--address", "ray://127.0.0.1:1",
                 "--quiet"]) == 2
    err = _one_line_error(capsys, "EW210")
    assert 'pip install "ray[client]"' in err and not out.exists()


def test_ray_init_errors_are_translated():
    from eventwire.batch.ray_runner import _init_ray

    class FakeRay:
        def __init__(self, exc):
            self.exc = exc

        def is_initialized(self):
            return False

        def init(self, **kw):
            raise self.exc

    msg = "Ray Client requires pip package `ray[client]`. If you installed the minimal Ray ..."
    with pytest.raises(EngineUnavailable, match=r'pip install "ray\[client\]"'):
        _init_ray(FakeRay(ValueError(msg)), "ray://127.0.0.1:1", 1)
    with pytest.raises(EngineUnavailable, match="cannot join the Ray cluster at ray://h:1"):
        _init_ray(FakeRay(ConnectionError("refused")), "ray://h:1", 1)
    with pytest.raises(ValueError, match="other"):  # not ours to translate
        _init_ray(FakeRay(ValueError("other")), "ray://h:1", 1)


# ------------------------------------------------------------------ 4. missing parent folders

def _run_with_missing_folder(tmp_path, src, store_db, case):
    missing = tmp_path / "missing" / "x"
    cmds = {
        "code --out": ["code", str(src), "--out", f"{missing}.jsonl", "--no-progress"],
        "code --report": ["code", str(src), "--report", f"{missing}.json", "--no-progress"],
        "code --quotes": ["code", str(src), "--quotes", f"{missing}.jsonl", "--no-progress"],
        "code --db": ["code", str(src), "--db", f"{missing}.duckdb", "--no-progress"],
        "batch --out": ["batch", str(src), "--out", str(missing), "--quiet"],
        "batch --report": ["batch", str(src), "--out", str(tmp_path / "run"), "--report", f"{missing}.json",
                           "--quiet"],
        "query --out csv": ["query", "--db", store_db, "--format", "csv", "--out", f"{missing}.csv"],
        "query --out parquet": ["query", "--db", store_db, "--format", "parquet", "--out", f"{missing}.parquet"],
        "query --export gdelt": ["query", "--db", store_db, "--export", "gdelt", "--out", f"{missing}.tsv"],
        "query --export plover": ["query", "--db", store_db, "--export", "plover", "--out", f"{missing}.jsonl"],
        "query --export parquet-months": ["query", "--db", store_db, "--export", "parquet-months", "--out",
                                          str(missing)],
        "evaluate --report": ["evaluate", "--gold", "seed", "--report", f"{missing}.md"],
        "load --db": None,
    }
    if case == "load --db":
        from eventwire.batch import shards

        shards.run_batch([str(src)], tmp_path / "run")
        return main(["load", str(tmp_path / "run"), "--db", f"{missing}.duckdb"])
    return main(cmds[case])


@pytest.mark.parametrize("case", ["code --out", "code --report", "code --quotes", "code --db", "batch --out",
                                  "batch --report", "query --out csv", "query --out parquet",
                                  "query --export gdelt", "query --export plover", "query --export parquet-months",
                                  "evaluate --report", "load --db"])
def test_every_output_refuses_a_missing_folder_the_same_way(tmp_path, src, store_db, fake_coder, capsys, case):
    assert _run_with_missing_folder(tmp_path, src, store_db, case) == 2
    err = _one_line_error(capsys)
    assert f"no such directory {tmp_path / 'missing'}" in err
    assert not (tmp_path / "missing").exists()  # no folder was created
    assert not (tmp_path / "run").exists() or case == "load --db"


# ------------------------------------------------------------------ 5. a failing load creates no store

def test_load_of_a_missing_run_creates_no_store(tmp_path, capsys):
    db = tmp_path / "x.duckdb"
    assert main(["load", str(tmp_path / "nonexistdir"), "--db", str(db)]) == 2
    assert "no finished shards" in _one_line_error(capsys, "EW400")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# ------------------------------------------------------------------ 6. atomic end-of-run files

def test_code_report_is_absent_after_ctrl_c_and_an_earlier_report_survives(tmp_path, src, monkeypatch, capsys):
    (tmp_path / "b.txt").write_text("The finance minister of Chad resigned after weeks of protests.\n",
                                    encoding="utf-8")
    calls = []

    def interrupted(articles, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return fake_code_batch(articles, **kw)

    monkeypatch.setattr("eventwire.pipeline.code_batch", interrupted)
    rep = tmp_path / "out" / "rep.json"
    rep.parent.mkdir()
    args = ["code", str(src), str(tmp_path / "b.txt"), "--report", str(rep), "--batch-size", "1", "--no-progress"]
    assert main(args) == 130
    assert not rep.exists() and list(rep.parent.iterdir()) == []  # absent, no temporary file either
    rep.write_text('{"earlier": true}')
    calls.clear()
    assert main(args) == 130
    assert json.loads(rep.read_text()) == {"earlier": True} and len(list(rep.parent.iterdir())) == 1
    monkeypatch.setattr("eventwire.pipeline.code_batch", fake_code_batch)
    assert main(args) == 0
    done = json.loads(rep.read_text())
    assert done["counts"]["documents"] == 2 and done["counts"]["coded"] == 2


def test_atomic_writes_leave_the_old_file_or_the_new_one(tmp_path):
    p = tmp_path / "r.json"
    p.write_text('{"old": 1}')
    os.chmod(p, 0o640)
    with pytest.raises(TypeError):
        write_json_atomic(p, {"bad": object()}, "--report")  # fails half-way through json.dump
    assert p.read_text() == '{"old": 1}' and sorted(x.name for x in tmp_path.iterdir()) == ["r.json"]
    write_json_atomic(p, {"new": 2}, "--report", indent=1)
    assert json.loads(p.read_text()) == {"new": 2} and (p.stat().st_mode & 0o777) == 0o640
    link = tmp_path / "link.json"
    link.symlink_to(p)
    with atomic_open(link, "--report") as fh:
        fh.write("[]")
    assert link.is_symlink() and p.read_text() == "[]"  # the target is replaced, the link kept


def test_check_outputs_changes_nothing(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(OutputError, match=r"--report .*: cannot write: is a folder"):
        check_outputs([("--report", str(tmp_path / "d"))])
    check_outputs([("--out", str(tmp_path / "new.jsonl")), ("--report", None)], [str(tmp_path / "d")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]


# ------------------------------------------------------------------ 7. a / an

@pytest.mark.parametrize("word, want", [("int", "an int"), ("str", "a str"), ("list", "a list"),
                                        ("object", "an object"), ("NoneType", "a NoneType"),
                                        ("Event", "an Event"), (None, "None")])
def test_a_an_picks_the_article(word, want):
    assert a_an(word) == want


# ------------------------------------------------------------------ 8. rounded aggregate scores

def test_aggregate_scores_are_rounded_to_4_decimals(store_db, capsys):
    from eventwire.query.aggregate import SCORE_DECIMALS
    from eventwire.store import open_store

    assert SCORE_DECIMALS == 4
    assert main(["query", "--db", store_db, "--aggregate", "network", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["source,target,events,plover_score_mean,goldstein_mean,event_types",
                     'USA,CHN,3,0.0,1.0,"[""CONSULT""]"']
    assert main(["query", "--db", store_db, "--aggregate", "timeseries", "--by", "dyad", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["period"], r["goldstein_sum"], r["goldstein_mean"], r["plover_score_mean"]) for r in rows] == [
        ("2024-05-01", -0.4, -0.2, -0.5), ("2024-06-01", 3.4, 3.4, 1.0)]
    assert main(["query", "--db", store_db, "--aggregate", "network", "--to", "2024-05"]) == 0
    table = capsys.readouterr().out
    assert "-0.2 " in table and "0000" not in table
    s = open_store(store_db)
    try:
        top = s.top_actors(role="any", as_="records")
        assert {(r["code"], r["plover_score_mean"]) for r in top} == {("USA", 0.0), ("CHN", 0.0)}
        one = s.time_series(by="", freq="year", as_="records")
        assert one[0]["goldstein_mean"] == 1.0 and one[0]["goldstein_sum"] == 3.0
    finally:
        s.close()


# ------------------------------------------------------------------ 9. an empty value is not "option left out"

def _empty_value_refused(argv, capsys, flag):
    """``main(argv)`` stops in argument parsing: one ``[EW100]`` line naming ``flag``, exit 2."""
    with pytest.raises(SystemExit) as ex:
        main(argv)
    assert ex.value.code == 2
    err = _one_line_error(capsys, "EW100")
    assert f"argument {flag}: empty value " in err and "give a value" in err
    assert capsys.readouterr().out == ""
    return err


@pytest.mark.parametrize("flag", ["--out", "--report", "--quotes", "--db"])
@pytest.mark.parametrize("value", ["", " "])
def test_code_refuses_an_empty_output_path(tmp_path, src, fake_coder, capsys, monkeypatch, flag, value):
    """``code --out ''`` wrote the events to stdout (and ``--report ''`` wrote no report) as if the option were
    left out: an empty value (an unset shell variable, a lost quote) is a bad argument, refused before coding."""
    monkeypatch.chdir(tmp_path)
    err = _empty_value_refused(["code", str(src), flag, value, "--no-progress"], capsys, flag)
    assert err == (f"eventwire: error: [EW100] eventwire code: argument {flag}: empty value {value!r}: give a value, "
                   f"or leave the option out (see: eventwire code --help)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # nothing written


@pytest.mark.parametrize("case, flag", [
    ("batch --out", "--out"), ("batch --report", "--report"), ("query --out", "--out"),
    ("query --export --out", "--out"), ("query --db", "--db"), ("evaluate --report", "--report"),
    ("evaluate --history", "--history"), ("evaluate --baseline", "--baseline"), ("load --db", "--db"),
    ("follow --report", "--report"), ("follow --db", "--db"), ("follow --sink", "--sink"),
    ("alerts --db", "--db"), ("serve --host", "--host"), ("train --out", "--out"), ("train --shared", "--shared"),
    ("actors build --out", "--out"), ("actors import-wikidata --out", "--out"), ("code --actors", "--actors"),
    ("code --pub-date", "--pub-date"),
])
def test_every_command_refuses_an_empty_option_value(tmp_path, src, store_db, fake_coder, capsys, monkeypatch,
                                                     case, flag):
    """The same fault in every command with an output or path option: refused, one line, nothing run (``train
    --out ''`` overwrote the packaged model, ``serve --host ''`` listened on every interface)."""
    monkeypatch.chdir(tmp_path)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed.xml\n", encoding="utf-8")
    run = str(tmp_path / "run")
    cmds = {
        "batch --out": ["batch", str(src), "--out", "", "--quiet"],
        "batch --report": ["batch", str(src), "--out", run, "--report", "", "--quiet"],
        "query --out": ["query", "--db", store_db, "--format", "csv", "--out", ""],
        "query --export --out": ["query", "--db", store_db, "--export", "gdelt", "--out", ""],
        "query --db": ["query", "--db", ""],
        "evaluate --report": ["evaluate", "--gold", "seed", "--report", ""],
        "evaluate --history": ["evaluate", "--gold", "seed", "--history", ""],
        "evaluate --baseline": ["evaluate", "--gold", "seed", "--update-baseline", "--baseline", ""],
        "load --db": ["load", run, "--db", ""],
        "follow --report": ["follow", str(feeds), "--db", "f.duckdb", "--once", "--report", ""],
        "follow --db": ["follow", str(feeds), "--db", "", "--once"],
        "follow --sink": ["follow", str(feeds), "--db", "f.duckdb", "--once", "--sink", ""],
        "alerts --db": ["alerts", "--db", "", "--rules", "r.toml"],
        "serve --host": ["serve", "--db", store_db, "--host", ""],
        "train --out": ["train", "--out", ""],
        "train --shared": ["train", "--shared", ""],
        "actors build --out": ["actors", "build", "--out", ""],
        "actors import-wikidata --out": ["actors", "import-wikidata", str(src), "--out", ""],
        "code --actors": ["code", str(src), "--actors", "", "--no-progress"],
        "code --pub-date": ["code", str(src), "--pub-date", "", "--no-progress"],
    }
    before = sorted(p.name for p in tmp_path.iterdir())
    _empty_value_refused(cmds[case], capsys, flag)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_option_whose_default_is_empty_takes_an_empty_value():
    from eventwire.cli import build_parser

    args = build_parser().parse_args(["evaluate", "--gold", "seed", "--label", ""])
    assert args.label == ""


def test_check_outputs_refuses_an_empty_path(tmp_path):
    """The library rule behind the CLI: None is "not given", an empty or blank path is refused (EW110)."""
    check_outputs([("--out", None), ("--report", None)])
    for value in ("", "  "):
        with pytest.raises(OutputError, match=r"^\[EW110\] --out '\s*': empty path: give a file or folder name"):
            check_outputs([("--out", value)], [str(tmp_path)])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("flag", ["--out", "--report", "--quotes"])
def test_code_refuses_to_overwrite_an_article_inside_an_input_folder(tmp_path, fake_coder, capsys, flag):
    # fresh user: "code in --out in/01.txt" emptied the article in/01.txt (the output was opened before the folder
    # was read, and the folder rule only left it out of the documents)
    folder = tmp_path / "in"
    folder.mkdir()
    art = folder / "01.txt"
    art.write_text(TEXT, encoding="utf-8")
    (folder / "02.txt").write_text(TEXT, encoding="utf-8")
    assert main(["code", str(folder), flag, str(art), "--no-progress"]) == 2
    err = _one_line_error(capsys)
    assert f"{flag} {art}: is an existing document inside the input folder" in err
    assert art.read_text(encoding="utf-8") == TEXT


def test_code_may_overwrite_its_own_output_inside_an_input_folder(tmp_path, fake_coder, capsys):
    # a re-run writes over its own earlier records, quotes and table, which are no documents of the folder
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "01.txt").write_text(TEXT, encoding="utf-8")
    out, quotes, table = folder / "events.jsonl", folder / "quotes.jsonl", folder / "table.txt"
    args = ["code", str(folder), "--format", "jsonl", "--out", str(out), "--quotes", str(quotes), "--no-progress"]
    assert main(args) == 0 and main(args) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert main(["code", str(folder), "--out", str(table), "--no-progress"]) == 0
    assert main(["code", str(folder), "--out", str(table), "--no-progress"]) == 0
    assert (folder / "01.txt").read_text(encoding="utf-8") == TEXT


def test_which_files_of_a_folder_are_its_documents(tmp_path):
    from eventwire.outputs import _document_of_folder

    cases = {"art.txt": TEXT, "rows.jsonl": '{"id": "1", "text": "Officials met."}\n',
             "events.jsonl": '{"id": "e-1", "article_id": "a-1", "event": "CONSULT"}\n',
             "table.txt": "DATE        ACTOR    EVENT\n", "empty.txt": "", "notes.md": TEXT}
    for name, body in cases.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    got = {name: _document_of_folder(str(tmp_path / name)) for name in cases}
    assert got == {"art.txt": True, "rows.jsonl": True, "events.jsonl": False, "table.txt": False,
                   "empty.txt": False, "notes.md": False}


@pytest.mark.parametrize("k", ["0", "1", "-3"])
def test_train_refuses_fewer_than_two_folds(k, capsys):
    """Fresh user: --cv 0 was taken as no cross-validation and rewrote the packaged model card."""
    from eventwire.cli import main

    assert main(["train", "--cv", k, "--shared", "/nonexistent"]) == 2
    err = capsys.readouterr().err
    assert "--cv" in err and "K >= 2" in err and "[EW" in err
