"""Hostile input never stops, hangs or silently shrinks a run (issue 15): every case of the hostile tryout,
variants of each, and the attacks that already held, each asserting the exact status and reason of every
document and that nothing else was lost.

The runs use the real CLI (``eventwire code``/``batch`` in this process) and the real coder on short
articles ("France condemned Iran ..."), so a coded document must also have its event. Hangs (a FIFO, a
link loop) are guarded by bounded waits in the harness only.
"""
from __future__ import annotations

import ctypes
import gzip
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from eventwire.cli import main
from eventwire.ingest import read_inputs
from eventwire.schema import Article, DocReport

ROOT = Path(__file__).resolve().parent.parent


def _line(i: str, text: str, **kw) -> str:
    return json.dumps({"id": i, "text": text, **kw})


def run_code(tmp_path: Path, paths, *args: str) -> tuple[list[tuple], dict[str, list[dict]]]:
    """Run ``eventwire code`` in this process; returns the report as ``[(path, status, reason, events)]``
    in report order and the events by article id."""
    rep, out = tmp_path / "report.json", tmp_path / "events.jsonl"
    assert main(["code", *map(str, paths), "--report", str(rep), "--out", str(out), "--no-progress", *args]) == 0
    docs = json.loads(rep.read_text(encoding="utf-8"))["documents"]
    by_article: dict[str, list[dict]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        by_article.setdefault(e["article_id"], []).append(e)
    return [(d["path"], d["status"], d["reason"], d["events"]) for d in docs], by_article


def _actors(events: list[dict]) -> set[str]:
    return {a["code"] for e in events for a in e["actor"]}


# --- one folder of everything --------------------------------------------------------------------

GOOD = {  # file or line -> (text, the actor code its event must have)
    "a": ("France condemned Iran on Monday.", "FRA"),
    "b": ("Italy condemned Iran on Tuesday.", "ITA"),
}


def _write_bytes_name(folder: Path, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
        fh.write(data)


def _hostile_folder(d: Path) -> None:
    d.mkdir()
    lines = [_line("a", GOOD["a"][0]),
             "[" * 2000 + "]" * 2000,                                          # item 1: deep array
             '{"id":"obj","text":' + '{"a":' * 1500 + "1" + "}" * 1500 + "}",  # variant: deep object
             '{"id":"big","n":' + "1" * 5000 + ',"text":"Spain condemned Iran."}',  # 5,000-digit number
             '{"id":"nul","text":"Germany\x00 condemned Iran on Monday."}',      # item 6: raw NUL in a line
             '["not", "an", "object"]',
             '{"id": "broken", "text": ',                                       # broken line (held before)
             _line("b", GOOD["b"][0])]
    (d / "lines.jsonl").write_bytes(("\n".join(lines) + "\n").encode())
    (d / "bad_utf8.jsonl").write_bytes(b'{"id":"u","text":"Canada condemned Iran\xff\xfe on Friday."}\n')
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\t \n")
    (d / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "garbage.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes((i * 37 + 11) % 256 for i in range(200)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "France condemned Iran.")
    (d / "arch.zip").write_bytes(buf.getvalue())
    gz = gzip.compress((_line("t1", "Japan condemned Iran on Monday.") + "\n" + _line("t2", "Japan condemned Chad.")
                        + "\n").encode())
    (d / "trunc.jsonl.gz").write_bytes(gz[:-12])
    (d / "latin.txt").write_bytes("Chile condemned Iran\xff on Monday.".encode("latin-1"))
    (d / "utf16.txt").write_bytes("\ufeffPeru condemned Iran on Monday.".encode("utf-16"))
    (d / "mojibake.txt").write_bytes("Café owners said Mexico condemned Iran.".encode().decode("latin-1").encode())
    keys = {f"k{i}": i for i in range(500_000)}
    (d / "many_keys.jsonl").write_text(json.dumps({**keys, "id": "keys", "text": "Norway condemned Iran."}) + "\n")
    (d / "odd_ids.jsonl").write_text("\n".join([
        json.dumps({"id": 0, "text": "Sweden condemned Iran."}), json.dumps({"id": "", "text": "Finland condemned Iran."}),
        json.dumps({"id": "a\nb\u202e", "text": "Denmark condemned Iran."}),
        json.dumps({"id": ["x"], "text": "Poland condemned Iran."})]) + "\n")
    (d / "script.html").write_bytes(b"<html><head><script>var x = 'France condemned Iran.';</script></head>"
                                    b"<body><script>alert(1)</script></body></html>")
    (d / "a b.txt").write_bytes(b"Egypt condemned Iran on Monday.")
    (d / "new\nline.txt").write_bytes(b"Kenya condemned Iran on Monday.")
    _write_bytes_name(d, b"caf\xe9.txt", b"Ghana condemned Iran on Monday.")  # item 2: a name that is not UTF-8
    (d / "vt.txt").write_bytes(b"Britain asked China for help\x0bRussia condemned Iran.\x0b")  # item 9
    (d / "allrights.txt").write_bytes(b"Austria condemned Iran on Monday, officials said. All rights reserved.")  # 8
    (d / "nul.txt").write_bytes(b"\x00Greece condemned Iran on Monday.")   # item 6: NUL at the start of a .txt
    os.symlink("loop", d / "loop")                                           # a link to itself
    os.symlink(".", d / "self")                                              # a link loop as a folder
    os.mkfifo(d / "fifo")                                                    # item 3


def test_one_folder_of_hostile_files_every_document_accounted_for(tmp_path):
    d = tmp_path / "in"
    _hostile_folder(d)
    sur = tmp_path / "sur.jsonl"  # item 2: a lone surrogate in a url, written to a store
    sur.write_text(_line("s", "Turkey condemned Iran on Monday.", url="http://x/\ud800") + "\n")
    db = tmp_path / "st.duckdb"
    docs, events = run_code(tmp_path, [d, sur], "--db", str(db))
    p = f"{d}/"
    rows = {r[0]: r[1:3] for r in docs}
    expected = {
        p + "a b.txt": ("coded", None),
        p + "allrights.txt": ("coded", None),
        p + "arch.zip": ("skipped", f"unsupported_binary_input: {p}arch.zip: binary content (magic number or control "
                                    f"bytes), not an article"),
        p + "bad_utf8.jsonl:1": ("coded", None),
        p + "blank.txt": ("skipped", f"empty_input: {p}blank.txt: empty or whitespace-only text"),
        p + "caf\ufffd.txt": ("coded", None),
        p + "empty.txt": ("skipped", f"empty_input: {p}empty.txt: empty or whitespace-only text"),
        p + "fifo": ("skipped", f"special_file: {p}fifo: a FIFO is not a document (never opened)"),
        p + "img.png": ("skipped", f"unsupported_binary_input: {p}img.png: binary content (magic number or control "
                                   f"bytes), not an article"),
        p + "latin.txt": ("coded", "encoding:cp1252"),  # not UTF-8: the report says what it was read as
        p + "lines.jsonl:1": ("coded", None),
        p + "lines.jsonl:2": ("failed", f"malformed: EW104 {p}lines.jsonl:2: JSON nested too deeply to parse"),
        p + "lines.jsonl:3": ("failed", f"malformed: EW104 {p}lines.jsonl:3: JSON nested too deeply to parse"),
        p + "lines.jsonl:4": ("failed", f"malformed: EW104 {p}lines.jsonl:4: a number too long to read (over 4,300 "
                                        f"digits)"),
        p + "lines.jsonl:5": ("coded", "control_chars_removed:1"),
        p + "lines.jsonl:6": ("failed", f"malformed: EW104 {p}lines.jsonl:6: line is not a JSON object"),
        p + "lines.jsonl:7": ("failed", f"malformed: EW104 {p}lines.jsonl:7: Expecting value: line 2 column 1 "
                                        f"(char 26)"),
        p + "lines.jsonl:8": ("coded", None),
        p + "loop": ("failed", f"EW100: cannot read {p}loop: Too many levels of symbolic links"),
        p + "many_keys.jsonl:1": ("coded", None),
        p + "mojibake.txt": ("coded", None),
        p + "new\nline.txt": ("coded", None),
        p + "nul.txt": ("coded", "control_chars_removed:1"),
        p + "odd_ids.jsonl:1": ("coded", None),
        p + "odd_ids.jsonl:2": ("coded", None),
        p + "odd_ids.jsonl:3": ("coded", None),
        # an id that is a list is no id: its line fails with the reason (it became the Python repr "['x']")
        p + "odd_ids.jsonl:4": ("failed", f"malformed: EW104 {p}odd_ids.jsonl:4: id is a list, not a string or number"),
        p + "script.html": ("skipped", f"empty_input: {p}script.html: no article text in the page (HTML shell or "
                                       f"navigation only)"),
        p + "self": ("skipped", f"linked_folder: {p}self: a symbolic link to a folder inside a folder is not followed "
                                f"(name the folder itself to code it)"),
        p + "trunc.jsonl.gz:1": ("coded", None),
        p + "trunc.jsonl.gz": ("failed", f"malformed: EW104 {p}trunc.jsonl.gz: damaged compressed file (EOFError: "
                                         f"Compressed file ended before the end-of-stream marker was reached)"),
        p + "utf16.txt": ("coded", "encoding:utf-16-le"),
        p + "vt.txt": ("coded", None),
        f"{sur}:1": ("coded", None),
    }
    garbage = rows.pop(p + "garbage.jsonl.gz")
    assert garbage[0] == "failed" and garbage[1].startswith(f"malformed: EW104 {p}garbage.jsonl.gz: damaged compressed file (")
    assert rows == expected
    assert len(docs) == len(expected) + 1  # one line each, nothing else, nothing twice
    # every coded document has its event, with the right actor (odd ids: each document keeps its own)
    for path, status, _reason, n in docs:
        if status == "coded":
            assert n >= 1, path
    assert sum(n for *_, n in docs) == sum(len(v) for v in events.values())
    assert {"FRA"} <= _actors(events["a"]) and {"ITA"} <= _actors(events["b"])
    assert {"DEU"} <= _actors(events["nul"]) and {"TUR"} <= _actors(events["s"])
    coded_actors = _actors([e for v in events.values() for e in v])
    for code in ("CAN", "CHL", "PER", "MEX", "NOR", "SWE", "FIN", "DNK", "EGY", "KEN", "GHA", "RUS", "AUT", "GRC",
                 "JPN"):
        assert code in coded_actors, code
    # the store took everything, surrogates and all (item 2: code --db died with UnicodeEncodeError)
    from eventwire.store import open_store

    s = open_store(db)
    try:
        coded = sum(1 for r in docs if r[1] == "coded")
        assert s.counts()["articles"] == coded
        assert s.article("s")["url"] == "http://x/\ufffd"
        assert s.sql("SELECT count(*) AS n FROM articles WHERE path = ?", [p + "caf\ufffd.txt"], as_="records")[0]["n"] == 1
    finally:
        s.close()
    # item 9: a vertical tab is a line break, not glue ("help\x0bRussia" was "helpRussia")
    vt = [a for a in read_inputs([str(d / "vt.txt")])][0]
    assert vt.text == "Britain asked China for help\nRussia condemned Iran.\n"


def test_batch_survives_deep_nesting_surrogates_and_odd_names(tmp_path):
    """Item 1 and 2 in ``batch``: the deep line fails alone, the surrogate url and the non-UTF-8 file name are
    written; every Parquet file is complete and 'load' gives a store with every coded article."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "lines.jsonl").write_text("\n".join([_line("a", GOOD["a"][0]), "[" * 2000 + "]" * 2000,
                                                _line("s", "Turkey condemned Iran.", url="http://x/\ud800")]) + "\n")
    _write_bytes_name(src, b"caf\xe9.txt", b"Ghana condemned Iran on Monday.")
    out, rep = tmp_path / "out", tmp_path / "batch.json"
    assert main(["batch", str(src), "--out", str(out), "--report", str(rep), "--quiet"]) == 0
    s = json.loads(rep.read_text())
    assert (s["total_documents"], s["total_coded_docs"], s["total_failed_docs"], s["total_skipped_docs"]) == (4, 3, 1, 0)
    import pyarrow.parquet as pq

    files = sorted(out.rglob("*.parquet"))
    assert files and all(pq.read_table(f).num_rows >= 0 for f in files)  # no stray, half-written file
    assert not list(out.rglob("*.tmp*"))
    db = tmp_path / "b.duckdb"
    assert main(["load", str(out), "--db", str(db)]) == 0
    from eventwire.store import open_store

    st = open_store(db)
    try:
        assert st.counts()["articles"] == 3
        assert st.article("s")["url"] == "http://x/\ufffd"
    finally:
        st.close()


# --- walking: link loops, FIFOs, unreadable paths ------------------------------------------------------

def _bounded(fn, seconds: float = 120):
    """Run ``fn`` in a thread; a hang fails the test instead of blocking the suite (a safety net only)."""
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "hung"
    return box["v"]


def test_globs_and_folders_never_follow_link_loops_or_open_fifos(tmp_path):
    L = tmp_path / "L"
    (L / "sub").mkdir(parents=True)
    (L / "a.txt").write_text("France condemned Iran.")
    (L / "sub" / "b.txt").write_text("Italy condemned Iran.")
    (L / ".hidden.txt").write_text("Spain condemned Iran.")
    os.symlink(".", L / "s1")
    os.symlink(".", L / "s2")
    os.symlink("..", L / "sub" / "up")
    os.mkfifo(L / "sub" / "pipe.txt")
    # item 3: a recursive glob over a folder with two self-links hung (exponentially many paths)
    got = _bounded(lambda: list(read_inputs([str(L / "**" / "*.txt")])))
    assert [(type(x).__name__, x.path) for x in got] == [
        ("Article", f"{L}/a.txt"), ("Article", f"{L}/sub/b.txt"), ("DocReport", f"{L}/sub/pipe.txt")]
    assert got[2].status == "skipped" and got[2].reason == (
        f"special_file: {L}/sub/pipe.txt: a FIFO is not a document (never opened)")
    # the same folder walked: links to folders are reported, never followed; the FIFO never opened
    got = _bounded(lambda: list(read_inputs([str(L)])))
    assert [(x.path, x.status if isinstance(x, DocReport) else "article") for x in got] == [
        (f"{L}/.hidden.txt", "article"), (f"{L}/a.txt", "article"), (f"{L}/s1", "skipped"), (f"{L}/s2", "skipped"),
        (f"{L}/sub/b.txt", "article"), (f"{L}/sub/pipe.txt", "skipped"), (f"{L}/sub/up", "skipped")]
    assert got[2].reason.startswith(f"linked_folder: {L}/s1: a symbolic link to a folder inside a folder is not followed")
    # a non-recursive glob and a FIFO named directly
    assert [x.path for x in _bounded(lambda: list(read_inputs([str(L / "*" / "*.txt")])))] == [
        f"{L}/sub/b.txt", f"{L}/sub/pipe.txt"]
    [r] = _bounded(lambda: list(read_inputs([str(L / "sub" / "pipe.txt")])))
    assert r.status == "skipped" and r.reason.startswith("special_file:")


def _drop_dac():
    """preexec_fn: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set, so that even root
    obeys file permissions in the child (prctl PR_CAPBSET_DROP)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


_READ_REPORTS = ("import json, sys\nfrom eventwire.ingest import read_inputs\n"
                 "print(json.dumps([[getattr(x, 'path', None), getattr(x, 'status', 'article'), getattr(x, 'reason', None)]"
                 " for x in read_inputs(sys.argv[1:])]))\n")


def _read_without_privileges(paths: list[str]) -> list[list]:
    """read_inputs(paths) in a child process that cannot bypass file permissions (root drops its DAC
    capabilities); returns ``[[path, status, reason]]``."""
    kw = {"preexec_fn": _drop_dac} if os.geteuid() == 0 else {}
    try:
        r = subprocess.run([sys.executable, "-c", _READ_REPORTS, *paths], capture_output=True, text=True, timeout=120,
                           **kw)
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"cannot drop file-permission privileges here: {e}")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_unreadable_paths_each_get_a_failed_line_and_the_rest_is_coded(tmp_path):
    """Items 4 and 7, and an unreadable file: every path the run could not read gets a failed EW100 line,
    nothing is silently absent, the readable inputs are read."""
    base = Path(tempfile.mkdtemp(prefix="ew-perm-"))
    try:
        (base / "ok.txt").write_text("France condemned Iran.")
        (base / "folder" / "locked").mkdir(parents=True)
        (base / "folder" / "fine.txt").write_text("Italy condemned Iran.")
        (base / "folder" / "locked" / "inside.txt").write_text("Spain condemned Iran.")
        (base / "folder" / "secret.txt").write_text("Chile condemned Iran.")
        (base / "noexec").mkdir()
        (base / "noexec" / "a.txt").write_text("Peru condemned Iran.")
        os.chmod(base / "folder" / "locked", 0)
        os.chmod(base / "folder" / "secret.txt", 0)
        os.chmod(base / "noexec", stat.S_IRUSR | stat.S_IWUSR)  # listable, not searchable
        got = _read_without_privileges([str(base / "noexec" / "a.txt"), str(base / "folder"), str(base / "ok.txt")])
        b = str(base)
        assert got == [
            [f"{b}/noexec/a.txt", "failed", f"EW100: cannot read {b}/noexec/a.txt: Permission denied"],
            [f"{b}/folder/fine.txt", "article", None],  # a folder's files, then its subfolders (os.walk order)
            [f"{b}/folder/secret.txt", "failed", f"EW100: cannot read {b}/folder/secret.txt: Permission denied"],
            [f"{b}/folder/locked", "failed", f"EW100: cannot read folder {b}/folder/locked: Permission denied"],
            [f"{b}/ok.txt", "article", None],
        ]
    finally:
        for p in (base / "folder" / "locked", base / "noexec"):
            os.chmod(p, 0o755)
        shutil.rmtree(base)


# --- size ---------------------------------------------------------------------------------------------

def test_per_document_size_limit_skips_with_the_size_and_the_run_goes_on(tmp_path):
    """Item 5: over --max-doc-bytes a document is skipped (too_large:<bytes>), whatever its format, and the
    documents after it are coded; a JSONL line too long to hold a text under the limit is not parsed."""
    body = "Officials met in the capital for talks. " * 60  # 2,400 bytes, no event
    (tmp_path / "big.txt").write_text(body)
    (tmp_path / "huge.txt").write_text(body * 5)  # over 4 x the limit: not even read
    lines = [_line("big", body), "{" + '"pad": "' + "x" * 1_100_000 + '", "id": "wide", "text": "Spain."}',
             _line("a", GOOD["a"][0])]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n")
    paths = [tmp_path / "big.txt", tmp_path / "huge.txt", tmp_path / "docs.jsonl"]
    docs, events = run_code(tmp_path, paths, "--max-doc-bytes", "2000")
    t = str(tmp_path)
    assert [r[:3] for r in docs] == [
        (f"{t}/big.txt", "skipped", f"too_large:2400: {t}/big.txt: text of 2400 bytes is over the per-document limit "
                                    f"of 2000 bytes (--max-doc-bytes; 0 for none)"),
        (f"{t}/huge.txt", "skipped", f"too_large:12000: {t}/huge.txt: file of 12000 bytes is over the per-document "
                                     f"limit of 2000 bytes (--max-doc-bytes; 0 for none); not read"),
        (f"{t}/docs.jsonl:1", "skipped", f"too_large:2400: {t}/docs.jsonl:1: text of 2400 bytes is over the "
                                         f"per-document limit of 2000 bytes (--max-doc-bytes; 0 for none)"),
        (f"{t}/docs.jsonl:2", "skipped", f"too_large:1100044: {t}/docs.jsonl:2: line of 1100044 bytes is over the limit "
                                         f"of 1080576 bytes for one JSONL line (16 x --max-doc-bytes + 1 MiB); not parsed"),
        (f"{t}/docs.jsonl:3", "coded", None),
    ]
    assert "FRA" in _actors(events["a"])
    # no limit: the same documents are read whole
    got = list(read_inputs([str(p) for p in paths], max_doc_bytes=0))
    assert [type(x).__name__ for x in got] == ["Article"] * 5 and got[0].text == body
    assert main(["code", str(tmp_path / "big.txt"), "--max-doc-bytes", "-1"]) == 2


def test_streaming_jsonl_reader_never_holds_an_overlong_line():
    from eventwire.ingest.jsonl import _lines

    class Counting(io.BytesIO):
        biggest = 0

        def readline(self, size=-1):
            out = super().readline(size)
            Counting.biggest = max(Counting.biggest, len(out))
            return out

    fh = Counting(b"short\n" + b"x" * 3_000_000 + b"\nafter\nlast-no-newline")
    assert list(_lines(fh, 1000)) == [(b"short\n", 6), (None, 3_000_001), (b"after\n", 6), (b"last-no-newline", 15)]
    assert Counting.biggest <= 1 << 20  # read past in 1 MiB pieces, never whole


def test_code_batch_limit_for_library_callers():
    from eventwire.pipeline import code_batch

    res = code_batch([Article(text="x" * 3000, id="big"), Article(text=GOOD["a"][0], id="a")], max_doc_bytes=2000)
    assert [(r.article_id, r.status, r.reason) for r in res.reports][0] == (
        "big", "skipped", "too_large:3000: big: text of 3000 bytes is over the per-document limit of 2000 bytes "
                          "(--max-doc-bytes; 0 for none)")
    assert res.reports[1].status == "coded" and res.events


# --- control characters and line breaks: one rule ---------------------------------------------------

def test_control_characters_removed_and_counted_everywhere(tmp_path):
    """Item 6: one NUL in a JSONL line skipped the whole file, in a .txt the article (first 64 KiB) or
    nothing (after): now control characters are removed and counted in every format and position; only
    many of them (over 1%, at least 4) make a file binary."""
    filler = "The weather in the capital was mild and dry for most of the week. " * 1100  # > 64 KiB
    (tmp_path / "late.txt").write_bytes(filler.encode() + b"\x00Greece condemned Iran.\x1f\x7f")
    (tmp_path / "early.txt").write_bytes(b"\x00\x01Greece condemned Iran.")
    (tmp_path / "binary.txt").write_bytes(b"ab\x00\x01\x02\x03cd" * 20)
    (tmp_path / "one.jsonl").write_bytes(b'{"id":"n","text":"Greece\x00 condemned Iran."}\n{"id":"m","text":"ok then."}\n')
    (tmp_path / "binary.jsonl").write_bytes(b'{"id":"n","text":"x"}\n' + b"\x00\x01\x02\x03" * 50)
    got = {x.path: x for x in read_inputs([str(tmp_path)])}
    t = str(tmp_path)
    late, early = got[f"{t}/late.txt"], got[f"{t}/early.txt"]
    assert late.text == filler + "Greece condemned Iran." and late.meta["control_chars_removed"] == 3
    assert early.text == "Greece condemned Iran." and early.meta["control_chars_removed"] == 2
    assert got[f"{t}/one.jsonl:1"].text == "Greece condemned Iran." and got[f"{t}/one.jsonl:1"].meta[
        "control_chars_removed"] == 1
    assert got[f"{t}/one.jsonl:2"].text == "ok then." and "control_chars_removed" not in got[f"{t}/one.jsonl:2"].meta
    assert got[f"{t}/binary.txt"].reason == (f"unsupported_binary_input: {t}/binary.txt: binary content (magic number or "
                                             f"control bytes), not an article")
    assert got[f"{t}/binary.jsonl"].reason == (f"unsupported_binary_input: {t}/binary.jsonl: binary content (magic "
                                               f"number or control bytes), not JSONL")
    assert len(got) == 6
    # an Article built by a library caller gets the same rule, counted in its report
    from eventwire.pipeline import code_batch

    res = code_batch([Article(text="Greece\x00 condemned\x07 Iran.", id="g")])
    assert res.reports[0].reason == "control_chars_removed:2" and res.articles[0].text == "Greece condemned Iran."


def test_line_break_characters_are_line_breaks():
    """Item 9: VT, FF, \\x1c-\\x1e, U+0085, U+2028/9 are line breaks: the seed with any of them instead of
    newlines codes exactly the seed's events; a one-line article with a trailing VT is coded."""
    from eventwire.ingest import decode_bytes
    from eventwire.ingest.normalize import normalize_text
    from eventwire.pipeline import code_batch

    assert normalize_text("help\x0bRussia\x0cnow\x1cthen\x1dso\x1eand\x85end\u2028x\u2029y") == (
        "help\nRussia\nnow\nthen\nso\nand\nend\nx\ny")
    assert normalize_text("\u00c3\x85land") == "\u00c5land"  # a NEL inside mojibake is repaired, not a break
    assert decode_bytes(b"France condemned Iran.\x0b") == "France condemned Iran.\x0b"  # not binary
    seed = (ROOT.parent / "shared" / "seed" / "article.txt")
    if not seed.exists():
        pytest.skip("../shared/seed missing")
    text = seed.read_text(encoding="utf-8")
    base = code_batch([Article(text=text, id="seed", publication_date="2022-03-13")])
    assert len(base.events) >= 10
    for sep in ("\x0b", "\x0c", "\x1e", "\x85"):
        res = code_batch([Article(text=text.replace("\n", sep), id="seed", publication_date="2022-03-13")])
        assert [e.to_dict() for e in res.events] == [e.to_dict() for e in base.events], repr(sep)
    res = code_batch([Article(text="France condemned Iran on Monday.\x0b", id="v")])
    assert res.reports[0].status == "coded" and res.events


def test_boilerplate_is_removed_by_sentence_never_the_whole_text():
    """Item 8: a one-paragraph article ending in "All rights reserved." was all boilerplate, the seed
    flattened to one line gave 0 events instead of 11."""
    from eventwire.nlp.segment import segment_article
    from eventwire.pipeline import code_batch

    text = "Austria condemned Iran on Monday, officials said. All rights reserved."
    seg = segment_article(text)
    assert [s.text for s in seg.segments] == ["Austria condemned Iran on Monday, officials said."]
    assert seg.dropped == [(50, 70, "boilerplate")]
    assert segment_article("Copyright 2023 Nexstar Media Inc. All rights reserved.").segments == []
    res = code_batch([Article(text=text, id="x")])
    assert res.reports[0].status == "coded" and "AUT" in {a.code for e in res.events for a in e.actor}
    seed = ROOT.parent / "shared" / "seed" / "article.txt"
    if not seed.exists():
        pytest.skip("../shared/seed missing")
    text = seed.read_text(encoding="utf-8")
    key = lambda e: (e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.event_text)  # noqa
    whole = {key(e) for e in code_batch([Article(text=text, id="s", publication_date="2022-03-13")]).events}
    flat = code_batch([Article(text=" ".join(text.split("\n")), id="s", publication_date="2022-03-13")]).events
    assert len(flat) >= 10 and {key(e) for e in flat} <= whole


# --- generated JSONL: one line in, one report line out ----------------------------------------------

GOOD_TEXTS = ["France condemned Iran on Monday over its nuclear programme, the foreign ministry said.",
              "Kenya and Ethiopia signed a border security agreement in Nairobi on Tuesday.",
              "Germany sent humanitarian aid to Turkey after the earthquake, officials said.",
              "Police arrested dozens of protesters in Minsk on Sunday, witnesses said."]

HOSTILE = st.one_of(
    st.integers(500, 1500).map(lambda n: "[" * n + "]" * n),
    st.integers(500, 1500).map(lambda n: '{"text":' + '{"a":' * n + "1" + "}" * n + "}"),
    st.integers(4400, 6000).map(lambda n: '{"text":"x","n":' + "7" * n + "}"),
    st.sampled_from(['["list"]', "42", '"str"', "null", '{"id": "x", "text": ', "{]", '{"text": 5}', '{"text": ""}',
                     '{"text": "   "}', '{"id":"s","text":"\\ud800\\udfff x","url":"\\ud800"}']),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=60),
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ").decode("latin-1")),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.one_of(st.sampled_from(GOOD_TEXTS).map(lambda t: ("good", t)), HOSTILE.map(lambda h: ("bad", h))),
                     min_size=1, max_size=6),
       nul=st.booleans())
