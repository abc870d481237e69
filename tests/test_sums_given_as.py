"""A sum of money given as something is a transfer of that thing (triggers.amount_contents, is_sum, lexicon
sum_noun): "will send 500 million dollars in humanitarian aid to Ukraine" is AID (future: AGREE, PLOVER manual,
AGREE: cooperative acts in future tense), as "sent humanitarian aid" is; the sum's "in"/"of"/"worth of" phrase names
what the row's object condition reads. Fresh user on real text: the sentence with the sum was no event. PLOVER
manual, AID."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("Japan will send 500 million dollars in humanitarian aid to Ukraine.", "AGREE", "JPN", "UKR"),
    ("Japan sent 500 million dollars in humanitarian aid to Ukraine.", "AID", "JPN", "UKR"),
    ("Washington sent $1 billion worth of weapons to Israel.", "AID", "USA", "ISR"),
    ("Japan sent 500 million yen of aid to Ukraine.", "AID", "JPN", "UKR"),
    ("Germany delivered 200 million euros in humanitarian assistance to Sudan.", "AID", "DEU", "SDN"),
    ("Britain sent $300 million in aid to Sudan.", "AID", "GBR", "SDN"),
])
def test_sum_given_as_aid(text, typ, actor, recipient):
    rows, _, _ = coded(text)
    assert (typ, (actor,), (recipient,)) in [r[:3] for r in rows], rows


@pytest.mark.parametrize("text", [
    "Japan invested 500 million dollars in infrastructure.",
    "The fund lost 500 million dollars in value.",
    "The company spent 500 million dollars in advertising.",
])
def test_sum_of_no_aid_is_no_aid(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] in ("AID", "AGREE")], rows
