"""The agreement dialogs (issue 17): an agreement (version) with its parties and
initiatives, a new version that supersedes the one in force (both are kept), a deviation,
and a task transfer – flagged while no one holds the medical responsibility.

Built in code on :class:`~brobygger.ui.dialogs.RecordDialog`: inline Danish errors at the
field, the CPR guard with »Maskér CPR-numre«, conflict handling; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from brobygger.domain.agreements import AGREEMENT_KINDS, AGREEMENT_STATUSES
from brobygger.ui import i18n, style
from brobygger.ui.common import fill_combo
from brobygger.ui.datefield import DateField
from brobygger.ui.dialogs import RecordDialog
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.models import CheckListModel
from brobygger.ui.specform import SpecForm

CTX = "agreements"


class _Form(SpecForm):
    """The agreements' forms: long ones scroll; a warning line under the fields."""

    context = CTX
    scrolls = True
    warns = True
    size = (620, 640)


def _date_changed(w: QWidget | None, slot: Callable[[], None]) -> None:
    if isinstance(w, DateField):
        w.dateChanged.connect(lambda *_a: slot())


class _AgreementForm(_Form):
    spec = (
        ("kind", QT_TRANSLATE_NOOP("agreements", "&Type"), "combo"),
        ("title", QT_TRANSLATE_NOOP("agreements", "T&itel"), "line"),
        ("version_label", QT_TRANSLATE_NOOP("agreements", "&Version"), "line"),
        ("status", QT_TRANSLATE_NOOP("agreements", "&Status"), "combo"),
        ("in_force_from", QT_TRANSLATE_NOOP("agreements", "I kraft &fra"), "date"),
        ("in_force_to", QT_TRANSLATE_NOOP("agreements", "I kraft ti&l"), "date"),
        ("review_on", QT_TRANSLATE_NOOP("agreements", "&Revideres senest"), "date"),
        ("forum_id", QT_TRANSLATE_NOOP("agreements", "&Godkendt af forum"), "combo"),
        ("owner_id", QT_TRANSLATE_NOOP("agreements", "&Ejer"), "combo"),
        ("document_ref", QT_TRANSLATE_NOOP("agreements", "&Dokument (sti eller link)"), "line"),
        ("parties", QT_TRANSLATE_NOOP("agreements", "&Parter"), "checks"),
        ("initiative_ids", QT_TRANSLATE_NOOP("agreements", "I&nitiativer, aftalen tjener"),
         "checks"),
        ("summary", QT_TRANSLATE_NOOP("agreements", "Res&umé"), "text"),
    )


class _Agreements:
    """Mixin: the dialogs write through ``ctx.svc.agreements.<part>``."""

    part: ClassVar[str] = "agreements"

    def service_part(self) -> Any:
        return getattr(self.ctx.svc.agreements, self.part)  # type: ignore[attr-defined]


class AgreementDialog(_Agreements, RecordDialog):
    """A new agreement, or one version's details."""

    ui_class = _AgreementForm
    service = "agreements"
    optional_dates = ("in_force_from", "in_force_to", "review_on")
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny aftale")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Ret aftale")

    def setup(self) -> None:
        ui = self.ui
        ui.intro.setText(_tr("agreements",
                             "En skrevet aftale mellem parterne. Dokumentet ligger, hvor "
                                  "det plejer – skriv stien eller linket; Brobygger gemmer "
                                  "ikke selve dokumentet. En ny version laves med »Ny "
                                  "version …«, så den gamle bevares."))
        fill_combo(ui.kind, i18n.choices(AGREEMENT_KINDS),
                   none_label=_tr("agreements", "– vælg type –"))
        fill_combo(ui.status, i18n.choices(AGREEMENT_STATUSES))
        none = _tr("agreements", "– ingen –")
        self.lookup(ui.forum_id, "forums", none)
        self.lookup(ui.owner_id, "people", none)
        parties, initiatives = CheckListModel([], self), CheckListModel([], self)
        ui.parties.setModel(parties)
        ui.initiative_ids.setModel(initiatives)
        self.check_models = {"parties": parties, "initiative_ids": initiatives}
        self.lookup(parties, "organisations")
        self.lookup(initiatives, "initiatives")
        _date_changed(self.widget_for("review_on"), self.update_warning)

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        super().load_defaults(defaults)
        self.ui.version_label.setText(str(defaults.get("version_label", "1")))

    def update_warning(self) -> None:
        """A review date in the past on a new agreement: a warning, not an error (the
        services' one rule)."""
        from brobygger.services.agreements import agreement_warnings

        w = self.widget_for("review_on")
        day = w.date() if isinstance(w, DateField) else None
        texts = agreement_warnings(review_on=day, is_new=self.record is None) \
            if isinstance(day, date) else []
        style.set_role(self.ui.warning, "hint")  # a warning: the agreement is still saved
        self.ui.warning.setText("⚠ " + " ".join(texts) if texts else "")
        self.ui.warning.setVisible(bool(texts))


