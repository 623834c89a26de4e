"""The learned reader of event sentences: the bundled model, choosing another or none, and what it adds to the
rules in a real pipeline run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy
import pytest

from mapping import sentence_model
from mapping.places import Geoparser
from mapping.settings import PROJECT_ROOT
from tests.test_events import _story


@pytest.fixture(autouse=True)
def _fresh_model() -> Iterator[None]:
    """Each test loads the model as its own environment says (and leaves no choice behind)."""
    sentence_model.load.cache_clear()
    yield
    sentence_model.load.cache_clear()


def test_the_bundled_model_reads_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTMAP_SENTENCE_MODEL", raising=False)
    model = sentence_model.load()
    assert model is not None and "none" in model.classes and 0 < model.threshold < 1
    p = model.probabilities("Hundreds of traders downed their tools in Kano to demand lower taxes.")
    assert p.shape == (len(model.classes),) and numpy.isclose(p.sum(), 1.0)
    assert model.read("") is None and model.read("The ministry published its annual report.") is None
    reading = model.read("Security forces detained 14 opposition supporters in Dhaka on Wednesday.")
    assert reading is not None and (reading.event_type, reading.sub_event_type) == ("Strategic developments",
                                                                                     "Arrests")
    assert reading.cue == "detained" and reading.probability >= model.threshold


def test_another_model_file_or_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``EVENTMAP_SENTENCE_MODEL`` names another model file, or turns the reader off."""
    tiny = {"classes": ["none", "Protests|Peaceful protest"], "features": ["march", "the march"], "idf": [1.0, 2.0],
            "coef": [[[0, -1.0]], [[0, 6.0], [1, 1.0]]], "intercept": [1.0, 0.0], "threshold": 0.7}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(tiny), encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_SENTENCE_MODEL", str(path))
    model = sentence_model.load()
    assert model is not None and model.classes == ("none", "Protests|Peaceful protest")
    reading = model.read("They march on Sunday")
    assert reading is not None and reading.sub_event_type == "Peaceful protest" and reading.cue_start == 5
    assert model.read("Nothing happened") is None  # (the intercept speaks for "none")
    sentence_model.load.cache_clear()
    monkeypatch.setenv("EVENTMAP_SENTENCE_MODEL", "off")
    assert sentence_model.load() is None


def test_the_model_reads_what_no_rule_does(geoparser: Geoparser, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Jeepney drivers kept their vehicles off the road to demand a halt to the phase-out" names no event word the
    rules know; the model reads it as a protest (a transport strike), placed and dated as the rules place and date
    any event (a sentence of helper-67's review, never trained on). Nothing planned is read."""
    body = ("Jeepney drivers across Manila kept their vehicles off the road on Thursday to demand a halt to the "
            "phase-out.")
    monkeypatch.delenv("EVENTMAP_SENTENCE_MODEL", raising=False)
    found = _story(geoparser, "Manila, Philippines", date(2024, 6, 14), body)
    assert [(i.sub_event_type, i.place.name, i.time.start.day) for i in found] == [("Peaceful protest", "Manila", 13)]
    assert not _story(geoparser, "Manila, Philippines", date(2024, 6, 14), "Jeepney drivers across Manila will keep "
                      "their vehicles off the road on Thursday to demand a halt to the phase-out.")
    sentence_model.load.cache_clear()
    monkeypatch.setenv("EVENTMAP_SENTENCE_MODEL", "off")
    assert not _story(geoparser, "Manila, Philippines", date(2024, 6, 14), body)


def test_a_sentence_about_an_event_told_before_is_not_read_anew(geoparser: Geoparser,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """"The fighting began at about 2:30 p.m. (0630 GMT) when troops on patrol were fired upon near a village
    outside the town": the rules read it as the clock of the clash told before; read anew by the learned reader it
    was a second clash at Marawi City, and the roadside bomb told next followed it there (eval/holdout12)."""
    from mapping.pipeline import ingest

    monkeypatch.delenv("EVENTMAP_SENTENCE_MODEL", raising=False)
    found = ingest([PROJECT_ROOT / "eval/holdout12/articles/010_lanao-butig-clash.txt"], geoparser).incidents
    assert set(found[found["sub_event_type"] == "Remote explosive/landmine/IED"]["location_name"]) == {"Butig"}
    assert not ((found["sub_event_type"] == "Armed clash") & (found["location_name"] == "Marawi City")).any()


def test_the_model_reads_a_sentence_whose_rule_words_were_set_aside(geoparser: Geoparser,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules set "detained ... on suspicion of running an online fraud ring" aside as ordinary crime; the model
    still reads the arrests. Where a rule found that its words do not tell its event ("Police have blocked the
    motorway": no protest; road workers who block a highway to repair a bridge), the rule has the last word."""
    monkeypatch.delenv("EVENTMAP_SENTENCE_MODEL", raising=False)
    body = ("Police in Nong Khai detained 14 foreign nationals at a guesthouse on Tuesday on suspicion of running an "
            "online fraud ring, provincial police said.")
    found = _story(geoparser, "Nong Khai, Thailand", date(2025, 3, 13), body)
    assert [(i.sub_event_type, i.place.name, i.time.start.day) for i in found] == [("Arrests", "Nong Khai", 11)]
    for refuted in ("Police have blocked the motorway near Nong Khai on Tuesday.",
                    "Road workers blocked the highway near Nong Khai to repair a bridge on Tuesday."):
        assert not _story(geoparser, "Nong Khai, Thailand", date(2025, 3, 13), refuted)
    sentence_model.load.cache_clear()
    monkeypatch.setenv("EVENTMAP_SENTENCE_MODEL", "off")
    assert not _story(geoparser, "Nong Khai, Thailand", date(2025, 3, 13), body)


def test_the_cue_is_a_telling_word_not_a_common_one() -> None:
    """The cue (where the learned event is placed in its sentence) weighs a word's coefficient by its IDF weight: in
    a sentence that says officers were deployed "and asked for support from" another force, the cue is not "from"."""
    sentence = ("Since Tuesday, patrols in the western districts have been reinforced with 300 additional officers, "
                "and the governor has asked the capital for support from the national guard.")
    raw = json.loads(sentence_model.MODEL_PATH.read_text(encoding="utf-8"))
    reading = sentence_model.from_stored({**raw, "threshold": 0.0}).read(sentence)
    assert reading is not None and reading.cue.lower() not in {"from", "the", "and", "for", "with", "since"}, reading


def test_a_person_told_before_is_no_new_event(geoparser: Geoparser, monkeypatch: pytest.MonkeyPatch) -> None:
    """"The 20-year-old who died, a farmer from Andahuaylas in neighbouring Apurimac, was hit in the chest" tells of
    the one killed in the event told just before: no second event, at Apurimac, read by the model."""
    monkeypatch.delenv("EVENTMAP_SENTENCE_MODEL", raising=False)
    found = _story(geoparser, "Ayacucho, Peru", date(2026, 1, 20), "Police fired tear gas and live rounds at "
                   "protesters trying to storm the airport in Ayacucho on Monday, killing a student and wounding nine. "
                   "The 20-year-old who died, a farmer from Andahuaylas in neighbouring Apurimac, was hit in the "
                   "chest.")
    assert len(found) == 1 and "Apurimac" not in found[0].place.name, [(i.sub_event_type, i.place.name) for i in found]