@example(plan=[("good", GOOD_TEXTS[0]), ("bad", "\x00\x00\x00")], nul=True)  # 4 NULs in 100 bytes: binary
def test_generated_jsonl_one_report_per_line_every_good_line_coded(tmp_path_factory, plan, nul):
    from eventwire.ingest.core import looks_binary
    from eventwire.pipeline import code_batch

    d = tmp_path_factory.mktemp("gen")
    raw = []
    for k, (kind, v) in enumerate(plan):
        if kind == "good":
            line = json.dumps({"id": f"good-{k}", "text": v.replace(" on ", " on\x00 ", 1) if nul else v})
            raw.append(line.replace("\\u0000", "\x00").encode("utf-8"))  # a raw NUL byte inside a good line
        else:
            line = v.encode("utf-8", "surrogatepass")
            raw.append(line if line.strip() else b"~")  # a blank line is no document
    p = d / "mixed.jsonl"
    p.write_bytes(b"\n".join(raw) + b"\n")
    res = code_batch(list(read_inputs([str(p)])))
    reports = {r.path: r for r in res.reports}
    if looks_binary(p.read_bytes()[:65536]):  # the file-level rule (eventwire.ingest.jsonl): one skip, no lines
        assert [(r.path, r.status, r.reason.split(":")[0], r.events) for r in res.reports] == [
            (str(p), "skipped", "unsupported_binary_input", 0)] and res.events == []
        return
    assert len(res.reports) == len(reports) == len(plan)  # one line each, nothing twice, nothing lost
    for k, (kind, _v) in enumerate(plan, 1):
        r = reports[f"{p}:{k}"]
        if kind == "good":
            assert r.status == "coded" and r.events >= 1, r
        else:
            assert r.status in ("coded", "skipped", "failed") and (r.status == "coded" or r.reason), r
    json.dumps([r.to_dict() for r in res.reports], ensure_ascii=False).encode("utf-8")  # valid UTF-8 throughout


