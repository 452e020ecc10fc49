"""Editing dialogs. Each one is a Designer form (``ui/*.ui``) plus a little code.

Saving runs on the write worker. A :class:`ValidationError` from the services keeps the
dialog open, shows the Danish message right under the offending field and focuses it –
nothing the user typed is lost.

Editing is optimistic: the dialog saves with ``expected_version`` = the version it loaded.
When someone else changed the record meanwhile (a shared workspace, another window) the
services raise :class:`ConflictError`; the dialog stays open with the user's text, says
what happened and offers to load their version (»Genindlæs«) or to keep editing and save
over it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from brobygger.domain import cpr, rules
from brobygger.domain.catalogue import (
    ACTION_STATUSES,
    BARRIER_STATUSES,
    BARRIERS,
    CORNERSTONES,
    DECISION_STATUSES,
    DIRECTIONS,
    ENTRY_TYPES,
    ESCALATION_LEVELS,
    FORMALISATION,
    INITIATIVE_STATUSES,
    LEVELS,
    MEANINGS,
    MEMBER_ROLES,
    PLAGUES,
    SECTORS,
)
from brobygger.domain.errors import (
    BrobyggerError,
    ConflictError,
    CprFoundError,
    ValidationError,
)
from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    date_value,
    error_text,
    fill_combo,
    set_combo_value,
    set_date,
    setup_date,
)
from brobygger.ui.forms.ui_actiondialog import Ui_ActionDialog
from brobygger.ui.forms.ui_barrierdialog import Ui_BarrierDialog
from brobygger.ui.forms.ui_indicatordialog import Ui_IndicatorDialog
from brobygger.ui.forms.ui_initiativedialog import Ui_InitiativeDialog
from brobygger.ui.forms.ui_logentrydialog import Ui_LogEntryDialog
from brobygger.ui.forms.ui_measurementdialog import Ui_MeasurementDialog
from brobygger.ui.forms.ui_memberdialog import Ui_MemberDialog
from brobygger.ui.forms.ui_organisationdialog import Ui_OrganisationDialog
from brobygger.ui.forms.ui_partydialog import Ui_PartyDialog
from brobygger.ui.forms.ui_persondialog import Ui_PersonDialog
from brobygger.ui.forms.ui_plaguedialog import Ui_PlagueDialog
from brobygger.ui.forms.ui_relationshipdialog import Ui_RelationshipDialog
from brobygger.ui.models import CheckListModel

if TYPE_CHECKING:
    from brobygger.services import Services

log = logging.getLogger(__name__)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def severity_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen")), (1, _tr("dialogs", "1 – lidt")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – alvorlig"))]


def impact_choices() -> list[tuple[int, str]]:
    return [(0, _tr("dialogs", "0 – ingen betydning")), (1, _tr("dialogs", "1 – lille")),
            (2, _tr("dialogs", "2 – betydelig")),
            (3, _tr("dialogs", "3 – stor"))]


class RecordDialog(QDialog):
    """Create or edit one record through ``ctx.svc.<service>``."""

    ui_class: ClassVar[type]
    service: ClassVar[str]
    fields: ClassVar[tuple[str, ...]]
    optional_dates: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[dict[str, str]] = {}
    title_new: ClassVar[object] = ""
    title_edit: ClassVar[object] = ""

    saved = Signal(object)

    def __init__(self, ctx: Context, record: Any = None, parent: QWidget | None = None,
                 **defaults: Any) -> None:
        super().__init__(parent)
        self.ctx, self.record, self.defaults = ctx, record, defaults
        self.result_record: Any = None
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.check_models: dict[str, CheckListModel] = {}
        self._errors: dict[str, QLabel] = {}
        self._form_error = QLabel(self)
        self._form_error.setWordWrap(True)
        style.set_role(self._form_error, "error")
        self._form_error.hide()
        self.mask_button = QPushButton(_tr("dialogs", "Maskér CPR-numre"), self)
        self.mask_button.setToolTip(_tr("dialogs", "Erstatter de sidste fire cifre med ****"))
        self.mask_button.clicked.connect(self.mask_cpr)
        self.mask_button.hide()
        self.conflict: ConflictError | None = None
        # look-ups (initiatives, organisations, people) read in the background
        self._lookups: list[tuple[Any, str, str | None, Any]] = []
        self._lookup_kinds: set[str] = set()
        self.lookup_data: dict[str, list[tuple[Any, str]]] = {}
        self.lookups_pending = False
        self._build_conflict_bar()
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            at = layout.count() - 1 if layout.count() else 0
            layout.insertWidget(at, self._form_error)
            layout.insertWidget(at + 1, self.mask_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.insertWidget(at + 2, self.conflict_bar)
        for name in self.fields:
            w = getattr(self.ui, name, None)
            if isinstance(w, QDateEdit):
                setup_date(w, optional=name in self.optional_dates)
        self.setup()
        if record is not None:
            self.load(record)
            title = self.title_edit
        else:
            self.load_defaults(defaults)
            title = self.title_new
        if title:
            self.setWindowTitle(QCoreApplication.translate("dialogs", str(title)))
        buttons: QDialogButtonBox = self.ui.buttons
        self._start_lookups()
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(_tr("dialogs", "Gem"))
            save.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(_tr("dialogs", "Annuller"))

    # -- look-ups --------------------------------------------------------------------------
    def lookup(self, target: Any, kind: str, none_label: str | None = None, *,
               exclude: Any = None) -> None:
        """Fill ``target`` (a combo box or a check list) with ``kind`` – initiatives,
        people, organisations – once read in the background (no query on the UI thread);
        meanwhile a combo holds only ``none_label`` and Save waits."""
        if isinstance(target, QComboBox):
            fill_combo(target, [], none_label=none_label)
        self._lookups.append((target, kind, none_label, exclude))
        self._lookup_kinds.add(kind)

    def _start_lookups(self) -> None:
        if not self._lookup_kinds:
            return
        svc, kinds = self.ctx.svc, sorted(self._lookup_kinds)
        self.lookups_pending = True
        self.ui.buttons.setEnabled(False)
        self.ctx.tasks.run(lambda: read_lookups(svc, kinds), self._lookups_arrived,
                           self._failed)

    def _wanted(self, name: str) -> Any:
        if self.record is not None:
            return getattr(self.record, name, None)
        return self.defaults.get(name)

    def _lookups_arrived(self, data: dict[str, list[tuple[Any, str]]]) -> None:
        self.lookup_data = data
        for target, kind, none_label, exclude in self._lookups:
            items = [x for x in data[kind] if exclude is None or x[0] != exclude]
            if isinstance(target, QComboBox):
                wanted = self._wanted(target.objectName())
                fill_combo(target, items, none_label=none_label)
                if wanted is not None:
                    set_combo_value(target, wanted)
            else:
                name = next(n for n, m in self.check_models.items() if m is target)
                target.set_items(items)
                target.set_checked(self._wanted(name) or ())
        self.after_lookups()
        self.lookups_pending = False
        self.ui.buttons.setEnabled(True)

    def after_lookups(self) -> None:
        """Hook: the look-ups have arrived (:attr:`lookup_data`)."""

    # -- hooks ----------------------------------------------------------------------------
    def setup(self) -> None:
        """Fill combo boxes and connect widgets."""

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        for name, value in defaults.items():
            w = self.widget_for(name)
            if w is not None:
                self.set_value(w, value)

    def load(self, record: Any) -> None:
        for name in self.fields:
            w = self.widget_for(name)
            if w is not None and hasattr(record, name):
                self.set_value(w, getattr(record, name))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.fields:
            w = self.widget_for(name)
            if w is not None:
                out[name] = self.value_of(name, w)
        for key, value in self.defaults.items():
            out.setdefault(key, value)
        return out

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        svc = getattr(self.ctx.svc, self.service)
        if self.record is None:
            return lambda: svc.create(**values)
        record_id, version = self.record.id, self.loaded_version()
        return lambda: svc.update(record_id, expected_version=version, **values)

    def loaded_version(self) -> int | None:
        """The version of the record this dialog started from (for optimistic locking)."""
        version = getattr(self.record, "version", None)
        return version if isinstance(version, int) else None

    # -- widgets ----------------------------------------------------------------------------
    def widget_for(self, name: str) -> QWidget | None:
        w = getattr(self.ui, name, None)
        return w if isinstance(w, QWidget) else None

    def value_of(self, name: str, w: QWidget) -> Any:
        if name in self.check_models:
            return self.check_models[name].checked()
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return combo_value(w)
        if isinstance(w, QDateEdit):
            return date_value(w)
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return None

    def set_value(self, w: QWidget, value: Any) -> None:
        name = w.objectName()
        if name in self.check_models:
            self.check_models[name].set_checked(value or ())
        elif isinstance(w, QLineEdit):
            if isinstance(value, tuple | list):
                value = ", ".join(str(v) for v in value)
            elif isinstance(value, float):
                value = i18n.fmt_number(value)
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QComboBox):
            set_combo_value(w, value)
        elif isinstance(w, QDateEdit):
            set_date(w, value if isinstance(value, date) else None)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self.clear_errors()
        try:
            work = self.write(self.values())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        self._busy(True)
        self.ctx.tasks.run(work, self._saved, self._failed, write=True)

    def _busy(self, busy: bool) -> None:
        self.ui.buttons.setEnabled(not busy)

    def _saved(self, result: Any) -> None:
        self._busy(False)
        self.result_record = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ConflictError):
            self.show_conflict(exc)
        elif isinstance(exc, CprFoundError):
            self.show_error(exc.field, exc.message)
            self.mask_button.show()
        elif isinstance(exc, ValidationError):
            self.show_error(exc.field, exc.message)
        elif isinstance(exc, BrobyggerError):
            self.show_error("", exc.message)
        else:
            self.show_error("", error_text(exc))

    def mask_cpr(self) -> None:
        """Mask every CPR-like number in the dialog's text fields (the user then saves)."""
        for w in self.findChildren(QLineEdit):
            masked = cpr.mask_cpr(w.text())
            if masked != w.text():
                w.setText(masked)
        for t in self.findChildren(QPlainTextEdit):
            masked = cpr.mask_cpr(t.toPlainText())
            if masked != t.toPlainText():
                t.setPlainText(masked)
        self.mask_button.hide()
        self.clear_errors()

    # -- someone else changed the record ---------------------------------------------------
    def _build_conflict_bar(self) -> None:
        bar = self.conflict_bar = QFrame(self)
        bar.setObjectName("conflictBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_tr("dialogs", "Vil du se deres version?"), bar), 1)
        self.reload_button = QPushButton(_tr("dialogs", "&Genindlæs deres version"), bar)
        self.reload_button.setToolTip(_tr("dialogs", "Viser den gemte version; din tekst i "
                                                     "dialogen erstattes."))
        self.reload_button.clicked.connect(self.reload_theirs)
        self.keep_button = QPushButton(_tr("dialogs", "&Behold min tekst"), bar)
        self.keep_button.setToolTip(_tr("dialogs", "Du redigerer videre; når du gemmer, "
                                                   "erstatter din version deres."))
        self.keep_button.clicked.connect(self.keep_mine)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        bar.hide()

    def show_conflict(self, exc: ConflictError) -> None:
        """Their change wins nothing silently: say so, keep the text, offer the choice."""
        self.conflict = exc
        self.show_error("", exc.message)
        has_theirs = exc.current is not None
        self.reload_button.setEnabled(has_theirs)
        self.keep_button.setEnabled(has_theirs)
        self.conflict_bar.setVisible(has_theirs)

    def reload_theirs(self) -> None:
        """Load the version someone else saved (the user's text in the dialog is replaced)."""
        if self.conflict is None or self.conflict.current is None:
            return
        self.record = self.conflict.current
        self.conflict = None
        self.load(self.record)
        self.clear_errors()
        self._hint(_tr("dialogs", "Deres version er indlæst. Ret den, og gem."))

    def keep_mine(self) -> None:
        """Keep editing the user's text; saving then replaces their version."""
        if self.conflict is None or self.conflict.current is None:
            return
        self.record = self.conflict.current  # save on top of the version now stored
        self.conflict = None
        self.clear_errors()
        self._hint(_tr("dialogs", "Din tekst er bevaret. Tryk Gem for at gemme den i stedet "
                                  "for deres version."))

    def _hint(self, text: str) -> None:
        style.set_role(self._form_error, "hint")
        self._form_error.setText(text)
        self._form_error.show()

    # -- inline errors --------------------------------------------------------------------
    def clear_errors(self) -> None:
        for name, label in self._errors.items():
            label.hide()
            w = self.widget_for(name)
            if w is not None:
                w.setProperty("invalid", False)
                w.style().unpolish(w)
                w.style().polish(w)
        self._form_error.hide()
        style.set_role(self._form_error, "error")
        self.conflict_bar.hide()

    def error_label(self, name: str) -> QLabel | None:
        label = self._errors.get(name)
        return label if label is not None and label.isVisible() else None

    def form_error(self) -> str:
        return self._form_error.text() if not self._form_error.isHidden() else ""

    def show_error(self, field: str, message: str) -> None:
        name = self.aliases.get(field, field)
        w = self.widget_for(name) if name else None
        if w is None:
            self._form_error.setText(message)
            self._form_error.show()
            return
        label = self._errors.get(name)
        if label is None:
            label = QLabel(self)
            label.setWordWrap(True)
            style.set_role(label, "error")
            self._place_error(w, label)
            self._errors[name] = label
        label.setText(message)
        label.show()
        w.setProperty("invalid", True)
        w.style().unpolish(w)
        w.style().polish(w)
        self._reveal(w)
        w.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_error(self, w: QWidget, label: QLabel) -> None:
        for form in self.findChildren(QFormLayout):
            position: Any = form.getWidgetPosition(w)
            row = int(position[0])
            if row >= 0:
                form.insertRow(row + 1, "", label)
                return
        for box in self.findChildren(QBoxLayout):
            pos = box.indexOf(w)
            if pos >= 0:
                box.insertWidget(pos + 1, label)
                return
        self._form_error.setText(label.text())

    def _reveal(self, w: QWidget) -> None:
        """Switch tabs so the widget with the error is visible."""
        child: QWidget | None = w
        while child is not None:
            parent = child.parentWidget()
            if parent is not None and isinstance(parent.parentWidget(), QTabWidget):
                tabs = parent.parentWidget()
                assert isinstance(tabs, QTabWidget)
                index = tabs.indexOf(child)
                if index >= 0:
                    tabs.setCurrentIndex(index)
            child = parent


# -- helpers for the concrete dialogs -----------------------------------------------------
def read_lookups(svc: Services, kinds: Iterable[str]) -> dict[str, list[tuple[Any, str]]]:
    """The choices of the dialogs' look-ups: ``initiatives``, ``people``,
    ``organisations`` and ``parties:<initiative id>`` (its organisations). Database work:
    the dialogs run it in the background."""
    out: dict[str, list[tuple[Any, str]]] = {}
    for kind in kinds:
        if kind == "initiatives":
            out[kind] = [(i.id, i.name) for i in svc.initiatives.all()]
        elif kind == "organisations":
            out[kind] = [(o.id, o.name) for o in svc.organisations.all()]
        elif kind == "people":
            orgs = {o.id: o.name for o in svc.organisations.all()}
            out[kind] = []
            for p in svc.people.all():
                extra = p.title or orgs.get(p.organisation_id or uuid.UUID(int=0), "")
                out[kind].append((p.id, f"{p.name} ({extra})" if extra else p.name))
        elif kind.startswith("parties:"):
            out[kind] = [(p.organisation_id, p.organisation_name)
                         for p in svc.parties.list(uuid.UUID(kind.split(":", 1)[1]))]
    return out


class InitiativeDialog(RecordDialog):
    ui_class = Ui_InitiativeDialog
    service = "initiatives"
    fields = ("name", "status", "parent_id", "start_date", "end_date", "purpose", "trigger")
    optional_dates = ("start_date", "end_date")
    aliases: ClassVar[dict[str, str]] = {"initiative_statuses": "status",
                                         "formalisation": "formalisation",
                                         "meaning": "meaning", "cornerstones": "cornerstones"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Nyt initiativ")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger initiativ")

    def setup(self) -> None:
        fill_combo(self.ui.status, i18n.choices(INITIATIVE_STATUSES))
        own = self.record.id if self.record is not None else None
        self.lookup(self.ui.parent_id, "initiatives",
                    _tr("dialogs", "(intet – et selvstændigt initiativ)"), exclude=own)
        self.sliders: dict[str, dict[str, QSlider]] = {"formalisation": {}, "meaning": {},
                                                       "cornerstones": {}}
        grid: QGridLayout = self.ui.formalisationGrid
        for row, item in enumerate(FORMALISATION.items):
            name = QLabel(item.label(i18n.lang()))
            name.setToolTip(item.description_da)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(_tr("dialogs", "samarbejde")), row, 1)
            slider = self._slider(0, 5, _tr("dialogs", "ikke vurderet"))
            grid.addWidget(slider, row, 2)
            grid.addWidget(QLabel(_tr("dialogs", "samordning")), row, 3)
            grid.addWidget(slider.value_label, row, 4)  # type: ignore[attr-defined]
            self.sliders["formalisation"][item.code] = slider
        grid.setColumnStretch(2, 1)
        mgrid: QGridLayout = self.ui.meaningGrid
        row = 0
        for key, catalogue, heading in (("meaning", MEANINGS, _tr("dialogs", "Fælles mening")),
                                        ("cornerstones", CORNERSTONES,
                                         _tr("dialogs", "Hjørnesten"))):
            head = QLabel(f"<b>{heading}</b>")
            mgrid.addWidget(head, row, 0, 1, 3)
            row += 1
            for item in catalogue.items:
                name = QLabel(item.label(i18n.lang()))
                name.setToolTip(item.description_da)
                slider = self._slider(0, 3, "0")
                mgrid.addWidget(name, row, 0)
                mgrid.addWidget(slider, row, 1)
                mgrid.addWidget(slider.value_label, row, 2)  # type: ignore[attr-defined]
                self.sliders[key][item.code] = slider
                row += 1
        mgrid.setColumnStretch(1, 1)

    def _slider(self, lo: int, hi: int, zero_text: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(lo, hi)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(160)
        value_label = QLabel(zero_text)
        value_label.setMinimumWidth(90)

        def show(v: int) -> None:
            value_label.setText(zero_text if v == 0 else str(v))

        slider.valueChanged.connect(show)
        slider.value_label = value_label  # type: ignore[attr-defined]
        return slider

    def load(self, record: Any) -> None:
        super().load(record)
        for key in self.sliders:
            current = getattr(record, key) or {}
            for code, slider in self.sliders[key].items():
                slider.setValue(int(current.get(code, 0)))

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.status, "opstart")
        super().load_defaults(defaults)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["formalisation"] = {c: s.value() for c, s in self.sliders["formalisation"].items()
                                if s.value() > 0}
        out["meaning"] = {c: s.value() for c, s in self.sliders["meaning"].items()}
        out["cornerstones"] = {c: s.value() for c, s in self.sliders["cornerstones"].items()}
        return out

    def widget_for(self, name: str) -> QWidget | None:
        if name in ("formalisation", "meaning", "cornerstones"):
            sliders = list(self.sliders[name].values())
            return sliders[0] if sliders else None
        return super().widget_for(name)


