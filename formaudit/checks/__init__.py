"""Checks: what formaudit says about a classified form.

Layout:

* ``registry`` — ``load_checks``, ``select_checks``, ``run_checks`` (the API the pipeline calls);
* ``builtin`` — the explicit list of built-in checks; ``plugins`` — entry-point loading;
* ``pre_offer`` — the catalogue of data asked too early, one data-driven check per category;
* ``age_proxy`` — graduation and attendance dates (age by another name);
* ``background_check`` — background-check consent bundled into an application;
* ``friction`` — checks about effort (length, retyping, walls, captchas, unpaid work) and the
  time model that measures a form;
* ``grouping``, ``build``, ``text``, ``voluntary`` — helpers the checks share.

The contract a check fulfils (``Check``, ``CheckMeta``) lives with the other models in
``formaudit.models.checks``; plugin authors import it from ``formaudit``. Nothing here loads a plugin
or even the built-ins until ``load_checks`` is called.
"""

from __future__ import annotations

from formaudit.checks.registry import LoadedChecks, load_checks, run_checks, run_road_checks, select_checks

__all__ = ["LoadedChecks", "load_checks", "run_checks", "run_road_checks", "select_checks"]
