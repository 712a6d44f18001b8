"""Files a user points formaudit at: every way they can be wrong is named with the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from formaudit.errors import ConfigError, SnapshotError
from formaudit.files import read_json_file, read_text_file


def test_a_readable_file_comes_back_as_text_without_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(b'\xef\xbb\xbf{"version": 2}')
    assert read_json_file(path, what="baseline file") == {"version": 2}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file (make one)"),
        ("directory", "the baseline file is a directory"),
        (b"\xff\xfe\x00garbage", "the baseline file is not UTF-8 text (byte 0)"),
        (b"x" * 101, "the baseline file is larger than 100 bytes"),
        (b'{"version": 2,\n  oops}', "not a readable baseline file: not valid JSON (line 2, column 3:"),
    ],
)
def test_each_problem_is_one_message_naming_the_file(tmp_path: Path, content: bytes | str | None,
                                                     message: str) -> None:
    path = tmp_path / "b.json"
    if content == "directory":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        read_json_file(path, what="baseline file", max_bytes=100, missing_hint=" (make one)")
    assert str(caught.value).startswith(f"{path}: {message}")


def test_the_caller_chooses_the_error_type(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="no such snapshot file"):
        read_text_file(tmp_path / "gone.snapshot.json", what="snapshot file", error=SnapshotError)
