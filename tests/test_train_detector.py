"""The trained trigger detector and its training recipe (eventwire.train, eventwire.events.detector)."""
from __future__ import annotations

import gzip
import json

import pytest
from spacy.tokens import Doc

from conftest import shared_path
from eventwire.errors import EvaluationError
from eventwire.events.detector import NONE, SentenceInfo, load_detector, read_detector, trigger_features
from eventwire.nlp.model import load_model
from eventwire.schema import PLOVER_EVENTS
from eventwire.train.corpus import AnnotatedArticle, build_trigger_docs, load_annotated, split_of, trigger_head


def parsed(words, heads, deps, pos, lemmas):
    nlp = load_model()
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_split_is_a_stable_hash_of_the_id():
    assert split_of("bbc_politics/001.txt") == split_of("bbc_politics/001.txt")
    splits = [split_of(f"a{i}") for i in range(2000)]
    assert 0.12 < splits.count("dev") / 2000 < 0.18


def test_trigger_head_prefers_a_content_verb_to_a_light_verb():
    # "Iran stand accused of ..." : stand(ROOT) accused(acomp): the participle carries the event
    doc = parsed(["They", "stand", "accused", "of", "fraud"], [1, 1, 1, 2, 3],
                 ["nsubj", "ROOT", "acomp", "prep", "pobj"], ["PRON", "VERB", "VERB", "ADP", "NOUN"],
                 ["they", "stand", "accuse", "of", "fraud"])
    assert trigger_head([doc[1], doc[2]]).text == "accused"
    # "took the suspect into custody": the verb, highest in the phrase
    doc = parsed(["Police", "took", "the", "suspect", "into", "custody"], [1, 1, 3, 1, 1, 4],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                 ["police", "take", "the", "suspect", "into", "custody"])
    assert trigger_head(list(doc)[1:]).text == "took"
    assert trigger_head([]) is None


