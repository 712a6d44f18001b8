"""Shared fixtures. Fixture pages live under tests/fixtures/; servers bind 127.0.0.1 only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import FIXTURES
from tests.support.server import LocalServer, serve

FIXTURES = FIXTURES


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def fixture_server() -> Iterator[LocalServer]:
    """Everything under tests/fixtures/, served over HTTP on 127.0.0.1."""
    with serve(FIXTURES) as server:
        yield server


@pytest.fixture()
def ci_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository (a ``.git`` folder marks its root) holding the CI fixture forms under ``forms/``, as
    the working directory, with no ``FORMAUDIT_CONFIG`` from the developer's shell. Copies: tests may
    edit them."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(FIXTURES / "ci", tmp_path / "forms")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORMAUDIT_CONFIG", raising=False)
    return tmp_path
