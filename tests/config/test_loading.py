"""Config files: discovery, validation messages a person can act on, line numbers, and secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from formaudit.config import auth_origins, load_config, parse_config, resolve_auth
from formaudit.config.discovery import MAX_CONFIG_BYTES, find_config
from formaudit.errors import ConfigError

GOOD = """\
fail_on = "high"
concurrency = 2

[defaults]
stage = "application"
jurisdictions = ["uk", "us-ca"]

[levels]
friction = "warn"

[[targets]]
name = "Engineer"
url = "https://careers.example.com/jobs/1/apply"
steps = [{ action = "click", selector = "text=Apply" }, { action = "fill", selector = "#email" }]

[[targets]]
file = "templates/apply.html"
stage = "onboarding"

[[waivers]]
reason = "Regulated role"
owner = "hr@example.com"
expires = 2030-01-31
rule = "credit-check"
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def config_error(text: str, name: str = "formaudit.toml") -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, path=Path(name))
    return str(caught.value)


def test_a_good_config_loads_with_normalised_values_and_entry_lines(tmp_path: Path) -> None:
    loaded = load_config(write(tmp_path, "formaudit.toml", GOOD))
    config = loaded.config
    assert config.fail_on == "high" and config.concurrency == 2
    assert config.defaults.jurisdictions == ("GB", "US-CA")
    assert [t.source for t in config.targets] == [
        ("url", "https://careers.example.com/jobs/1/apply"),
        ("file", "templates/apply.html"),
    ]
    assert config.targets[0].steps[0].action == "click"
    assert loaded.target_lines == (11, 16)
    assert loaded.waiver_lines == (20,)
    assert loaded.base_dir == tmp_path


def test_formaudit_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.formaudit]\nfail_on = 'low'\n")
    write(tmp_path, "formaudit.toml", "fail_on = 'high'\n")
    assert find_config(tmp_path) == (tmp_path / "formaudit.toml").resolve()


def test_discovery_walks_up_skipping_pyprojects_without_a_formaudit_table(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.formaudit]\nfail_on = 'low'\n")
    (tmp_path / ".git").mkdir()
    nested = tmp_path / "src" / "app"
    write(nested, "pyproject.toml", "[project]\nname = 'x'\n")
    found = find_config(nested)
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load_config(start=nested).config.fail_on == "low"


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path, "formaudit.toml", "fail_on = 'high'\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    assert find_config(repo / ".") is None
    assert load_config(start=repo).path is None


def test_an_explicit_config_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml: no such config file"):
        load_config(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="is a directory"):
        load_config(tmp_path)


def test_a_config_that_is_not_utf8_or_far_too_large_is_named_with_its_problem(tmp_path: Path) -> None:
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'fail_on = "high" # caf\xe9\n')
    with pytest.raises(ConfigError, match=r"latin\.toml: the config file is not UTF-8 text \(byte 22\)"):
        load_config(latin)
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (MAX_CONFIG_BYTES + 1))
    with pytest.raises(ConfigError, match=r"huge\.toml: the config file is larger than 1,048,576 bytes"):
        load_config(huge)


def test_discovery_passes_over_a_pyproject_it_cannot_read_as_text(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.formaudit]\nfail_on = 'low'\n")
    (tmp_path / ".git").mkdir()
    nested = tmp_path / "app"
    nested.mkdir()
    (nested / "pyproject.toml").write_bytes(b"[tool.formaudit]\n# \xff\xfe not UTF-8\n")
    assert find_config(nested) == (tmp_path / "pyproject.toml").resolve()


def test_pyproject_errors_carry_the_tool_formaudit_prefix_and_lines(tmp_path: Path) -> None:
    text = (
        "[tool.formaudit]\nfail_on = 'high'\n\n[[tool.formaudit.targets]]\nurl = 'https://x.example'\n"
        "stage = 'screening'\n"
    )
    message = config_error(text, "pyproject.toml")
    assert message.startswith("pyproject.toml: tool.formaudit.targets[0].stage (line 4): expected one of")
    assert "got 'screening'" in message
    assert "has no [tool.formaudit] table" in config_error("[project]\nname='x'\n", "pyproject.toml")


def test_every_problem_is_listed_once_with_its_key_path_and_expectation() -> None:
    message = config_error(
        'fail_on = "hihg"\nconcurency = 3\n[levels]\nfriction = "warning"\n'
        '[[targets]]\nurl = "https://x.example"\n[[targets]]\nurl = "https://y.example"\nfile = "a.html"\n'
        '[[targets]]\nurl = "https://z.example"\nsteps = [{ action = "clik", selector = "#a" }]\n'
    )
    assert message.startswith("formaudit.toml: 5 problems:\n")
    assert "fail_on: expected one of 'note', 'low', 'medium' or 'high'; got 'hihg'" in message
    assert "concurency: unknown key (did you mean 'concurrency'?" in message
    assert "levels.friction: expected one of 'off', 'warn' or 'error'; got 'warning'" in message
    assert (
        "targets[1] (line 7): give exactly one of url, file, glob, sitemap, list, ats (got url and file)"
        in message
    )
    assert "targets[2].steps[0] (line 10): unknown action 'clik'" in message
    assert "validation error" not in message and "pydantic" not in message and "input_value" not in message


