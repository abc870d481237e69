"""Three kinds of status (PLOVER manual, auxiliary modes; eval/voa_news/ANNOTATION.md: "future (announced, planned,
promised, will)", "hypothetical (conditional, could, if)"), on invented sentences:

- a headline's to-infinitive with no finite verb is future ("Biden to visit Kyiv": the "is" of "is to" dropped;
  :func:`eventwire.nlp.views.telegraphic_infinitive`), and the noun that opens the fragment is its actor;
- a possible act of force or sanction told by others ("Iran could attack Israel, analysts say") is hypothetical
  and no THREATEN of its actor (:func:`eventwire.events.recode.forecast_by_others`); the actor's own words stay a
  threat;
- an event named with a modifier that puts it ahead ("an expected visit", "the scheduled talks") or governed by
  "is slated to" is future (:func:`eventwire.events.modality.prospective`).
"""
import pytest

from eventwire import code_text
from eventwire.nlp import views


def _coded(text, title=None):
    evs, _ = code_text(text, publication_date="2024-03-01", title=title)
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status,
             (e.text_info.get("rule") or {}).get("type")) for e in evs]


def _headline(title):
    """The records of the headline (sentence 0) of a story whose body codes nothing."""
    evs, _ = code_text(title + "\n\nThe officials gave no details.", publication_date="2024-03-01", title=title)
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status)
            for e in evs if e.text_info.get("sentence_index") == 0]


@pytest.mark.parametrize("title,record", [
    ("Biden to visit Kyiv", ("AGREE", ("USA",), ("UKR",), "future")),
    ("Xi to host Putin in Beijing", ("AGREE", ("CHN",), ("RUS",), "future")),
    ("EU to impose new sanctions on Iran", ("SANCTION", ("EUR",), ("IRN",), "future")),
    ("Iran to hold talks with France on nuclear deal", ("AGREE", ("IRN",), ("FRA",), "future")),
    ("China to send aid to Pakistan after floods", ("AGREE", ("CHN",), ("PAK",), "future")),
    ("Biden to visit Kyiv, White House says", ("AGREE", ("USA",), ("UKR",), "future")),
])
def test_headline_infinitive_is_future(title, record):
    assert _headline(title) == [record]


def test_headline_future_retreat_is_concede():
    got = _headline("Russia to withdraw troops from Kherson")
    assert [(e, a, s) for e, a, _, s in got] == [("CONCEDE", ("RUS",), "future")]


@pytest.mark.parametrize("title,record", [
    ("Biden visits Kyiv", ("CONSULT", ("USA",), ("UKR",), "actual")),
])
def test_headline_with_finite_verb_stays_actual(title, record):
    assert _headline(title) == [record]


def test_telegraphic_infinitive_shapes(nlp):
    def at(text, word):
        doc = nlp(text)
        return views.telegraphic_infinitive(next(t for t in doc if t.text == word))
    assert at("Biden to visit Kyiv", "visit")                      # root with its own subject
    assert at("EU to impose new sanctions on Iran", "impose")       # acl on the opening noun
    assert at("Putin, Erdogan to meet next week", "meet")          # relcl on the opening noun
    assert not at("Obama wants Putin to attack Switzerland.", "attack")
    assert not at("The decision to impose sanctions was taken on Monday.", "impose")
    assert not at("Russia refused to withdraw its troops.", "withdraw")


@pytest.mark.parametrize("text,record", [
    ("Iran could attack Israel, analysts say.", ("ASSAULT", ("IRN",), ("ISR",), "hypothetical", "others-forecast")),
    ("Analysts said Russia may attack Ukraine in the spring.",
     ("ASSAULT", ("RUS",), ("UKR",), "hypothetical", "others-forecast")),
    ("Israeli officials said Iran could strike Israel within days.",
     ("ASSAULT", ("IRN",), ("ISR",), "hypothetical", "others-forecast")),
    ("Iran could attack Israel if talks fail, analysts say.",
     ("ASSAULT", ("IRN",), ("ISR",), "hypothetical", "others-forecast")),
    ("Analysts said the United States could impose sanctions on Turkey.",
     ("SANCTION", ("USA",), ("TUR",), "hypothetical", "others-forecast")),
])
def test_forecast_by_others_is_no_threat(text, record):
    coded = _coded(text)
    assert coded == [record]


@pytest.mark.parametrize("text,recipient", [
    ("Iran said it could attack Israel if the strikes continued.", "ISR"),
    ("Iran's foreign minister said Tehran could strike Israel.", "ISR"),
    ("Iran threatened to attack Israel.", "ISR"),
    ("Iran said it may impose sanctions on Britain.", "GBR"),
])
def test_own_words_stay_a_threat(text, recipient):
    coded = _coded(text)
    assert ("THREATEN", ("IRN",), (recipient,), "actual") in [c[:4] for c in coded]
    assert not [c for c in coded if c[0] in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("text,record", [
    ("Officials prepared for an expected visit by Putin to Turkey.", ("AGREE", ("RUS",), ("TUR",), "future")),
    ("The scheduled talks between Russia and Ukraine were postponed.", ("AGREE", ("RUS",), ("UKR",), "future")),
    ("Putin is slated to visit Ankara.", ("AGREE", ("RUS",), ("TUR",), "future")),
    ("Putin is expected to visit Turkey next month.", ("AGREE", ("RUS",), ("TUR",), "future")),
    ("Putin is scheduled to meet Erdogan in Ankara.", ("AGREE", ("RUS",), ("TUR",), "future")),
])
def test_expected_and_scheduled_are_future(text, record):
    assert record in [c[:4] for c in _coded(text)]
    assert not [c for c in _coded(text) if c[0] == "CONSULT"]


def test_done_visit_stays_actual():
    assert [c[:4] for c in _coded("Putin visited Turkey on Monday.")] == [("CONSULT", ("RUS",), ("TUR",), "actual")]


def test_quit_the_government_is_resign():
    evs, _ = code_text("Prime Minister Boris Johnson quit the government on Monday.", publication_date="2024-03-01")
    assert [(e.event, e.mode, tuple(a.code for a in e.actor)) for e in evs][:1] == [("RETREAT", "resign", ("GBR",))]
