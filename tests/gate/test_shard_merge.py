"""Sharding is a stable hash of the name; merging shards gives back the unsharded result."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from formaudit.errors import ConfigError
from formaudit.gate.merge import load_result, merge_results
from formaudit.gate.shard import Shard, parse_shard, select_shard, shard_number
from formaudit.models.checks import CheckFailure
from formaudit.models.result import AuditResult
from tests.gate.builders import CHECKS, GENERATED, finding, result, target

NAMES = [f"careers/job-{i}" for i in range(40)]


def test_parse_shard_accepts_k_of_n_and_explains_anything_else() -> None:
    assert parse_shard("2/3") == Shard(index=2, count=3)
    assert str(parse_shard(" 1 / 4 ")) == "1/4"
    for bad in ("0/2", "3/2", "1-2", "a/b", "1/0", ""):
        with pytest.raises(ConfigError, match="expected K/N"):
            parse_shard(bad)


def test_every_target_lands_in_exactly_one_shard() -> None:
    shards = [select_shard(NAMES, Shard(index=k, count=3), key=str) for k in (1, 2, 3)]
    assert sorted(n for shard in shards for n in shard) == sorted(NAMES)
    assert all(shards), "40 names should spread over 3 shards"


def test_shards_keep_the_original_order() -> None:
    shard = select_shard(NAMES, Shard(index=1, count=2), key=str)
    assert shard == [n for n in NAMES if n in shard]


def test_adding_a_target_moves_no_other_target() -> None:
    before = {n: shard_number(n, 4) for n in NAMES}
    after = {n: shard_number(n, 4) for n in ["careers/new", *NAMES]}
    assert all(after[n] == before[n] for n in NAMES)


def test_the_shard_of_a_name_does_not_depend_on_the_process() -> None:
    # SHA-256 based: fixed across machines and runs (Python's hash() is salted per process).
    assert shard_number("https://careers.example.com/apply", 2) == shard_number(
        "https://careers.example.com/apply", 2
    )
    assert [shard_number(n, 5) for n in ("a", "b", "c")] == [
        int.from_bytes(__import__("hashlib").sha256(n.encode()).digest()[:8], "big") % 5 + 1
        for n in ("a", "b", "c")
    ]


def unsharded() -> AuditResult:
    targets = [target(n, finding("references", n, "Referee name")) for n in NAMES[:10]]
    targets[3] = target(NAMES[3], error="timeout")
    failures = (
        CheckFailure(check_id="broken-plugin", message="import failed"),
        CheckFailure(check_id="references", target=NAMES[2], message="boom"),
        CheckFailure(check_id="references", target=NAMES[7], message="boom"),
    )
    return result(*targets, failures=failures).model_copy(update={"fixed_fingerprints": ("0" * 32, "f" * 32)})


def split(whole: AuditResult, count: int) -> list[AuditResult]:
    parts = []
    for k in range(1, count + 1):
        shard = Shard(index=k, count=count)
        mine = {t.target for t in whole.targets if shard.holds(t.target)}
        parts.append(
            whole.model_copy(
                update={
                    "targets": tuple(t for t in whole.targets if t.target in mine),
                    "check_failures": tuple(
                        f for f in whole.check_failures if f.target is None or f.target in mine
                    ),
                    "fixed_fingerprints": tuple(
                        fp for i, fp in enumerate(whole.fixed_fingerprints) if i % count == k - 1
                    ),
                    "generated_at": GENERATED + timedelta(minutes=k),
                }
            )
        )
    return parts


def test_merging_shards_restores_the_unsharded_result_except_generated_at() -> None:
    whole = unsharded()
    parts = split(whole, 3)
    merged = merge_results(list(reversed(parts)), order=[t.target for t in whole.targets])
    assert merged.generated_at == GENERATED + timedelta(minutes=3)
    assert merged.model_copy(update={"generated_at": whole.generated_at}) == whole


def test_merge_without_an_order_keeps_the_input_files_order() -> None:
    parts = split(unsharded(), 2)
    merged = merge_results(parts)
    assert [t.target for t in merged.targets] == [t.target for p in parts for t in p.targets]


def test_merge_refuses_overlapping_shards_and_different_check_lists() -> None:
    whole = unsharded()
    with pytest.raises(ConfigError, match=r"in both a\.json and b\.json"):
        merge_results([whole, whole], sources=["a.json", "b.json"])
    other = whole.model_copy(update={"checks": CHECKS[:2], "targets": ()})
    with pytest.raises(ConfigError, match="differ in checks"):
        merge_results([whole, other], sources=["a.json", "b.json"])


def test_load_result_names_the_file_when_it_is_not_a_result(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.json: not a formaudit JSON result"):
        load_result(path)
    with pytest.raises(ConfigError, match="no such result file"):
        load_result(tmp_path / "missing.json")
    good = tmp_path / "good.json"
    good.write_text(unsharded().model_dump_json(), encoding="utf-8")
    assert load_result(good) == unsharded()