class LogEntryDialog(RecordDialog):
    ui_class = Ui_LogEntryDialog
    service = "log"
    fields = ("entry_date", "type", "title", "initiative_id", "decision_status",
              "escalation_level", "escalated_to", "body", "tags", "participants", "plagues",
              "barriers")
    aliases: ClassVar[dict[str, str]] = {"entry_types": "type",
                                         "decision_statuses": "decision_status",
                                         "escalation_levels": "escalation_level"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny logindførsel")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger logindførsel")

    def setup(self) -> None:
        ui = self.ui
        fill_combo(ui.type, i18n.choices(ENTRY_TYPES))
        self.lookup(ui.initiative_id, "initiatives",
                    _tr("dialogs", "(ikke knyttet til et initiativ)"))
        fill_combo(ui.decision_status, i18n.choices(DECISION_STATUSES))
        fill_combo(ui.escalation_level, [c for c in i18n.choices(ESCALATION_LEVELS)
                                         if c[0] != "lokalt"],
                   none_label=_tr("dialogs", "(vælg niveau)"))
        people = CheckListModel([], self)
        self.lookup(people, "people")
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(people)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.participants.setModel(proxy)
        ui.participantsFilter.textChanged.connect(proxy.setFilterFixedString)
        plagues = CheckListModel(i18n.choices(PLAGUES), self,
                                 {i.code: i.description_da for i in PLAGUES.items})
        barriers = CheckListModel(i18n.choices(BARRIERS), self,
                                  {i.code: i.description_da for i in BARRIERS.items})
        ui.plagues.setModel(plagues)
        ui.barriers.setModel(barriers)
        self.check_models = {"participants": people, "plagues": plagues, "barriers": barriers}
        for view in (ui.plagues, ui.barriers):
            view.setMaximumHeight(150)
        ui.participants.setMinimumWidth(300)
        for view in (ui.participants, ui.plagues, ui.barriers):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.body.setMinimumHeight(140)
        ui.type.currentIndexChanged.connect(self._type_changed)

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.type, "moede")
        super().load_defaults(defaults)
        self._type_changed()

    def load(self, record: Any) -> None:
        super().load(record)
        self._type_changed()

    def _type_changed(self) -> None:
        kind = combo_value(self.ui.type)
        form: QFormLayout = self.ui.form
        form.setRowVisible(self.ui.decision_status, kind in ("beslutning", "aftale"))
        form.setRowVisible(self.ui.escalation_level, kind == "eskalering")
        form.setRowVisible(self.ui.escalated_to, kind == "eskalering")

    def values(self) -> dict[str, Any]:
        out = super().values()
        kind = out.get("type")
        if kind not in ("beslutning", "aftale"):
            out["decision_status"] = None
        if kind != "eskalering":
            out["escalation_level"] = None
            out["escalated_to"] = ""
        return out


