"""The list of commands. Adding a command: write its module, add it here."""

from __future__ import annotations

import click


def all_commands() -> list[click.Command]:
    from formaudit.cli.annotate_cmd import annotate_command
    from formaudit.cli.audit_cmd import audit_command
    from formaudit.cli.baseline_cmd import baseline_command
    from formaudit.cli.demo_cmd import demo_command
    from formaudit.cli.doctor_cmd import doctor
    from formaudit.cli.extract_cmd import extract_command
    from formaudit.cli.merge_cmd import merge_command
    from formaudit.cli.rules_cmd import explain, rules
    from formaudit.cli.schema_cmd import schema_command

    return [
        audit_command,
        extract_command,
        demo_command,
        rules,
        explain,
        baseline_command,
        merge_command,
        schema_command,
        annotate_command,
        doctor,
    ]
