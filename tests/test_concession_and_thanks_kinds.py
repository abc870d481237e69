"""Recall kinds of verbal cooperation missed on the training stories, each with variants of its own wording and
look-alikes that must not be coded so:

* apologies are CONCEDE, not SUPPORT (PLOVER manual, SUPPORT and CONCEDE: "Expressions of regret or remorse for
  an action or situation should be coded as CONCEDE"); a demanded or refused apology stays REQUEST / REJECT;
* thanks in words ("expressed its appreciation / gratitude to X") is SUPPORT (PLOVER manual, SUPPORT: "express
  support for, commend"; CAMEO 051), where the trained detector read "expressed" as a criticism;
* withdrawing one's own proposal, plan or bill is a concession (CONCEDE, CAMEO 083), not a RETREAT (which is a
  withdrawal of forces or people);
* an announced future retreat ("will step down", "would stand down", "will withdraw its troops") is CONCEDE
  (PLOVER manual, CONCEDE: "Announcements of future retreats should be coded as CONCEDE"); done, it stays RETREAT.
"""
import pytest

from expectations import records, of_type, codes


# --- apologies --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Colombia apologized to Ecuador for the border incursion.", "COL", "ECU"),
    ("The Dutch government apologised to Indonesia on Tuesday.", "NLD", "IDN"),
    ("The Japanese government offered an apology to South Korea.", "JPN", "KOR"),
    ("Norway offered its apology to Iceland for the remarks.", "NOR", "ISL"),
])
def test_apology_is_a_concession(text, actor, recipient):
    evs = records(text)
    got = of_type(evs, "CONCEDE")
    assert got, evs
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)
    assert not of_type(evs, "SUPPORT") and not of_type(evs, "AGREE")


@pytest.mark.parametrize("text,event", [
    ("Ecuador demanded an apology from Colombia.", "REQUEST"),
    ("Colombia refused to apologize to Ecuador.", "REJECT"),
])
def test_demanded_or_refused_apology_is_no_concession(text, event):
    evs = records(text)
    assert of_type(evs, event), evs
    assert not of_type(evs, "CONCEDE")


def test_offered_aid_stays_agree():
    evs = records("The Japanese government offered aid to South Korea.")
    assert of_type(evs, "AGREE") and not of_type(evs, "CONCEDE")


# --- thanks in words ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Germany expressed its appreciation for the French efforts.", "DEU", "FRA"),
    ("The Chilean foreign minister expressed gratitude to Peru for its help.", "CHL", "PER"),
    ("Chile conveyed its gratitude to Peru for the rescue.", "CHL", "PER"),
])
def test_expressed_thanks_is_support(text, actor, recipient):
    evs = records(text)
    got = of_type(evs, "SUPPORT")
    assert got, evs
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)
    assert not of_type(evs, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The appreciation of the yen hurt Japanese exporters.",   # a currency's rise, no thanks
    "Thanks to the rain, the fire in southern Chile died down.",
])
def test_appreciation_look_alikes_are_not_support(text):
    assert not of_type(records(text), "SUPPORT")


def test_expressed_concern_stays_accuse():
    evs = records("Brazil expressed concern over the Argentine decision.")
    assert of_type(evs, "ACCUSE") and not of_type(evs, "SUPPORT")


# --- withdrawing a proposal ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("The Spanish government withdrew its proposal to sell arms to Libya.", "ESP"),
    ("The Dutch government withdrew its plan to cut aid to Mali.", "NLD"),
    ("The Polish government withdrew the bill after street protests.", "POL"),
])
def test_withdrawn_proposal_is_a_concession(text, actor):
    evs = records(text)
    got = of_type(evs, "CONCEDE")
    assert got, evs
    assert actor in codes(got[0].actor)
    assert not [e for e in of_type(evs, "RETREAT") if e.event_text.startswith("withdr")]


@pytest.mark.parametrize("text", [
    "Russia withdrew its troops from Syria.",
    "The French senator withdrew from the race.",
])
def test_withdrawn_forces_or_persons_stay_retreat(text):
    evs = records(text)
    assert of_type(evs, "RETREAT"), evs
    assert not of_type(evs, "CONCEDE")


# --- announced future retreats ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kenyan president will step down next year.",
    "Peruvian Prime Minister Alberto Otarola said he would stand down before the next election.",
    "Russia announced it would withdraw its troops from Syria.",
    "Russia will withdraw its troops from Syria.",
])
def test_announced_future_retreat_is_concede(text):
    evs = records(text)
    got = of_type(evs, "CONCEDE")
    assert got, evs
    assert got[0].status == "future"  # the retreat announced is to come (ANNOTATION.md: "future (announced ...)")
    assert not of_type(evs, "RETREAT") and not of_type(evs, "AGREE")


@pytest.mark.parametrize("text,mode", [
    ("The Kenyan president stepped down on Friday.", "resign"),
    ("Russia withdrew its troops from Syria last year.", "withdraw"),
])
def test_done_retreat_stays_retreat(text, mode):
    evs = records(text)
    got = of_type(evs, "RETREAT")
    assert got and got[0].mode == mode, evs
    assert not of_type(evs, "CONCEDE")


