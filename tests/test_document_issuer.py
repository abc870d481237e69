"""A document that speaks for its issuer ("the statement condemned", "the communique congratulated", "the
resolution demands") is coded as the issuer: named in the document's phrase ("a communique issued by the AU", "the
statement by the EU", "the White House statement", "the Kremlin's statement") or, for a definite document, by the
verb that issued it in the sentences before ("X issued a statement ... The statement condemned ...")
(actors.resolve.document_issuer_step, _issuer_in_phrase; lexicon issued_document_noun, issue_verb). Before: no
actor, or the country without its sector."""
import pytest

from test_coder_rules import coded


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("A joint communique issued by the African Union congratulated Ghana on its peaceful election.",
     "SUPPORT", "IGO", "GHA"),
    ("The statement by the European Union condemned the bombing of the hospital in Kharkiv.", "ACCUSE", "EUR", "UKR"),
    ("Russia's foreign ministry issued a statement on Tuesday. The statement condemned the attack on the embassy "
     "in Kabul.", "ACCUSE", "RUS", "AFG"),
    ("The UN Security Council adopted a resolution on Friday. The resolution demands that Israel halt settlement "
     "construction.", "REQUEST", "UNO", "ISR"),
    ("Japan's foreign ministry said in a statement that it was alarmed. The statement urged North Korea to stop "
     "its missile tests.", "REQUEST", "JPN", "PRK"),
])
def test_the_document_is_its_issuer(text, event, actor, recipient):
    rows, got = parties(text)
    assert any(e == event and [c for c, _ in a] == [actor] and recipient in r for e, a, r in got), rows


@pytest.mark.parametrize("text", [
    "The White House statement condemned the attack on the embassy in Kabul.",
    "The Kremlin's statement condemned the attack on the embassy in Kabul.",
])
def test_a_named_issuer_gives_its_sector(text):
    rows, got = parties(text)
    acc = [a for e, a, _ in got if e == "ACCUSE"]
    assert acc and acc[0][0][1] == "GOV", rows


@pytest.mark.parametrize("text", [
    # no issuer anywhere: still nobody
    "Leaders met in Accra on Monday. The statement condemned the attack on the embassy in Kabul.",
    # the document the court rejected is not the court's: 'reject' issues nothing
    "The court rejected a report on Monday. The report condemned the attack on the embassy in Kabul.",
])
def test_no_issuer_no_actor(text):
    rows, got = parties(text)
    assert not any(e == "ACCUSE" and any(c for c, _ in a) for e, a, _ in got), rows