class RelationshipDialog(RecordDialog):
    ui_class = Ui_RelationshipDialog
    service = "relationships"
    fields = ("assessed_on", "kendskab", "respekt", "tillid", "note")
    aliases: ClassVar[dict[str, str]] = {"org_a_id": "party_a", "person_a_id": "party_a",
                                         "org_b_id": "party_b", "person_b_id": "party_b"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny relationsvurdering")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger relationsvurdering")

    def setup(self) -> None:
        ui = self.ui
        fill_combo(ui.kind, [("org", _tr("dialogs", "To organisationer")),
                             ("person", _tr("dialogs", "To personer"))])
        ui.kind.currentIndexChanged.connect(self._fill_parties)
        for kind in ("people", "organisations"):
            self._lookup_kinds.add(kind)
        if self._initiative_id():
            self._lookup_kinds.add(f"parties:{self._initiative_id()}")
        for spin in (ui.kendskab, ui.respekt, ui.tillid):
            spin.setValue(5)
            spin.valueChanged.connect(self._preview)
        self._fill_parties()
        self._preview()

    def _initiative_id(self) -> Any:
        return self.defaults.get("initiative_id") or (
            self.record.initiative_id if self.record is not None else None)

    def _fill_parties(self) -> None:
        data = self.lookup_data
        if combo_value(self.ui.kind) == "person":
            items = list(data.get("people", []))
        else:
            items = list(data.get("organisations", []))
            initiative_id = self._initiative_id()
            if initiative_id:  # the initiative's parties first
                parties = {o for o, _n in data.get(f"parties:{initiative_id}", [])}
                items.sort(key=lambda x: (x[0] not in parties, x[1]))
        fill_combo(self.ui.party_a, items, none_label=_tr("dialogs", "(vælg)"), keep=False)
        fill_combo(self.ui.party_b, items, none_label=_tr("dialogs", "(vælg)"), keep=False)

    def _preview(self) -> None:
        k, r, t = self.ui.kendskab.value(), self.ui.respekt.value(), self.ui.tillid.value()
        stage = rules.ladder_stage(k, r, t)
        nxt = rules.next_step(k, r, t)
        text = "<b>" + rules.stage_label(stage, i18n.lang()) + "</b>"
        if nxt is not None:
            text += " · " + _tr("dialogs", "næste trin: {step}").format(
                step=rules.stage_label(nxt, i18n.lang()).lower())
        self.ui.stagePreview.setText(text)

    def load(self, record: Any) -> None:
        super().load(record)
        is_org = record.org_a_id is not None
        set_combo_value(self.ui.kind, "org" if is_org else "person")
        self._fill_parties()
        self._preview()

    def after_lookups(self) -> None:
        """Fill the parties and choose the record's (or the defaults') pair."""
        self._fill_parties()
        if self.record is not None:
            r, is_org = self.record, self.record.org_a_id is not None
            a, b = (r.org_a_id, r.org_b_id) if is_org else (r.person_a_id, r.person_b_id)
        else:
            a, b = self.defaults.get("party_a"), self.defaults.get("party_b")
        if a is not None:
            set_combo_value(self.ui.party_a, a)
        if b is not None:
            set_combo_value(self.ui.party_b, b)

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        super().load_defaults({k: v for k, v in defaults.items() if k in self.fields})

    def values(self) -> dict[str, Any]:
        out = super().values()
        out.pop("party_a", None)
        out.pop("party_b", None)
        a, b = combo_value(self.ui.party_a), combo_value(self.ui.party_b)
        if combo_value(self.ui.kind) == "person":
            out.update(person_a_id=a, person_b_id=b, org_a_id=None, org_b_id=None)
        else:
            out.update(org_a_id=a, org_b_id=b, person_a_id=None, person_b_id=None)
        if self.record is None:
            out.setdefault("initiative_id", self.defaults.get("initiative_id"))
        return out


