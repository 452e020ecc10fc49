"""The base of every editing dialog: a Designer form (``ui/*.ui``) plus a little code.

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
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
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

from brobygger.domain import cpr
from brobygger.domain.codelist import Catalogue
from brobygger.domain.errors import BrobyggerError, ConflictError, CprFoundError, ValidationError
from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    InlineErrors,
    combo_value,
    error_text,
    fill_combo,
    set_combo_value,
)
from brobygger.ui.datefield import DateField, replace_date_edit
from brobygger.ui.discard import DiscardGuard
from brobygger.ui.form_setup import standard_buttons
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import CheckListModel
from brobygger.ui.numberfields import ScoreBox, replace_spin_box

log = logging.getLogger(__name__)



class _FieldErrors(InlineErrors):
    """A record dialog's messages: wrapped, under the field in whichever of the dialog's
    form or box layouts holds it."""

    wrap = True

    def place(self, widget: QWidget, label: QLabel) -> bool:
        """Under the widget's row – the widget's own, or that of the stack or box holding it
        (the log entry's type-dependent fields sit in a stack)."""
        w: QWidget | None = widget
        while w is not None and w is not self.dialog:
            if self._insert_after(w, label):
                return True
            w = w.parentWidget()
        return False

    def _insert_after(self, widget: QWidget, label: QLabel) -> bool:
        for form in self.dialog.findChildren(QFormLayout):
            position: Any = form.getWidgetPosition(widget)
            if int(position[0]) >= 0:
                form.insertRow(int(position[0]) + 1, "", label)
                return True
        for box in self.dialog.findChildren(QBoxLayout):
            at = box.indexOf(widget)
            if at >= 0:
                box.insertWidget(at + 1, label)
                return True
        return False


class RecordDialog(DiscardGuard, QDialog):
    """Create or edit one record through ``ctx.svc.<service>``."""

    ui_class: ClassVar[type]
    service: ClassVar[str]
    fields: ClassVar[tuple[str, ...]]
    optional_dates: ClassVar[tuple[str, ...]] = ()
    title_new: ClassVar[object] = ""
    title_edit: ClassVar[object] = ""
    choices: ClassVar[tuple[tuple[str, Any], ...]] = ()
    """(combo box, its choices), filled before :meth:`setup`: a catalogue (its items in the
    current language) or a function giving ``[(value, text), …]``."""
    presets: ClassVar[tuple[tuple[str, Any], ...]] = ()
    """(field, the value a new record starts with); the caller's defaults win."""

    saved = Signal(object)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A dialog on a code-built form (:class:`~brobygger.ui.specform.SpecForm`) reads and
        writes the form's rows unless it names its :attr:`fields` itself: one list, so a row
        added to the form is saved, too."""
        super().__init_subclass__(**kwargs)
        names = getattr(cls.__dict__.get("ui_class"), "names", None)
        if names is not None and "fields" not in cls.__dict__:
            cls.fields = names()

    def __init__(self, ctx: Context, record: Any = None, parent: QWidget | None = None,
                 **defaults: Any) -> None:
        super().__init__(parent)
        self.ctx, self.record, self.defaults = ctx, record, defaults
        self.result_record: Any = None
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.check_models: dict[str, CheckListModel] = {}
        self._form_error = QLabel(self)
        self.errors = _FieldErrors(self, self._form_error)
        self.mask_button = QPushButton(_tr("dialogs", "Maskér CPR-numre"), self)
        self.mask_button.setToolTip(_tr("dialogs", "Erstatter de sidste fire cifre med ****"))
        self.mask_button.clicked.connect(self.mask_cpr)
        self.mask_button.hide()
        self.conflict: ConflictError | None = None
        # look-ups (initiatives, organisations, people) read in the background
        self._lookups: list[tuple[Any, str, str | None, Any]] = []
        self._lookup_kinds: set[str] = set()
        self.lookup_data: dict[str, list[Any]] = {}
        self.lookups_pending = False
        self._when_ready: list[Callable[[], None]] = []
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
                setattr(self.ui, name,
                        replace_date_edit(w, optional=name in self.optional_dates))
            elif isinstance(w, QSpinBox) and not isinstance(w, ScoreBox):
                box = replace_spin_box(w)
                setattr(self.ui, name, box)
                box.valueChanged.connect(lambda _v, n=name, b=box: self._check_score(n, b))
        for name, source in self.choices:
            fill_combo(getattr(self.ui, name),
                       i18n.choices(source) if isinstance(source, Catalogue) else source())
        self.setup()
        self._elide_combos()
        self._clear_marks_on_change()
        if record is not None:
            self.load(record)
            title = self.title_edit or self.title_new  # one title serves both when alike
        else:
            self.load_defaults(defaults)
            title = self.title_new
        if title:
            self.setWindowTitle(QCoreApplication.translate("dialogs", str(title)))
        self._start_lookups()
        standard_buttons(self, self.ui.buttons, _tr("dialogs", "Gem"), self.save)
        self.mark_clean()

    def _elide_combos(self) -> None:
        """Choice fields keep their width: a long choice ends in "…" with a tooltip (the
        dialog never scrolls sideways for a long initiative name)."""
        from brobygger.ui.columns import elide_combo

        for combo in self.findChildren(QComboBox):
            if not combo.isEditable():
                elide_combo(combo)

    def guard_extra(self) -> Any:
        return {name: sorted(map(str, m.checked())) for name, m in self.check_models.items()}

    def guard_widgets(self) -> list[QWidget]:
        out = [w for w in (self.widget_for(n) for n in self.fields) if w is not None]
        return out + list(self.findChildren(QSlider))  # the initiative's scales

    def reject(self) -> None:
        """Escape, the close button and Annuller: ask first when something was changed."""
        if self.may_close():
            super().reject()

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

    def lookup_person(self, attr: str, none_label: str | None = None) -> Any:
        """Make ``self.ui.<attr>`` the person picker (members of the initiative first,
        organisation beside the name, search by name, title and organisation) and fill it
        in the background."""
        from brobygger.ui.pickers import PersonPicker, replace_combo

        w = getattr(self.ui, attr)
        if not isinstance(w, PersonPicker):
            w = replace_combo(w)
            setattr(self.ui, attr, w)
        self.lookup(w, "person_choices", none_label)
        return w

    def people_initiative(self) -> Any:
        """The initiative whose members the person pickers list first: the dialog's own
        initiative field, else the record's or the defaults' initiative."""
        w = self.widget_for("initiative_id")
        if isinstance(w, QComboBox) and combo_value(w) is not None:
            return combo_value(w)
        return self.defaults.get("initiative_id") or getattr(self.record, "initiative_id", None)

    def _people_follow_initiative(self) -> None:
        from brobygger.ui.pickers import PersonPicker

        for picker in self.findChildren(PersonPicker):
            picker.set_initiative(self.people_initiative())

    def _start_lookups(self) -> None:
        from brobygger.ui.dialogs.choices import read_lookups

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

    def _lookups_arrived(self, data: dict[str, list[Any]]) -> None:
        untouched = not self.has_changes()  # filling the choices is no change of the user's
        self.lookup_data = data
        from brobygger.ui.pickers import PersonPicker

        for target, kind, none_label, exclude in self._lookups:
            if isinstance(target, PersonPicker):
                wanted = self._wanted(target.objectName())
                target.set_people([c for c in data[kind] if c.id != exclude], none_label,
                                  self.people_initiative())
                if wanted is not None:
                    set_combo_value(target, wanted)
                continue
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
        self._people_follow_initiative()
        initiative = self.widget_for("initiative_id")
        if isinstance(initiative, QComboBox):
            initiative.currentIndexChanged.connect(self._people_follow_initiative)
        self.after_lookups()
        self.lookups_pending = False
        self.ui.buttons.setEnabled(True)
        if untouched:
            self.mark_clean()
        ready, self._when_ready = self._when_ready, []
        for callback in ready:
            callback()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the choices are there (now, if they are)."""
        if self.lookups_pending:
            self._when_ready.append(callback)
        else:
            callback()

    def after_lookups(self) -> None:
        """Hook: the look-ups have arrived (:attr:`lookup_data`)."""

    # -- hooks ----------------------------------------------------------------------------
    def setup(self) -> None:
        """Fill combo boxes and connect widgets."""

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        for name, value in {**dict(self.presets), **defaults}.items():
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
        if self.record is None:
            create = self.service_part().create
            return lambda: create(**values)
        return self.act("update", **values)

    def service_part(self) -> Any:
        """The service this dialog writes through: ``ctx.svc.<service>``."""
        return getattr(self.ctx.svc, self.service)

    def act(self, method: str, **values: Any) -> Callable[[], Any]:
        """The write ``<service>.<method>(record id, expected_version=…, **values)`` on the
        record this dialog loaded (update, answer, close …), to run in the background."""
        call = getattr(self.service_part(), method)
        record_id, version = self.record.id, self.loaded_version()
        return lambda: call(record_id, expected_version=version, **values)

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
        if isinstance(w, DateField):
            return w.value(name)
        if isinstance(w, ScoreBox):
            return w.checked_value(name)
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
        elif isinstance(w, DateField):
            w.setDate(value if isinstance(value, date) else None)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))

    def _clear_marks_on_change(self) -> None:
        """An error mark goes as soon as the user changes the field it is about."""
        for name in self.fields:
            w = self.widget_for(name)
            signal = None
            if isinstance(w, QLineEdit):
                signal = w.textEdited
            elif isinstance(w, QPlainTextEdit):
                signal = w.textChanged
            elif isinstance(w, QComboBox):
                signal = w.currentIndexChanged
            elif isinstance(w, DateField):
                signal = w.dateChanged
            if signal is not None:
                signal.connect(lambda *_a, n=name: self.clear_error(n))

    def _check_score(self, name: str, box: ScoreBox) -> None:
        """Say at once when a typed score is outside its range; the mark goes when it fits."""
        if box.in_range():
            self.clear_error(name)
        else:
            self.show_error(name, box.message())

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
        self.errors.clear()
        style.set_role(self._form_error, "error")
        self.conflict_bar.hide()

    def clear_error(self, name: str) -> None:
        w = self.widget_for(name)
        if w is not None:
            self.errors.clear_at(w)

    def error_label(self, name: str) -> QLabel | None:
        w = self.widget_for(name)
        label = self.errors.labels.get(w) if w is not None else None
        return label if label is not None and label.isVisible() else None

    def form_error(self) -> str:
        return self.errors.text()

    def show_error(self, field: str, message: str) -> None:
        w = self.widget_for(field) if field else None
        if isinstance(w, DateField) and w.error() == message:
            w.setFocus(Qt.FocusReason.OtherFocusReason)  # the field shows its own message
            return
        if w is not None:
            self._reveal(w)
        self.errors.show(w, message)

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


def open_dialog(dialog: QDialog, on_saved: Callable[[Any], None] | None = None) -> QDialog:
    """Show a dialog window-modally without blocking (tests can drive it)."""
    if on_saved is not None and isinstance(dialog, RecordDialog):
        dialog.saved.connect(on_saved)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
