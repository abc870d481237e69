"""Modes of threats and denials (PLOVER manual, THREATEN modes: the mode is the content of the threat; REJECT modes
are refused cooperation, shared with REQUEST).
- a threat's mode comes from the act it names (records.threatened_act_mode): "threatened to strike" violence,
  "threatened to expel diplomats" expel, "threatened to arrest" arrest, "threatened to cut ties" relations,
  "threatened to seize the islands" territory;
- a recoded threat takes the THREATEN mode of the act's row mode first (recode.threat_mode): "would consider
  expelling Russian diplomats" is THREATEN expel, not relations;
- a denied claim ("denied supplying weapons") is REJECT with no mode; a refusal keeps its mode."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.mode) for e in evs]


@pytest.mark.parametrize("text,mode", [
    ("North Korea threatened to strike the United States with nuclear weapons.", "violence"),
    ("North Korea threatened to attack the United States.", "violence"),
    ("Iran threatened to launch missile strikes on Israel.", "violence"),
    ("Russia threatened to expel British diplomats.", "expel"),
    ("Trump threatened to arrest the protesters.", "arrest"),
    ("Turkey threatened to cut ties with Israel.", "relations"),
    ("China threatened to seize the islands.", "territory"),
    ("Poland would consider expelling Russian diplomats.", "expel"),
    ("Poland is considering expelling Russian diplomats.", "expel"),
])
def test_threat_mode_is_the_threatened_act(text, mode):
    assert ("THREATEN", mode) in _coded(text)


def test_a_threat_naming_no_act_has_no_mode():
    assert _coded("Russia threatened retaliation.") == [("THREATEN", None)]


@pytest.mark.parametrize("text", [
    "Iran denied supplying weapons to the Houthis.",
    "Russia denied sending troops to Ukraine.",
    "The Kremlin denied that its forces had shelled a hospital.",
])
def test_a_denial_has_no_reject_mode(text):
    assert ("REJECT", None) in _coded(text)
    assert not [c for c in _coded(text) if c[0] == "REJECT" and c[1]]


@pytest.mark.parametrize("text,mode", [
    ("Iran refused to supply weapons to the Houthis.", "assist"),
    ("Israel denied the request for aid.", "assist"),
    ("Hamas rejected the ceasefire proposal.", "yield"),
])
def test_refusals_keep_their_mode(text, mode):
    assert ("REJECT", mode) in _coded(text)
