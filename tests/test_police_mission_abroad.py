"""Police or peacekeepers sent or deployed to another country are police assistance, AID (PLOVER manual, AID:
"military and police assistance including arms and personnel"; recode forces-sent-as-aid, ``deploy`` a
``force_send_verb``; verbs.tsv rows send/dispatch/deploy with police officers), not an ASSAULT on anybody, nor a
MOBILIZE against the host (MOBILIZE's recipient is whom force is shown to). At home they stay MOBILIZE police.
Fresh user: "Kenya's parliament voted to send police to Haiti" was read as ASSAULT."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Kenya's parliament voted on Thursday to send 1,000 police officers to Haiti to lead a U.N.-backed mission "
    "against gangs.",
    "Kenyan lawmakers voted to deploy 1,000 police officers to Haiti.",
    "Kenya deployed 400 police officers to Haiti on Tuesday.",
])
def test_police_sent_abroad_are_aid(text):
    rows, events, _ = coded(text)
    assert not [r for r in rows if r[0] in ("ASSAULT", "MOBILIZE")], rows
    aid = [e for e in events if e.event == "AID"]
    assert aid and aid[0].actor[0].code == "KEN" and [r.code for r in aid[0].recipient] == ["HTI"], rows


def test_troops_deployed_at_a_request_are_aid():
    rows, _, _ = coded("Rwanda deployed troops to Mozambique at the request of the Mozambican government.")
    assert [r[:3] for r in rows if r[0] == "AID"] == [("AID", ("RWA",), ("MOZ",))], rows


@pytest.mark.parametrize("text,mode", [
    ("India deployed police in Srinagar.", "police"),
    ("Russia deployed troops to its border with Ukraine.", "troops"),
])
def test_forces_at_home_or_at_a_border_stay_mobilize(text, mode):
    _, events, _ = coded(text)
    mob = [e for e in events if e.event == "MOBILIZE"]
    assert mob and mob[0].mode == mode and not [e for e in events if e.event == "AID"], [e.to_dict() for e in events]
