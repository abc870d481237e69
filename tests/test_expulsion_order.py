"""An order to a foreign envoy to leave is an expulsion, SANCTION expel (verbs.tsv row order + envoy object with a
to-infinitive; PLOVER manual, SANCTION mode expel; CAMEO 166, CAMEO2PLOVER "Expel or withdraw"). Fresh-user tryout: "ordered the French ambassador to
leave the country within 72 hours" was REQUEST yield."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor,recipient", [
    ("Mali's junta ordered the French ambassador to leave the country within 72 hours.", "MLI", "FRA"),
    ("Niger's military government ordered the French envoy to leave Niamey by Friday.", "NER", "FRA"),
    ("Russia ordered two Estonian diplomats to leave Moscow within a week.", "RUS", "EST"),
])
def test_ordering_an_envoy_to_leave_is_an_expulsion(text, actor, recipient):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "SANCTION" and e.mode == "expel" and actor in [a.code for a in e.actor]
            and recipient in [r.code for r in e.recipient]], rows
    assert not [e for e in events if e.event == "REQUEST"], rows


def test_an_order_to_others_stays_a_request():
    rows, events, _ = coded("The Kenyan court ordered the police to release the protesters.")
    assert not [e for e in events if e.event == "SANCTION"], rows


def test_expelled_diplomats_are_cameo_166_not_aid_agencies():
    """CAMEO2PLOVER: 166 "Expel or withdraw" (diplomatic); 1663 is the expulsion of aid agencies."""
    from eventwire import code_text

    for text in ("Poland expelled three Russian diplomats on Tuesday.",
                 "Mali ordered the French ambassador to leave the country within 72 hours."):
        evs, _ = code_text(text, publication_date="2024-06-05")
        assert [(e.event, e.cameo, e.to_dict()["goldstein"]) for e in evs] == [("SANCTION", "166", -5.0)], text
