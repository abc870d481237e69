"""A state's own force deployed in the passive is the actor of its mobilization (actor_rules.deployed_force; PLOVER
manual, MOBILIZE). Fresh-user tryout: "Colombian troops were deployed to the border with Venezuela" had no actor,
while the active "Colombia deployed troops" had COL."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,code,sector", [
    ("Colombian troops were deployed to the border with Venezuela.", "COL", "MIL"),
    ("Indian police were deployed in Srinagar on Monday.", "IND", "COP"),
    ("Thai soldiers were deployed along the Cambodian border.", "THA", "MIL"),
])
def test_a_deployed_force_is_the_actor_of_its_mobilization(text, code, sector):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "MOBILIZE"]
    assert hit, rows
    assert [(a.code, a.sector) for a in hit[0].actor] == [(code, sector)], rows


@pytest.mark.parametrize("text", [
    "Additional troops were deployed to the region.",               # nobody's troops: no actor invented
    "A convoy was attacked near Kharkiv.",                          # not a mobilization: the passive names no actor
])
def test_no_actor_is_invented_for_other_passives(text):
    rows, events, _ = coded(text)
    assert events and all(not e.actor for e in events), rows
