"""Authentication values: resolved from the environment only when a browser run needs them.

``headers = { Authorization = { env = "CAREERS_TOKEN" } }`` keeps the token out of the file. A missing
or empty variable is a ConfigError naming the variable, never its value (an empty value is what a CI
secret looks like on a fork's pull request, so it is treated as missing rather than sent). Values are
pydantic ``SecretStr`` from the file to ``CollectOptions`` (they print as ``**********`` in any repr,
str or dump) and are revealed only as they are handed to the browser: headers by the network guard
(``formaudit.collect.guard``), cookies by the cookie jar (``formaudit.collect.target``). Here a value
is only looked into to refuse a line break. They go only to the sites ``auth_origins`` names (see
``AuthConfig``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from formaudit.collect.guard import origin_of
from formaudit.collect.options import Cookie
from formaudit.config.model import AuthConfig, EnvRef, FormauditConfig, SecretValue
from formaudit.errors import ConfigError


class ResolvedAuth(BaseModel):
    """The ``[auth]`` values read and checked, ready for ``CollectOptions``; secrets still ``SecretStr``."""

    model_config = ConfigDict(frozen=True)

    headers: dict[str, SecretStr] = Field(default_factory=dict, repr=False)
    cookies: tuple[Cookie, ...] = Field(default=(), repr=False)
    storage_state: Path | None = None


# Headers that carry preferences, never credentials: a literal value in the file is fine for these.
PLAIN_HEADERS = frozenset({"accept", "accept-language", "accept-encoding", "user-agent", "dnt", "referer",
                           "cache-control", "pragma"})


def auth_origins(config: FormauditConfig) -> tuple[str, ...]:
    """The origins that receive the ``[auth]`` headers and cookies: ``auth.origins`` when given,
    otherwise the origin of the first ``url`` target, otherwise none."""
    if config.auth.origins is not None:
        return config.auth.origins
    first = next((origin_of(t.url) for t in config.targets if t.url and origin_of(t.url)), None)
    return (first,) if first else ()


def auth_warnings(config: FormauditConfig, *, source: str, prefix: str = "") -> list[str]:
    """Secrets written into the file, and credentials that will not go where the file suggests."""
    auth = config.auth
    warnings = [
        f"{source}: {prefix}auth.{key} is written in the file; secrets belong in environment "
        f'variables: {{ env = "VARIABLE_NAME" }}'
        for key, value in _secret_values(auth) if not isinstance(value, EnvRef)
    ]
    if not (auth.headers or auth.cookies) or auth.origins is not None:
        return warnings
    chosen = auth_origins(config)
    if not chosen:
        warnings.append(f"{source}: {prefix}auth headers and cookies are sent to no site: there is no "
                        f"`url` target and no {prefix}auth.origins; list the sites that should receive them")
        return warnings
    others = sorted({o for t in config.targets if t.url and (o := origin_of(t.url)) and o not in chosen})
    if others:
        warnings.append(f"{source}: {prefix}auth.origins is not set, so headers and cookies go only to "
                        f"{chosen[0]} (the first `url` target), not to {', '.join(others)}; list every "
                        f"site that should receive them in {prefix}auth.origins")
    return warnings


def _secret_values(auth: AuthConfig) -> list[tuple[str, SecretValue]]:
    values: list[tuple[str, SecretValue]] = [(f"headers.{name}", value) for name, value in auth.headers.items()
                                             if name.strip().lower() not in PLAIN_HEADERS]
    values += [(f"cookies[{i}].value", cookie.value) for i, cookie in enumerate(auth.cookies)]
    return values


def resolve_secret(value: SecretValue, *, key: str, source: str, environ: Mapping[str, str]) -> SecretStr:
    """The secret itself, still wrapped: a literal as written, or the named variable's value.

    A ConfigError names ``key`` and the variable when it is unset or empty, or when the value holds a
    line break (HTTP would refuse it, or worse, split it into a second header); never the value.
    """
    if isinstance(value, EnvRef):
        resolved = environ.get(value.env)
        if resolved is None:
            raise ConfigError(f"{source}: {key}: the environment variable {value.env} is not set")
        if not resolved.strip():
            raise ConfigError(f"{source}: {key}: the environment variable {value.env} is empty")
    else:
        resolved = value.get_secret_value()
    if "\n" in resolved or "\r" in resolved:
        raise ConfigError(f"{source}: {key}: the value contains a line break, which HTTP does not allow")
    return SecretStr(resolved)


def resolve_auth(auth: AuthConfig, *, base_dir: Path, source: str, prefix: str = "",
                 environ: Mapping[str, str]) -> ResolvedAuth:
    """Every header and cookie secret resolved from ``environ``, and the storage-state file found.

    Called only for browser runs, so a run without a browser never needs the variables.
    ``storage_state`` is relative to ``base_dir`` (the config file's directory) and must exist.
    """
    headers = {
        name: resolve_secret(value, key=f"{prefix}auth.headers.{name}", source=source, environ=environ)
        for name, value in auth.headers.items()
    }
    cookies = tuple(
        Cookie(
            name=cookie.name,
            value=resolve_secret(cookie.value, key=f"{prefix}auth.cookies[{i}].value", source=source,
                                 environ=environ),
            domain=cookie.domain,
            path=cookie.path,
            url=cookie.url,
        )
        for i, cookie in enumerate(auth.cookies)
    )
    storage_state = None
    if auth.storage_state:
        storage_state = Path(auth.storage_state).expanduser()
        if not storage_state.is_absolute():
            storage_state = base_dir / storage_state
        if not storage_state.is_file():
            raise ConfigError(
                f"{source}: {prefix}auth.storage_state: {storage_state} does not exist "
                "(save one with Playwright's `context.storage_state(path=...)` after logging in)"
            )
    return ResolvedAuth(headers=headers, cookies=cookies, storage_state=storage_state)
