"""The audit pipeline: targets in, one AuditResult out.

    collect (browser or static) -> extract -> classify -> checks -> TargetResult

This module only wires the stages together. It never prints and never exits: a target that fails
becomes a ``TargetResult`` with an ``error`` and the run goes on; only run-level problems (no browser,
a bad check selection) raise. Neither can a snapshot that cannot be saved (a warning on its target) nor
an exception in a caller's callback (contained to the target it was about).

URLs are recorded redacted (``formaudit.pipeline.redact``): user info and secret-looking query values never reach
a result, so they never reach a report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from formaudit import ats, errors
from formaudit.ats import AtsOptions
from formaudit.ats.advice import vendor_fix
from formaudit.ats.detect import detect_vendor
from formaudit.checks import LoadedChecks, load_checks, run_checks, run_road_checks, select_checks
from formaudit.checks.friction.measure import measure_form
from formaudit.classify import classify_form
from formaudit.collect import collect_many, collect_static
from formaudit.collect.options import CollectOptions, CollectRequest, Step
from formaudit.extract import NO_FIELDS_WARNING, extract
from formaudit.files import read_json_file
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, JobFilter
from formaudit.models.checks import Check, CheckFailure
from formaudit.models.context import AuditContext, FrictionBudget, Stage, normalise_jurisdiction
from formaudit.models.fields import Field as FormField
from formaudit.models.fields import PageInventory
from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult, FormAudit, TargetFailure, TargetResult
from formaudit.models.road import Road
from formaudit.models.snapshot import Snapshot, load_snapshot, save_snapshot
from formaudit.pipeline.redact import redact_text, redact_url
from formaudit.targets import SNAPSHOT_SUFFIX, local_path, snapshot_filename, url_scheme
from formaudit.version import __version__


class TargetSpec(BaseModel):
    """One thing to audit, with the circumstances of the job it recruits for."""

    model_config = ConfigDict(frozen=True)

    target: str = Field(description="URL, HTML file, or a saved *.snapshot.json.")
    name: str | None = Field(default=None, description="Stable name for reports and fingerprints.")
    stage: Stage = Stage.APPLICATION
    jurisdictions: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    ats_filter: JobFilter | None = Field(default=None, description="Which jobs of an ATS board to audit.")
    explicit: bool = Field(default=True, description="The user named this page itself; False for pages "
                           "found in a directory, glob, list or sitemap. A named page without a form fails.")

    @property
    def display_name(self) -> str:
        """``name`` when given, else the target as written."""
        return self.name or self.target

    @property
    def recorded_name(self) -> str:
        """The name results carry: a URL used as the name is redacted like every recorded URL."""
        name = self.display_name
        return redact_url(name) if name == self.target else name


class RunOptions(BaseModel):
    """How one run audits its targets: collecting (browser or static), which checks, and how many at once.

    ``select``/``ignore`` take check ids or tags; ``plugins=False`` runs only the built-in checks;
    ``snapshot_dir`` also saves each page's snapshot so it can be audited again without a browser.
    """

    model_config = ConfigDict(frozen=True)

    collect: CollectOptions = Field(default_factory=CollectOptions)
    browser: bool = True
    concurrency: int = Field(default=1, ge=1, le=32)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    budget: FrictionBudget = Field(default_factory=FrictionBudget)
    snapshot_dir: Path | None = None
    plugins: bool = True
    ats: AtsOptions = Field(default_factory=AtsOptions, description="How ATS boards and jobs are read.")
    ats_browser: bool = Field(default=False, description="Render vendors' job URLs in the browser instead "
                              "of reading their published questions (``--browser``).")
    auth_origins: tuple[str, ...] | None = Field(
        default=None, description="Origins that receive the collect options' headers and cookies; "
                                  "None: each target's own origin (see formaudit.config.auth_origins).")


# Stable words for the kinds of target failure; reports and the JSON schema use them.
_FAILURE_KINDS: tuple[tuple[type[errors.FormauditError], str], ...] = (
    (errors.TargetNotFoundError, "not-found"),
    (errors.TargetUnreachableError, "unreachable"),
    (errors.TargetHTTPError, "http"),
    (errors.TargetTimeoutError, "timeout"),
    (errors.TargetContentError, "content"),
    (errors.SnapshotError, "snapshot"),
)


def failure_from(error: errors.FormauditError) -> TargetFailure:
    kind = next((word for cls, word in _FAILURE_KINDS if isinstance(error, cls)), "error")
    reason = error.reason if isinstance(error, errors.TargetError) else str(error)
    return TargetFailure(kind=kind, message=redact_text(reason))


def is_saved_snapshot(target: str) -> bool:
    return target.endswith(SNAPSHOT_SUFFIX)


def audit_snapshot(snapshot: Snapshot, spec: TargetSpec, checks: Sequence[Check],
                   budget: FrictionBudget | None = None) -> tuple[TargetResult, list[CheckFailure]]:
    """Pure: extract, classify and check one snapshot."""
    inventory = extract(snapshot)
    provenance = snapshot.provenance.model_copy(update={
        "target": redact_url(snapshot.provenance.target),
        "final_url": redact_url(snapshot.provenance.final_url),
    })
    vendor = detect_vendor([snapshot.provenance.final_url, *(f.url for f in snapshot.frames)], snapshot.html)
    source = AtsSource(vendor=vendor, api=False) if vendor is not None else None
    result, failures = audit_inventory(inventory, spec, checks, budget, warnings=tuple(snapshot.warnings),
                                       ats_source=source, road=snapshot.road)
    return result.model_copy(update={
        "location": provenance.final_url, "provenance": provenance, "title": inventory.title or snapshot.title,
        "screenshot_png": snapshot.screenshot_png, "page_width": snapshot.page_width,
        "page_height": snapshot.page_height,
    }), failures


def audit_job(job: AtsJob, spec: TargetSpec, checks: Sequence[Check],
              budget: FrictionBudget | None = None) -> tuple[TargetResult, list[CheckFailure]]:
    """Pure: classify and check one job read from an ATS vendor's published definition."""
    result, failures = audit_inventory(job.inventory, spec, checks, budget, ats_source=job.source)
    location = job.source.job_url or job.inventory.final_url
    return result.model_copy(update={"location": redact_url(location)}), failures