class PlagueDialog(RecordDialog):
    ui_class = Ui_PlagueDialog
    service = "plagues"
    fields = ("plague", "assessed_on", "severity", "note", "mitigation", "owner_id")
    aliases: ClassVar[dict[str, str]] = {"plagues": "plague"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny vurdering af plage")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger vurdering af plage")

    def setup(self) -> None:
        fill_combo(self.ui.plague, i18n.choices(PLAGUES))
        fill_combo(self.ui.severity, severity_choices())
        self.lookup(self.ui.owner_id, "people", _tr("dialogs", "(ingen)"))
        self.ui.plague.currentIndexChanged.connect(self._describe)
        style.set_role(self.ui.plagueDescription, "hint")
        self._describe()

    def _describe(self) -> None:
        code = combo_value(self.ui.plague)
        self.ui.plagueDescription.setText(PLAGUES.get(code).description_da if code else "")

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.severity, 1)
        super().load_defaults(defaults)


class BarrierDialog(RecordDialog):
    ui_class = Ui_BarrierDialog
    service = "barriers"
    fields = ("barrier", "assessed_on", "impact", "escalation_level", "ask", "ask_to", "status")
    aliases: ClassVar[dict[str, str]] = {"barriers": "barrier",
                                         "escalation_levels": "escalation_level",
                                         "barrier_statuses": "status"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny vurdering af barriere")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger vurdering af barriere")

    def setup(self) -> None:
        fill_combo(self.ui.barrier, i18n.choices(BARRIERS))
        fill_combo(self.ui.impact, impact_choices())
        fill_combo(self.ui.escalation_level, i18n.choices(ESCALATION_LEVELS))
        fill_combo(self.ui.status, i18n.choices(BARRIER_STATUSES))
        self.ui.barrier.currentIndexChanged.connect(self._describe)
        style.set_role(self.ui.barrierDescription, "hint")
        self._describe()

    def _describe(self) -> None:
        code = combo_value(self.ui.barrier)
        self.ui.barrierDescription.setText(BARRIERS.get(code).description_da if code else "")

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.impact, 2)
        super().load_defaults(defaults)


