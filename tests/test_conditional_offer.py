"""A concession offered on a condition is no threat (recode conditional-offer-as-concede): PLOVER manual, THREATEN
(coercive warnings), CONCEDE (promised concessions, announced retreats); the record is hypothetical
(ANNOTATION.md: "conditional, could, if"), the party that must meet the condition its recipient. Fresh user: "Iran
may release prisoners if the U.S. lifts sanctions" was THREATEN."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor,recipient", [
    ("Iran may release prisoners if the U.S. lifts sanctions.", "IRN", "USA"),
    ("Iran will release the prisoners if Washington unfreezes its assets.", "IRN", "USA"),
    ("Hamas will free the hostages if Israel agrees to a ceasefire.", "PSE", "ISR"),
    ("Russia could withdraw its troops if NATO halts expansion.", "RUS", None),
])
def test_a_conditional_concession_is_concede_hypothetical(text, actor, recipient):
    rows, events, _ = coded(text)
    assert not [r for r in rows if r[0] == "THREATEN"], rows
    (ev,) = [e for e in events if e.event == "CONCEDE"]
    assert ev.status == "hypothetical" and ev.text_info["rule"]["type"] == "conditional-offer-as-concede"
    assert [a.code for a in ev.actor] == [actor] and [r.code for r in ev.recipient] == ([recipient] if recipient else [])


@pytest.mark.parametrize("text", [
    "The minister will resign if the law passes.",                           # a resignation threatened
    "Iran will withdraw from the treaty if the U.S. reimposes sanctions.",   # leaving an agreement
    "Iran will withdraw from the treaty unless the U.S. lifts sanctions.",
    "Russia would attack Ukraine if NATO expanded.",
])
def test_conditional_pressure_stays_a_threat(text):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "THREATEN"] and not [r for r in rows if r[0] == "CONCEDE"], rows