def audit_inventory(inventory: PageInventory, spec: TargetSpec, checks: Sequence[Check],
                    budget: FrictionBudget | None = None, *, warnings: tuple[str, ...] = (),
                    ats_source: AtsSource | None = None,
                    road: Road | None = None) -> tuple[TargetResult, list[CheckFailure]]:
    """Pure: classify and check the forms of one page (or one ATS job); on a known ATS, each finding's
    fix also says where that vendor keeps the question. ``road``: how the collector reached the page's
    form, judged once by the road checks (walls, clicks, unread steps)."""
    road = _recorded(road)
    context = AuditContext(
        target=spec.recorded_name,
        stage=spec.stage,
        jurisdictions=tuple(normalise_jurisdiction(j) for j in spec.jurisdictions),
        budget=budget or FrictionBudget(),
        road=road,
    )
    forms: list[FormAudit] = []
    findings: list[Finding] = []
    failures: list[CheckFailure] = []
    for form in inventory.forms:
        classified = classify_form(form)
        forms.append(FormAudit(classified=classified, metrics=measure_form(classified)))
        form_findings, form_failures = run_checks(checks, classified, context)
        if ats_source is not None:
            fields = {f.field_id: f for f in form.fields}
            form_findings = [_with_vendor_fix(f, ats_source, fields.get(f.field_id or "")) for f in form_findings]
        findings.extend(form_findings)
        failures.extend(f.model_copy(update={"target": spec.recorded_name}) for f in form_failures)
    if road is not None:
        road_findings, road_failures = run_road_checks(checks, road, context)
        findings.extend(road_findings)
        failures.extend(f.model_copy(update={"target": spec.recorded_name}) for f in road_failures)
    warnings = warnings + tuple(inventory.warnings) + _road_warnings(road)
    error = None
    # A wall's page holds no application form to fail on: the wall's finding and warning say what
    # stands before the questions instead. A page whose only forms are a search box or a job-alert
    # sign-up, where the walk found no way on, has no application form either.
    side_forms_only = road is not None and road.reached == "nothing" and road.side_forms_only
    if (road is None or road.wall is None) and (side_forms_only or not any(f.classified.form.questions
                                                                            for f in forms)):
        # Never a false clean: a page with no question to read has not passed an audit. What follows says
        # so in full, so extraction's bare "no form fields found" would only repeat it.
        warnings = tuple(w for w in warnings if w != NO_FIELDS_WARNING)
        holds = redact_text(inventory.holds or "no question a candidate can see")
        if side_forms_only:
            holds = "only a search box or a job-alert or newsletter sign-up"
        if road is not None and road.note:
            holds += f"; {road.note}"
        if spec.explicit:
            error = TargetFailure(kind="no-form", message=f"no application form or question was found; the "
                                  f"page holds {holds}")
        else:
            warnings += (f"no application form on this page, which holds {holds}; listed, not failed: it "
                         "was found in a directory, glob, list or sitemap, not named",)
    result = TargetResult(
        target=spec.recorded_name,
        location=redact_url(inventory.final_url),
        stage=context.stage,
        jurisdictions=context.jurisdictions,
        title=inventory.title,
        forms=tuple(forms),
        findings=tuple(findings),
        error=error,
        warnings=warnings,
        ats=ats_source,
        road=road,
    )
    return result, failures


