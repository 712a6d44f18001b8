"""Exit codes, in one place. Scripts and CI depend on them: never renumber.

Outside the CLI so the gate (pure) can name them; only the CLI turns outcomes into process exits.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # a finding at or above the failing severity (after levels, baseline and waivers)
    USAGE = 2  # bad command line or configuration
    TARGET_FAILED = 3  # a target could not be collected (or no browser); --allow-partial downgrades it
    INTERRUPTED = 130  # Ctrl-C: the shell's convention (128 + SIGINT), never mistaken for findings
