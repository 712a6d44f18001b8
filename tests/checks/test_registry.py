"""Loading built-ins and plugins, selecting by id or tag, running with failures recorded."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from formaudit.checks import load_checks, run_checks, select_checks
from formaudit.errors import ConfigError
from formaudit.models.categories import Category
from formaudit.models.checks import Check
from tests.checks import sample_plugins
from tests.checks.factories import ask, context, form

SEED_IDS = {"identity-document", "credit-check", "emergency-contact", "references", "other-applications"}


def _entry(name: str, attr: str) -> EntryPoint:
    return EntryPoint(name=name, value=f"tests.checks.sample_plugins:{attr}", group="formaudit.checks")


def _source(*entries: EntryPoint):  # type: ignore[no-untyped-def]
    return lambda: list(entries)


def test_builtins_load_with_unique_ids_and_no_failures() -> None:
    loaded = load_checks(plugins=False)
    ids = [c.meta.id for c in loaded.checks]
    assert len(ids) == len(set(ids)) >= 35
    assert set(ids) >= SEED_IDS
    assert loaded.failures == ()
    assert all(isinstance(c, Check) for c in loaded.checks)


def test_every_category_of_the_pre_offer_catalogue_has_a_check() -> None:
    from formaudit.models.categories import SENSITIVE_CATEGORIES

    covered = {cat for c in load_checks(plugins=False).checks for cat in c.meta.categories}
    assert covered >= SENSITIVE_CATEGORIES


def test_plugins_named_as_instance_class_or_callable_all_load() -> None:
    loaded = load_checks(
        source=_source(
            _entry("a", "INSTANCE"),
            _entry("b", "CountsForms"),
            _entry("c", "make_checks"),
        )
    )
    ids = [c.meta.id for c in loaded.checks]
    assert {
        "sample-instance",
        "sample-counts-forms",
        "sample-from-callable-1",
        "sample-from-callable-2",
    } <= set(ids)
    assert loaded.failures == ()


def test_broken_plugins_become_failures_naming_the_entry_point_and_builtins_still_load() -> None:
    loaded = load_checks(
        source=_source(
            EntryPoint(name="missing", value="tests.checks.no_such_module:X", group="formaudit.checks"),
            _entry("string", "NOT_A_CHECK"),
            _entry("garbage", "returns_garbage"),
            _entry("fine", "INSTANCE"),
        )
    )
    messages = {f.check_id: f.message for f in loaded.failures}
    assert set(messages) == {"plugin:missing", "plugin:string", "plugin:garbage"}
    assert "ModuleNotFoundError" in messages["plugin:missing"]
    assert "no_such_module" in messages["plugin:missing"]
    assert "sample-instance" in loaded.by_id()
    assert "photo" in loaded.by_id()


def test_plugin_shadowing_a_builtin_is_a_failure_and_the_builtin_wins() -> None:
    loaded = load_checks(source=_source(_entry("shadow", "shadows_builtin")))
    assert [f.check_id for f in loaded.failures] == ["photo"]
    assert "already taken" in loaded.failures[0].message
    assert type(loaded.by_id()["photo"]).__name__ == "PreOfferCheck"


def test_plugins_are_not_loaded_when_not_asked_for() -> None:
    def source() -> list[EntryPoint]:
        raise AssertionError("entry points were read")

    assert load_checks(plugins=False, source=source).failures == ()


def test_select_by_id_and_tag_then_ignore() -> None:
    checks = load_checks(plugins=False).checks
    friction = select_checks(checks, select=["friction"])
    assert "form-length" in {c.meta.id for c in friction}
    assert all("friction" in c.meta.tags for c in friction)
    chosen = select_checks(checks, select=["photo", "pregnancy"], ignore=["photo"])
    assert [c.meta.id for c in chosen] == ["pregnancy"]
    assert len(select_checks(checks)) == len(checks)


def test_unknown_select_or_ignore_names_are_a_config_error_with_a_suggestion() -> None:
    checks = load_checks(plugins=False).checks
    with pytest.raises(ConfigError) as raised:
        select_checks(checks, select=["refrences"], ignore=["nope-at-all"])
    text = str(raised.value)
    assert '"refrences"' in text and 'did you mean "references"' in text
    assert '"nope-at-all"' in text


def test_a_raising_check_is_recorded_and_the_others_still_run() -> None:
    checks = [sample_plugins.Explodes(), sample_plugins.CountsForms(), sample_plugins.YieldsNonsense()]
    findings, failures = run_checks(checks, form(ask("Name", Category.NAME)), context())
    assert [f.rule_id for f in findings] == ["sample-counts-forms"]
    assert {f.check_id: f.message for f in failures} == {
        "sample-explodes": "RuntimeError: boom",
        "sample-nonsense": "TypeError: run() yielded str, not a Finding",
    }
    assert all(f.target == context().target for f in failures)


def test_running_every_builtin_on_a_form_gives_findings_of_known_rules() -> None:
    checks = load_checks(plugins=False).checks
    classified = form(
        ask("Upload a copy of your passport", Category.IDENTITY_DOCUMENT, required=True),
        ask("Referee phone", Category.REFERENCES, required=True),
    )
    findings, failures = run_checks(checks, classified, context())
    assert failures == []
    assert {f.rule_id for f in findings} == {"identity-document", "references"}