def _recorded(road: Road | None) -> Road | None:
    """The road as results keep it: its URLs redacted like every recorded URL."""
    if road is None:
        return None
    return road.model_copy(update={
        "start_url": redact_url(road.start_url),
        "steps": tuple(step.model_copy(update={"url": redact_url(step.url)}) for step in road.steps),
        "wall": road.wall.model_copy(update={"url": redact_url(road.wall.url)}) if road.wall else None,
        "note": redact_text(road.note) if road.note else None,
        "refused": tuple(redact_text(line) for line in road.refused),
    })


def _road_warnings(road: Road | None) -> tuple[str, ...]:
    """What the road leaves unread, said where every report shows warnings."""
    if road is None or road.wall is None:
        return ()
    return (f"formaudit stopped at a {road.wall.kind.value} wall ({road.wall.url}) after {road.clicks} "
            "click(s); the application's questions behind it were not read",)


def _with_vendor_fix(finding: Finding, source: AtsSource, field: FormField | None) -> Finding:
    if finding.field_id is None:
        return finding  # a whole-form finding (length, language): no single question to move
    fix = vendor_fix(source.vendor, field)
    return finding.model_copy(update={"remediation": f"{finding.remediation} {fix}" if finding.remediation else fix})


def failed_target(spec: TargetSpec, error: errors.FormauditError) -> TargetResult:
    return TargetResult(
        target=spec.recorded_name,
        location=redact_url(spec.target),
        stage=spec.stage,
        jurisdictions=spec.jurisdictions,
        error=failure_from(error),
    )


Outcome = Snapshot | AtsJob | errors.FormauditError