class _VersionForm(_Form):
    spec = (
        ("version_label", QT_TRANSLATE_NOOP("agreements", "Ny &version"), "line"),
        ("in_force_from", QT_TRANSLATE_NOOP("agreements", "I kraft &fra"), "date"),
        ("status", QT_TRANSLATE_NOOP("agreements", "&Status"), "combo"),
        ("review_on", QT_TRANSLATE_NOOP("agreements", "&Revideres senest"), "date"),
        ("document_ref", QT_TRANSLATE_NOOP("agreements", "&Dokument (sti eller link)"), "line"),
        ("summary", QT_TRANSLATE_NOOP("agreements", "Hvad er &ændret"), "text"),
    )


class VersionDialog(_Agreements, RecordDialog):
    """A new version that supersedes ``base`` (the old one stays, ending the day before)."""

    ui_class = _VersionForm
    service = "agreements"
    optional_dates = ("review_on",)
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny version af aftalen")

    def __init__(self, ctx: Any, base: Any, parent: QWidget | None = None) -> None:
        self.base = base
        super().__init__(ctx, None, parent, document_ref=base.document_ref,
                         review_on=base.review_on, status="i_kraft")

    def setup(self) -> None:
        self.ui.intro.setText(_tr("agreements",
                                  "Den nye version afløser version {v} af »{t}«. Begge "
                                       "bevares: den gamle gælder til dagen før.").format(
            v=self.base.version_label, t=self.base.title))
        fill_combo(self.ui.status, i18n.choices(AGREEMENT_STATUSES))

    def values(self) -> dict[str, Any]:
        out = super().values()
        if not str(out.get("summary") or "").strip():
            out["summary"] = self.base.summary
        return out

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        svc, base_id = self.ctx.svc.agreements, self.base.id
        start = values.pop("in_force_from")
        label = values.pop("version_label") or ""
        if start is None:
            from brobygger.domain.errors import ValidationError

            raise ValidationError("in_force_from", _tr(
                "agreements", "Skriv, hvornår den nye version træder i kraft."))
        return lambda: svc.supersede(base_id, in_force_from=start, version_label=label,
                                     **values)


class _DeviationForm(_Form):
    spec = (
        ("observed_on", QT_TRANSLATE_NOOP("agreements", "&Dato"), "date"),
        ("title", QT_TRANSLATE_NOOP("agreements", "&Hvad skete der"), "line"),
        ("theme", QT_TRANSLATE_NOOP("agreements", "&Tema"), "line"),
        ("rule", QT_TRANSLATE_NOOP("agreements", "&Reglen, der blev brudt"), "text"),
        ("reason", QT_TRANSLATE_NOOP("agreements", "Hvor&for"), "text"),
        ("effect", QT_TRANSLATE_NOOP("agreements", "&Kostede eller sparede"), "text"),
        ("proposal", QT_TRANSLATE_NOOP("agreements", "Hvad &bør ændres"), "text"),
    )


class DeviationDialog(_Agreements, RecordDialog):
    """Where practice departs from the agreement – recorded, not hidden."""

    ui_class = _DeviationForm
    service = "agreements"
    part = "deviations"
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny afvigelse")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Ret afvigelse")

    def setup(self) -> None:
        self.ui.intro.setText(_tr("agreements",
                                  "»Der er regler i aftalerne, som ledere og medarbejdere "
                                       "er nødt til at bryde.« Skriv, hvor praksis afviger, og "
                                       "hvorfor – så bliver næste revision bedre."))

    def load_defaults(self, defaults: dict[str, Any]) -> None:
        super().load_defaults(defaults)
        w = self.widget_for("observed_on")
        if isinstance(w, DateField) and "observed_on" not in defaults:
            w.setDate(date.today())


