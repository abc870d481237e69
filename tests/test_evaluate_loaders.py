"""Gold-set loaders and the CAMEO->PLOVER crosswalk: fixtures for the rules, ../shared for the real files."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from eventwire.errors import EvaluationError
from eventwire.evaluate import loaders as L
from eventwire.evaluate.crosswalk import load_crosswalk, parse_cameo_actor

FIX = Path(__file__).parent / "fixtures" / "evaluate"


def test_crosswalk_fixture_reports_duplicates_and_rules():
    cw = load_crosswalk(FIX / "crosswalk_dup.txt")
    assert cw.duplicates == [("08", [5, 7]), ("175", [10, 11])]
    assert cw.decisions[0].startswith("08: conflicting values CONCEDE (line 5), RETREAT (line 7); kept the first")
    assert cw.decisions[1] == "175: lines [10, 11] map identically (ASSAULT); kept one"
    assert cw.lookup("08").event == "CONCEDE"
    assert cw.lookup("0841").event == "RETREAT" and cw.lookup("0841").mode == "release"
    assert cw.lookup("0849").event == "RETREAT"  # unknown 4-digit code -> its 3-digit parent 084
    assert cw.lookup("089").event == "CONCEDE"   # unknown 3-digit code -> the root, whose rule is CONCEDE
    # the 175 mode slot holds a context: moved; 'territory' is a THREATEN mode as well as a context: kept
    assert (cw.lookup("175").mode, cw.lookup("175").contexts) == (None, ("pro_autocracy", "military"))
    assert cw.lookup("1382").mode == "territory"
    assert cw.lookup("010") is None and cw.lookup("0214") is None and cw.lookup("99") is None


def test_crosswalk_rejects_unknown_event_with_line():
    with pytest.raises(EvaluationError, match=r"crosswalk_bad.txt:2: 'CHAT' is not a PLOVER event type"):
        load_crosswalk(FIX / "crosswalk_bad.txt")


def test_crosswalk_real_file():
    cw = load_crosswalk(shared_path("reference", "CAMEO2PLOVER-2021.txt"))
    assert [d for d, _ in cw.duplicates] == ["08", "175"]
    assert cw.lookup("163").event == "COERCE" and cw.lookup("1712").event == "ASSAULT"
    assert cw.lookup("0874").mode == "disarm" and cw.lookup("195").mode == "heavy-weapons"
    assert cw.lookup("042").event == "CONSULT" and cw.lookup("013") is None


@pytest.mark.parametrize("code,want", [
    ("USAGOV", ("USA", "GOV")), ("---REB", (None, "REB")), ("IGOUNOMIL", ("UNO", "MIL")),
    ("SYROPPHRI", ("SYR", "OPP")), ("BRAPPL", ("BRA", "CVL")), ("IRQMUS", ("IRQ", None)),
    ("IGOEUREEC", ("EUR", None)), ("---", (None, None)), (None, (None, None)), ("PSEGZACVL", ("PSE", "CVL")),
])
def test_parse_cameo_actor(code, want):
    assert parse_cameo_actor(code) == want


def test_gsr_loader_on_fixture():
    gs = L.load_gold(str(FIX / "mini_gsr.json"))
    assert gs.name == "mini_gsr" and gs.skipped == [("MINI-DOCUMENT-0001", "DOCUMENT header record")]
    assert len(gs.items) == 2  # two records share one sentence
    first, second = gs.items
    assert [g.type for g in first.events] == ["REQUEST", "ACCUSE"]
    assert [(a.code, a.sector) for a in first.events[1].actors] == [("FRA", None)]
    assert [(a.code, a.sector) for a in second.events[0].actors] == [("JPN", "MIL")]
    assert second.events[0].type == "ASSAULT" and second.events[0].recipients == []


def test_plover_gsr_real():
    shared_path("eval", "plover_gsr")
    gs = L.load_gold("plover_gsr")
    assert len(gs.items) == 316 and sum(len(i.events) for i in gs.items) == 322
    types = [g.type for i in gs.items for g in i.events]
    assert types.count("REQUEST") == 34 and types.count("ACCUSE") == 16 + 9 and types.count("ASSAULT") == 15 + 17
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & set(types)


def test_universalpetrarch_real():
    shared_path("eval", "universalpetrarch_gsr")
    gs = L.load_gold("universalpetrarch_gsr")
    assert len(gs.items) == 78
    guy = next(i for i in gs.items if i.id == "upetr:AFP0808020705_1")
    g = guy.events[0]
    assert (g.type, g.actors[0].code, g.actors[0].sector, g.recipients[0].code, g.recipients[0].sector) == \
        ("COERCE", "GUY", "JUD", "BRA", "CVL")
    assert guy.publication_date == "2008-08-06"
    assert sum(1 for i in gs.items if not i.events) >= 12  # the 'noevents' records
    assert any("08:" in n for n in gs.notes)
    # a record with an empty <Text> gets its sentence back from its CoNLL-U <Parse> block
    boko = next(i for i in gs.items if i.id == "upetr:abc12_3")
    assert boko.text.startswith("Boko Haram has launched many similar attacks during its six-year campaign")
    assert all(i.text.strip() for i in gs.items)


def test_text_from_parse_detokenizes(tmp_path):
    x = tmp_path / "g.xml"
    x.write_text('<Sentence id="a1"/><Text>\n</Text><Parse>\n1\tIran\t_\n2\t\'s\t_\n3\tarmy\t_\n'
                 '4\t(\t_\n5\tIRGC\t_\n6\t)\t_\n7\tattacked\t_\n8\t.\t_\n</Parse>', encoding="utf-8")
    assert L._text_from_parse(x, "a1") == "Iran's army (IRGC) attacked."
    assert L._text_from_parse(x, "zz") == "" and L._text_from_parse(tmp_path / "none.xml", "a1") == ""


def test_conflibert_real():
    shared_path("eval", "conflibert")
    cls = L.load_gold("conflibert_cameo_class")
    from collections import Counter
    assert Counter(i.label for i in cls.items) == {0: 56, 1: 80, 2: 57, 3: 150, 4: 108}
    ner = L.load_gold("conflibert_cameo_ner")
    assert len(ner.items) == 451
    it = ner.items[1]
    assert [(it.text[s:e], r) for s, e, r in it.spans] == [
        ("NATO", "S"), ("Serbian army and special police troops", "T")]
    assert it.text.endswith("NATO air strikes.")
    assert L.resolve_names("conflibert_cameo") == ["conflibert_cameo_class", "conflibert_cameo_ner"]


def test_case2021_and_mapping_table():
    shared_path("eval", "case2021_task2_acled")
    amap = L.load_acled_map()
    gs = L.load_gold("case2021")
    assert len(gs.items) == 1019 and not gs.skipped  # every sub-type in the file is in the table
    assert {i.label for i in gs.items} <= set(amap)
    assert amap["ARREST"].plover_event == "COERCE" and amap["NATURAL_DISASTER"].plover_event == "NONE"
    assert all(r.reason for r in amap.values())
    arrest = next(i for i in gs.items if i.label == "ARREST")
    assert arrest.events[0].types == ("COERCE",) and not arrest.events[0].require_actor
    assert all(not i.events and i.scored for i in gs.items if i.label == "NATURAL_DISASTER")
    assert all(not i.scored for i in gs.items if i.label == "OTHER")


def test_india_police_real():
    shared_path("eval", "india_police_events")
    gs = L.load_gold("india_police")
    assert len(gs.items) == 1257
    it = next(i for i in gs.items if i.id == "india:11")
    assert it.publication_date == "2002-03-10" and "â€˜" not in it.text and "'bhoomi pujan'" in it.text
    labelled = [i for i in gs.items if i.events]
    assert labelled and all(set(i.label) <= {"KILL", "ARREST", "FORCE"} for i in labelled)


def test_cases_and_seed_real():
    shared_path("cases", "cases.jsonl")
    gs = L.load_gold("cases")
    by = {i.id: i for i in gs.items}
    c03 = by["case:C03"].events[0]
    assert c03.types == ("RETREAT", "CONCEDE") and c03.status == "future"
    assert by["case:C04"].events[0].negated and not by["case:C04"].events[0].is_actual
    assert by["case:C16"].events[1].symmetric
    assert by["case:C21"].events[0].actors[0].code == "IGO"  # AU
    assert by["case:C31"].text.startswith("KADUNA")
    assert by["case:C24"].input_format == "html" and by["case:C01"].input_format is None
    from eventwire.evaluate.harness import to_article
    art = to_article(by["case:C24"])
    assert art.id == "case:C24" and "<" not in art.text and "Chad" in art.text
    assert {i for i, _ in gs.skipped} == {"C33", "C34", "C36"}
    seed = L.load_gold("seed")
    assert seed.items[0].publication_date == "2022-03-13" and len(seed.items[0].label["must"]) == 6


def test_subset_is_deterministic_and_ordered():
    items = [L.GoldItem(str(i), "t") for i in range(50)]
    a, b = L.subset(items, 10), L.subset(list(items), 10)
    assert [i.id for i in a] == [i.id for i in b] and len(a) == 10
    assert [int(i.id) for i in a] == sorted(int(i.id) for i in a)
    assert L.subset(items, None) is items and L.subset(items, 99) is items


def test_unknown_gold_name():
    with pytest.raises(EvaluationError, match="unknown gold set 'nope'"):
        L.resolve_names("nope")


def test_acled_mapping_doc_matches_table():
    doc = (Path(__file__).parent.parent / "docs" / "acled_mapping.md").read_text(encoding="utf-8")
    for r in L.load_acled_map().values():
        assert f"| {r.subtype} | {r.plover_event} | {', '.join(r.also_accept) or '-'} | {r.mode or '-'} |" in doc


def test_bad_gold_paths_and_files_give_clear_errors(tmp_path):
    from eventwire.errors import EvaluationError

    with pytest.raises(EvaluationError, match="no such gold file"):
        L.resolve_names(str(tmp_path / "nope.json"))
    (tmp_path / "five.json").write_text("5", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "seedlike.json").write_text('{"must": []}', encoding="utf-8")
    for f in ("five.json", "seedlike.json"):
        with pytest.raises(EvaluationError, match="not a PLOVER GSR file"):
            L.load_gold(str(tmp_path / f))
    with pytest.raises(EvaluationError, match="not JSON"):
        L.load_gold(str(tmp_path / "broken.json"))


def test_plover_gsr_duplicate_record_ids_stay_apart():
    shared_path("eval", "plover_gsr")
    gs = L.load_gold("plover_gsr")
    ids = [i.id for i in gs.items]
    assert len(ids) == len(set(ids)) == 316
    two = [i for i in gs.items if i.id.startswith("plover_gsr:PLOVER-GSR01-COERCE-0004")]
    assert len(two) == 2 and two[0].text != two[1].text
    assert any("COERCE-0004 is used for two different sentences" in n for n in gs.notes)
