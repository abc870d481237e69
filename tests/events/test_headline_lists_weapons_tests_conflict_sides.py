"""Three kinds (stop 14), on invented sentences:

- a headline joins its coordinated subjects with a comma ("Putin, Erdogan meet in Sochi"): the names of the comma
  list before the verb, of different countries, are all actors, paired each way for a mutual act
  (:func:`eventwire.events.actor_rules.headline_comma_subjects`); real appositions and body text are unchanged;
- a hyphenated test verb ("test-fired", "test-launched") is one token and a weapons demonstration, MOBILIZE
  weapons (CAMEO 150; :func:`eventwire.nlp.model.keep_whole_hyphenated_verbs`, verbs.tsv ``test-fire``,
  ``test-launch``); a launch into the sea is one too, a firing at a target stays ASSAULT;
- "warring parties", "the parties to the conflict", "both parties" are the sides of a conflict, not political
  parties: no PTY sector, the country only or the sides named before
  (:meth:`eventwire.actors.resolve.ActorResolver.sides_of_conflict`).
"""
import pytest

from eventwire import code_text
from eventwire.events import actor_rules
from eventwire.nlp.model import hyphenated_verb_forms, load_model


def _headline(title):
    """(type, actor codes, recipient codes, status, actor rule) of the headline's records (sentence 0) of a story
    whose body codes nothing."""
    evs, _ = code_text(title + "\n\nThe officials gave no further details.", publication_date="2024-03-01",
                       title=title)
    return sorted((e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status,
                   e.text_info["rule"]["actor"]) for e in evs if e.text_info.get("sentence_index") == 0)


def _records(text):
    evs, _ = code_text(text, publication_date="2024-03-01")
    return evs


# ------------------------------------------------------------------------------ headline comma lists
@pytest.mark.parametrize("title,event,status,codes", [
    ("Putin, Erdogan meet in Sochi", "CONSULT", "actual", ("RUS", "TUR")),
    ("Lula, Xi meet in Beijing to discuss trade", "CONSULT", "actual", ("BRA", "CHN")),
    ("Putin, Erdogan to meet next week", "AGREE", "future", ("RUS", "TUR")),
    ("Biden, Xi agree to resume military talks", "AGREE", "actual", ("CHN", "USA")),
    ("Japan, Australia agree to deepen defence cooperation", "AGREE", "actual", ("AUS", "JPN")),
])
def test_headline_comma_names_are_both_parties(title, event, status, codes):
    a, b = codes
    assert _headline(title) == [(event, (a,), (b,), status, "headline_comma_subjects"),
                                (event, (b,), (a,), status, "headline_comma_subjects")]


def test_three_names_with_a_final_and_pair_each_way():
    got = _headline("Macron, Scholz and Meloni meet in Rome")
    assert {(r[1][0], r[2][0]) for r in got} == {(x, y) for x in ("FRA", "DEU", "ITA") for y in ("FRA", "DEU", "ITA")
                                                 if x != y}
    assert all(r[0] == "CONSULT" for r in got)


@pytest.mark.parametrize("title,record", [
    # a real apposition names the same person: one actor, the object the recipient
    ("Putin, Russia's president, meets Erdogan", ("CONSULT", ("RUS",), ("TUR",), "actual", "subject")),
    # a place before the comma is no party of the list
    ("In Sochi, Erdogan meets Putin", ("CONSULT", ("TUR",), ("RUS",), "actual", "subject")),
])
def test_appositions_and_fronted_places_are_no_list(title, record):
    assert _headline(title) == [record]


def test_body_text_keeps_the_parsers_reading(monkeypatch):
    text = ("Officials gave details on Monday.\n\nPutin, Erdogan meet in Sochi to discuss grain shipments, "
            "officials said on Monday.")
    with_rule = [e for e in _records(text) if e.event == "CONSULT"]
    monkeypatch.setattr(actor_rules, "ACTOR_RULES",
                        [r for r in actor_rules.ACTOR_RULES if r is not actor_rules.headline_comma_subjects])
    without = [e for e in _records(text) if e.event == "CONSULT"]
    assert [e.to_dict() for e in with_rule] == [e.to_dict() for e in without]
    assert all(e.text_info["rule"]["actor"] != "headline_comma_subjects" for e in with_rule)


