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
