"""Editing dialogs, one module per dialog (or pair of closely related dialogs) over the
shared :class:`~brobygger.ui.dialogs.record.RecordDialog`."""

from brobygger.ui.dialogs.action import ActionDialog
from brobygger.ui.dialogs.assessments import BarrierDialog, PlagueDialog
from brobygger.ui.dialogs.choices import (
    impact_choices,
    read_lookups,
    severity_choices,
)
from brobygger.ui.dialogs.directory import OrganisationDialog, PersonDialog
from brobygger.ui.dialogs.initiative import InitiativeDialog
from brobygger.ui.dialogs.log_entry import LogEntryDialog
from brobygger.ui.dialogs.membership import MemberDialog, PartyDialog
from brobygger.ui.dialogs.record import RecordDialog, open_dialog
from brobygger.ui.dialogs.relationship import RelationshipDialog
from brobygger.ui.dialogs.results import IndicatorDialog, MeasurementDialog

__all__ = ["ActionDialog", "BarrierDialog", "IndicatorDialog", "InitiativeDialog",
           "LogEntryDialog", "MeasurementDialog", "MemberDialog", "OrganisationDialog",
           "PartyDialog", "PersonDialog", "PlagueDialog", "RecordDialog",
           "RelationshipDialog", "impact_choices", "open_dialog", "read_lookups",
           "severity_choices"]
