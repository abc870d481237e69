"""The original a ``duplicate:<id>`` skip names is a document that was coded, or the reason says it was not.
Fresh-user finding (stop 18): two copies of a French story were reported ``language:fr`` and ``duplicate:fr1``,
sending the reader to a document that was itself skipped. Texts are invented."""
from __future__ import annotations

import json

from eventwire.cli import main
from eventwire.ingest import read_inputs
from eventwire.ingest.dedupe import note_uncoded_originals
from eventwire.schema import DocReport

FR = ("Le ministre des Affaires étrangères a déclaré jeudi à Paris que la délégation arrivera à Genève la semaine "
      "prochaine pour négocier un accord de cessez-le-feu avec les rebelles du nord du pays.")
EN = ("Police in Nairobi arrested 20 protesters on Monday after clashes near parliament, officials said. The "
      "protesters had demanded lower taxes.")


def _jsonl(tmp_path, rows):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows), encoding="utf-8")
    return p


def test_language_is_decided_before_dedupe_when_both_are_asked(tmp_path):
    p = _jsonl(tmp_path, [("fr1", FR), ("fr2", FR), ("en1", EN), ("en2", EN)])
    got = list(read_inputs([str(p)], dedupe=True, language=True))
    assert [(x.article_id, x.status, x.reason) if isinstance(x, DocReport) else (x.id, "article", None) for x in got] == [
        ("fr1", "skipped", "language:fr"), ("fr2", "skipped", "language:fr"), ("en1", "article", None),
        ("en2", "skipped", "duplicate:en1")]


def test_note_uncoded_originals_says_so():
    reports = [DocReport("a", "skipped", "eventwire_output: x"), DocReport("b", "skipped", "duplicate:a"),
               DocReport("c", "coded", None, events=2), DocReport("d", "skipped", "duplicate:c"),
               DocReport("e", "skipped", "duplicate:zz"), DocReport("f", "failed", "EW900 internal: boom"),
               DocReport("g", "skipped", "duplicate:f")]
    got = note_uncoded_originals(reports)
    assert [r.reason for r in got] == [
        "eventwire_output: x", "duplicate:a (a was not coded: skipped, eventwire_output: x)", None, "duplicate:c",
        "duplicate:zz", "EW900 internal: boom", "duplicate:f (f was not coded: failed, EW900 internal: boom)"]
    assert reports[1].reason == "duplicate:a"  # the input reports are not modified


def test_cli_report_never_names_a_skipped_original(tmp_path):
    p = _jsonl(tmp_path, [("fr1", FR), ("fr2", FR), ("en1", EN), ("en2", EN)])
    rep = tmp_path / "rep.json"
    assert main(["code", str(p), "--out", str(tmp_path / "o.jsonl"), "--report", str(rep), "--no-progress"]) == 0
    docs = json.loads(rep.read_text(encoding="utf-8"))["documents"]
    assert [(d["article_id"], d["status"], d["reason"]) for d in docs] == [
        ("fr1", "skipped", "language:fr"), ("fr2", "skipped", "language:fr"), ("en1", "coded", None),
        ("en2", "skipped", "duplicate:en1")]
    # --no-language codes the French one; its copy then names a coded original
    assert main(["code", str(p), "--out", str(tmp_path / "o2.jsonl"), "--report", str(rep), "--no-progress",
                 "--no-language"]) == 0
    docs = {d["article_id"]: d for d in json.loads(rep.read_text(encoding="utf-8"))["documents"]}
    assert docs["fr1"]["status"] == "coded" and docs["fr2"]["reason"] == "duplicate:fr1"


def test_a_copy_of_a_copy_names_the_original_at_the_chain_end():
    """Fresh user (stop 19): x5 was reported ``duplicate:x4`` while x4 was itself skipped as ``duplicate:x3``."""
    reports = [DocReport("x3", "coded", None, events=1), DocReport("x4", "skipped", "duplicate:x3"),
               DocReport("x5", "skipped", "duplicate:x4"), DocReport("y1", "skipped", "empty_input"),
               DocReport("y2", "skipped", "duplicate:y1"), DocReport("y3", "skipped", "duplicate:y2"),
               DocReport("z2", "skipped", "duplicate:z1"), DocReport("z3", "skipped", "duplicate:z2")]
    got = [r.reason for r in note_uncoded_originals(reports)]
    assert got == [None, "duplicate:x3", "duplicate:x4 (x4 is a copy of x3, coded)", "empty_input",
                   "duplicate:y1 (y1 was not coded: skipped, empty_input)",
                   "duplicate:y2 (y2 is a copy of y1, not coded: skipped, empty_input)",
                   "duplicate:z1", "duplicate:z2 (z2 is a copy of z1, not in this run)"]
