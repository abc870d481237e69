"""An act of force that is planned, weighed or authorised is a THREATEN, not an ASSAULT
(recode.planned_force, row planned-force-as-threaten; PLOVER manual, THREATEN and auxiliary modes)."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info.get("rule") or {}).get("type")) for e in events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkey plans to attack Kurdish fighters in Syria.", "TUR", "SYR"),
    ("Russia is considering airstrikes against the rebels in Syria.", "RUS", "SYR"),
    ("Ankara intends to bomb militant camps in Iraq.", "TUR", "IRQ"),
    ("Israel is considering attacking Iranian nuclear sites.", "ISR", "IRN"),
])
def test_planned_force_is_a_threat(text, actor, recipient):
    recs = records(text)
    assert ("THREATEN", [actor], [recipient], "planned-force-as-threaten") in recs, recs
    assert not any(r[0] == "ASSAULT" for r in recs), recs


def test_a_plan_to_kill_is_a_threat():
    recs = records("Officials described a plan to kill the opposition leader.")
    assert [r[0] for r in recs] == ["THREATEN"], recs
    assert recs[0][3] == "planned-force-as-threaten"


@pytest.mark.parametrize("text", [
    "Turkey attacked Kurdish fighters in Syria.",
    "Russia carried out airstrikes against the rebels in Syria.",
    "Ankara bombed militant camps in Iraq.",
])
def test_force_used_stays_assault(text):
    recs = records(text)
    assert any(r[0] == "ASSAULT" for r in recs), recs
    assert not any(r[3] == "planned-force-as-threaten" for r in recs), recs


def test_a_planned_meeting_is_no_threat():
    recs = records("The government plans to hold talks with the rebels.")
    assert recs and all(r[0] != "THREATEN" for r in recs), recs


def test_a_part_in_planning_done_attacks_is_no_threat():
    recs = records("The report said the French military contributed to planning the massacres in Rwanda.")
    assert not any(r[0] == "THREATEN" for r in recs), recs


@pytest.mark.parametrize("text,mode", [
    ("Russian forces plotted an attack on Kyiv.", "violence"),
    ("The EU is weighing new sanctions against Belarus.", "relations"),
])
def test_plotted_attacks_and_weighed_sanctions_are_threats(text, mode):
    # fresh-user check: both were coded as done (ASSAULT / SANCTION actual)
    from eventwire import code_text
    evs, _ = code_text(text, publication_date="2024-06-05")
    assert [(e.event, e.mode, e.status) for e in evs] == [("THREATEN", mode, "actual")]