def test_entry_rules_are_explained() -> None:
    assert "`name` names one page" in config_error('[[targets]]\nglob = "*.html"\nname = "x"\n')
    assert "`limit` applies to `sitemap`" in config_error(
        '[[targets]]\nurl = "https://a.example"\nlimit = 3\n'
    )
    assert "not a regular expression" in config_error('[[targets]]\nglob = "*.html"\ninclude = ["("]\n')
    assert "expected an http(s):// URL" in config_error('[[targets]]\nurl = "ftp://a.example"\n')
    assert "not a jurisdiction code" in config_error('[defaults]\njurisdictions = ["Germany"]\n')
    assert "waivers[0] (line 1): a waiver needs a scope" in config_error(
        '[[waivers]]\nreason = "r"\nowner = "o"\nexpires = 2030-01-01\n'
    )
    assert "waivers[0].expires (line 1): expected a date like" in config_error(
        '[[waivers]]\nreason = "r"\nowner = "o"\nexpires = "soon"\nrule = "x"\n'
    )


def test_invalid_toml_names_the_file_and_position() -> None:
    message = config_error('fail_on = "high"\ntargets = [\n')
    assert message.startswith("formaudit.toml: not valid TOML:")
    assert "line" in message or "end of document" in message


def test_lines_are_found_for_inline_target_arrays() -> None:
    text = (
        'fail_on = "low"\ntargets = [\n  { url = "https://a.example/apply" },\n\n'
        '  { file = "forms/b.html", name = "B" },\n]\n'
    )
    assert parse_config(text, path=Path("formaudit.toml")).target_lines == (3, 5)


def test_secret_values_never_appear_in_validation_errors() -> None:
    message = config_error(
        "[auth]\nheaders = { Authorization = 31415926535 }\n"
        'cookies = [{ name = "s", value = 27182818, domain = "a.example" }]\n'
    )
    assert "31415926535" not in message and "27182818" not in message
    assert (
        'auth.headers.Authorization: expected a string or a table like { env = "VARIABLE_NAME" }' in message
    )


def test_env_secrets_resolve_and_a_missing_variable_is_named_without_any_value(tmp_path: Path) -> None:
    auth = parse_config(
        '[auth]\nheaders = { Authorization = { env = "CAREERS_TOKEN" }, Accept-Language = "de" }\n'
        'cookies = [{ name = "sid", value = { env = "CAREERS_SID" }, domain = "a.example" }]\n',
        path=Path("formaudit.toml"),
    ).config.auth
    environ = {"CAREERS_TOKEN": "Bearer s3cr3t-token", "CAREERS_SID": "cookie-value-42"}
    resolved = resolve_auth(auth, base_dir=tmp_path, source="formaudit.toml", environ=environ)
    revealed = {name: value.get_secret_value() for name, value in resolved.headers.items()}
    assert revealed == {"Authorization": "Bearer s3cr3t-token", "Accept-Language": "de"}
    assert resolved.cookies[0].value.get_secret_value() == "cookie-value-42"
    # Secrets stay hidden in every way a value can be printed or written out.
    for shown in (repr(resolved), str(resolved), resolved.model_dump_json(), str(resolved.model_dump()),
                  repr(resolved.headers), repr(resolved.cookies[0]), resolved.cookies[0].model_dump_json()):
        assert "s3cr3t" not in shown and "cookie-value-42" not in shown
    with pytest.raises(ConfigError) as caught:
        resolve_auth(auth, base_dir=tmp_path, source="formaudit.toml", environ={"CAREERS_SID": "x"})
    assert str(caught.value) == (
        "formaudit.toml: auth.headers.Authorization: the environment variable CAREERS_TOKEN is not set"
    )
    with pytest.raises(ConfigError, match="CAREERS_SID is empty"):
        resolve_auth(auth, base_dir=tmp_path, source="f", environ={"CAREERS_TOKEN": "t", "CAREERS_SID": " "})


def test_a_literal_secret_in_the_file_is_never_printed_by_the_config(tmp_path: Path) -> None:
    loaded = parse_config(
        '[auth]\norigins = ["https://a.example"]\nheaders = { Authorization = "Bearer literal-secret-9" }\n'
        'cookies = [{ name = "sid", value = "literal-cookie-7", domain = "a.example" }]\n',
        path=Path("formaudit.toml"),
    )
    config = loaded.config
    for shown in (repr(config), str(config), config.model_dump_json(), str(config.model_dump()), repr(loaded)):
        assert "literal-secret-9" not in shown and "literal-cookie-7" not in shown
    resolved = resolve_auth(config.auth, base_dir=tmp_path, source="formaudit.toml", environ={})
    assert resolved.headers["Authorization"].get_secret_value() == "Bearer literal-secret-9"


