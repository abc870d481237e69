"""A recipient named as a region receives no country, and the story's context gives it none
(recipient_rules.named_region; story_context.RECIPIENT_CONTEXT_RULES do not run on it). Fresh user on real text: "He
accused the West of hypocrisy" in a story on Russia was RUS ACCUSE RUS. PLOVER manual v0.8, "Country names" ("The
West" receives no country); eval/voa_news/ANNOTATION.md (regions are a null party)."""
import pytest

from test_coder_rules import coded

RUSSIA = "Russian President Vladimir Putin spoke in Moscow on Monday. "
CHINA = "Chinese President Xi Jinping met officials in Beijing. "


@pytest.mark.parametrize("text, event, actor", [
    (RUSSIA + "He accused the West of hypocrisy.", "ACCUSE", "RUS"),
    (RUSSIA + "He accused the West of hypocrisy over Ukraine.", "ACCUSE", "RUS"),
    (RUSSIA + "He accused Western countries of hypocrisy.", "ACCUSE", "RUS"),
    (CHINA + "He criticised the West for its sanctions.", "ACCUSE", "CHN"),
    (CHINA + "He warned Western governments against interference.", "REQUEST", "CHN"),
    (RUSSIA + "He called on the West to stop arming Ukraine.", "REQUEST", "RUS"),
    (CHINA + "He appealed to the international community for help.", "REQUEST", "CHN"),
])
def test_a_region_named_is_no_party(text, event, actor):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == event and e.text_info["sentence"].startswith("He ")]
    assert got and all([a.code for a in e.actor] == [actor] for e in got), rows
    assert all(not any(r.code for r in e.recipient) for e in got), rows
    assert all(e.text_info["rule"]["recipient"] == "named_region" for e in got), rows


@pytest.mark.parametrize("text, actor, recipient", [
    (RUSSIA + "He accused Europe of hypocrisy.", "RUS", "EUR"),
    (RUSSIA + "He accused Ukraine of hypocrisy.", "RUS", "UKR"),
    (RUSSIA + "He accused the opposition of treason.", "RUS", "RUS"),
])
def test_a_named_party_stays(text, actor, recipient):
    rows, _, _ = coded(text)
    assert ("ACCUSE", (actor,), (recipient,)) in [r[:3] for r in rows], rows


def test_the_guarded_context_rules_are_context_rules():
    from eventwire.events.story_context import CONTEXT_RULES, RECIPIENT_CONTEXT_RULES
    assert RECIPIENT_CONTEXT_RULES <= {rid for rid, _ in CONTEXT_RULES}
