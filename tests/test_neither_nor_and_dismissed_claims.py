"""Two kinds of wrong SUPPORT records on the training stories (stop 14, precision of support/V):

- a verb negated by "neither ... nor" ("neither is the army supporting any party nor against it", "the army neither
  supported the party nor opposed it", "supported neither the party nor the government") is negated
  (modality.neither_nor_verb); a "neither ... nor" subject was already read (modality.negated_subject);
- the content of a claim that its own clause dismisses ("allegations that Pakistan is supporting militants are
  baseless", "reports that troops had attacked the village were false", "claims that ... were rejected by ...") is
  no event (triggers.dismissed_claim, read by triggers.content_of_other), as the content of "denied reports that"
  already was. Claims that are not dismissed keep their content.
"""
import pytest

from test_coder_rules import coded, seen


def _acts(text, event):
    rows, _, _ = coded(text)
    return [r for r in rows if r[0] == event and not r[4]]


@pytest.mark.parametrize("text,event", [
    ('"Neither is the army supporting any party nor against it," the Pakistani general said.', "SUPPORT"),
    ("The Pakistani army is neither supporting the opposition party nor opposing it, the general said.", "SUPPORT"),
    ("The Pakistani army neither supported the opposition party nor opposed it.", "SUPPORT"),
    ("The Pakistani army supported neither the opposition party nor the government.", "SUPPORT"),
    ("Russia met neither the Ukrainian envoy nor the French one.", "CONSULT"),
])
def test_neither_nor_negates_the_act(text, event):
    assert event in seen(text)
    assert not _acts(text, event)


@pytest.mark.parametrize("text,event", [
    ("The Pakistani army supported the opposition party and opposed the government.", "SUPPORT"),
    ("Russia met the Ukrainian envoy and the French one.", "CONSULT"),
])
def test_without_neither_the_act_stays(text, event):
    assert _acts(text, event)


@pytest.mark.parametrize("text,event", [
    ("The Pakistani ambassador said allegations that Pakistan is supporting the Taliban are baseless and unfounded.",
     "SUPPORT"),
    ("Officials said reports that Russian troops had attacked the village were false.", "ASSAULT"),
    ("Claims that Iran had supplied weapons to the Houthi rebels were rejected by Tehran.", "AID"),
])
def test_the_content_of_a_dismissed_claim_is_no_event(text, event):
    assert event in seen(text)
    assert not _acts(text, event)


@pytest.mark.parametrize("text,event", [
    ("Reports that Russian troops had attacked the village were confirmed by Ukraine.", "ASSAULT"),
    ("Allegations that Pakistan is supporting the Taliban are growing, Indian officials said.", "SUPPORT"),
])
def test_the_content_of_a_claim_not_dismissed_stays(text, event):
    assert _acts(text, event)


def test_dismissed_claim_reads_the_judgement(nlp):
    from eventwire.events.triggers import dismissed_claim
    doc = nlp("Allegations that Pakistan is supporting militants are baseless and unfounded.")
    assert dismissed_claim(doc[0])
    doc = nlp("Allegations that Pakistan is supporting militants are serious.")
    assert not dismissed_claim(doc[0])
