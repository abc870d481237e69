"""A date of another act does not date an act (event_dates.dates_another_act, event_dates.same_time). Fresh-user
tryout: a future "will cease military aid" took the date of the clash "following" it, resolved forward into the
next year. A date on the noun of an act ("following the clash on Feb. 28", "weeks after the attack on Monday")
is that act's; the sentence's one other date covers an act only when its clause is as future as the act."""
import pytest

from test_coder_rules import coded

PUB = "2024-03-10"


@pytest.mark.parametrize("text,event", [
    ("The government announced that it would cease military aid to the rebels, following the clash between the two "
     "leaders on Feb. 28.", "SANCTION"),
    ("France will impose sanctions on Iran, weeks after the attack on its embassy on Monday.", "SANCTION"),
])
def test_a_future_act_takes_no_date_of_a_past_act(text, event):
    rows, events, _ = coded(text, pub=PUB)
    hit = [e for e in events if e.event == event]
    assert hit, rows
    assert hit[0].date is None, rows


def test_an_announced_retreat_is_dated_by_its_announcement_not_by_a_past_act():
    # "will withdraw" is an announcement (CONCEDE, PLOVER manual), made when reported, not at the talks' date
    rows, events, _ = coded("Russia said it will withdraw its troops from the border after the talks held on Jan. 15.",
                            pub=PUB)
    hit = [e for e in events if e.event == "CONCEDE"]
    assert hit, rows
    assert (hit[0].date, hit[0].date_basis) == (PUB, "publication"), rows


def test_a_past_act_takes_no_date_of_a_future_clause():
    rows, events, _ = coded("Police arrested ten protesters and will charge them on Monday.", pub=PUB)
    hit = [e for e in events if e.event == "COERCE"]
    assert hit, rows
    assert (hit[0].date, hit[0].date_basis) == (PUB, "publication"), rows


@pytest.mark.parametrize("text,event,day", [
    ("Russia and Ukraine will hold talks on Monday.", "AGREE", "2024-03-11"),              # its own date, forward
    ("Police detained five men on Saturday and questioned them.", "COERCE", "2024-03-09"),  # a date of its own clause
])
def test_an_acts_own_date_still_dates_it(text, event, day):
    rows, events, _ = coded(text, pub=PUB)
    hit = [e for e in events if e.event == event]
    assert hit, rows
    assert hit[0].date == day, rows


def test_a_date_on_the_clauses_own_event_noun_dates_the_clause():
    # the model hangs "on Monday" on the object "strike"; the protest of the purpose clause shares its date
    rows, events, _ = coded("Hundreds of dock workers began a hunger strike on Monday to protest against the new "
                            "port law.", pub=PUB)
    assert {e.date for e in events if e.event == "PROTEST"} == {"2024-03-04"}, rows
