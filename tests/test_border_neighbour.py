"""Forces moved to a border named by its other side are aimed at that neighbour (recipient_rules.border_neighbour;
lexicon border_noun), and forces sent "to the Ukrainian border" are massed there, no aid (recode.forces_sent_to_help).
Fresh user on real text: "Russia sent 10,000 troops to its border with Ukraine" had no recipient. PLOVER manual,
MOBILIZE."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipients", [
    ("Russia sent 10,000 troops to its border with Ukraine.", "RUS", {"UKR"}),
    ("Russia massed troops on the border with Ukraine.", "RUS", {"UKR"}),
    ("India deployed troops along its border with China.", "IND", {"CHN"}),
    ("Russia sent 10,000 troops to its border with Ukraine and Belarus.", "RUS", {"UKR", "BLR"}),
    ("Russia sent troops to the Ukrainian border.", "RUS", {"UKR"}),
    ("Russia has deployed troops close to the border with Ukraine.", "RUS", {"UKR"}),
    ("Azerbaijan reinforced its positions along the border with Armenia.", "AZE", {"ARM"}),
])
def test_forces_at_a_border_mobilize_toward_the_neighbour(text, actor, recipients):
    rows, _, _ = coded(text)
    mob = [r for r in rows if r[0] == "MOBILIZE"]
    assert mob and all(r[1] == (actor,) for r in mob), rows
    assert {c for r in mob for c in r[2]} == recipients, rows
    assert not [r for r in rows if r[0] == "AID"], rows


@pytest.mark.parametrize("text", [
    "Russia sent troops to the border.",
    "Russia sent 10,000 troops to the border on Monday.",
    "Russia sent troops to the border with tanks.",
])
def test_a_border_of_no_one_names_no_recipient(text):
    rows, _, _ = coded(text)
    mob = [r for r in rows if r[0] == "MOBILIZE"]
    assert mob and all(r[2] == () for r in mob), rows


def test_forces_sent_to_a_country_stay_aid():
    rows, _, _ = coded("France sent 500 troops to Mali.")
    assert ("AID", ("FRA",), ("MLI",)) in [r[:3] for r in rows], rows


def test_weapons_sent_to_a_border_are_a_build_up():
    rows, events, _ = coded("Turkey sent tanks to its border with Syria.")
    assert ("MOBILIZE", ("TUR",), ("SYR",)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] == "AID"], rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("The US sent tanks to Ukraine.", "USA", "UKR"),
    ("Turkey sent aid to its border with Syria.", "TUR", "SYR"),
])
def test_arms_and_aid_sent_to_a_country_stay_aid(text, actor, recipient):
    rows, _, _ = coded(text)
    assert ("AID", (actor,), (recipient,)) in [r[:3] for r in rows], rows
    assert not [r for r in rows if r[0] == "MOBILIZE"], rows
