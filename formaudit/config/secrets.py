"""Authentication values: resolved from the environment only when a browser run needs them.

``headers = { Authorization = { env = "CAREERS_TOKEN" } }`` keeps the token out of the file. A missing
or empty variable is a ConfigError naming the variable, never its value (an empty value is what a CI
secret looks like on a fork's pull request, so it is treated as missing rather than sent). Values end
up only in ``CollectOptions``, whose fields are excluded from ``repr`` and never written to a report
or a snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from formaudit.collect.options import Cookie
from formaudit.config.model import AuthConfig, EnvRef, SecretValue
from formaudit.errors import ConfigError


class ResolvedAuth(BaseModel):
    model_config = ConfigDict(frozen=True)

    headers: dict[str, str] = Field(default_factory=dict, repr=False)
    cookies: tuple[Cookie, ...] = Field(default=(), repr=False)
    storage_state: Path | None = None


def resolve_secret(value: SecretValue, *, key: str, source: str, environ: Mapping[str, str]) -> str:
    if isinstance(value, EnvRef):
        resolved = environ.get(value.env)
        if resolved is None:
            raise ConfigError(f"{source}: {key}: the environment variable {value.env} is not set")
        if not resolved.strip():
            raise ConfigError(f"{source}: {key}: the environment variable {value.env} is empty")
    else:
        resolved = value
    if "\n" in resolved or "\r" in resolved:
        raise ConfigError(f"{source}: {key}: the value contains a line break, which HTTP does not allow")
    return resolved


def resolve_auth(auth: AuthConfig, *, base_dir: Path, source: str, prefix: str = "",
                 environ: Mapping[str, str]) -> ResolvedAuth:
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
