"""A stated commitment in a noun ("made a clear commitment to ...", "reaffirmed its commitment to ...") is AGREE
(PLOVER manual, AGREE: "indicate willingness or commitment to cooperate"; CAMEO 030), a pattern row
``commitment/N`` read only under verbs that state or restate it (make, express, reaffirm, reiterate, stress,
underline, set out, renew, show, signal, affirm, give). A commitment that is doubted, demanded or only named is no
act.
"""
import pytest

from expectations import records


def commitments(text):
    return [e for e in records(text)
            if e.event == "AGREE" and e.text_info["rule"]["trigger"].startswith("pattern:commitment/")]


@pytest.mark.parametrize("text,actor", [
    ("Japan reaffirmed its commitment to the defence of Taiwan.", "JPN"),
    ("The Kenyan government made a firm commitment to holding the election in August.", "KEN"),
    ("Canada reiterated its commitment to the peace process in Colombia.", "CAN"),
    ("The plan sets out Germany's commitment to cutting emissions by half.", "DEU"),
])
def test_stated_commitment_is_agree(text, actor):
    got = commitments(text)
    assert got and actor in {a.code for e in got for a in e.actor}


@pytest.mark.parametrize("text", [
    "The regulator questioned the consortium's commitment to the bank.",
    "Voters want to see manifesto commitments that will make a difference.",
    "Critics doubt Brazil's commitment to protecting the Amazon.",
])
def test_doubted_or_named_commitment_is_no_agree(text):
    assert not commitments(text)