def collect_each(
    specs: Sequence[TargetSpec],
    options: RunOptions,
    handle: Callable[[int, Outcome], None],
) -> None:
    """Get a snapshot (or the reason there is none) for every spec, calling ``handle(index, outcome)``.

    Saved snapshots are loaded, ``options.browser=False`` reads files as they are, and everything else
    goes through one browser with bounded concurrency. Snapshots are saved to ``options.snapshot_dir``
    before they are handed on, so a later crash loses none of them; one that cannot be saved gets a
    warning saying so and is handed on all the same. If ``handle`` raises on a snapshot, it is called
    once more with an error for that target, so one target's trouble never ends the run.
    """
    handled: set[int] = set()

    def deliver(index: int, outcome: Outcome, *, more: bool = False) -> None:
        """Hand one outcome on; ``more``: one of several for this spec (the jobs of a board)."""
        if index in handled and not more:
            return
        handled.add(index)
        spec = specs[index]
        if (isinstance(outcome, Snapshot) and options.snapshot_dir is not None
                and not is_saved_snapshot(spec.target)):
            outcome = _saved(outcome, options.snapshot_dir / snapshot_filename(spec.display_name))
        try:
            handle(index, outcome)
        except Exception as exc:
            if isinstance(outcome, errors.FormauditError):
                raise  # the handler cannot even record a failure: a bug in the caller, not in a target
            handle(index, errors.FormauditError(
                f"formaudit failed while handling this page ({type(exc).__name__}: {exc})"))

    ats_indexes = [i for i, spec in enumerate(specs) if _ats_target(spec.target, options) is not None]
    if ats_indexes:
        wanted = [_ats_target(specs[i].target, options) for i in ats_indexes]
        read = ats.read_targets([t for t in wanted if t is not None], options.ats,
                                [specs[i].ats_filter for i in ats_indexes])
        for index, jobs in zip(ats_indexes, read, strict=True):
            if isinstance(jobs, errors.TargetError):
                deliver(index, jobs)
                continue
            for job in jobs:
                deliver(index, job, more=True)
            if not jobs:
                deliver(index, errors.TargetContentError(specs[index].target, "the board lists no job (after "
                                                         "the filters, if any)"))
    browser_indexes: list[int] = []
    for index, spec in enumerate(specs):
        if index in handled:
            continue
        if is_saved_snapshot(spec.target):
            deliver(index, _load_or_error(spec.target))
        elif (saved := _saved_definition(spec)) is not None:
            deliver(index, saved)
        elif url_scheme(spec.target) in (None, "file") and spec.target.lower().endswith(".json"):
            deliver(index, unknown_json(spec.target))
        elif not options.browser:
            deliver(index, _static_or_error(spec.target))
        else:
            browser_indexes.append(index)
    if not browser_indexes:
        return
    requests = [CollectRequest(target=specs[i].target, steps=specs[i].steps) for i in browser_indexes]
    position = {id(request): i for request, i in zip(requests, browser_indexes, strict=True)}
    outcomes = collect_many(
        requests,
        options.collect,
        concurrency=options.concurrency,
        on_result=lambda request, outcome: deliver(position[id(request)], outcome),
        auth_origins=options.auth_origins,
    )
    # Outcomes stream through on_result for progress; anything it did not deliver is taken here.
    for index, outcome in zip(browser_indexes, outcomes, strict=True):
        if index not in handled:
            deliver(index, outcome)


def run_audit(
    specs: Sequence[TargetSpec],
    options: RunOptions | None = None,
    *,
    on_target: Callable[[TargetResult], None] | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    loaded_checks: LoadedChecks | None = None,
) -> AuditResult:
    """Audit every target; a target that fails is recorded, never fatal to the others.

    ``loaded_checks`` lets a caller that already loaded the checks (to validate a configuration)
    pass them in, so plugins are not loaded twice.
    """
    options = options or RunOptions()
    loaded = loaded_checks if loaded_checks is not None else load_checks(plugins=options.plugins)
    checks = select_checks(loaded.checks, select=options.select, ignore=options.ignore)
    check_failures: list[CheckFailure] = list(loaded.failures)
    results: dict[int, list[TargetResult]] = {}

    def audit_one(index: int, outcome: Outcome) -> None:
        spec = _job_spec(specs[index], outcome)
        if isinstance(outcome, Snapshot | AtsJob):
            try:
                if isinstance(outcome, Snapshot):
                    result, failures = audit_snapshot(outcome, spec, checks, options.budget)
                else:
                    result, failures = audit_job(outcome, spec, checks, options.budget)
                check_failures.extend(failures)
            except Exception as exc:  # a bug on one odd page must not cost the other targets
                result = failed_target(spec, errors.FormauditError(
                    f"formaudit could not analyse this page ({type(exc).__name__}: {exc})"))
        else:
            result = failed_target(spec, outcome)
        if on_target is not None:
            try:
                on_target(result)
            except Exception as exc:  # the caller's progress display failed; the result itself is fine
                result = result.model_copy(update={"warnings": (
                    *result.warnings, f"the on_target callback failed ({type(exc).__name__}: {exc})")})
        results.setdefault(index, []).append(result)

    collect_each(specs, options, audit_one)
    return AuditResult(
        formaudit_version=__version__,
        generated_at=now(),
        targets=tuple(result for i in range(len(specs)) for result in results[i]),
        checks=tuple(check.meta for check in checks),
        check_failures=tuple(check_failures),
    )


