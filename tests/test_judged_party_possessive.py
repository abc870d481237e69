"""Rule ``judged_party_possessive`` (:func:`eventwire.actors.resolve.judged_party`): in "X blamed/accused/criticized/
condemned/praised Y for/over/of its|their N" the possessive of the act noun N is Y, the judged party, not the judge
X -- "Washington blamed Tehran for its attacks on shipping" is Iran's attack, reported by Washington, not a U.S.
attack on Iran. And "its" never stands for a person (docs/actors.md). Invented variants of the kind."""
import pytest

from test_coder_rules import coded


def _records(text):
    _, events, _ = coded(text)
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], bool(e.reported)) for e in events]


@pytest.mark.parametrize("text,event,actor", [
    ("Washington blamed Tehran for its attacks on shipping.", "ASSAULT", "IRN"),
    ("Ukraine accused Russia on Monday over its shelling of Zaporizhzhia nuclear plant.", "ASSAULT", "RUS"),
    ("French President Emmanuel Macron criticized Russia on Tuesday for its attacks on Ukraine's energy grid.",
     "ASSAULT", "RUS"),
    ("Scholz condemned China for its military drills around Taiwan.", "MOBILIZE", "CHN"),
    ("Seoul blamed Pyongyang for its shelling of the border island.", "ASSAULT", "PRK"),
    ("Kyiv accused Moscow of its shelling of Kharkiv.", "ASSAULT", "RUS"),
    ("Israel blamed Hezbollah for their rocket attacks on Haifa.", "ASSAULT", "LBN"),
])
def test_the_possessive_of_the_judged_act_is_the_judged_party(text, event, actor):
    got = [r for r in _records(text) if r[0] == event]
    assert got and got[0][1] == [actor] and got[0][3], _records(text)
    accuse = [r for r in _records(text) if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2] == [actor]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron on Tuesday called its attacks on Ukraine unacceptable.",
    "Scholz pointed to its attacks on Ukrainian cities.",
])
def test_its_never_stands_for_a_person(text):
    assert not [r for r in _records(text) if r[0] == "ASSAULT" and r[1] in (["FRA"], ["DEU"])], _records(text)


def test_the_speakers_own_possessive_is_unchanged():
    # no judging verb: the speaker owns "its jets"
    assert ("ASSAULT", ["FRA"], ["SYR"], True) in _records("France said its jets struck targets in Syria.")


def test_the_party_protested_to_owns_the_act():
    # "protested to China over its incursion": the party addressed is the judged one
    got = [r for r in _records("Japan protested to China over its incursion into Japanese waters.") if r[0] == "ASSAULT"]
    assert got and got[0][1] == ["CHN"] and got[0][2] == ["JPN"]


def test_a_possessive_deeper_in_the_judged_phrase_is_not_the_judged_partys(nlp):
    # "over the attack on its embassy": the embassy is Poland's, the rule only takes the judged act's own possessive
    from eventwire.actors import resolve

    doc = nlp("Poland criticized Russia over the attack on its embassy in Kyiv.")
    its = next(t for t in doc if t.lower_ == "its")
    verb = next(t for t in doc if t.lemma_ == "criticize")
    assert resolve.judged_party(verb, its.head, its) is None
    doc = nlp("Poland criticized Russia over its attack on the embassy in Kyiv.")
    its = next(t for t in doc if t.lower_ == "its")
    verb = next(t for t in doc if t.lemma_ == "criticize")
    assert resolve.judged_party(verb, its.head, its).text == "Russia"
