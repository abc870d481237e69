"""Statements of consequence are THREATEN (triggers.consequences, recode consequence-as-threaten; PLOVER manual,
THREATEN: "coercive or forceful warnings with serious potential repercussions"; CAMEO 13/138). Fresh-user tryout:
"Tehran would retaliate against any attack", "NATO will respond if Russia attacks a member" and "China vowed to take
countermeasures" coded no threat: the verbs were no triggers. A plain future ("will visit", "will respond to
questions"), a retaliation reported as done, a denied one and someone else's prediction are no threats."""
import pytest

from test_coder_rules import coded, seen_triggers


@pytest.mark.parametrize("text,actor,recipient,mode", [
    ("Tehran would retaliate against any attack, an Iranian official said.", "IRN", None, "violence"),
    ("Iran would retaliate if Israel attacked its nuclear sites.", "IRN", "ISR", "violence"),
    ("NATO will respond if Russia attacks a member.", "IGO", "RUS", None),
    ("NATO will respond militarily to any attack on its members.", "IGO", None, "violence"),
    ("China vowed to take countermeasures.", "CHN", None, None),
    ("China will take countermeasures if the United States sells weapons to Taiwan.", "CHN", None, None),
    ("The Egyptian army vowed to avenge the deaths of its soldiers.", "EGY", None, "violence"),
])
def test_a_stated_consequence_is_a_threat(text, actor, recipient, mode):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "THREATEN"]
    assert hit, rows
    e = hit[0]
    assert [a.code for a in e.actor] == [actor], rows
    assert [r.code for r in e.recipient] == ([recipient] if recipient else []), rows
    assert (e.mode, e.status) == (mode, "actual"), rows


@pytest.mark.parametrize("text", [
    "The minister will visit Paris.",                          # a plain future
    "The minister will respond to questions in parliament on Tuesday.",
    "The company will respond to the lawsuit next week.",
    "Israel retaliated against Hezbollah with air strikes.",   # done, not announced
    "Iran did not retaliate.",
    "Iran will not retaliate, its foreign minister said.",     # a denial of retaliation
    "Analysts expect Iran to retaliate against Israel.",       # someone else's prediction
    "If Iran retaliates, Israel will strike its oil facilities.",  # the condition, not the threat
])
def test_no_threat_without_a_stated_consequence(text):
    assert not [t for t in seen_triggers(text) if t.source == "consequence"]


@pytest.mark.parametrize("text,recipient", [
    ("Hamas warned that it would hit back at Israel.", "ISR"),
    ("North Korea warned it would strike at American bases.", "USA"),
])
def test_a_warned_retaliation_is_against_the_party_at_which_it_is_aimed(text, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "THREATEN"]
    assert hit and [r.code for r in hit[0].recipient] == [recipient], rows


def test_at_names_no_party_of_other_promised_acts():
    from eventwire.events.recipient_rules import ACT_PARTY_PREPS, WARNED_PARTY_PREPS

    assert "at" in WARNED_PARTY_PREPS and "at" not in ACT_PARTY_PREPS  # "put the economy at the centre of ..."


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russia will pay a heavy price for its aggression, the Ukrainian president said.", "UKR", "RUS"),
    ("The rebels will pay a terrible price, the Colombian defence minister said.", "COL", None),
])
def test_a_heavy_price_to_be_paid_is_the_speakers_threat_on_the_payer(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "THREATEN"]
    assert hit, rows
    assert [a.code for a in hit[0].actor] == [actor], rows
    if recipient:
        assert [r.code for r in hit[0].recipient] == [recipient], rows


@pytest.mark.parametrize("text", [
    "Consumers will pay a higher price for petrol next year, the minister said.",  # a price, no punishment
    "The United States paid a heavy price in Vietnam.",                            # paid: reported, not announced
])
def test_no_threat_in_a_price_paid(text):
    assert not [t for t in seen_triggers(text) if t.source == "consequence"]
