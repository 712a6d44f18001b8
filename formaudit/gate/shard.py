"""Deterministic sharding: ``--shard K/N`` audits the K-th of N disjoint parts of the targets.

A target's shard comes from a stable hash of its name (the config entry's name, else its URL or path
as written), never from its position in the list: adding or removing a target moves no other target
to another shard, so the shards' caches, baselines and run times stay put. Python's ``hash()`` is
salted per process and would differ between CI machines, hence SHA-256.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from formaudit.errors import ConfigError

T = TypeVar("T")

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
MAX_SHARDS = 1000


class Shard(BaseModel):
    """Shard ``index`` (1-based) of ``count``."""

    model_config = ConfigDict(frozen=True)

    index: int = Field(ge=1)
    count: int = Field(ge=1, le=MAX_SHARDS)

    @model_validator(mode="after")
    def _in_range(self) -> Shard:
        if self.index > self.count:
            raise ValueError(f"shard {self.index} of {self.count} does not exist")
        return self

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def holds(self, key: str) -> bool:
        return shard_number(key, self.count) == self.index


def parse_shard(text: str) -> Shard:
    """``"2/4"`` -> Shard(index=2, count=4); anything else is a ConfigError saying what is expected."""
    match = _SHARD.match(text)
    if match is None:
        raise ConfigError(f"--shard {text!r}: expected K/N with 1 <= K <= N, e.g. --shard 1/3")
    index, count = int(match.group(1)), int(match.group(2))
    if not 1 <= index <= count or count > MAX_SHARDS:
        raise ConfigError(f"--shard {text!r}: expected K/N with 1 <= K <= N <= {MAX_SHARDS}")
    return Shard(index=index, count=count)


def shard_number(key: str, count: int) -> int:
    """The 1-based shard that ``key`` belongs to among ``count`` shards."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def select_shard(items: Sequence[T], shard: Shard | None, key: Callable[[T], str]) -> list[T]:
    """The items of one shard, in their original order (all of them when ``shard`` is None)."""
    if shard is None:
        return list(items)
    return [item for item in items if shard.holds(key(item))]
