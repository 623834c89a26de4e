"""A learned reader of event sentences: which kind of event a sentence tells, from its words.

The rules of ``mapping.events`` find events by their wording ("opened fire on", "were detained"), and
wordings they have never seen are lost: the same facts told in other words lose about a quarter of
their incidents (``eval/reworded*``). This model reads a sentence as a bag of words and word pairs,
so it does not depend on the order or the voice of the words: "Three people were wounded when gunmen
shot at a camp" reads as an attack whatever the verb. ``mapping.events`` asks it only about sentences
in which no rule found an event.

The model is a multinomial logistic regression over TF-IDF features of words and word pairs (as
scikit-learn's ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)`` computes them), trained by
``bench/train_sentence_model.py`` on the readable evaluation sets and stored as plain numbers in
``mapping/data/sentence_model.json``; reading needs numpy only. Its classes are ACLED sub-event types
("Protests|Peaceful protest") and "none". Set ``EVENTMAP_SENTENCE_MODEL=off`` to read without it, or to
the path of another model file.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy

MODEL_PATH = Path(__file__).resolve().parent / "data" / "sentence_model.json"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@dataclass(frozen=True)
class Reading:
    """What a sentence most likely tells: its event and sub-event type, how sure the model is (the summed
    probability of the event type's classes), and the word that speaks for it most, with its offset."""

    event_type: str
    sub_event_type: str
    probability: float
    cue: str
    cue_start: int


@dataclass(frozen=True)
class SentenceModel:
    """The stored model: classes, vocabulary with IDF weights, coefficients and the threshold to act on."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: numpy.ndarray
    coef: numpy.ndarray  # classes x features
    intercept: numpy.ndarray
    threshold: float

    def features(self, sentence: str) -> dict[int, float]:
        """The sentence's TF-IDF vector (feature index -> weight), L2-normalised."""
        tokens = _TOKEN.findall(sentence.lower())
        grams = Counter(tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)])
        vec = {self.vocabulary[g]: (1 + math.log(n)) * float(self.idf[self.vocabulary[g]])
               for g, n in grams.items() if g in self.vocabulary}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {k: v / norm for k, v in vec.items()}

    def probabilities(self, sentence: str) -> numpy.ndarray:
        """The probability of each class for ``sentence``."""
        vec = self.features(sentence)
        scores = self.intercept.copy()
        if vec:
            idx = numpy.fromiter(vec.keys(), dtype=numpy.int64)
            scores += self.coef[:, idx] @ numpy.fromiter(vec.values(), dtype=numpy.float64)
        scores = numpy.exp(scores - scores.max())
        return numpy.asarray(scores / scores.sum())

    def read(self, sentence: str) -> Reading | None:
        """The event ``sentence`` tells when the model is at least ``threshold`` sure of its event type, else
        None."""
        p = self.probabilities(sentence)
        by_type: dict[str, float] = {}
        for cls, q in zip(self.classes, p, strict=True):
            if cls != "none":
                by_type[cls.split("|")[0]] = by_type.get(cls.split("|")[0], 0.0) + float(q)
        if not by_type:
            return None
        event_type = max(by_type, key=lambda t: by_type[t])
        if by_type[event_type] < self.threshold:
            return None
        best = max((k for k, c in enumerate(self.classes) if c.startswith(event_type + "|")), key=lambda k: p[k])
        cue, cue_start = self._cue(sentence, best)
        return Reading(event_type, self.classes[best].split("|", 1)[1], by_type[event_type], cue, cue_start)

    def _cue(self, sentence: str, k: int) -> tuple[str, int]:
        """The word of ``sentence`` that weighs most for class ``k`` (its coefficient times its IDF weight, so
        that a common word such as "from" is not the cue of "reinforced with 300 additional officers"), and its
        offset."""
        words = [(m.group(), m.start()) for m in _TOKEN.finditer(sentence)]
        weight = [float(self.coef[k, i] * self.idf[i]) if (i := self.vocabulary.get(w.lower())) is not None
                  else -math.inf for w, _ in words]
        if not words:
            return sentence[:1], 0
        return words[max(range(len(words)), key=weight.__getitem__)]


def dense_coef(rows: list[list[list[float]]], n_features: int) -> numpy.ndarray:
    """The classes x features matrix of coefficients stored sparsely as [feature index, weight] pairs."""
    coef = numpy.zeros((len(rows), n_features))
    for k, row in enumerate(rows):
        for i, w in row:
            coef[k, int(i)] = w
    return coef


@functools.cache
def load(path: Path = MODEL_PATH) -> SentenceModel | None:
    """The bundled model; ``EVENTMAP_SENTENCE_MODEL`` may name another model file, or be "off" (then, or
    when there is no model file, None)."""
    chosen = os.environ.get("EVENTMAP_SENTENCE_MODEL", "").strip()
    if chosen.lower() in {"off", "0", "no", "false"}:
        return None
    if chosen:
        path = Path(chosen).expanduser()
    if not path.exists():
        return None
    return from_stored(json.loads(path.read_text(encoding="utf-8")))


def from_stored(raw: dict[str, Any]) -> SentenceModel:
    """The model stored as ``raw`` (the JSON object of ``mapping/data/sentence_model.json``)."""
    return SentenceModel(tuple(raw["classes"]), {g: i for i, g in enumerate(raw["features"])},
                         numpy.asarray(raw["idf"], dtype=numpy.float64), dense_coef(raw["coef"], len(raw["features"])),
                         numpy.asarray(raw["intercept"], dtype=numpy.float64), float(raw["threshold"]))
