"""A verdict of disapproval stated in speech (triggers.verdict_statements): "Zelenskyy said Russia is a terrorist
state" is ACCUSE disapprove by the speaker on the subject of the judged clause, as "called Russia a terrorist state"
is. Source: PLOVER manual, ACCUSE ("criticize, condemn ... disapprove"); CAMEO 111. Invented sentences."""
import pytest

from test_coder_rules import coded


def _accusations(text):
    rows, events, _ = coded(text)
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.event_text, e.mode)
            for e in events if e.event == "ACCUSE"], rows


@pytest.mark.parametrize("text,actor,recipient,trigger", [
    ('"Russia is a terrorist state," Zelenskyy told reporters in Kyiv on Monday.', "UKR", "RUS", "terrorist state"),
    ("Ukraine's foreign minister said Russia was a terrorist state.", "UKR", "RUS", "terrorist state"),
    ("Pakistan said India's strikes were reckless and illegal.", "PAK", "IND", "reckless"),
    ('"Washington\'s sanctions are illegal," Lavrov told reporters in Moscow.', "RUS", "USA", "illegal"),
    ("China's foreign ministry said the Japanese patrol was a provocation.", "CHN", "JPN", "provocation"),
])
def test_a_verdict_in_speech_is_an_accusation_by_the_speaker(text, actor, recipient, trigger):
    acc, rows = _accusations(text)
    assert (actor,) in [a for _, a, _, _, _ in acc], rows
    hit = next(x for x in acc if x[1] == (actor,))
    assert hit[2] == (recipient,) and hit[3] == trigger and hit[4] == "disapprove", acc


@pytest.mark.parametrize("text", [
    "Zelenskyy said Russia is not a terrorist state.",                      # negated verdict
    "Germany hopes Poland won't say the plan is a provocation.",            # the saying is negated
    "Pakistan said the allegations that it supports militants are baseless.",  # a claim dismissed: a denial
    "Blinken said the talks with China were productive.",                  # no disapproval
    "Russia is a terrorist state.",                                         # no speaker: the outlet's words
])
def test_no_verdict_accusation(text):
    acc, rows = _accusations(text)
    assert not [x for x in acc if x[3] in ("terrorist state", "provocation", "baseless", "productive")], rows
