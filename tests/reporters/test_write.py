"""write_reports: every format to a folder, under configurable names, never losing one to another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from formaudit.errors import ConfigError, FormauditError
from formaudit.models.result import AuditResult
from formaudit.reporters import (
    REPORTERS,
    Reporter,
    ReportOptions,
    ReportWriteError,
    parse_formats,
    write_reports,
)
from tests.reporters.scenarios import sample_result

ALL = "html,json,sarif,junit,md"


def test_all_formats_are_written_under_their_default_names(tmp_path: Path) -> None:
    out = tmp_path / "new" / "dir"
    paths = write_reports(sample_result(), ALL, out)
    assert [p.name for p in paths] == [
        "formaudit.html",
        "formaudit.json",
        "formaudit.sarif",
        "formaudit.junit.xml",
        "formaudit.md",
    ]
    assert all(p.parent == out and p.stat().st_size > 0 for p in paths)
    assert json.loads((out / "formaudit.sarif").read_text())["version"] == "2.1.0"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)  # no temporary files left


def test_file_names_can_be_changed_and_formats_given_as_a_list(tmp_path: Path) -> None:
    options = ReportOptions(file_names={"md": "summary.md", "sarif": "results.sarif"})
    paths = write_reports(sample_result(), ["md", "SARIF", " markdown "], tmp_path, options)
    assert [p.name for p in paths] == ["summary.md", "results.sarif"]


def test_a_file_name_must_not_leave_the_output_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="plain file name"):
        write_reports(sample_result(), "md", tmp_path, ReportOptions(file_names={"md": "../escape.md"}))
    assert not (tmp_path.parent / "escape.md").exists()


def test_unknown_formats_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        write_reports(sample_result(), "html,pdf,docx", tmp_path / "out")
    message = str(caught.value)
    assert "'pdf'" in message and "'docx'" in message
    assert "html, json, sarif, junit, md" in message
    assert not (tmp_path / "out").exists()
    with pytest.raises(ConfigError, match="no report format"):
        parse_formats(" , ", REPORTERS)


class _Broken:
    name = "json"
    extension = "json"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        raise RuntimeError("renderer bug")


def test_one_format_failing_does_not_lose_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken: Reporter = _Broken()
    monkeypatch.setitem(REPORTERS, "json", broken)
    with pytest.raises(ReportWriteError) as caught:
        write_reports(sample_result(), "html,json,md", tmp_path)
    error = caught.value
    assert isinstance(error, FormauditError)
    assert set(error.failures) == {"json"} and "renderer bug" in error.failures["json"]
    assert [p.name for p in error.written] == ["formaudit.html", "formaudit.md"]
    assert (tmp_path / "formaudit.html").exists() and (tmp_path / "formaudit.md").exists()
    assert not (tmp_path / "formaudit.json").exists()


def test_a_file_that_cannot_be_written_is_named_and_the_rest_are_kept(tmp_path: Path) -> None:
    (tmp_path / "formaudit.sarif").mkdir()  # a directory where the SARIF file should go
    with pytest.raises(ReportWriteError) as caught:
        write_reports(sample_result(), "sarif,md", tmp_path)
    assert "formaudit.sarif" in caught.value.failures["sarif"]
    assert [p.name for p in caught.value.written] == ["formaudit.md"]


def test_an_output_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ReportWriteError, match="cannot create"):
        write_reports(sample_result(), "md", blocker / "reports")


def test_every_registered_reporter_follows_the_protocol() -> None:
    assert list(REPORTERS) == ["html", "json", "sarif", "junit", "md"]
    for name, reporter in REPORTERS.items():
        assert isinstance(reporter, Reporter)
        assert reporter.name == name and not reporter.extension.startswith(".")
