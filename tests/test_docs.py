"""The README keeps step with the code: the checks it lists, the plugin contract it shows, the layout.

Like datasette's documentation tests: a check added without a word in the README, or a README example
that no longer works, fails here rather than misleading a user.
"""

from __future__ import annotations

import re
import tomllib

import formaudit
from formaudit.checks import load_checks
from formaudit.checks.plugins import GROUP as ENTRY_POINT_GROUP
from tests.support.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:] if end == -1 else README[start:end]


def test_what_it_flags_names_exactly_the_built_in_checks() -> None:
    listed = set(re.findall(r"`([a-z][a-z0-9-]+)`", section("What it flags")))
    builtin = {check.meta.id for check in load_checks(plugins=False).checks}
    assert builtin - listed == set(), "checks the README does not mention"
    # Anything in backticks that looks like a check id must be one (options such as --stage are not).
    assert {name for name in listed if "-" in name} - builtin == set(), "README names checks that do not exist"


def test_the_plugin_section_shows_the_real_entry_point_group_and_a_loadable_example() -> None:
    text = section("Writing a check")
    block = re.search(r"```toml\n(.*?)```", text, flags=re.S)
    assert block is not None
    table = tomllib.loads(block.group(1))["project"]["entry-points"]
    assert list(table) == [ENTRY_POINT_GROUP]
    # The example points at the tested example plugin's class by name.
    (target,) = table[ENTRY_POINT_GROUP].values()
    _, _, attribute = target.partition(":")
    example = (REPO_ROOT / "tests" / "plugin_example" / "formaudit_plugin_example" / "__init__.py").read_text()
    assert f"class {attribute}" in example
    for name in ("CheckMeta", "ClassifiedForm", "AuditContext", "Finding"):
        assert name in text, f"the plugin section no longer names {name}"
        assert name in formaudit.__all__, f"the README names {name}, which is not public API"


def test_the_two_commands_are_the_makefile_targets_ci_runs() -> None:
    assert "make demo" in README and "make test" in README
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo: ", makefile, flags=re.M) and re.search(r"^test: ", makefile, flags=re.M)
    assert "make test" in (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