def test_features_read_the_parse():
    doc = parsed(["France", "condemned", "the", "attack", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                 ["France", "condemn", "the", "attack", "."])
    f = trigger_features(doc[1], SentenceInfo(doc[:]))
    for want in ("l=condemn", "p=VERB", "d=ROOT", "cdl=dobj|attack", "lobj=condemn|attack", "pat=ACCUSE", "inq=0"):
        assert want in f, want
    assert trigger_features(doc[1]) == f  # the sentence info is computed when not given


def test_the_packaged_detector_reads_accusations_and_ignores_function_words():
    det = load_detector()
    assert det is not None, "the model ships with the package (eventwire train)"
    assert set(det.classes) == set(PLOVER_EVENTS) | {NONE}
    nlp = load_model()
    doc = nlp("The European Union condemned the attack on the hospital and urged Russia to stop.")
    by_word = {t.text: det.score(t) for t in doc}
    assert by_word["condemned"][0] == "ACCUSE" and by_word["condemned"][1] > 0.3, by_word["condemned"]
    assert by_word["urged"][0] == "REQUEST" and by_word["urged"][1] > 0.3, by_word["urged"]
    assert by_word["the"] == (NONE, 0.0, 1.0)
    assert det.score(doc[2]) == det.score(doc[2])  # deterministic


def test_batched_scoring_equals_single_scoring_bit_for_bit():
    # the coder scores a sentence's tokens at once (numpy, a running sum in sorted feature order); the result must
    # be exactly that of scoring each token alone, and the proposals exactly the tokens over the threshold
    det = load_detector()
    nlp = load_model()
    doc = nlp("Ukraine's foreign minister said on Monday that Moscow had shelled the port, and he urged NATO "
              "allies to send more air defence systems. China “strongly condemned” the sanctions.")
    seen = 0
    for sent in doc.sents:
        toks = list(sent)
        info = SentenceInfo(toks)
        span_info = SentenceInfo(sent)
        assert (info.start, info.end, info.in_quote, info.entity_types) == \
            (span_info.start, span_info.end, span_info.in_quote, span_info.entity_types)
        single = [det.score(t, info) for t in toks]
        assert det.score_many(toks, info) == single
        feats = [trigger_features(t, info) for t in toks]
        assert det.probabilities_many(feats) == [det.probabilities(f) for f in feats]
        for threshold in (0.05, 0.3, 0.9):
            want = [(j, typ, p) for j, (typ, p, _) in enumerate(single) if p >= threshold]
            assert det.proposals(toks, threshold, info) == want
        seen += sum(p >= 0.05 for _, p, _ in single)
    assert seen >= 2  # some tokens ("shelled", "urged", "condemned") reach the threshold: the comparison is not empty
    assert det.proposals([], 0.05) == [] and det.probabilities_many([]) == []


def test_load_annotated_refuses_an_evaluation_story(tmp_path, monkeypatch):
    shared = shared_path()
    from eventwire.train import corpus

    story = json.loads((shared / "eval/voa_news/stories.jsonl").read_text().splitlines()[0])
    ann = tmp_path / "training/annotations"
    ann.mkdir(parents=True)
    (ann / "voa_train_events.jsonl").write_text(json.dumps(
        {"story_id": story["id"], "event": "ACCUSE", "evidence": story["text"][:40], "trigger": "x"}) + "\n")
    monkeypatch.setattr(corpus, "repo_root", lambda: tmp_path)
    with pytest.raises(EvaluationError, match="evaluation only"):
        load_annotated(shared, sources=("voa_train",))


def test_the_repository_annotations_are_valid_and_held_out():
    arts = load_annotated(shared_path(), sources=("voa_train",))
    assert len(arts) == 32 and sum(len(a.events) for a in arts) >= 250
    held = {json.loads(l)["id"] for l in (shared_path() / "eval/voa_news/stories.jsonl").read_text().splitlines()}
    assert not {a.id.split("/")[1] for a in arts} & held


def test_training_on_a_few_articles_is_deterministic(tmp_path):
    pytest.importorskip("sklearn")
    from eventwire.train import trigger as T

    arts = [AnnotatedArticle("a1", "Russia attacked Ukraine on Monday. France condemned the attack.", None, "t",
                             [{"event": "ASSAULT", "evidence": "Russia attacked Ukraine on Monday.",
                               "trigger": "attacked"},
                              {"event": "ACCUSE", "evidence": "France condemned the attack.", "trigger": "condemned"}]),
            AnnotatedArticle("a2", "Police arrested two men in Paris. The men were released later.", None, "t",
                             [{"event": "COERCE", "evidence": "Police arrested two men in Paris.",
                               "trigger": "arrested"}])]
    stats = {}
    tdocs = build_trigger_docs(arts, stats=stats)
    assert stats["events"] == 3 and stats["placed"] == 3
    assert [(td.doc[i].text, t) for td in tdocs for i, t in td.triggers] == [
        ("attacked", "ASSAULT"), ("condemned", "ACCUSE"), ("arrested", "COERCE")]
    X, y, _ = T.examples(tdocs)
    assert y.count(NONE) == len(y) - 3
    files = []
    for k in range(2):
        det = T.fit(X, y, c=1.0)
        p = tmp_path / f"m{k}.json.gz"
        T.write_model(det, p)
        files.append(p.read_bytes())
    assert files[0] == files[1]
    back = read_detector(tmp_path / "m0.json.gz")
    assert back.classes == det.classes and back.probabilities(X[0]) == det.probabilities(X[0])
    bad = tmp_path / "bad.json.gz"
    with gzip.open(bad, "wt") as fh:
        json.dump({"classes": ["ACCUSE"]}, fh)
    with pytest.raises(ValueError, match="not an eventwire trigger detector"):
        read_detector(bad)


def _rec(trigger_rule, prob=None, sent=0, article="a", typ="ACCUSE"):
    from eventwire.schema import Event

    ti = {"start": 0, "end": 1, "sentence_index": sent, "rule": {"trigger": trigger_rule}}
    if prob is not None:
        ti["detector"] = prob
    return Event(article_id=article, event=typ, actor=[], recipient=[], event_text="x", text_info=ti)


def test_detector_records_beside_rule_records_need_the_beside_threshold():
    """A detector record in a sentence with a rule record is kept only at DETECTOR_ADD_BESIDE or more; alone in
    its sentence it stays (docs/coding.md, "A higher bar beside the rules")."""
    from eventwire.events.subsume import detector_beside_rules, is_detector_record

    rule, weak, strong = _rec("pattern:condemn/V@34", 0.9), _rec("model:slam/V", 0.08), _rec("model:blast/V", 0.6)
    assert is_detector_record(weak) and not is_detector_record(rule)
    assert detector_beside_rules([rule, weak, strong], beside=0.5) == [rule, strong]
    assert detector_beside_rules([rule, weak, strong], beside=1.01) == [rule]
    assert detector_beside_rules([weak, strong], beside=1.01) == [weak, strong]  # no rule record: all stay


def test_cross_validation_filter_applies_both_thresholds_per_sentence():
    """train.tune.above: the add threshold everywhere, the beside threshold in sentences with a rule record."""
    from eventwire.train.tune import above

    evs = [_rec("pattern:meet/V@61", 0.5, sent=1), _rec("model:talk/V", 0.3, sent=1),
           _rec("model:slam/V", 0.3, sent=2), _rec("model:urge/V", 0.06, sent=3)]
    assert above(evs, 0.05, 1.01) == [evs[0], evs[2], evs[3]]
    assert above(evs, 0.1, 0.2) == [evs[0], evs[1], evs[2]]
    assert above(evs, 0.1) == [evs[0], evs[1], evs[2]]


def test_the_ablation_switches_take_out_what_they_name():
    # bench/ablation.py: "rules" must leave no detector trigger, "detector" no rule trigger, and both are undone after
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from ablation import sources
    from eventwire.events.triggers import find_triggers

    nlp = load_model()
    rule_sent = next(nlp("The two leaders discussed trade on Monday.").sents)  # a pattern row: CONSULT
    model_sent = next(nlp("The ministry voiced alarm over the move by Beijing.").sents)  # no rule reads it

    def kinds(sent):
        return {t.source for t in find_triggers(sent)[0]}

    assert kinds(rule_sent) == {"pattern"} and kinds(model_sent) == {"model"}
    with sources("rules"):
        assert kinds(rule_sent) == {"pattern"} and kinds(model_sent) == set()
    with sources("detector"):
        assert kinds(rule_sent) <= {"model"} and kinds(model_sent) == {"model"}
    assert kinds(rule_sent) == {"pattern"} and kinds(model_sent) == {"model"}  # undone


def test_only_words_may_be_proposed_as_triggers():
    """A clitic the tagger reads as a verb ("it’s", lemma "’") is no trigger; a verb, noun or adjective is."""
    from eventwire.events.detector import may_propose

    doc = parsed(["it", "’s", "a", "suggestion", "and", "they", "condemned", "it"],
               [1, 1, 3, 1, 1, 6, 1, 6], ["nsubj", "ROOT", "det", "attr", "cc", "nsubj", "conj", "dobj"],
               ["PRON", "VERB", "DET", "NOUN", "CCONJ", "PRON", "VERB", "PRON"],
               ["it", "’", "a", "suggestion", "and", "they", "condemn", "it"])
    assert [t.text for t in doc if may_propose(t)] == ["suggestion", "condemned"]


def test_evidence_scores_count_a_record_only_from_its_evidence_sentence():
    """train.tune.evidence_scores: a record that matches an annotation counts only when it comes from the
    annotation's evidence sentence (or another mention of its story event does); a coincidental match elsewhere is
    a miss and an outside record."""
    from eventwire.events.story_events import mark_story_events
    from eventwire.schema import Entity, Event
    from eventwire.train.corpus import AnnotatedArticle
    from eventwire.train.tune import evidence_scores, story_scores

    s1 = "Labour accused the Tories of lying."
    s2 = "Mr Howard said he had never been happier."
    art = AnnotatedArticle("a", s1 + " " + s2, None, "train")
    art.events.append({"event": "ACCUSE", "actor": "GBR", "recipient": "GBR", "evidence": s1, "negated": False})

    def rec(sent, start):
        ent = [Entity(entity_text="x", code="GBR")]
        return Event(article_id="a", event="ACCUSE", actor=ent, recipient=list(ent), event_text="x",
                     text_info={"sentence": sent, "start": start, "end": start + 1, "sentence_index": start})

    right, coincidence = rec(s1, 0), rec(s2, 40)
    # two records of one dyad in different sentences: one story event, primary the earlier (in the evidence)
    both = mark_story_events([right, coincidence])
    assert evidence_scores([art], {"a": both}) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "outside": 0.0,
                                                   "emitted": 1, "gold": 1}
    # the coincidental record alone matches by the story-level rule but reports nothing
    alone = mark_story_events([coincidence])
    assert story_scores([art], {"a": alone})["f1"] == 1.0
    assert evidence_scores([art], {"a": alone}) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "outside": 1.0,
                                                    "emitted": 1, "gold": 1}