def test_a_name_of_the_same_country_is_no_second_party():
    # "Putin, Lavrov": two Russians, no dyad; the rule leaves the subject's reading
    got = _headline("Putin, Lavrov meet Erdogan in Ankara")
    assert all(r[4] != "headline_comma_subjects" for r in got)


# ------------------------------------------------------------------------------ weapons tests
def test_hyphenated_test_verbs_stay_one_verb_token():
    nlp = load_model()
    doc = nlp("North Korea test-fired two ballistic missiles on Sunday.")
    tok = next(t for t in doc if t.text == "test-fired")
    assert (tok.pos_, tok.lemma_, tok.dep_) == ("VERB", "test-fire", "ROOT")
    assert doc.text == "North Korea test-fired two ballistic missiles on Sunday."
    assert hyphenated_verb_forms("test-launch")[:4] == ["test-launch", "Test-launch", "Test-Launch", "TEST-LAUNCH"]
    assert "test-launching" in hyphenated_verb_forms("test-launch") and "test-firing" in hyphenated_verb_forms(
        "test-fire")


@pytest.mark.parametrize("text,actor", [
    ("North Korea test-fired two ballistic missiles on Sunday, South Korea's military said.", "PRK"),
    ("North Korea on Sunday test-fired two ballistic missiles off its east coast, officials said.", "PRK"),
    ("Iran test-launched a new cruise missile on Tuesday, state television reported.", "IRN"),
    ("Pakistan said it had test-fired a nuclear-capable missile on Friday.", "PAK"),
    ("North Korea launched a ballistic missile into the sea on Sunday, Japan's defence ministry said.", "PRK"),
])
def test_weapons_tests_are_mobilize_weapons(text, actor):
    got = [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in _records(text)]
    assert got == [("MOBILIZE", "weapons", [actor], [])], got


def test_missiles_fired_at_a_city_stay_an_assault():
    got = [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
           for e in _records("Russia fired missiles at Kyiv on Sunday, Ukraine's air force said.")]
    assert got == [("ASSAULT", ["RUS"], ["UKR"])]


# ------------------------------------------------------------------------------ sides of a conflict
def _recipients(text, event="REQUEST"):
    return [[(r.code, r.sector, r.entity_text) for r in e.recipient] for e in _records(text) if e.event == event]


@pytest.mark.parametrize("text,expected", [
    ("The UN called on all warring parties in Sudan to stop fighting, the spokesman said on Monday.",
     [[("SDN", None, "all warring parties")]]),
    ("The African Union urged the belligerent parties in Libya to respect the truce, a statement said on Friday.",
     [[("LBY", None, "the belligerent parties")]]),
    ("The UN Security Council urged the parties to the conflict in Yemen to return to talks on Monday.",
     [[("YEM", None, "the parties")]]),
])
def test_warring_parties_have_no_party_sector(text, expected):
    assert _recipients(text) == expected


def test_both_parties_are_the_sides_named_before():
    text = ("Israel and Hamas traded blame for the strike on Sunday. Qatar urged both parties to show restraint "
            "on Monday.")
    assert _recipients(text) == [[("ISR", None, "both parties")], [("PSE", None, "both parties")]]


def test_political_parties_keep_their_sector():
    assert _recipients("The EU called on opposition parties in Kenya to join the talks, officials said.") == [
        [("KEN", "OPP", "opposition parties")]]
    got = [(a.code, a.sector) for e in _records("Kenya's ruling party criticized the opposition on Monday, officials "
                                                "said.") for a in e.actor]
    assert got == [("KEN", "PTY")]
