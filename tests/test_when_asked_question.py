"""A reduced "when asked if/whether/about" clause is an interviewer's question, no REQUEST by the one who answers
(triggers.interview_question, triggers._reduced_when_clause). Audit of 1987 Reuters business stories outside the
evaluation sets: '"...," said Arthur Miller, BankAmerica's Vice President, when asked if BankAmerica would proceed
with the offer' was coded REQUEST with Miller as the asker. PLOVER manual, REQUEST (asking for an act or a thing)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    '"We will decide next month," said Jane Doe, a spokeswoman for the Turkish ministry, when asked if the plan would proceed.',
    "The Turkish minister, when asked whether he would resign, laughed.",
    "The Kenyan president, when asked by reporters about the strike, said talks would resume.",
])
def test_when_asked_question_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "Egypt asked Israel whether it would withdraw its troops.",
    "When asked by Ukraine for help, Poland sent weapons.",
    "The minister was asked by the opposition to resign.",
])
def test_a_request_for_an_act_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows
