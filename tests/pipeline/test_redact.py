"""URLs recorded in results lose user info and secret-looking query values, and nothing else."""

from __future__ import annotations

import pytest

from formaudit.pipeline.redact import REDACTED, is_secret_parameter, redact_url


def test_user_and_password_are_dropped_from_the_host() -> None:
    assert redact_url("https://alice:hunter2@careers.example.com/apply") == "https://careers.example.com/apply"


@pytest.mark.parametrize("name", [
    "token", "key", "apikey", "api_key", "secret", "password", "pass", "pwd", "auth", "sig", "signature",
    "session", "sid", "access_token", "code", "TOKEN", "Api-Key", "refresh_token", "client_secret", "sessionid",
])
def test_secret_parameter_values_are_replaced(name: str) -> None:
    url = f"https://jobs.example.com/apply?job=42&{name}=abc123&lang=en"
    assert redact_url(url) == f"https://jobs.example.com/apply?job=42&{name}={REDACTED}&lang=en"


@pytest.mark.parametrize("name", ["job", "lang", "utm_source", "keyword", "page", "id", "passport"])
def test_ordinary_parameters_are_not_secrets(name: str) -> None:
    assert not is_secret_parameter(name)
    url = f"https://jobs.example.com/apply?{name}=value"
    assert redact_url(url) == url


def test_a_url_with_nothing_secret_is_returned_unchanged_byte_for_byte() -> None:
    url = "https://jobs.example.com/a%20b/apply?q=caf%C3%A9+bar&x=1#section-2"
    assert redact_url(url) == url


def test_secrets_in_the_fragment_and_percent_encoded_names_are_redacted() -> None:
    assert redact_url("https://a.example/cb#access_token=xyz&state=1") == (
        f"https://a.example/cb#access_token={REDACTED}&state=1"
    )
    assert redact_url("https://a.example/?api%5Fkey=xyz") == f"https://a.example/?api%5Fkey={REDACTED}"


def test_user_info_and_query_are_both_cleaned_and_the_secret_appears_nowhere() -> None:
    redacted = redact_url("http://bob:pw0rd@127.0.0.1:8080/form?token=s3cret&job=7")
    assert redacted == f"http://127.0.0.1:8080/form?token={REDACTED}&job=7"
    assert "s3cret" not in redacted and "pw0rd" not in redacted


@pytest.mark.parametrize("text", ["forms/apply.html", "/tmp/a b/apply.html", "file:///tmp/apply.html", ""])
def test_paths_and_file_urls_pass_through(text: str) -> None:
    assert redact_url(text) == text


def test_an_unparseable_url_keeps_nothing_after_the_path() -> None:
    assert redact_url("http://[broken/apply?token=s3cret") == "http://[broken/apply"
