"""An act described as a habit or as the mark of a class of people is no event (PLOVER manual: an event is one
occurrence): a frequency adverb on a meeting, attack or arrest ("often visits", "routinely detain"), a frequency
adjective on the event noun ("regular meetings"), an act placed nowhere in particular ("when a bomb has gone off
somewhere"; a threat "to strike anywhere" stays), a present-simple relative clause that defines a class of
people ("pupils who threaten violence", "anyone who attacks a police officer"). A stance held now ("thank everyone
who supports me") and a past act of named doers ("rebels who attacked the convoy") stay. Training-story errors:
"exclude pupils who commit or threaten violence ..., who sexually abuse pupils", "the prime minister has regular
meetings with both of them", "young women who often seek help". triggers.habitual_act, lexicon lists
habitual_adverb, habitual_adjective, class_head, indefinite_place_adverb."""
import pytest

from test_coder_rules import coded


def events(text):
    rows, evs, _ = coded(text)
    return rows, {e.event for e in evs if not e.negated}


@pytest.mark.parametrize("text,event", [
    ("The Kenyan president has regular meetings with the Ugandan leader.", "CONSULT"),
    ("The French foreign minister frequently visits Algeria.", "CONSULT"),
    ("Indian police routinely detain opposition activists in Srinagar.", "COERCE"),
    ("Nigerian soldiers often attack villages near the border, residents said.", "ASSAULT"),
    ("The law lets schools exclude pupils who threaten teachers.", "THREATEN"),
    ("Head teachers may expel students who assault other pupils.", "ASSAULT"),
    ("Under the bill, Kenyan protesters who attack police officers face ten years in prison.", "ASSAULT"),
    ("What will happen to Muslim families when a bomb has gone off somewhere?", "ASSAULT"),
    ("Who would Indian police arrest first if a bomb exploded somewhere?", "ASSAULT"),
])
def test_a_habit_or_a_class_of_acts_is_no_event(text, event):
    rows, got = events(text)
    assert event not in got, rows


@pytest.mark.parametrize("text,event", [
    ("The Kenyan president met the Ugandan leader in Kampala on Monday.", "CONSULT"),
    ("The French foreign minister visited Algeria last week.", "CONSULT"),
    ("Indian police detained opposition activists in Srinagar on Friday.", "COERCE"),
    ("Rebels who attacked a police station in northern Mali were arrested.", "COERCE"),
    ("Nigerian soldiers attacked villages near the border, residents said.", "ASSAULT"),
    ("The Cambodian opposition leader thanked everyone who supports his party.", "SUPPORT"),
    ("North Korean troops fired on South Korean soldiers on Monday.", "ASSAULT"),
    ("Iranian officials said their navy could seize tankers at any moment.", "THREATEN"),
    ("Pakistani police said a bomb had gone off somewhere in the market.", "ASSAULT"),
])
def test_one_act_or_a_stance_held_now_stays(text, event):
    rows, got = events(text)
    assert event in got, rows


# A present-simple "when"/"whenever" time clause states a generic or habitual condition or a time still to come,
# never one act that took place (training-story errors: "the US takes the lead role when the United Nations or NATO
# calls for foreign military intervention", "when he visits Brady, the press secretary always gives him a warm
# greeting", "the FDA could give the go-ahead when it meets this week"). triggers._generic_time_clause, lexicon
# list generic_time_conjunction.
@pytest.mark.parametrize("text,event", [
    ("Britain usually takes the lead when the United Nations calls for military intervention.", "REQUEST"),
    ("Whenever Moscow criticises Kyiv, the markets fall.", "ACCUSE"),
    ("When the French minister visits Berlin, the markets take note.", "CONSULT"),
    ("Indian police said they would act when protesters march on the parliament next week.", "PROTEST"),
    ("Kenyan officials grow nervous whenever Somali militants attack a border post.", "ASSAULT"),
])
def test_an_act_in_a_present_simple_when_clause_is_no_event(text, event):
    rows, got = events(text)
    assert event not in got, rows


@pytest.mark.parametrize("text,event", [
    ("When the French minister visited Berlin, the chancellor praised him.", "CONSULT"),
    ("When Russia attacked Ukraine in 2022, Germany condemned the invasion.", "ASSAULT"),
    ("When Russia attacked Ukraine in 2022, Germany condemned the invasion.", "ACCUSE"),
    ("Britain took the lead when the United Nations called for military intervention.", "REQUEST"),
    ("The United Nations calls for military intervention in Libya.", "REQUEST"),
    ("Kenyan police have arrested ten men since Somali militants attacked the border post.", "COERCE"),
])
def test_a_past_when_clause_or_a_main_clause_keeps_its_act(text, event):
    rows, got = events(text)
    assert event in got, rows
