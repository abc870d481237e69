"""The lexicon (data/lexicon/*.tsv) and its validator, tested directly (issue 11)."""
import pytest

from eventwire.datafiles import read_rows
from eventwire.errors import DictionaryError
from eventwire.lexicon import LIST_COLUMNS, load_lexicon, main, parse_lexicon, parse_specs

LISTS = ("#list\tkind\tvalues\tfile\tdescription\n"
         "cause_verb\tset\t-\tmine.tsv\tverbs of causing\n"
         "ctx_word\tmap\tcontext\tmine.tsv\twords that add a context\n")


def specs(text=LISTS):
    return parse_specs(read_rows(text.splitlines(), "lists.tsv", LIST_COLUMNS))


def lex(rows: str, text=LISTS):
    return parse_lexicon(specs(text), [(rows, "mine.tsv")])


def test_a_valid_lexicon_reads_sets_maps_and_runs_in_file_order():
    got = lex("cause_verb\tspark\t-\t-\ncause_verb\ttrigger\t-\t-\n"
              "ctx_word\tarmy\tmilitary\t-\nctx_word\toil\teconomic\t-\nctx_word\ttank\tmilitary\t-\n")
    assert got.words("cause_verb") == {"spark", "trigger"}
    assert got.ordered("cause_verb") == ("spark", "trigger")
    assert got.mapping("ctx_word") == {"army": "military", "oil": "economic", "tank": "military"}
    # runs keep the file order: the first row found wins
    assert got.runs("ctx_word") == (("military", {"army"}), ("economic", {"oil"}), ("military", {"tank"}))


@pytest.mark.parametrize("rows,msg", [
    ("cause_verb\tspark\t-\n", r"mine.tsv:1: expected 4 tab-separated columns, got 3"),
    ("cause_verb\tspark\t-\t-\ncause_verb\tspark\t-\t-\n", r"mine.tsv:2: duplicate lexicon word 'spark' in list "
                                                         r"'cause_verb' \(first at line 1\)"),
    ("# a comment\nhazard\tflood\t-\t-\n", r"mine.tsv:2: unknown lexicon list 'hazard'"),
    ("cause_verb\tSpark\t-\t-\n", r"mine.tsv:1: word must be lower case"),
    ("cause_verb\tset  off\t-\t-\n", r"mine.tsv:1: word must be lower case without stray spaces"),
    ("cause_verb\tspark\tGOV\t-\n", r"mine.tsv:1: list 'cause_verb' is a set"),
    ("cause_verb\tspark\t-\t-\nctx_word\tarmy\tmilitery\t-\n", r"mine.tsv:2: value 'militery' is not a context"),
    ("cause_verb\tspark\t-\t-\n", r"lists.tsv:3: lexicon list 'ctx_word' has no rows"),
])
def test_the_validator_names_file_and_line(rows, msg):
    with pytest.raises(DictionaryError, match=msg):
        lex(rows)


@pytest.mark.parametrize("lists,msg", [
    (LISTS + "cause_verb\tset\t-\tmine.tsv\tagain\n", r"lists.tsv:4: duplicate lexicon list cause_verb"),
    ("x\tbag\t-\tmine.tsv\td\n", r"lists.tsv:1: kind must be one of set, map"),
    ("x\tmap\tcolour\tmine.tsv\td\n", r"lists.tsv:1: unknown value domain 'colour'"),
    ("x\tmap\tmode:PARTY\tmine.tsv\td\n", r"lists.tsv:1: unknown value domain 'mode:PARTY'"),
    ("x\tset\tsector\tmine.tsv\td\n", r"lists.tsv:1: a set list has no values"),
])
def test_the_list_declarations_are_validated(lists, msg):
    with pytest.raises(DictionaryError, match=msg):
        specs(lists)


def test_rows_live_in_the_file_their_list_declares():
    two = LISTS + "other\tset\t-\tother.tsv\td\n"
    with pytest.raises(DictionaryError, match=r"other.tsv:2: list 'cause_verb' belongs in mine.tsv"):
        parse_lexicon(specs(two), [("ctx_word\tarmy\tmilitary\t-\n", "mine.tsv"),
                                   ("other\tx\t-\t-\ncause_verb\tspark\t-\t-\n", "other.tsv")])


def test_a_mode_map_accepts_only_modes_of_its_event_type():
    lists = "m\tmap\tmode:ASSAULT\tmine.tsv\td\n"
    assert lex("m\tdrone\tdrone\t-\n", lists).mapping("m") == {"drone": "drone"}
    with pytest.raises(DictionaryError, match=r"value 'assist' is not a mode:ASSAULT"):
        lex("m\tdrone\tassist\t-\n", lists)


def test_asking_for_an_undeclared_list_is_an_error():
    with pytest.raises(DictionaryError, match="unknown lexicon list 'no_such_list'"):
        load_lexicon().words("no_such_list")


def test_the_packaged_lexicon_is_valid_and_every_list_is_read_by_the_code():
    import pathlib
    import re

    lex_ = load_lexicon()
    assert len(lex_.specs) >= 80 and len(lex_) >= 1000
    src = pathlib.Path(__file__).resolve().parents[2] / "src" / "eventwire"
    code = "".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py"))
    used = set(re.findall(r"""(?:words|mapping|runs|ordered|_alt)\(\s*["']([a-z_]+)["']""", code))
    assert set(lex_.specs) - used == set(), "declared lists no rule reads"
    assert used - set(lex_.specs) == set(), "lists the code asks for but lists.tsv does not declare"


def test_the_validator_command(tmp_path, capsys):
    assert main([]) == 0
    assert "lexicon:" in capsys.readouterr().out
    bad = tmp_path / "mine.tsv"
    bad.write_text("hazard_noun\tflood\t-\t-\n")  # already a packaged row
    assert main([str(bad)]) == 2
    assert "mine.tsv:1: duplicate lexicon word 'flood' in list 'hazard_noun'" in capsys.readouterr().err
