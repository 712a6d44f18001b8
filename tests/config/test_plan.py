"""Planning a run: entries expanded in order with stable names, command-line targets, settings precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from formaudit.config import (
    Overrides,
    level_table,
    load_config,
    plan_targets,
    resolve_settings,
    target_locations,
)
from formaudit.errors import ConfigError
from formaudit.gate.shard import Shard
from formaudit.models.context import Stage


def make_site(root: Path) -> None:
    for name in ("forms/apply.html", "forms/b/onboard.html", "forms/b/draft.html", "forms/notes.txt"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<form><label>Name <input name=n></label></form>", encoding="utf-8")
    (root / "targets.txt").write_text(
        "# careers pages\nhttps://careers.example.com/a\n\nforms/apply.html\n", encoding="utf-8"
    )


def config(root: Path, text: str) -> Path:
    path = root / "formaudit.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_expand_in_file_order_with_names_relative_to_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_site(tmp_path)
    loaded = load_config(
        config(
            tmp_path,
            """
[defaults]
jurisdictions = ["GB"]
[[targets]]
url = "https://careers.example.com/jobs/1"
name = "Engineer"
jurisdictions = ["US-NYC"]
[[targets]]
glob = "forms/**/*.html"
exclude = ["draft", "apply"]
stage = "onboarding"
[[targets]]
list = "targets.txt"
""",
        )
    )
    monkeypatch.chdir(tmp_path / "forms")  # names must not depend on where formaudit is run from
    plan = plan_targets(loaded)
    assert plan.names == (
        "Engineer",
        "forms/b/onboard.html",
        "https://careers.example.com/a",
        "forms/apply.html",
    )
    by_name = {t.name: t for t in plan.targets}
    assert by_name["Engineer"].jurisdictions == ("US-NYC",)
    assert by_name["forms/b/onboard.html"].stage == Stage.ONBOARDING
    assert by_name["forms/b/onboard.html"].location == str(tmp_path / "forms/b/onboard.html")
    assert by_name["https://careers.example.com/a"].jurisdictions == ("GB",)
    assert by_name["forms/apply.html"].stage == Stage.APPLICATION
    assert [t.line for t in plan.targets] == [4, 8, 12, 12]


def test_one_page_declared_twice_with_different_settings_is_an_error_naming_both_lines(
    tmp_path: Path,
) -> None:
    make_site(tmp_path)
    loaded = load_config(
        config(
            tmp_path,
            '[[targets]]\nglob = "forms/*.html"\nstage = "offer"\n[[targets]]\nlist = "targets.txt"\n',
        )
    )
    with pytest.raises(
        ConfigError, match=r"'forms/apply.html' with different settings \(line 1 and line 4\)"
    ):
        plan_targets(loaded)


def test_the_list_files_second_copy_of_a_glob_page_is_kept_once_with_the_first_settings(
    tmp_path: Path,
) -> None:
    make_site(tmp_path)
    loaded = load_config(
        config(tmp_path, '[[targets]]\nglob = "forms/*.html"\n[[targets]]\nlist = "targets.txt"\n')
    )
    assert plan_targets(loaded).names == ("forms/apply.html", "https://careers.example.com/a")


def test_two_different_targets_with_one_name_are_an_error(tmp_path: Path) -> None:
    loaded = load_config(
        config(
            tmp_path,
            '[[targets]]\nurl = "https://a.example"\nname = "X"\n'
            '[[targets]]\nurl = "https://b.example"\nname = "X"\n',
        )
    )
    with pytest.raises(ConfigError, match=r"two targets are named 'X' .*line 1 and line 4"):
        plan_targets(loaded)


def test_a_glob_that_matches_nothing_is_an_error_naming_the_entry(tmp_path: Path) -> None:
    loaded = load_config(
        config(tmp_path, '[[targets]]\nurl = "https://a.example"\n[[targets]]\nglob = "x/*.html"\n')
    )
    with pytest.raises(ConfigError, match=r"formaudit.toml: targets\[1\].glob: 'x/\*.html' matched no files"):
        plan_targets(loaded)


def test_nothing_to_audit_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nothing to audit"):
        plan_targets(load_config(config(tmp_path, 'fail_on = "low"\n')))


def test_command_line_targets_replace_the_entries_but_keep_their_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_site(tmp_path)
    loaded = load_config(
        config(
            tmp_path,
            '[[targets]]\nfile = "forms/b/onboard.html"\nstage = "onboarding"\n'
            '[[targets]]\nurl = "https://a.example"\n',
        )
    )
    monkeypatch.chdir(tmp_path / "forms")
    plan = plan_targets(loaded, ["b/onboard.html", "apply.html", "missing.html"], jurisdictions=["de"])
    assert plan.names == ("forms/b/onboard.html", "forms/apply.html", "forms/missing.html")
    stages = {t.name: (t.stage, t.jurisdictions, t.line) for t in plan.targets}
    assert stages["forms/b/onboard.html"] == (Stage.ONBOARDING, ("DE",), 1)
    assert stages["forms/apply.html"] == (Stage.APPLICATION, ("DE",), None)


ENTRIES_WITH_THEIR_OWN_CONTEXT = (
    '[defaults]\nstage = "interview"\njurisdictions = ["FR"]\n'
    '[[targets]]\nfile = "forms/b/onboard.html"\nstage = "onboarding"\njurisdictions = ["US-NYC"]\n'
    '[[targets]]\nurl = "https://a.example"\n'
)


def test_stage_and_jurisdiction_on_the_command_line_override_each_config_entry(tmp_path: Path) -> None:
    make_site(tmp_path)
    loaded = load_config(config(tmp_path, ENTRIES_WITH_THEIR_OWN_CONTEXT))
    plan = plan_targets(loaded, stage=Stage.OFFER, jurisdictions=["de", "gb"])
    contexts = {t.name: (t.stage, t.jurisdictions) for t in plan.targets}
    assert contexts == {
        "forms/b/onboard.html": (Stage.OFFER, ("DE", "GB")),
        "https://a.example": (Stage.OFFER, ("DE", "GB")),
    }


def test_command_line_stage_alone_leaves_the_entries_own_jurisdictions(tmp_path: Path) -> None:
    make_site(tmp_path)
    loaded = load_config(config(tmp_path, ENTRIES_WITH_THEIR_OWN_CONTEXT))
    plan = plan_targets(loaded, stage=Stage.OFFER)
    contexts = {t.name: (t.stage, t.jurisdictions) for t in plan.targets}
    assert contexts == {
        "forms/b/onboard.html": (Stage.OFFER, ("US-NYC",)),
        "https://a.example": (Stage.OFFER, ("FR",)),
    }
    untouched = {t.name: (t.stage, t.jurisdictions) for t in plan_targets(loaded).targets}
    assert untouched["forms/b/onboard.html"] == (Stage.ONBOARDING, ("US-NYC",))
    assert untouched["https://a.example"] == (Stage.INTERVIEW, ("FR",))


def test_command_line_stage_overrides_the_entry_a_command_line_target_borrows_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_site(tmp_path)
    loaded = load_config(config(tmp_path, ENTRIES_WITH_THEIR_OWN_CONTEXT))
    monkeypatch.chdir(tmp_path / "forms")
    plan = plan_targets(loaded, ["b/onboard.html"], stage=Stage.OFFER, jurisdictions=["de"])
    assert [(t.name, t.stage, t.jurisdictions, t.line) for t in plan.targets] == [
        ("forms/b/onboard.html", Stage.OFFER, ("DE",), 4)
    ]


def test_command_line_directories_globs_and_list_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_site(tmp_path)
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    loaded = load_config()
    assert plan_targets(loaded, ["forms"]).names == (
        "forms/apply.html",
        "forms/b/draft.html",
        "forms/b/onboard.html",
    )
    assert plan_targets(loaded, ["forms/b/*.html"]).names == ("forms/b/draft.html", "forms/b/onboard.html")
    assert plan_targets(loaded, ["@targets.txt"]).names == (
        "https://careers.example.com/a",
        "forms/apply.html",
    )
    # What gives no page is a failed target with its reason (exit 3), as under every other command.
    (tmp_path / "empty").mkdir()
    plan = plan_targets(loaded, ["nowhere/*.html", "empty"])
    assert plan.names == ()
    assert [(f.name, f.message) for f in plan.failures] == [
        ("nowhere/*.html", "the glob matches no HTML file"),
        ("empty", "the directory holds no .html or .htm file (hidden folders such as .git are not searched)"),
    ]


def test_a_shard_holds_part_of_the_plan_and_remembers_the_total(tmp_path: Path) -> None:
    urls = "".join(f'[[targets]]\nurl = "https://careers.example.com/jobs/{i}"\n' for i in range(12))
    loaded = load_config(config(tmp_path, urls))
    parts = [plan_targets(loaded, shard=Shard(index=k, count=3)) for k in (1, 2, 3)]
    assert all(p.total == 12 for p in parts)
    assert sorted(n for p in parts for n in p.names) == sorted(plan_targets(loaded).names)


def test_command_line_overrides_the_config_whose_paths_are_relative_to_itself(tmp_path: Path) -> None:
    loaded = load_config(
        config(
            tmp_path,
            'fail_on = "high"\nformats = ["html", "SARIF"]\noutput_dir = "out"\n'
            'baseline = "b.json"\nconcurrency = 3\ntimeout = 20\nbrowser = false\n'
            "[budget]\nmax_questions = false\nmax_minutes = 9\n",
        )
    )
    from_file = resolve_settings(loaded, Overrides())
    assert from_file.fail_on == "high" and from_file.formats == ("html", "sarif")
    assert from_file.output_dir == tmp_path / "out" and from_file.baseline == tmp_path / "b.json"
    assert (from_file.concurrency, from_file.timeout, from_file.browser) == (3, 20.0, False)
    assert from_file.budget.max_questions is None and from_file.budget.max_minutes == 9.0
    assert from_file.budget.max_required_questions == 15
    given = resolve_settings(
        loaded,
        Overrides(
            formats=("json,markdown",), output_dir=Path("o"), fail_on="low", concurrency=1, browser=True
        ),
    )
    assert given.formats == ("json", "md") and given.output_dir == Path("o")
    assert (given.fail_on, given.concurrency, given.browser) == ("low", 1, True)
    assert resolve_settings(load_config(config(tmp_path, "")), Overrides()).formats == ("table",)


def test_levels_and_sarif_locations_come_from_the_plan(tmp_path: Path) -> None:
    loaded = load_config(
        config(
            tmp_path,
            '[levels]\nfriction = "warn"\n[[targets]]\nurl = "https://a.example"\n'
            'levels = { "date-of-birth" = "off" }\n',
        )
    )
    plan = plan_targets(loaded)
    table = level_table(loaded, plan)
    assert table.default == {"friction": "warn"}
    assert table.per_target == {"https://a.example": {"date-of-birth": "off"}}
    assert target_locations(loaded, plan)["https://a.example"][1] == 3
