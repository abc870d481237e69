"""Accepting a party or a territory as something ("accepts Tibet as part of China", "accepted Kenya's new government
as the legitimate authority", "accepted him as president") is recognition: SUPPORT by the one who accepts, not the
AGREE of accepting an offer (verbs.tsv row 'accept' with prep=as:part|leader|president|head|government|authority|
representative|state|winner|member|capital). Source: PLOVER manual v0.8, SUPPORT ("express support for, commend,
approve policy, action, or actor ... including recognition of newly independent states, new governments"). An
accepted offer, aid or deal ("accepted the deal as a basis for talks") stays AGREE."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


@pytest.mark.parametrize("text, rec", [
    ("Kenya has made it clear it accepts Crimea as part of Ukraine.", "UKR"),
    ("The African Union accepted Kenya's new government as the legitimate authority.", "KEN"),
    ("Uganda accepted the Kenyan opposition leader as the winner of the vote.", "KEN"),
    ("Tanzania accepted the Kenyan envoy as the representative of the new government.", "KEN"),
])
def test_accepting_a_party_as_something_is_support(text, rec):
    rows, events, _ = coded(text)
    hit = _of(events, "SUPPORT")
    assert hit and rec in [r.code for e in hit for r in e.recipient], rows
    assert not _of(events, "AGREE"), rows


@pytest.mark.parametrize("text", [
    "Kenya accepted the Ugandan offer of talks.",
    "Kenya accepted the deal as a basis for talks with Uganda.",
    "The Kenyan president accepted the award as a tribute to his nation.",
])
def test_an_accepted_offer_stays_agree(text):
    rows, events, _ = coded(text)
    assert _of(events, "AGREE") and not _of(events, "SUPPORT"), rows
