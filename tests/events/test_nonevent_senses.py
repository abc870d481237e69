"""Event words of the verb patterns in a sense that reports no event (events.nonevent_senses: extraposed_evaluation,
welcome_not_endorsement, corroborated_claim; lexicon extraposition_adjective, newcomer_noun, welcomed_time_noun,
corroborated_noun). Invented variants of kinds seen on the training stories: a general evaluation with the
expletive "it" ("it is important to support head teachers"), a reception or a greeting ("would welcome economic
migrants", "welcomed the new century", "welcomed the chancellor back"), a claim backed up ("results to back up his
optimism"). Each kind is checked with real events of the same words that must stay."""

import pytest

from eventwire import code_text
from eventwire.events import nonevent_senses as senses
from eventwire.events.triggers import TRIGGER_FILTERS
from rule_triggers import trigger_at


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events if not e.negated]


def test_the_rules_run_among_the_trigger_filters():
    assert all(f in TRIGGER_FILTERS for f in senses.SENSE_FILTERS)
    assert [f.__name__ for f in senses.SENSE_FILTERS] == [
        "extraposed_evaluation", "welcome_not_endorsement", "corroborated_claim", "recognised_attribute"]


@pytest.mark.parametrize("text,word,event,want", [
    ("It is really important to support head teachers in tackling disruption, she said.", "support", "SUPPORT", True),
    ("It is vital to support Ukraine, the prime minister said.", "support", "SUPPORT", True),
    ("It would have been safer to seek a new resolution from the UN.", "seek", "REQUEST", True),
    ("These events make it impossible to dismiss the feud as hearsay.", "dismiss", "REJECT", True),
    ("It is important for Britain to support Ukraine.", "support", "SUPPORT", False),
    ("The EU said it is ready to support Ukraine.", "support", "SUPPORT", False),
    ("The US urged Israel to allow aid into Gaza.", "allow", "AGREE", False),
])
def test_extraposed_evaluation(nlp, text, word, event, want):
    assert senses.extraposed_evaluation(trigger_at(nlp, text, word, event), {}) is want


@pytest.mark.parametrize("text,want", [
    ("The UK would welcome genuine economic migrants for key jobs, Clarke said.", True),
    ("Most newspapers welcomed the new century on their front pages.", True),
    ("The Tory leader mockingly welcomed the chancellor back to the campaign.", True),
    ("Thailand welcomed 20 million tourists last year.", True),
    ("Germany welcomed the ceasefire.", False),
    ("The president welcomed the decision to hold talks.", False),
    ("The Trade Unions Congress welcomed the increase.", False),
])
def test_welcome_not_endorsement(nlp, text, want):
    assert senses.welcome_not_endorsement(trigger_at(nlp, text, "welcomed" if "welcomed" in text else "welcome",
                                                     "SUPPORT"), {}) is want


@pytest.mark.parametrize("text,want", [
    ("He can produce impressive election results to back up his optimism.", True),
    ("The minister failed to back up his claims with evidence.", True),
    ("Washington backed up Kyiv's request for more weapons.", False),
    ("France backed the resolution.", False),
])
def test_corroborated_claim(nlp, text, want):
    word = next(w for w in ("backed", "back") if w in text.split())
    assert senses.corroborated_claim(trigger_at(nlp, text, word, "SUPPORT"), {}) is want


@pytest.mark.parametrize("text,want", [
    ("Israel must withdraw behind secure and recognized boundaries, the envoy said.", True),
    ("Israel recognized the new government in Damascus.", False),
    ("The borders were drawn and recognized by the UN in 1949.", False),
])
def test_recognised_attribute(nlp, text, want):
    assert senses.recognised_attribute(trigger_at(nlp, text, "recognized", "SUPPORT"), {}) is want


@pytest.mark.parametrize("text", [
    "It is really important to support head teachers in tackling disruption, she said.",
    "The UK would welcome genuine economic migrants for key jobs, Clarke said.",
    "The minister failed to back up his claims with evidence.",
])
def test_no_record_for_the_non_event_sense(text):
    assert not [c for c in coded(text) if c[0] in ("SUPPORT", "AGREE", "REJECT")]


@pytest.mark.parametrize("text,want", [
    ("It is important for Britain to support Ukraine.", ("SUPPORT", ["GBR"], ["UKR"])),
    ("Putin welcomed Xi to Moscow.", ("CONSULT", ["RUS"], ["CHN"])),
    ("Washington pressed Seoul to lift the ban on beef imports.", ("REQUEST", ["USA"], ["KOR"])),
    ("The US urged Israel to allow aid into Gaza.", ("REQUEST", ["USA"], ["ISR"])),
    ("Washington backed up Kyiv's request for more weapons.", ("SUPPORT", ["USA"], ["UKR"])),
])
def test_real_events_stay(text, want):
    assert want in coded(text)