def _ats_target(target: str, options: RunOptions) -> AtsTarget | None:
    """``greenhouse:acme``, or a vendor's job URL unless the user asked to render it (``--browser``)."""
    found = ats.parse_target(target)
    if found is None and not options.ats_browser and url_scheme(target) in ("http", "https"):
        found = ats.target_from_url(target)
    return found


def _saved_definition(spec: TargetSpec) -> AtsJob | errors.FormauditError | None:
    """A vendor's job definition saved as a file (Greenhouse/Ashby/... JSON, a Lever apply page)."""
    if url_scheme(spec.target) not in (None, "file") or not spec.target.lower().endswith((".json", ".html", ".htm")):
        return None
    path = Path(local_path(spec.target))
    if not path.is_file():
        return None
    try:
        return ats.read_saved(path, spec.display_name)
    except errors.FormauditError as exc:
        return exc


def _job_spec(spec: TargetSpec, outcome: Outcome) -> TargetSpec:
    """A board's job is its own target, named ``vendor:account/job``; a job or page keeps its spec."""
    if isinstance(outcome, AtsJob) and outcome.source.account != "saved" and outcome.inventory.target != spec.target:
        return spec.model_copy(update={"target": outcome.inventory.target, "name": None})
    if isinstance(outcome, errors.TargetError) and outcome.target != spec.target and ":" in outcome.target:
        return spec.model_copy(update={"target": outcome.target, "name": None})
    return spec


def _saved(snapshot: Snapshot, path: Path) -> Snapshot:
    """Save ``snapshot``; if that fails, the same snapshot with a warning naming the path and why."""
    try:
        save_snapshot(snapshot, path)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return snapshot.model_copy(update={
            "warnings": (*snapshot.warnings, f"the snapshot could not be saved to {path}: {reason}")})
    return snapshot


def _load_or_error(target: str) -> Snapshot | errors.FormauditError:
    try:
        return load_snapshot(Path(target))
    except errors.SnapshotError as exc:
        return exc


def unknown_json(target: str) -> errors.TargetError:
    """A JSON file that is not a saved snapshot: say what it holds, so "no form" is never silent."""
    def content_error(message: str) -> errors.TargetError:
        return errors.TargetContentError(target, message.removeprefix(f"{local_path(target)}: "))

    try:
        document = read_json_file(local_path(target), what="JSON file", error=content_error)
    except errors.TargetError as exc:
        return exc
    if isinstance(document, dict):
        keys = ", ".join(sorted(map(str, document))[:8]) or "none"
        shape = f"an object with the keys {keys}"
    else:
        shape = f"a {type(document).__name__}"
    return errors.TargetContentError(
        target, f"JSON of an unknown shape ({shape}): formaudit reads HTML pages and saved *.snapshot.json "
                "files, and this is neither")


def _static_or_error(target: str) -> Snapshot | errors.FormauditError:
    try:
        return collect_static(target)
    except errors.TargetError as exc:
        return exc
