"""The labelled data: the goal holds on the full set, the data is broad enough, and the loader is strict."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from formaudit.classify.labelled import LabelledFile, LabelledForm, evaluate, load_file, tally
from formaudit.errors import ConfigError
from formaudit.lexicons import levels
from formaudit.models.categories import SENSITIVE_CATEGORIES, Category
from tests.support.paths import FIXTURES

LABELLED = FIXTURES / "labelled"
GOAL = 0.95


@pytest.fixture(scope="module")
def files() -> list[LabelledFile]:
    return [load_file(path) for path in sorted(LABELLED.glob("*.json"))]


def test_every_sensitive_category_reaches_the_goal_on_the_full_set(files: list[LabelledFile]) -> None:
    tallies = tally(evaluate(files))
    below = {}
    for category in SENSITIVE_CATEGORIES:
        counts = tallies[category]
        precision, recall = counts.precision or 0.0, counts.recall or 0.0
        if precision < GOAL or recall < GOAL:
            below[category.value] = (round(precision, 2), round(recall, 2), counts.examples)
    assert below == {}


def test_ordinary_categories_stay_accurate_too(files: list[LabelledFile]) -> None:
    tallies = tally(evaluate(files))
    for category in set(Category) - SENSITIVE_CATEGORIES:
        counts = tallies[category]
        assert (counts.precision or 0.0) >= 0.9 and (counts.recall or 0.0) >= 0.9, (category, counts.examples)


def test_there_is_a_held_out_split_and_a_tuning_split(files: list[LabelledFile]) -> None:
    splits = Counter(f.split for f in files)
    assert set(splits) == {"tuning", "heldout"}
    assert splits["heldout"] == 1


def test_labelled_data_is_broad_enough_to_mean_something(files: list[LabelledFile]) -> None:
    outcomes = evaluate(files)
    assert len(outcomes) >= 500
    # Every labelled field is in a language a lexicon reads (test_lexicons checks the converse).
    assert {levels().get(o.lang.split("-")[0]) for o in outcomes} <= {"full", "core"}
    hard_negatives = [o for o in outcomes if not o.expected]
    assert len(hard_negatives) >= 60
    positives = Counter(c for o in outcomes for c in o.expected)
    for category in SENSITIVE_CATEGORIES:
        assert positives[category] >= 8, category
        languages = {o.lang for o in outcomes if category in o.expected}
        assert len(languages) >= 4, (category, languages)


def test_every_example_id_is_unique(files: list[LabelledFile]) -> None:
    ids = Counter(example.id for f in files for example in f.examples)
    assert [i for i, n in ids.items() if n > 1] == []


def test_context_examples_are_small_forms(files: list[LabelledFile]) -> None:
    forms = [e for f in files for e in f.examples if isinstance(e, LabelledForm)]
    assert len(forms) >= 10
    assert all(len(form.form) >= 2 for form in forms)


def test_a_labelled_file_with_an_unknown_category_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"split": "tuning", "examples": [
        {"id": "x", "lang": "en", "label": "Passport", "expected": ["passports"]}]}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.json"):
        load_file(path)


def test_a_labelled_file_with_an_unknown_key_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "typo.json"
    path.write_text(json.dumps({"split": "tuning", "examples": [
        {"id": "x", "lang": "en", "lable": "Passport", "expected": []}]}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"typo\.json"):
        load_file(path)


def test_an_unreadable_labelled_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.json"):
        load_file(path)
