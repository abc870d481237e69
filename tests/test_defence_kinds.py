""""defend" is SUPPORT when a party stands up for another party or a policy (PLOVER manual, SUPPORT: "endorse,
praise, approve of policy or action"; CAMEO 051). Legal representation (a lawyer defending clients, a case) and
defence by arms or of oneself are no political support. Training-story FP kind: 'defend' coded SUPPORT (13 of 59
wrong SUPPORT records; 6 of them legal or armed defence). admission.defence_not_support; lexicon lists
legal_counsel_noun, defended_matter_noun."""
import pytest

from test_coder_rules import coded


def types(text):
    rows, evs, _ = coded(text)
    return rows, [e.event for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "The Nigerian lawyer Femi Falana has defended several Cameroonian activists in Nigerian courts.",
    "A Kenyan defence attorney defended the opposition senator at his trial in Nairobi.",
    "The Kenyan government hired a legal team to defend its case at the court in The Hague.",
    "Kenyan soldiers defended the border town against the militants.",
    "Hamas said it was defending itself against Israel.",
])
def test_legal_or_armed_defence_is_no_support(text):
    rows, got = types(text)
    assert "SUPPORT" not in got, rows


@pytest.mark.parametrize("text", [
    "The Kenyan finance minister defended the new tax law.",
    "A spokesman for the Brazilian foreign ministry defended the decision to recall the ambassador.",
    "The Indian prime minister defended his government's proposals against criticism.",
])
def test_defending_a_policy_stays_support(text):
    rows, got = types(text)
    assert "SUPPORT" in got, rows


@pytest.mark.parametrize("text", [
    "The Turkish operation, supported by attack helicopters, began on Monday in northern Iraq.",
    "Nigerian commandos backed by artillery and airstrikes moved into the forest.",
    "The Malian army's offensive, supported by drones, reached Kidal.",
])
def test_weapons_as_backers_are_no_support(text):
    # admission.means_as_backer
    rows, got = types(text)
    assert "SUPPORT" not in got, rows


@pytest.mark.parametrize("text", [
    "The Iraqi offensive was backed by the United States.",
    "The Kenyan plan was supported by the African Union.",
])
def test_parties_as_backers_stay_support(text):
    rows, got = types(text)
    assert "SUPPORT" in got, rows
