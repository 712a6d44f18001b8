"""The typed models that travel between stages, in one place.

Every stage takes and returns these: ``collect`` makes a ``Snapshot``; ``extract`` turns it into
``Form``/``Field``; ``classify`` makes ``ClassifiedForm``; ``checks`` read it with an
``AuditContext`` and emit ``Finding``; the pipeline assembles an ``AuditResult``, which the gate
judges and every reporter renders. Models import nothing from the stages (``import-linter``
enforces it), so any stage can use any model without an import loop.
"""
