"""Shared fixtures. Fixture pages live under tests/fixtures/; servers bind 127.0.0.1 only."""

from __future__ import annotations

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
