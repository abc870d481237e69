"""A demand written or sent "to" someone is the writer's, and the addressee is its recipient (views.addressee_of,
recipient_rules.addressee; PLOVER manual, REQUEST). Fresh-user tryout: "Michael Howard has written to Tony Blair
demanding an inquiry" took Blair as the actor: the model hangs the participle on the nearest noun."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,pub,actor,recipient", [
    ("Conservative leader Michael Howard has written to Tony Blair demanding an inquiry into the affair.",
     "2004-11-02", ("GBR", "OPP"), ("GBR", "GOV")),
    ("The opposition leader wrote to the president demanding his resignation.", "2024-05-14", (None, "OPP"),
     (None, "GOV")),
    ("Amnesty International has written to the Egyptian government urging the release of the activists.",
     "2024-05-14", ("NGO", None), ("EGY", "GOV")),
    ("The opposition leader sent a letter to the president demanding his resignation.", "2024-05-14", (None, "OPP"),
     (None, "GOV")),
    ("The senators wrote a letter to the Egyptian president urging the release of the activists.", "2024-05-14",
     (None, "LEG"), ("EGY", "GOV")),
])
def test_the_writer_asks_the_addressee(text, pub, actor, recipient):
    rows, events, _ = coded(text, pub=pub)
    req = [e for e in events if e.event == "REQUEST"]
    assert req, rows
    assert [(a.code, a.sector) for a in req[0].actor] == [actor], rows
    assert [(r.code, r.sector) for r in req[0].recipient] == [recipient], rows


@pytest.mark.parametrize("text", [
    "Police fired on protesters demanding the release of the opposition leader.",  # not a message: they demand
    "The minister spoke to farmers demanding higher prices.",                    # "speak to" addresses no letter
])
def test_a_participle_on_another_noun_is_that_nouns_act(text):
    from eventwire.nlp.model import load_model
    from eventwire.nlp.views import addressee_of

    doc = load_model()(text)
    part = next(t for t in doc if t.lower_ == "demanding")
    assert addressee_of(part) is None
