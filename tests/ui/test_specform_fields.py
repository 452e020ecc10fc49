"""A dialog on a code-built form saves exactly the form's rows, in form order, unless it
names its fields itself (RecordDialog.__init_subclass__ takes them from SpecForm.names())."""

from __future__ import annotations

from brobygger.ui.agreements.dialogs import (
    AgreementDialog,
    DeviationDialog,
    TransferDialog,
    VersionDialog,
)
from brobygger.ui.asks.dialogs import AnswerDialog, AskDialog, CloseDialog, SelfReviewDialog
from brobygger.ui.dialogs import RecordDialog
from brobygger.ui.specform import SpecForm


def test_spec_dialogs_take_the_forms_rows() -> None:
    for dialog in (AgreementDialog, VersionDialog, DeviationDialog, TransferDialog, AskDialog,
                   AnswerDialog, CloseDialog, SelfReviewDialog):
        spec = dialog.ui_class.spec
        assert dialog.fields == tuple(row[0] for row in spec), dialog.__name__
    assert AskDialog.fields[:2] == ("initiative_id", "title")
    assert CloseDialog.fields == ("status", "closed_on", "note")


def test_named_fields_win() -> None:
    class _Form(SpecForm):
        spec = (("a", "A", "line"), ("b", "B", "line"))

    class _Own(RecordDialog):
        ui_class = _Form
        service = "x"
        fields = ("b",)

    class _Derived(RecordDialog):
        ui_class = _Form
        service = "x"

    assert _Own.fields == ("b",)
    assert _Derived.fields == ("a", "b")