class IndicatorDialog(RecordDialog):
    ui_class = Ui_IndicatorDialog
    service = "indicators"
    fields = ("name", "unit", "direction", "baseline", "target", "description")
    aliases: ClassVar[dict[str, str]] = {"directions": "direction"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny indikator")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger indikator")

    def setup(self) -> None:
        fill_combo(self.ui.direction, i18n.choices(DIRECTIONS))
        style.set_role(self.ui.intro, "hint")


class MeasurementDialog(RecordDialog):
    ui_class = Ui_MeasurementDialog
    service = "measurements"
    fields = ("measured_on", "value", "source")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny måling")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger måling")


class PersonDialog(RecordDialog):
    ui_class = Ui_PersonDialog
    service = "people"
    fields = ("name", "title", "organisation_id", "level", "phone", "email", "is_champion",
              "active_from", "active_to", "notes")
    optional_dates = ("active_from", "active_to")
    aliases: ClassVar[dict[str, str]] = {"levels": "level"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny person")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger person")

    def setup(self) -> None:
        self.lookup(self.ui.organisation_id, "organisations", _tr("dialogs", "(ingen)"))
        fill_combo(self.ui.level, i18n.choices(LEVELS))
        style.set_role(self.ui.intro, "hint")

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.level, "chef")
        super().load_defaults(defaults)