@pytest.mark.parametrize("text", [
    "The Peruvian president refused to step down.",
    "The Peruvian president will not step down.",
])
def test_refused_retreat_is_reject_not_concede(text):
    evs = records(text)
    assert of_type(evs, "REJECT"), evs
    assert not of_type(evs, "CONCEDE")


# --- support voiced in words (rules-only rows) --------------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("The French president voiced support for the Greek position.", "FRA", "GRC"),
    ("Brazil expressed solidarity with Chile after the earthquake.", "BRA", "CHL"),
    ("Russia threw its support behind the Serbian president.", "RUS", "SRB"),
    ("The Chinese president expressed his support for the Russian position.", "CHN", "RUS"),
])
def test_support_voiced_in_words_is_support(text, actor, recipient):
    evs = records(text)
    got = of_type(evs, "SUPPORT")
    assert got, evs
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)
    assert not of_type(evs, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Egypt voiced its opposition to the Ethiopian dam.",
    "Protesters threw stones at the Israeli police.",
    "The UN Security Council extended the mandate of the force in Iraq.",
    "Japanese companies expressed interest in bidding for the Taiwanese insurer.",
])
def test_other_objects_of_the_same_verbs_are_no_support(text):
    assert not of_type(records(text), "SUPPORT")


def test_rules_only_rows_are_no_detector_feature():
    """A row with condition ``rules`` is read by the rules but gives the trained detector no feature: "express"
    keeps the features it had when the detector was trained."""
    from eventwire.events.detector import trigger_features
    from eventwire.events.patterns import load_patterns
    from eventwire.nlp.model import load_model

    rows = load_patterns().candidates("express", "V")
    assert rows and all(p.rules_only for p in rows if p.event == "SUPPORT")
    tok = next(t for t in load_model()("Japan expressed interest in the deal.") if t.lemma_ == "express")
    assert not [f for f in trigger_features(tok) if f.startswith("pat=SUPPORT")]


def test_rules_condition_is_parsed_and_checked():
    from eventwire.errors import DictionaryError
    from eventwire.events.patterns import parse_patterns

    ps = parse_patterns(["hail\tV\t-\t-\tSUPPORT\t-\t-\t051\tdobj\trules,strict"], "t")
    (p,) = ps.candidates("hail", "V")
    assert p.rules_only and p.strict
    (q,) = parse_patterns(["hail\tV\t-\t-\tSUPPORT\t-\t-\t051\tdobj\tstrict"], "t").candidates("hail", "V")
    assert not q.rules_only
    with pytest.raises(DictionaryError):
        parse_patterns(["hail\tV\t-\t-\tSUPPORT\t-\t-\t051\tdobj\trules,rules"], "t")


# --- striking a deal is an agreement, not an attack ---------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Egypt struck a deal with Israel on gas exports.", "EGY", "ISR"),
    ("Kenya has struck an agreement with Ethiopia over the border crossing.", "KEN", "ETH"),
    ("Egypt and Israel struck a deal on gas exports.", "EGY", None),
])
def test_struck_a_deal_is_agree_not_assault(text, actor, recipient):
    evs = records(text)
    got = of_type(evs, "AGREE")
    assert got and actor in {c for e in got for c in codes(e.actor)}, evs
    assert recipient is None or recipient in codes(got[0].recipient)
    assert not of_type(evs, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Israeli jets struck targets in Gaza.",
    "Russian missiles struck a power plant in Kharkiv.",
])
def test_strikes_on_targets_stay_assault(text):
    evs = records(text)
    assert of_type(evs, "ASSAULT") and not of_type(evs, "AGREE"), evs


def test_rules_only_rows_do_not_move_the_detectors_default_row():
    from eventwire.events.patterns import load_patterns
    from eventwire.events.triggers import default_row

    rules_only = [p for p in load_patterns().patterns if p.rules_only]
    assert {p.event for p in rules_only} >= {"AGREE", "SUPPORT"}
    plain = [p for p in load_patterns().patterns if p.event == "AGREE" and p.pos == "V" and p.recipient
             and not p.rules_only]
    from collections import Counter
    assert default_row("AGREE", "V").recipient == Counter(p.recipient for p in plain).most_common(1)[0][0]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Germany reiterated its support for Ukraine.", "DEU", "UKR"),
    ("Brazil reaffirmed its support for the Argentine claim.", "BRA", "ARG"),
    ("The Czech government declared its support for Taiwan.", "CZE", "TWN"),
])
def test_restated_support_is_support_not_a_detector_accusation(text, actor, recipient):
    evs = records(text)
    got = of_type(evs, "SUPPORT")
    assert got and actor in codes(got[0].actor) and recipient in codes(got[0].recipient), evs
    assert not of_type(evs, "ACCUSE") and not of_type(evs, "COERCE")


@pytest.mark.parametrize("text", [
    "The rebels lost support among Syrians.",
    "The senators were reluctant to move without White House support.",
    "The French plan has support from Italy.",
])
def test_support_noun_without_a_verb_of_saying_is_no_event(text):
    assert not of_type(records(text), "SUPPORT")
