"""A monarch named by title and name is a party of her country (people.tsv: Queen Elizabeth II, GBR head of state
1952-2022): a meeting with "Queen Elizabeth" has Britain as its counterpart, not the visitor's country or the
story's. Source: PLOVER actor coding (heads of state are GOV of their state); the training annotations code a
visit to the Queen as GBR."""
import pytest

from eventwire import code_text


def recipients(text, pub, event):
    events, _ = code_text(text, publication_date=pub)
    got = [e for e in events if e.event == event]
    assert got, [e.to_dict() for e in events]
    return {(r.code, r.sector) for e in got for r in e.recipient}


@pytest.mark.parametrize("text,pub,event", [
    ("The French president met Queen Elizabeth at Windsor Castle.", "2015-06-01", "CONSULT"),
    ("President Clinton is expected to meet Queen Elizabeth at Buckingham Palace next week.", "2000-12-01", "AGREE"),
    ("The Japanese emperor met Queen Elizabeth II in London on Tuesday.", "1998-05-26", "CONSULT"),
])
def test_a_meeting_with_the_queen_has_britain_as_counterpart(text, pub, event):
    assert ("GBR", "GOV") in recipients(text, pub, event)


def test_the_name_alone_is_not_the_queen():
    # "Elizabeth" alone, or another Elizabeth, is no alias
    assert ("GBR", "GOV") not in recipients("The French president met Elizabeth Warren in Boston.", "2015-06-01",
                                           "CONSULT")
