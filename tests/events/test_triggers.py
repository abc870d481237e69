"""Trigger sources and filters (step 1 of the coder), on hand-built parses."""
import pytest

from eventwire.events import triggers
from eventwire.events.triggers import (TRIGGER_FILTERS, TRIGGER_SOURCES, Trigger, default_row, find_triggers,
                                       pattern_row, sports_reporting)
from eventwire.schema import PLOVER_EVENTS

WARNED = """
Washington 1 nsubj PROPN NNP washington B-GPE
warned     1 ROOT  VERB  VBD warn
China      1 dobj  PROPN NNP china      B-GPE
against    1 prep  ADP   IN  against
providing  3 pcomp VERB  VBG provide
aid        4 dobj  NOUN  NN  aid
to         4 prep  ADP   IN  to
Russia     6 pobj  PROPN NNP russia     B-GPE
.          1 punct PUNCT .   .
"""
SAID_MUST = """
Russia  1 nsubj PROPN NNP russia B-GPE
said    1 ROOT  VERB  VBD say
Sudan   4 nsubj PROPN NNP sudan  B-GPE
must    4 aux   AUX   MD  must
return  1 ccomp VERB  VB  return
the     6 det   DET   DT  the
helicopter 4 dobj NOUN NN helicopter
.       1 punct PUNCT .   .
"""


def test_the_content_of_a_warning_is_no_event(hand_doc):
    doc = hand_doc(WARNED)
    kept, rows = find_triggers(doc[:])
    assert [(t.token.text, t.event, t.source) for t in kept] == [("warned", "THREATEN", "pattern")]
    assert doc[4].i in rows and rows[doc[4].i].event == "AID"  # found, then dropped as the threat's content
    assert triggers.content_of_other(Trigger(doc[4], (doc[4],), rows[4], rows[4], "pattern"), rows)


def test_without_the_content_filter_the_aid_is_a_trigger(hand_doc, monkeypatch):
    monkeypatch.setattr(triggers, "TRIGGER_FILTERS", [f for f in TRIGGER_FILTERS if f is not triggers.content_of_other])
    kept, _ = find_triggers(hand_doc(WARNED)[:])
    assert [t.event for t in kept] == ["THREATEN", "AID"]


def test_a_demand_made_as_a_statement_is_a_request(hand_doc):
    kept, _ = find_triggers(hand_doc(SAID_MUST)[:])
    assert [(t.token.text, t.event, t.source, t.rule_id) for t in kept] == [
        ("said", "REQUEST", "demand-statement", "demand-statement")]


def test_trigger_sources_run_in_order_and_each_is_a_named_function():
    assert [s.__name__ for s in TRIGGER_SOURCES] == ["announced_intolerance", "dictionary_triggers",
                                                     "demand_statements", "allegations",
                                                     "judgements", "stance_statements", "denials", "consequences",
                                                     "protest_gatherings", "phone_calls", "verdict_statements",
                                                     "denied_entitlements", "weapon_strikes"]


QUIET = """
Washington 1 nsubj PROPN NNP washington B-GPE
slept      1 ROOT  VERB  VBD sleep
"""


@pytest.mark.parametrize("text, beside, reads", [
    (WARNED, 1.01, False),   # a rule trigger is left: no detector record could stand beside its record
    (QUIET, 1.01, True),     # no rule trigger: the detector is the only reading
    (WARNED, 0.5, True),     # a bar below 1.0 lets detector records stand beside rule records
    (QUIET, 0.5, True),
])
def test_the_detector_reads_only_sentences_where_it_may_add_a_record(hand_doc, monkeypatch, text, beside, reads):
    calls = []

    def spy(sent, found, patterns, info=None):
        calls.append([t.token.text for t in found])
        return []

    monkeypatch.setattr(triggers, "model_triggers", spy)
    monkeypatch.setattr(triggers, "DETECTOR_ADD_BESIDE", beside)
    kept, _ = find_triggers(hand_doc(text)[:])
    assert [t.token.text for t in kept] == (["warned"] if text is WARNED else [])
    assert len(calls) == (1 if reads else 0)
    if reads:  # the detector sees the rule triggers (it never proposes their tokens or their clause's)
        assert ("warned" in calls[0]) == (text is WARNED)


def test_a_dictionary_trigger_names_its_row(hand_doc):
    doc = hand_doc(WARNED)
    (t,) = [t for t in find_triggers(doc[:])[0]]
    assert t.pattern is t.row and t.rule_id == f"pattern:warn/V@{t.row.line}" and t.tokens == (doc[1],)


def test_speech_verbs_are_never_triggers(hand_doc):
    doc = hand_doc("""
    Russia 1 nsubj PROPN NNP russia B-GPE
    said   1 ROOT  VERB  VBD say
    .      1 punct PUNCT .   .
    """)
    assert pattern_row(doc[1]) is None and find_triggers(doc[:])[0] == []


def test_a_phrasal_row_needs_its_particle(hand_doc):
    doc = hand_doc("""
    Britain 1 nsubj PROPN NNP britain B-GPE
    phased  1 ROOT  VERB  VBD phase
    out     1 prt   ADP   RP  out
    imports 1 dobj  NOUN  NNS import
    """)
    p = pattern_row(doc[1])
    assert p is not None and p.particle == "out" and p.event == "SANCTION"
    kept, _ = find_triggers(doc[:])
    assert [tok.text for tok in kept[0].tokens] == ["phased", "out"]


@pytest.mark.parametrize("event", PLOVER_EVENTS)
def test_every_event_type_has_a_default_row(event):
    for pos in ("V", "N"):
        row = default_row(event, pos)
        assert row.event == event and row.pos == pos and row.recipient and row.cameo.isdigit()
        assert row.objects == frozenset() and row.particle is None and not row.heads


def test_sports_reporting_has_no_triggers():
    import spacy

    nlp = spacy.blank("en")
    assert sports_reporting(nlp("Brazil beat Argentina 2-1 in the World Cup qualifier.")[:])
    assert not sports_reporting(nlp("Brazil and Argentina signed a trade deal on 19-20 May.")[:])
    doc = nlp("Brazil and Argentina signed a trade deal. Brazil beat Argentina 2-1 in the World Cup qualifier.")
    assert [sports_reporting(doc[a:b]) for a, b in ((0, 8), (8, len(doc)))] == [False, True]  # each sentence's own text


def test_the_detector_follows_rule_triggers_that_made_no_record(monkeypatch):
    """coder.detector_follows: rule triggers were left (so the detector did not read the sentence) but none made a
    record -> the detector reads it now; a rule record, or no rule trigger at all, -> not."""
    from types import SimpleNamespace as NS

    from eventwire.events.coder import detector_follows

    monkeypatch.setattr(triggers, "DETECTOR_ADD_BESIDE", 1.01)
    rule_trig, rule_rec = NS(source="pattern"), NS(text_info={"rule": {"trigger": "pattern:warn/V@1"}})
    det_rec = NS(text_info={"rule": {"trigger": "model:say/V"}, "detector": 0.3})
    assert detector_follows(NS(triggers=[rule_trig], events=[])) is True
    assert detector_follows(NS(triggers=[rule_trig], events=[rule_rec])) is False
    assert detector_follows(NS(triggers=[rule_trig], events=[det_rec])) is True
    assert detector_follows(NS(triggers=[], events=[])) is False  # the detector has read it already
    monkeypatch.setattr(triggers, "DETECTOR_ADD_BESIDE", 0.5)
    assert detector_follows(NS(triggers=[rule_trig], events=[])) is False  # it read the sentence with the rules


def test_a_preposition_condition_reads_the_phrase_on_the_trigger(hand_doc):
    """verbs.tsv condition ``prep=``: "spoke by phone" and "spoke with Xi" are consultations, "spoke to
    reporters" is no row of the dictionary's (the speech verb alone is no event)."""
    from eventwire.events.triggers import has_prep_phrase, pattern_row

    by_phone = hand_doc("""
    Lula   1 nsubj PROPN NNP lula   B-PERSON
    spoke  1 ROOT  VERB  VBD speak
    by     1 prep  ADP   IN  by
    phone  2 pobj  NOUN  NN  phone
    .      1 punct PUNCT .   .
    """)
    to_press = hand_doc("""
    Lula      1 nsubj PROPN NNP lula   B-PERSON
    spoke     1 ROOT  VERB  VBD speak
    to        1 prep  ADP   IN  to
    reporters 2 pobj  NOUN  NNS reporter
    .         1 punct PUNCT .   .
    """)
    assert has_prep_phrase(by_phone[1], frozenset({"by"}), frozenset({"phone"}))
    assert not has_prep_phrase(by_phone[1], frozenset({"by"}), frozenset({"telephone"}))
    row = pattern_row(by_phone[1])
    assert row is not None and (row.event, row.mode) == ("CONSULT", "phone")
    assert pattern_row(to_press[1]) is None


