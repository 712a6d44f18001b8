"""Which pages one run audits, with the stage, jurisdictions, steps and levels of each.

Order (the order of every result, and the order ``formaudit merge`` restores): config entries in file
order, each expanded in its own order (a glob's files sorted by path, a list file's and a sitemap's
pages as listed); or, when targets are given on the command line, those in the order given. A
command-line target that a config entry also declares (same name or same file) keeps that entry's
settings (stage and jurisdictions unless the command line gives them), so
``formaudit audit templates/onboarding.html`` still knows the form is for onboarding.

Stage and jurisdictions: ``--stage``/``--jurisdiction`` on the command line win (as the README promises:
options on the command line override the file); otherwise an entry's own values; otherwise the config's
``[defaults]``. A sitemap that cannot be read does not stop the run: it becomes a failed
target, like an unreachable page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from formaudit.collect.options import Step
from formaudit.config.loading import LoadedConfig
from formaudit.config.model import TargetConfig
from formaudit.errors import ConfigError, TargetError
from formaudit.gate.levels import Level
from formaudit.gate.shard import Shard, select_shard
from formaudit.models.ats import JobFilter
from formaudit.models.context import Stage, normalise_jurisdiction
from formaudit.targets import (
    DEFAULT_SITEMAP_LIMIT,
    Fetch,
    Page,
    SourceFailure,
    expand_glob,
    expand_targets,
    fetch_bytes,
    file_page,
    filter_pages,
    html_files_in,
    is_url,
    read_sitemap,
    read_target_list,
)


class PlannedTarget(BaseModel):
    """One page this run audits, with the job circumstances its checks are judged against."""

    model_config = ConfigDict(frozen=True)

    location: str = Field(description="What the collector opens: a URL or an absolute path.")
    name: str = Field(description="The stable name used in reports, fingerprints, baselines and shards.")
    stage: Stage = Stage.APPLICATION
    jurisdictions: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    levels: dict[str, Level] = Field(default_factory=dict)
    line: int | None = Field(default=None, description="Line of the config entry that declares it.")
    ats_filter: JobFilter | None = Field(default=None, description="Which jobs of an ATS board to audit.")
    explicit: bool = Field(default=True, description="Named itself (a url or file), not found by expanding "
                           "a directory, glob, list or sitemap: a named page without a form is a failure.")


class TargetPlan(BaseModel):
    """The pages of one run in order (this shard's share), and the sources that could not be expanded."""

    model_config = ConfigDict(frozen=True)

    targets: tuple[PlannedTarget, ...] = ()
    failures: tuple[SourceFailure, ...] = ()
    notes: tuple[str, ...] = ()
    total: int = Field(default=0, description="Targets before sharding.")

    @property
    def names(self) -> tuple[str, ...]:
        """The targets' stable names, in run order."""
        return tuple(t.name for t in self.targets)


def plan_targets(loaded: LoadedConfig, cli_targets: Sequence[str] = (), *, stage: Stage | None = None,
                 jurisdictions: Sequence[str] = (), shard: Shard | None = None, fetch: Fetch = fetch_bytes,
                 offline: bool = False) -> TargetPlan:
    """Expand the config's entries (or the command-line targets) into the pages of this run.

    ``offline`` skips sitemaps, for callers that only need the order of what can be known locally.
    """
    config = loaded.config
    cli_places = tuple(normalise_jurisdiction(j) for j in jurisdictions) or None
    default_stage = stage or config.defaults.stage
    default_places = cli_places or config.defaults.jurisdictions
    notes: list[str] = list(loaded.warnings)  # the run's caller prints notes; these belong with them
    failures: list[SourceFailure] = []
    from_config: list[PlannedTarget] = []
    # With command-line targets, the entries only lend their settings: nothing is fetched for them and
    # an entry that cannot be expanded is passed over instead of stopping the run.
    lending = bool(cli_targets)
    for index, entry in enumerate(config.targets):
        if (offline or lending) and entry.sitemap:
            continue
        line = loaded.target_lines[index] if index < len(loaded.target_lines) else None
        try:
            pages = _entry_pages(entry, loaded, index, fetch, notes)
        except TargetError as exc:
            failures.append(SourceFailure(name=entry.source[1], location=entry.source[1], message=exc.reason))
            continue
        except ConfigError:
            if lending:
                continue
            raise
        for page in pages:
            from_config.append(PlannedTarget(
                location=page.location, name=page.name, stage=stage or entry.stage or default_stage,
                jurisdictions=_places(cli_places, entry.jurisdictions, default_places),
                steps=entry.steps, levels=entry.levels, line=line, explicit=page.explicit,
                ats_filter=_job_filter(entry),
            ))
    if cli_targets:
        planned = _from_command_line(cli_targets, loaded, from_config, default_stage, default_places,
                                     fetch, notes, failures, offline)
    else:
        planned = from_config
    unique = _deduplicate(planned, loaded.label)
    if not unique and not failures and not offline:
        where = "no config file found" if loaded.path is None else f"{loaded.label} declares no [[targets]]"
        raise ConfigError(f"nothing to audit: {where} and no TARGET was given")
    chosen = select_shard(unique, shard, key=lambda t: t.name)
    shard_failures = select_shard(failures, shard, key=lambda f: f.name)
    return TargetPlan(targets=tuple(chosen), failures=tuple(shard_failures), notes=tuple(notes),
                      total=len(unique) + len(failures))


def _job_filter(entry: TargetConfig) -> JobFilter | None:
    if not any((entry.department, entry.office, entry.location, entry.title)):
        return None
    return JobFilter(department=entry.department, office=entry.office, location=entry.location, title=entry.title)


def _places(cli: tuple[str, ...] | None, entry: tuple[str, ...] | None,
            default: tuple[str, ...]) -> tuple[str, ...]:
    if cli is not None:
        return cli
    return entry if entry is not None else default


def _entry_pages(entry: TargetConfig, loaded: LoadedConfig, index: int, fetch: Fetch,
                 notes: list[str]) -> list[Page]:
    base = loaded.base_dir
    kind, value = entry.source
    where = f"{loaded.label}: {loaded.key_prefix}targets[{index}].{kind}"
    if kind in ("url", "ats"):
        return [Page(location=value, name=entry.name or value)]
    if kind == "file":
        page = file_page(value, base)
        path = Path(page.location)
        if path.is_dir():
            if entry.name is not None:
                raise ConfigError(f"{where}: {value!r} is a directory; `name` names a single page")
            return [file_page(str(p), base, explicit=False) for p in html_files_in(path)]
        return [page.model_copy(update={"name": entry.name})] if entry.name else [page]
    if kind == "glob":
        matches = expand_glob(value, base)
        pages = filter_pages([file_page(str(p), base, explicit=False) for p in matches], entry.include,
                             entry.exclude)
        if not pages:
            raise ConfigError(f"{where}: {value!r} matched no files in {base}")
        return pages
    if kind == "list":
        list_path = file_page(value, base)
        lines = read_target_list(Path(list_path.location))
        list_dir = Path(list_path.location).parent
        pages = [Page(location=line, name=line, explicit=False) if is_url(line)
                 else file_page(line, list_dir, name_base=base, explicit=False) for line in lines]
        return filter_pages(pages, entry.include, entry.exclude)
    sitemap = read_sitemap(value, base=base, limit=entry.limit or DEFAULT_SITEMAP_LIMIT,
                           include=entry.include, exclude=entry.exclude, fetch=fetch)
    notes.extend(sitemap.notes)
    return [Page(location=url, name=url, explicit=False) for url in sitemap.urls]


def _from_command_line(raw: Sequence[str], loaded: LoadedConfig, declared: Sequence[PlannedTarget],
                       stage: Stage, places: tuple[str, ...], fetch: Fetch, notes: list[str],
                       failures: list[SourceFailure], offline: bool) -> list[PlannedTarget]:
    by_key: dict[str, PlannedTarget] = {}
    for target in declared:
        by_key.setdefault(target.name, target)
        by_key.setdefault(target.location, target)
    planned = []
    # Names relative to the config's directory, so they match its entries.
    expansion = expand_targets(raw, base=Path.cwd(), name_base=loaded.base_dir, fetch=fetch, offline=offline)
    notes.extend(expansion.notes)
    failures.extend(expansion.failures)
    for page in expansion.pages:
        known = by_key.get(page.location) or by_key.get(page.name)
        planned.append(known or PlannedTarget(location=page.location, name=page.name, stage=stage,
                                              jurisdictions=places, explicit=page.explicit))
    return planned


def _deduplicate(targets: Sequence[PlannedTarget], source: str) -> list[PlannedTarget]:
    kept: dict[str, PlannedTarget] = {}
    for target in targets:
        earlier = kept.get(target.name)
        if earlier is None:
            kept[target.name] = target
        elif earlier.model_copy(update={"line": None}) != target.model_copy(update={"line": None}):
            lines = " and ".join(f"line {t.line}" for t in (earlier, target) if t.line) or "the command line"
            raise ConfigError(
                f"{source}: two targets are named {target.name!r} with different settings ({lines}); "
                "names identify targets in baselines and waivers, so give each a distinct `name`"
            )
    return list(kept.values())