class _TransferForm(_Form):
    spec = (
        ("task", QT_TRANSLATE_NOOP("agreements", "&Opgave"), "line"),
        ("agreement_id", QT_TRANSLATE_NOOP("agreements", "&Aftalen bag"), "combo"),
        ("initiative_id", QT_TRANSLATE_NOOP("agreements", "&Initiativ"), "combo"),
        ("from_org_id", QT_TRANSLATE_NOOP("agreements", "&Fra organisation"), "combo"),
        ("from_profession", QT_TRANSLATE_NOOP("agreements", "Fra fa&ggruppe"), "line"),
        ("to_org_id", QT_TRANSLATE_NOOP("agreements", "&Til organisation"), "combo"),
        ("to_profession", QT_TRANSLATE_NOOP("agreements", "Til faggr&uppe"), "line"),
        ("competencies", QT_TRANSLATE_NOOP("agreements", "Krævede &kompetencer"), "text"),
        ("assurance", QT_TRANSLATE_NOOP("agreements", "Sådan &sikres de (oplæring, "
                                                      "supervision)"), "text"),
        ("medical_responsible", QT_TRANSLATE_NOOP("agreements", "&Lægeligt ansvarlig"), "line"),
        ("medical_org_id", QT_TRANSLATE_NOOP("agreements", "Lægeligt ansvar – o&rganisation"),
         "combo"),
        ("medical_person_id", QT_TRANSLATE_NOOP("agreements", "Lægeligt ansvar – &person"),
         "combo"),
        ("indicator_id", QT_TRANSLATE_NOOP("agreements", "&Monitoreres med indikator"), "combo"),
        ("monitoring", QT_TRANSLATE_NOOP("agreements", "Monitoreri&ng"), "text"),
        ("transferred_on", QT_TRANSLATE_NOOP("agreements", "Overdraget &den"), "date"),
    )


class TransferDialog(_Agreements, RecordDialog):
    """A task transfer: who holds the medical responsibility is the question."""

    ui_class = _TransferForm
    service = "agreements"
    part = "transfers"
    optional_dates = ("transferred_on",)
    title_new = QT_TRANSLATE_NOOP("dialogs", "Ny opgaveoverdragelse")
    title_edit = QT_TRANSLATE_NOOP("dialogs", "Ret opgaveoverdragelse")

    def setup(self) -> None:
        ui = self.ui
        ui.intro.setText(_tr("agreements", "Hvilken opgave flyttes fra hvem til hvem, hvilke "
                                  "kompetencer kræver den, og hvem har det lægelige ansvar? "
                                  "Uklart lægeligt ansvar er plagen »gråzoner i opgaver og "
                                  "ansvar«."))
        none = _tr("agreements", "– ingen –")
        self.lookup(ui.agreement_id, "agreements", none)
        self.lookup(ui.initiative_id, "initiatives", none)
        for combo in (ui.from_org_id, ui.to_org_id, ui.medical_org_id):
            self.lookup(combo, "organisations", none)
        self.lookup(ui.medical_person_id, "people", none)
        self.lookup(ui.indicator_id, "indicators", none)
        ui.medical_responsible.textChanged.connect(lambda _t: self.update_flag())
        ui.medical_org_id.currentIndexChanged.connect(lambda _i: self.update_flag())
        ui.medical_person_id.currentIndexChanged.connect(lambda _i: self.update_flag())

    def after_lookups(self) -> None:
        self.update_flag()

    def update_flag(self) -> None:
        from brobygger.domain.agreements import lacks_medical_responsible
        from brobygger.ui.common import combo_value

        ui = self.ui
        flagged = lacks_medical_responsible(ui.medical_responsible.text(),
                                            combo_value(ui.medical_org_id),
                                            combo_value(ui.medical_person_id))
        ui.warning.setText(_tr("agreements", "⚠ Ingen har det lægelige ansvar for opgaven. Den kan "
                                    "gemmes, men markeres i registret, i statusnotatet og "
                                    "af 'review'."))
        ui.warning.setVisible(flagged)
