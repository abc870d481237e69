"""Acts inside conditional clauses and conditional possibilities (stop 17, kind "acts inside conditional clauses").

- modality.in_conditional / conditional_clause / conditional_phrase: a trigger inside a clause opened by a
  conditional opener (lexicon ``conditional_opener``: "if", "unless", "in case", "provided (that)", "providing",
  "as long as", "so long as", "on condition that", "in the event that/of") is hypothetical (PLOVER manual,
  auxiliary modes; ANNOTATION.md status "hypothetical (conditional, could, if)"); not through a relative clause,
  not "as if", not an indirect question ("asked if").
- recode.conditional_forecast: a modal of possibility (could/might/may) on a conditioned act of force, coercion or
  sanction that its actor does not tell is the actor's hypothetical act, not a THREATEN ("The EU could impose
  sanctions on Iran if talks fail, diplomats said"); "would" of a report and the actor's own words stay a threat.
"""
import pytest

from eventwire.nlp.model import load_model
from eventwire.events import modality
from test_coder_rules import coded, find


def _tok(text, word):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Turkey said it would back the bid if Stockholm cooperates fully with Ankara.", "cooperates"),
    ("Iran will halt enrichment unless Washington imposes new sanctions.", "imposes"),
    ("Kenya will send troops to Haiti provided that the United Nations approves the mission.", "approves"),
    ("The treaty comes into force next year, providing it is ratified by all member states.", "ratified"),
    ("Iran will halt enrichment on condition that the United States lifts sanctions.", "lifts"),
    ("So long as Moscow occupies Crimea, sanctions will remain.", "occupies"),
    ("Moscow will retaliate in case Russia's embassy is attacked.", "attacked"),
    ("Israel will strike Iran in the event that Tehran attacks its territory.", "attacks"),
    ("The ministers said Russia would be punished in case of an attack on Poland.", "attack"),
    ("He said he would not apologise even if Blair asked him to.", "asked"),
])
def test_trigger_inside_a_condition(text, word):
    tok = _tok(text, word)
    assert modality.in_conditional(tok)
    assert modality.status(tok, tok.sent) == "hypothetical"


@pytest.mark.parametrize("text,word", [
    # the act is real: outside the condition, or asserted by a relative clause inside it
    ("If anything, the sanctions imposed on Iran by the European Union on Monday were mild.", "imposed"),
    ("If anything, the sanctions imposed on Iran by the European Union on Monday were mild.", "sanctions"),
    ("Russia threatened to attack Ukraine if Kyiv joined NATO.", "attack"),
    ("If Russia, which invaded Ukraine in 2022, attacks Moldova, NATO will respond.", "invaded"),
    # no condition: an indirect question, a comparison, the verb "provide"
    ("Justice Peggy Quince asked Richard if Sauls had used the standard.", "used"),
    ("It looks as if the administration has attacked Libya.", "attacked"),
    ("UNICEF is providing clean water to Pakistan after Turkey sent aid.", "sent"),
])
def test_trigger_outside_a_condition(text, word):
    assert not modality.in_conditional(_tok(text, word))


@pytest.mark.parametrize("text,event,actor", [
    ("Britain will send aid to Ukraine as long as Russia attacks Ukrainian cities.", "ASSAULT", "RUS"),
    ("Iran will halt enrichment on condition that the United States lifts sanctions on Iran.", "RETREAT", "USA"),
])
def test_act_in_a_wider_condition_is_hypothetical(text, event, actor):
    # before stop 17 only if/unless made the act of a condition hypothetical: these were actual
    rows, _, _ = coded(text)
    hits = find(rows, event, actor)
    assert hits and all(r[3] == "hypothetical" for r in hits), rows


def test_act_in_an_if_clause_stays_hypothetical():
    rows, _, _ = coded("Turkey said it would help Sweden join NATO if Stockholm cooperates fully with Ankara.")
    swe = [r for r in rows if "SWE" in r[1]]
    assert swe and all(r[3] == "hypothetical" for r in swe), rows


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The European Union could impose sanctions on Iran if talks fail, diplomats said.", "SANCTION", "EUR", "IRN"),
    ("If the talks fail, the European Union could impose sanctions on Iran, diplomats said.", "SANCTION", "EUR", "IRN"),
    ("The United States might cut aid to Egypt unless Cairo releases the activists.", "SANCTION", "USA", "EGY"),
])
def test_conditional_possibility_is_a_hypothetical_act_not_a_threat(text, event, actor, recipient):
    rows, _, _ = coded(text)
    hits = find(rows, event, actor, recipient)
    assert hits and all(r[3] == "hypothetical" for r in hits), rows
    assert not find(rows, "THREATEN", actor), rows
    assert not [r for r in rows if actor in r[1] and r[3] == "actual"], rows


@pytest.mark.parametrize("text,actor", [
    # the backshifted "will" of a report: a conditional announcement is a threat (PLOVER manual, THREATEN)
    ("Germany would expel Russian diplomats if Moscow refused to cooperate, officials said.", "DEU"),
    # the actor's own words
    ("Russia said it would cut gas supplies to Moldova unless Chisinau pays its debts.", "RUS"),
    ("Russia threatened to attack Ukraine if Kyiv joined NATO.", "RUS"),
])
def test_announced_conditional_act_stays_a_threat(text, actor):
    rows, _, _ = coded(text)
    assert [r for r in find(rows, "THREATEN", actor) if r[3] == "actual"], rows


@pytest.mark.parametrize("text,event", [
    ("If anything, the sanctions imposed on Iran by the European Union on Monday were mild.", "SANCTION"),
    ("The European Union imposed sanctions on Iran on Monday.", "SANCTION"),
])
def test_real_act_beside_a_conditional_word_stays_actual(text, event):
    rows, _, _ = coded(text)
    hits = find(rows, event, "EUR", "IRN")
    assert hits and all(r[3] == "actual" for r in hits), rows


def test_who_must_meet_a_wider_condition_is_the_target_of_the_threat():
    # recipient_rules.condition_subject reads any conditional clause (before: if/unless only)
    _, events, _ = coded("Russia threatened to cut gas supplies as long as Moldova refuses to pay its debts.")
    threats = [e for e in events if e.event == "THREATEN" and "RUS" in [a.code for a in e.actor]]
    assert threats and threats[0].text_info["rule"]["recipient"] == "threat_condition", events
    assert [r.code for r in threats[0].recipient] == ["MDA"]


@pytest.mark.parametrize("text,sources", [
    # attribution._condition: a speech verb inside the condition is no source ("if it declares independence")
    ("China could attack Taiwan if it declares independence, analysts said.", ["analysts"]),
    ("China could attack Taiwan if it declares independence.", []),
])
def test_a_saying_inside_the_condition_is_no_source(text, sources):
    _, events, _ = coded(text)
    hits = [e for e in events if e.event == "ASSAULT" and "CHN" in [a.code for a in e.actor]]
    assert hits and all(e.status == "hypothetical" for e in hits), events
    assert hits[0].sources == sources
    assert not [e for e in events if e.event == "THREATEN"], events


def test_the_actors_own_conditional_possibility_stays_a_threat():
    rows, _, _ = coded("China said it could attack Taiwan if Taipei declares independence.")
    assert [r for r in find(rows, "THREATEN", "CHN", "TWN") if r[3] == "actual"], rows
