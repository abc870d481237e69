"""Denials are REJECT (triggers.denials, is_denial; lexicon denial_verb, claim_noun, denied_act_noun). PLOVER manual,
CAMEO conversion notes ("016: Deny responsibility might be considered REJECT"); the training annotations code 27 of
29 denials REJECT. What is denied is no event (triggers.content_of_other)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor", [
    ("The Kremlin denied that Russian forces had shelled a hospital in Mariupol.", "RUS"),
    ("Iran denied the allegations made by the United States on Tuesday.", "IRN"),
    ("Pakistan's army denied any involvement in the attack on Indian troops in Kashmir.", "PAK"),
    ("Venezuela's government denies sending troops across the border into Colombia.", "VEN"),
    ("The charges were denied by the Serbian government on Friday.", "SRB"),
])
def test_a_denial_is_a_reject_by_the_denier(text, actor):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REJECT" and actor in [a.code for a in e.actor]], rows


@pytest.mark.parametrize("text,denied_type", [
    ("The Kremlin denied that Russian forces had shelled a hospital in Mariupol.", "ASSAULT"),
    ("Venezuela's government denies sending troops across the border into Colombia.", "MOBILIZE"),
])
def test_what_is_denied_is_no_event(text, denied_type):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == denied_type], rows


def test_a_denied_request_keeps_its_own_reading_and_a_plain_denial_of_entry_is_no_claim():
    # negative: "denied him a visa" is the dictionary's REJECT of a request (row deny/visa), not a denial statement
    rows, events, _ = coded("The United States denied a visa to Iran's foreign minister on Monday.")
    rejects = [e for e in events if e.event == "REJECT"]
    assert rejects and all((e.text_info or {}).get("rule", {}).get("trigger", "").startswith("pattern:deny")
                           for e in rejects), rows


def test_a_denial_names_whose_claim_it_denies():
    rows, events, _ = coded("Cuba has vigorously denied Washington's charges that it is arming guerrillas in El Salvador.")
    assert [e for e in events if e.event == "REJECT" and "CUB" in [a.code for a in e.actor]
            and "USA" in [r.code for r in e.recipient]], rows