# --- workers die with their parent ----------------------------------------------------------------

def _children(pid: int) -> set[int]:
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_of_the_run_takes_its_worker_processes_with_it(tmp_path):
    """Also-item: after kill -9 of 'code --workers 2' the workers (and the resource tracker) stayed alive,
    re-parented to init. Each worker now watches its parent and exits when it is gone."""
    import signal
    import time

    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(_line(f"d{i}", f"{GOOD_TEXTS[i % 4]} Report {i}.") for i in range(400)) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "code", str(src), "--workers", "2", "--no-progress",
                             "--out", str(tmp_path / "o.jsonl")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        kids: set[int] = set()
        for _ in range(1200):  # bounded wait (safety net only): both workers started
            kids = _children(proc.pid)
            if len(kids) >= 3 or proc.poll() is not None:  # 2 workers + the resource tracker
                break
            time.sleep(0.1)
        assert proc.poll() is None and len(kids) >= 3, "workers never started"
        time.sleep(1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        for _ in range(300):  # bounded wait (safety net only): they exit about a second after the parent
            if not any(_alive(k) for k in kids):
                break
            time.sleep(0.1)
        assert not [k for k in kids if _alive(k)], "worker processes outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()
        for k in _children(proc.pid) | kids:
            if _alive(k):
                os.kill(k, signal.SIGKILL)
