"""The pattern dictionary validator (data/patterns/verbs.tsv), tested directly."""
import pytest

from eventwire.errors import DictionaryError
from eventwire.events.patterns import COLUMNS, load_patterns, parse_patterns

ROW = "attack\tV\t-\t-\tASSAULT\t-\t-\t190\tdobj\t{cond}"


def parse(*rows):
    return parse_patterns(list(rows), "mine.tsv")


def test_a_row_may_carry_several_conditions():
    (p,) = parse(ROW.format(cond="head=seek|try,noinf,strict")).patterns
    assert p.heads == {"seek", "try"} and p.noinf and p.strict


def test_an_infinitive_condition():
    (p,) = parse(ROW.format(cond="inf")).patterns
    assert p.inf and not p.noinf


def test_a_preposition_condition_with_and_without_objects():
    (p, q) = parse(ROW.format(cond="prep=by|on:phone|telephone"),
                   ROW.replace("attack", "speak").format(cond="prep=with,strict")).patterns
    assert p.preps == {"by", "on"} and p.prep_objects == {"phone", "telephone"} and not p.strict
    assert q.preps == {"with"} and q.prep_objects == frozenset() and q.strict


def test_rows_differing_only_in_their_preposition_condition_are_two_keys():
    ps = parse(ROW.format(cond="prep=with"), ROW.format(cond="prep=by:phone"), ROW.format(cond="-"))
    rows = ps.candidates("attack", "V")
    assert len(rows) == 3 and rows[-1].preps == frozenset()  # the bare row is tried last


@pytest.mark.parametrize("row,msg", [
    ("attack\tV\t-", r"mine.tsv:1: expected 10 tab-separated columns, got 3"),
    (ROW.replace("\tV\t", "\tX\t").format(cond="-"), r"mine.tsv:1: pos must be V or N"),
    (ROW.replace("ASSAULT", "ATTACK").format(cond="-"), r"mine.tsv:1: unknown PLOVER event type 'ATTACK'"),
    (ROW.replace("\t-\t-\t190", "\tassist\t-\t190").format(cond="-"), r"mine.tsv:1: mode 'assist' is not a PLOVER mode"),
    (ROW.replace("\t190", "\t19x").format(cond="-"), r"mine.tsv:1: malformed CAMEO code"),
    (ROW.replace("dobj", "object").format(cond="-"), r"mine.tsv:1: unknown recipient source 'object'"),
    (ROW.format(cond="nofin"), r"mine.tsv:1: unknown condition 'nofin'"),
    (ROW.format(cond="strict,strict"), r"mine.tsv:1: condition 'strict' given twice"),
    (ROW.format(cond="head="), r"mine.tsv:1: empty governor list"),
    (ROW.format(cond="prep="), r"mine.tsv:1: malformed preposition condition"),
    (ROW.format(cond="prep=by:"), r"mine.tsv:1: malformed preposition condition"),
    (ROW.format(cond="prep=by phone"), r"mine.tsv:1: malformed preposition condition"),
    (ROW.format(cond="prep"), r"mine.tsv:1: unknown condition 'prep'"),
    (ROW.format(cond="inf,noinf"), r"mine.tsv:1: conditions 'inf' and 'noinf' exclude each other"),
    (ROW.format(cond="inf=yes"), r"mine.tsv:1: unknown condition 'inf=yes'"),
])
def test_the_validator_names_file_and_line(row, msg):
    with pytest.raises(DictionaryError, match=msg):
        parse(row)


def test_a_duplicate_key_names_both_lines():
    with pytest.raises(DictionaryError, match=r"mine.tsv:3: duplicate pattern key \('attack', 'V', None\) \(first at line 1\)"):
        parse(ROW.format(cond="-"), "# comment", ROW.format(cond="strict"))


def test_the_packaged_dictionary_is_valid():
    ps = load_patterns()
    assert len(ps.patterns) > 300 and len(COLUMNS) == 10
    assert any(p.heads for p in ps.patterns) and any(p.strict for p in ps.patterns)
