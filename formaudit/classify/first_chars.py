"""Which characters a vocabulary pattern can start with, so the matcher only tries what can match.

Folded text is words separated by single spaces, and every phrase starts at a word start. Trying,
at each word start, only the alternatives that can begin with that word's first letter cuts the
work several times over. The analysis understands the small regex dialect the vocabulary uses
(literals, ``(?:...)`` groups, ``[...]`` classes, ``?``/``*``/``{0,n}`` quantifiers, ``^``, ``\\b``,
``\\w``/``\\d``); anything else answers ``None``, "any character", which is always safe.
"""

from __future__ import annotations

ANY = None  # the pattern may start with any character

_QUANTIFIER_START = "?*+{"


def split_alternatives(pattern: str) -> list[str]:
    """Top-level ``|`` alternatives of a pattern (groups, classes and escapes respected)."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[":
            end = _class_end(pattern, index)
            current.append(pattern[index : end + 1])
            index = end + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters the pattern can start with, or ``None`` when it cannot be told (or may be empty)."""
    found: set[str] = set()
    for alternative in split_alternatives(pattern):
        chars = _first_of_sequence(alternative)
        if chars is ANY:
            return ANY
        found |= chars
    return frozenset(found)


def _first_of_sequence(sequence: str) -> set[str] | None:
    found: set[str] = set()
    index = 0
    while index < len(sequence):
        item_end = _item_end(sequence, index)
        if item_end is None:
            return ANY
        item = sequence[index:item_end]
        optional, after = _quantifier(sequence, item_end)
        if item in ("^", r"\b"):
            index = item_end
            continue
        chars = _first_of_item(item)
        if chars is ANY:
            return ANY
        found |= chars
        if not optional:
            return found
        index = after
    return ANY  # every item optional: the pattern may match the empty string


def _first_of_item(item: str) -> set[str] | None:
    if item.startswith("(?:") and item.endswith(")"):
        inner = first_chars(item[3:-1])
        return set(inner) if inner is not None else ANY
    if item.startswith("["):
        return _class_chars(item)
    if item.startswith("\\"):
        return {item[1]} if not item[1].isalnum() else ANY
    if item in (".", "(", ")", "$"):
        return ANY
    return {item}


def _item_end(sequence: str, index: int) -> int | None:
    char = sequence[index]
    if char == "\\":
        return index + 2
    if char == "[":
        return _class_end(sequence, index) + 1
    if char == "(":
        if not sequence.startswith("(?:", index):
            return None  # lookarounds and capturing groups are outside the dialect
        depth = 0
        for position in range(index, len(sequence)):
            if sequence[position] == "\\":
                continue
            if sequence[position] == "(" and (position == 0 or sequence[position - 1] != "\\"):
                depth += 1
            elif sequence[position] == ")" and sequence[position - 1] != "\\":
                depth -= 1
                if depth == 0:
                    return position + 1
        return None
    return index + 1


def _quantifier(sequence: str, index: int) -> tuple[bool, int]:
    """Whether the item before ``index`` may be absent, and where the next item starts."""
    if index >= len(sequence) or sequence[index] not in _QUANTIFIER_START:
        return False, index
    if sequence[index] == "{":
        end = sequence.index("}", index)
        minimum = sequence[index + 1 : end].split(",")[0]
        return minimum in ("", "0"), end + 1
    return sequence[index] in "?*", index + 1


def _class_end(pattern: str, start: int) -> int:
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def _class_chars(item: str) -> set[str] | None:
    body = item[1:-1]
    if body.startswith("^") or "\\" in body:
        return ANY
    chars: set[str] = set()
    index = 0
    while index < len(body):
        if index + 2 < len(body) and body[index + 1] == "-":
            chars |= {chr(c) for c in range(ord(body[index]), ord(body[index + 2]) + 1)}
            index += 3
        else:
            chars.add(body[index])
            index += 1
    return chars