@pytest.mark.parametrize("text,want", [
    ("Macron called Scholz on Monday to discuss Ukraine.", False),
    ("The Kenyan president called Ruto on 12 March.", False),
    ("Germany called on Russia on Monday to withdraw its troops.", True),
    ("The opposition called on the government to resign.", True),
])
def test_a_time_phrase_is_no_particle(text, want):
    # "called Scholz on Monday" is no "call on" (fresh-user tryout: it gave FRA REQUEST FRA)
    from eventwire.events.triggers import particle_child
    from eventwire.nlp.model import load_model

    doc = load_model()(text)
    call = next(t for t in doc if t.lemma_ == "call")
    got = particle_child(call, "on")
    assert (got is not None) == want
    if want:
        assert got.i == call.i + 1  # the particle right after the verb, not the "on" of the date


SPORTS_SENTENCES = [
    "Brazil beat Argentina 2-1 in the World Cup qualifier.", "Brazil and Argentina signed a trade deal on 19-20 May.",
    "The STRIKER was sent off.", "He scored the winner late.", "He SCORED THE GOAL.", "Villa won 3 \u2013 1 at home.",
    "A 2-0 win for the hosts.", "The 10-12 aggregate.", "Talks on the semi-final text of the accord.",
    "Troops crushed the revolt, killing 10-20 people.", "Fans invaded the pitch in M\u00fcnchen.",
    "The Weltmeisterschaft was played.", "Kickoff\u00a0delayed.", "worldcup", "world  cup", "",
    "The final whistle: 1-1.", "The strike in Paris ended.", "He scored a try in the 1990s.",
]


@pytest.mark.parametrize("text", SPORTS_SENTENCES)
def test_the_quick_sports_check_equals_the_full_pattern(text):
    """sports_text first looks for a cue word or a digit-dash-digit; it must say exactly what the full pattern says."""
    assert triggers.sports_text(text) == (triggers.SPORTS_CUES.search(text) is not None)


def test_the_quick_sports_check_says_yes_and_no():
    assert triggers.SPORTS_WORDS and "world cup" in triggers.SPORTS_WORDS  # the cheap check is on
    assert triggers.sports_text("Brazil beat Argentina 2-1 in the World Cup qualifier.")
    assert not triggers.sports_text("Russia warned Ukraine against joining NATO.")


@pytest.mark.parametrize("detector", [None, True, False])
def test_a_rule_pass_handed_to_find_triggers_gives_what_it_computes_itself(nlp, detector):
    """The coder computes a sentence's rule pass once and hands it to both calls of find_triggers; handing it must
    give the triggers and rows find_triggers computes without it, and must not let a caller's edits leak back."""
    doc = nlp("Russia warned Ukraine against joining NATO. Officials said the talks collapsed and the army "
              "shelled the town. Brazil beat Argentina 2-1 in the World Cup qualifier.")
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        rp = triggers.rule_pass(sent)
        assert rp.sports == sports_reporting(sent)
        got = find_triggers(sent, detector=detector, rules=rp)
        assert got == find_triggers(sent, detector=detector)
        got[0].clear()
        got[1].clear()
        assert find_triggers(sent, detector=detector, rules=rp) == find_triggers(sent, detector=detector)
    assert find_triggers(sents[0])[0], "the warning is a trigger"
    assert find_triggers(sents[2], rules=triggers.rule_pass(sents[2])) == ([], triggers.rule_pass(sents[2]).rule_rows)


def test_detector_scores_at_once_equal_the_scores_one_by_one(nlp):
    """detector_scores scores a sentence's rule triggers in one probabilities_many call; each trigger's detector
    probability (and the veto) must be what probabilities gives for it alone."""
    from dataclasses import replace

    from eventwire.events.detector import SentenceInfo, is_candidate, load_detector, trigger_features

    det = load_detector()
    assert det is not None
    doc = nlp("Russia warned Ukraine and accused the rebels of shelling the town, then imposed sanctions on Kyiv.")
    sent = next(iter(doc.sents))
    toks = list(sent)
    found, patterns = [], triggers.load_patterns()
    for source in TRIGGER_SOURCES:
        found += source(toks, found, patterns)
    assert len(found) >= 3
    info = SentenceInfo(toks)
    want = []
    for t in found:
        probs = det.probabilities(trigger_features(t.token, info)) if is_candidate(t.token) else None
        t2 = replace(t, detector=round(probs[det.classes.index(t.event)] if probs else 0.0, 4))
        if (probs[det.none_index] if probs else 1.0) < triggers.DETECTOR_VETO:
            want.append(t2)
    assert triggers.detector_scores(found, toks, info) == want
