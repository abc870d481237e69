"""Groups named by a quantity or a criminal noun are actors (actors.resolve._common_noun; sector_nouns.tsv).
Training stories: "a mostly female crowd of thousands who marched", "armed bandits", "Dacoits struck" gave no event
(a named doer that resolved to nothing drops the trigger). PLOVER manual, "Sector Codes" (CVL, CRM)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,code,sector", [
    ("A crowd of thousands marched to the parliament in Nairobi on Tuesday.", "KEN", "CVL"),
    ("A mob of hundreds attacked the police station in Lahore on Friday.", "PAK", "CVL"),
    ("A crowd of hundreds blocked the main highway near Lima, Peru on Monday.", "PER", "CVL"),
])
def test_a_crowd_of_a_number_is_the_crowd(text, code, sector):
    rows, events, _ = coded(text)
    assert [e for e in events if any(a.code == code and a.sector == sector for a in e.actor)], rows


def test_a_group_of_named_members_is_still_its_members():
    # negative: "thousands of Kurds" stays the Kurds' code, not the head's sector alone
    rows, events, _ = coded("A crowd of Ukrainian farmers blocked the border crossing with Poland on Monday.")
    assert [e for e in events if any(a.code == "UKR" for a in e.actor)], rows


@pytest.mark.parametrize("text,code", [
    ("Armed bandits attacked a village in Zamfara state in Nigeria, killing 12 people.", "NGA"),
    ("Dacoits attacked a temple in Maharashtra, India on Sunday.", "IND"),
    ("Looters attacked shops in Johannesburg, South Africa overnight.", "ZAF"),
])
def test_criminal_groups_are_crm_actors(text, code):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT" and any(a.code == code and a.sector == "CRM" for a in e.actor)], rows
