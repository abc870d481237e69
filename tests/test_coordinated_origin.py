"""Every member of one coordinated "from/of/in" phrase on a party gives it a country ("refugees from Colombia, Iraq
and Rwanda" -> COL, IRQ, RWA): :meth:`eventwire.actors.resolve.ActorResolver.modifier_info` no longer stops after
the first member (the owner rule still skips a second phrase: "the Chinese embassy in Washington"). Variants of our
own wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize("text,event,codes", [
    ("The UN refugee chief met with refugees from Colombia, Iraq, Rwanda and Peru.", "CONSULT",
     {"COL", "IRQ", "RWA", "PER"}),
    ("The French minister met with activists from Mali and Niger.", "CONSULT", {"MLI", "NER"}),
    ("The German chancellor held talks with ministers from Spain and Portugal.", "CONSULT", {"ESP", "PRT"}),
])
def test_each_member_of_a_coordinated_origin_is_a_recipient(text, event, codes):
    got = {c for r in records(text) if r[0] == event for c in r[2]}
    assert codes <= got, records(text)


def test_an_owner_keeps_its_country_before_a_place_phrase():
    # an embassy's protest is diplomatic: ACCUSE (recode state-protest-as-accuse; PLOVER manual, PROTEST)
    got = [r for r in records("The Chinese embassy in Washington and Ottawa protested.") if r[0] == "ACCUSE"]
    assert got and got[0][1] == ["CHN"], got
