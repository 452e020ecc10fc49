"""Exchange with a counterpart and exports (no Qt).

Bundles (:mod:`.bundle`, :mod:`.merge`) – one or more initiatives in one encrypted file::

    export_bundle(svc, [initiative.id], "akut.brobygger", passphrase)
    preview = read_bundle("akut.brobygger", passphrase)     # decrypt + check, no changes
    plan = plan_import(svc, preview)                        # new/identical/updated/conflicts
    choices = plan.resolutions(); choices.resolve_all(Choice.THEIRS)
    result = apply_import(svc, plan, choices)               # backup, one transaction

Exports: :func:`export_table` (CSV/XLSX of log, actions, assessments) and
:func:`export_ics` (meetings and actions for Outlook).
"""

from brobygger.exchange.bundle import (
    BundlePreview,
    ExportResult,
    KdfCost,
    Manifest,
    export_bundle,
    read_bundle,
)
from brobygger.exchange.calendar import export_ics
from brobygger.exchange.conflicts import (
    CHOICE_LABELS_DA,
    Choice,
    Conflict,
    CprInBundle,
    FieldChange,
    ImportPlan,
    ImportResult,
    RecordRef,
    Resolutions,
)
from brobygger.exchange.errors import (
    BundleContentError,
    BundleError,
    BundleTooNewError,
    BundleTruncatedError,
    NotABundleError,
    StalePlanError,
    UnresolvedConflictsError,
    WrongPassphraseError,
)
from brobygger.exchange.merge import apply_import, plan_import
from brobygger.exchange.tables import export_table

__all__ = [
    "CHOICE_LABELS_DA",
    "BundleContentError",
    "BundleError",
    "BundlePreview",
    "BundleTooNewError",
    "BundleTruncatedError",
    "Choice",
    "Conflict",
    "CprInBundle",
    "ExportResult",
    "FieldChange",
    "ImportPlan",
    "ImportResult",
    "KdfCost",
    "Manifest",
    "NotABundleError",
    "RecordRef",
    "Resolutions",
    "StalePlanError",
    "UnresolvedConflictsError",
    "WrongPassphraseError",
    "apply_import",
    "export_bundle",
    "export_ics",
    "export_table",
    "plan_import",
    "read_bundle",
]