class OrganisationDialog(RecordDialog):
    ui_class = Ui_OrganisationDialog
    service = "organisations"
    fields = ("name", "sector", "parent_id", "notes")
    aliases: ClassVar[dict[str, str]] = {"sectors": "sector"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny organisation")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger organisation")

    def setup(self) -> None:
        fill_combo(self.ui.sector, i18n.choices(SECTORS))
        own = self.record.id if self.record is not None else None
        self.lookup(self.ui.parent_id, "organisations", _tr("dialogs", "(ingen)"), exclude=own)


class PartyDialog(RecordDialog):
    ui_class = Ui_PartyDialog
    service = "parties"
    fields = ("organisation_id", "role")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Tilføj part")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger part")

    def setup(self) -> None:
        self.lookup(self.ui.organisation_id, "organisations",
                    _tr("dialogs", "(vælg organisation)"))


class MemberDialog(RecordDialog):
    ui_class = Ui_MemberDialog
    service = "members"
    fields = ("person_id", "role")
    aliases: ClassVar[dict[str, str]] = {"member_roles": "role"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Tilføj person")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger rolle")

    def setup(self) -> None:
        self.lookup(self.ui.person_id, "people", _tr("dialogs", "(vælg person)"))
        fill_combo(self.ui.role, i18n.choices(MEMBER_ROLES))

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        set_combo_value(self.ui.role, "medlem")
        super().load_defaults(defaults)