def test_storage_state_is_relative_to_the_config_and_must_exist(tmp_path: Path) -> None:
    auth = parse_config('[auth]\nstorage_state = "auth/state.json"\n', path=Path("f.toml")).config.auth
    with pytest.raises(ConfigError, match=r"auth\.storage_state: .*state\.json does not exist"):
        resolve_auth(auth, base_dir=tmp_path, source="f.toml", environ={})
    write(tmp_path / "auth", "state.json", "{}")
    assert (
        resolve_auth(auth, base_dir=tmp_path, source="f.toml", environ={}).storage_state
        == tmp_path / "auth" / "state.json"
    )


def test_a_cookie_must_say_which_site_it_belongs_to() -> None:
    assert "needs `domain` or `url`" in config_error('[auth]\ncookies = [{ name = "s", value = "v" }]\n')


def test_literal_secrets_stay_out_of_the_loaded_configs_repr() -> None:
    loaded = parse_config(
        '[auth]\nheaders = { Authorization = "Bearer literal-secret" }\n'
        'cookies = [{ name = "sid", value = "cookie-secret", domain = "a.example" }]\n',
        path=Path("formaudit.toml"),
    )
    assert "literal-secret" not in repr(loaded) and "cookie-secret" not in repr(loaded)
    assert "literal-secret" not in str(loaded.config)


def test_literal_secrets_in_the_file_are_warned_about_and_env_references_are_not() -> None:
    loaded = parse_config(
        '[auth]\nheaders = { Authorization = "Bearer literal-secret", X-Token = { env = "T" }, '
        'Accept-Language = "de" }\n'
        'cookies = [{ name = "sid", value = "cookie-secret", domain = "a.example" }]\n'
        '[[targets]]\nurl = "https://a.example/apply"\n',
        path=Path("formaudit.toml"),
    )
    assert loaded.warnings == (
        'formaudit.toml: auth.headers.Authorization is written in the file; secrets belong in environment '
        'variables: { env = "VARIABLE_NAME" }',
        'formaudit.toml: auth.cookies[0].value is written in the file; secrets belong in environment '
        'variables: { env = "VARIABLE_NAME" }',
    )
    assert not any("literal-secret" in w or "cookie-secret" in w for w in loaded.warnings)


def test_a_config_with_only_env_secrets_and_one_site_has_no_warnings() -> None:
    loaded = parse_config(
        '[auth]\nheaders = { Authorization = { env = "T" } }\n'
        '[[targets]]\nurl = "https://a.example/apply"\n[[targets]]\nurl = "https://a.example/other"\n',
        path=Path("formaudit.toml"),
    )
    assert loaded.warnings == ()


def test_without_origins_credentials_belong_to_the_first_url_targets_site_only() -> None:
    loaded = parse_config(
        '[auth]\nheaders = { Authorization = { env = "T" } }\n'
        '[[targets]]\nfile = "forms/a.html"\n'
        '[[targets]]\nurl = "https://careers.example.com/apply"\n'
        '[[targets]]\nurl = "https://boards.ats.example/acme/apply"\n',
        path=Path("formaudit.toml"),
    )
    assert auth_origins(loaded.config) == ("https://careers.example.com:443",)
    (warning,) = loaded.warnings
    assert "go only to https://careers.example.com:443" in warning
    assert "not to https://boards.ats.example:443" in warning and "auth.origins" in warning


def test_explicit_origins_are_normalised_and_win() -> None:
    config = parse_config(
        '[auth]\nheaders = { Authorization = { env = "T" } }\n'
        'origins = ["https://Careers.Example.com", "http://localhost:8080/"]\n'
        '[[targets]]\nurl = "https://boards.ats.example/acme/apply"\n',
        path=Path("formaudit.toml"),
    )
    assert auth_origins(config.config) == ("https://careers.example.com:443", "http://localhost:8080")
    assert config.warnings == ()


def test_without_origins_or_url_targets_credentials_go_nowhere_and_the_user_is_told() -> None:
    loaded = parse_config(
        '[auth]\nheaders = { Authorization = { env = "T" } }\n[[targets]]\nlist = "urls.txt"\n',
        path=Path("formaudit.toml"),
    )
    assert auth_origins(loaded.config) == ()
    (warning,) = loaded.warnings
    assert "sent to no site" in warning


@pytest.mark.parametrize("value", ["careers.example.com", "https://careers.example.com/jobs", "ftp://x.example"])
def test_an_origin_with_a_path_or_no_scheme_is_a_config_error(value: str) -> None:
    message = config_error(f'[auth]\norigins = ["{value}"]\n')
    assert "auth.origins" in message and "is not an origin" in message


def test_config_warnings_reach_the_plans_notes(tmp_path: Path) -> None:
    from formaudit.config import plan_targets

    path = write(tmp_path, "formaudit.toml",
                 '[auth]\nheaders = { Authorization = "Bearer x" }\n[[targets]]\nurl = "https://a.example/"\n')
    plan = plan_targets(load_config(path))
    assert any("auth.headers.Authorization is written in the file" in note for note in plan.notes)
