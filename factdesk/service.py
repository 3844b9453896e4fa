"""One service for checking a document: ``run_check``.

``factdesk check``, ``factdesk eval``, the ``check_document`` and ``check_feed`` flows, the feeds
and the review desk all check through it, so the same options mean the same thing everywhere:
which checkers and extractors run, which facts a refutation may rest on, and the
``factdesk-ignore`` suppressions. ``CheckSetup.prepare`` does the part that is the same for every
document of a run (settings and the project configuration -> reference base -> checkers).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Document, DocumentReport

if TYPE_CHECKING:
    from factdesk.ci import Config
    from factdesk.claimtypes.spec import Checker
    from factdesk.settings import Settings


#: the values of ``FACTDESK_IDENTIFY_FROM``
IDENTIFY_FROM = ("passage", "sentence")


@dataclass(frozen=True)
class CheckOptions:
    """What a check does, whoever asks for it."""

    checkers: str = ""
    """Checker (family) names to run, comma-separated; empty = all installed (``FACTDESK_CHECKERS``)."""
    extractors: str = ""
    """Extractor ids to run, in order; empty = all (``FACTDESK_EXTRACTORS``)."""
    identify_from: str = "sentence"
    """Which identifying facts a refutation may rest on (``FACTDESK_IDENTIFY_FROM``)."""
    suppressions: bool = True
    """Honour ``<!-- factdesk-ignore-next-line -->`` and ``factdesk-disable``/``-enable``."""

    @classmethod
    def from_settings(cls, settings: Settings, config: Config | None = None) -> CheckOptions:
        from factdesk.errors import ConfigError

        if settings.identify_from not in IDENTIFY_FROM:
            raise ConfigError(f"FACTDESK_IDENTIFY_FROM must be one of {', '.join(IDENTIFY_FROM)}, "
                              f"not {settings.identify_from!r}")
        checkers = settings.checkers or (",".join(config.checkers) if config is not None and config.checkers else "")
        return cls(checkers=checkers, extractors=settings.extractors, identify_from=settings.identify_from)


@dataclass
class CheckSetup:
    """The part of a check that is the same for every document of a run."""

    refs: ReferenceBase
    checkers: dict[str, Checker]
    options: CheckOptions = field(default_factory=CheckOptions)

    @classmethod
    def prepare(cls, settings: Settings, *, store: bool, config: Config | None = None,
                refs: ReferenceBase | None = None) -> CheckSetup:
        """Reference base (bundled and configured packs, plus stored ones with ``store``) and
        checkers from ``settings`` and the project configuration (``[tool.factdesk]``)."""
        from factdesk.pipeline import reference_base
        from factdesk.registry import load_checkers

        if config is not None and config.packs:
            extra = [*filter(None, settings.packs.split(os.pathsep)), *map(str, config.packs)]
            settings = settings.model_copy(update={"packs": os.pathsep.join(extra)})
        options = CheckOptions.from_settings(settings, config)
        if refs is None:
            refs = reference_base(settings, store=store)
        return cls(refs=refs, checkers=load_checkers(options.checkers), options=options)

    @property
    def checker_names(self) -> str:
        """``name@version`` of each checker, as a run records them."""
        return ",".join(f"{c.name}@{c.version}" for c in self.checkers.values())


def run_check(doc: Document, view: TextView, setup: CheckSetup) -> DocumentReport:
    """Check one document: find -> resolve -> compare, then the suppressions."""
    from factdesk import ci
    from factdesk.pipeline import check_document

    o = setup.options
    report = check_document(doc, view, setup.refs, setup.checkers, identify_from=o.identify_from,
                            extractors=o.extractors)
    return ci.apply_suppressions(report) if o.suppressions else report