class ActionDialog(RecordDialog):
    ui_class = Ui_ActionDialog
    service = "actions"
    fields = ("title", "initiative_id", "owner_id", "due_date", "status", "notes")
    optional_dates = ("due_date",)
    aliases: ClassVar[dict[str, str]] = {"action_statuses": "status"}
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny handling")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Rediger handling")

    def setup(self) -> None:
        self.lookup(self.ui.initiative_id, "initiatives", _tr("dialogs", "(intet initiativ)"))
        self.lookup(self.ui.owner_id, "people", _tr("dialogs", "(ingen)"))
        fill_combo(self.ui.status, i18n.choices(ACTION_STATUSES))


def open_dialog(dialog: QDialog, on_saved: Callable[[Any], None] | None = None) -> QDialog:
    """Show a dialog window-modally without blocking (tests can drive it)."""
    if on_saved is not None and isinstance(dialog, RecordDialog):
        dialog.saved.connect(on_saved)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


__all__ = ["ActionDialog", "BarrierDialog", "IndicatorDialog", "InitiativeDialog",
           "LogEntryDialog", "MeasurementDialog", "MemberDialog", "OrganisationDialog",
           "PartyDialog", "PersonDialog", "PlagueDialog", "RecordDialog",
           "RelationshipDialog", "open_dialog"]
