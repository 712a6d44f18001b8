"""Every error formaudit raises on purpose, in one tree.

    FormauditError
    ├── ConfigError            bad configuration file, bad option values (exit 2)
    ├── BrowserNotFoundError   no Chromium could be found or launched (exit 3)
    ├── TargetError            one target could not be read; the others go on (exit 3)
    │   ├── TargetUnreachableError   DNS failure, refused connection, redirect loop
    │   ├── TargetHTTPError          the server answered 4xx/5xx
    │   ├── TargetTimeoutError       the page did not settle within the timeout
    │   ├── TargetContentError       not HTML, too large, or nothing readable
    │   └── TargetNotFoundError      a local file or directory that does not exist
    └── SnapshotError          a saved snapshot could not be read back

Library code raises these; only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations


class FormauditError(Exception):
    """Base class of every error formaudit raises on purpose."""


class ConfigError(FormauditError):
    """A configuration file or option is invalid. The message names the file, key and expectation."""


class BrowserNotFoundError(FormauditError):
    """No usable Chromium: the message says how to install one."""


class TargetError(FormauditError):
    """One target could not be collected. Carries the target so reports can name it."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


class TargetUnreachableError(TargetError):
    """The host could not be reached (DNS, connection refused, TLS, redirect loop)."""


class TargetHTTPError(TargetError):
    """The server answered with an HTTP error status."""

    def __init__(self, target: str, status: int, reason: str | None = None) -> None:
        super().__init__(target, reason or f"the server answered HTTP {status}")
        self.status = status


class TargetTimeoutError(TargetError):
    """The page or its form did not settle within the configured timeout."""


class TargetContentError(TargetError):
    """The target is not an HTML page formaudit can read (wrong type, too large, empty)."""


class TargetNotFoundError(TargetError):
    """A local file or directory target does not exist."""


class SnapshotError(FormauditError):
    """A saved snapshot is missing, corrupt, or from an incompatible version."""
