"""Fixed code lists (catalogues) from the cross-sector leadership framework.

Every catalogue pairs a :class:`~enum.StrEnum` (for typed code) with a tuple of
:class:`CatalogueItem` (for labels and explanations shown to the user). The codes are
stable identifiers stored in the database; labels may change freely.

The Danish descriptions are the app's own short explanations of the framework in
"Ledelse over grænser" (the seven plagues, the relationship ladder, …).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from brobygger.domain.errors import ValidationError

__all__ = [
    "ACTION_STATUSES",
    "BARRIERS",
    "BARRIER_STATUSES",
    "CATALOGUES",
    "CHIEF_TASKS",
    "COMPETENCIES",
    "CORNERSTONES",
    "DECISION_STATUSES",
    "DIRECTIONS",
    "ENTRY_TYPES",
    "ESCALATION_LEVELS",
    "FORMALISATION",
    "INITIATIVE_STATUSES",
    "LADDER",
    "LEVELS",
    "MEANINGS",
    "MEMBER_ROLES",
    "PLAGUES",
    "REFLECTIONS",
    "SECTORS",
    "ActionStatus",
    "Barrier",
    "BarrierStatus",
    "Catalogue",
    "CatalogueItem",
    "ChiefTask",
    "Competency",
    "Cornerstone",
    "DecisionStatus",
    "Direction",
    "EntryType",
    "EscalationLevel",
    "FormalisationDimension",
    "InitiativeStatus",
    "LadderStep",
    "Level",
    "Meaning",
    "MemberRole",
    "Plague",
    "Reflection",
    "Rule",
    "Sector",
]


class Rule(StrEnum):
    """What a catalogue item means for the app's rules – kept on the item, so code asks the
    catalogue (``ENTRY_TYPES.having(Rule.DECISION)``) instead of repeating code lists."""

    DECISION = "decision"
    """An entry type that records a decision and so takes a decision status."""
    OPEN = "open"
    """An action or barrier status that counts as open (still to be done or removed)."""
    TOP = "top"
    """An escalation level only top management, politicians or the nation can act on."""


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """One entry of a catalogue: a stable code plus Danish/English labels."""

    code: str
    label_da: str
    label_en: str
    description_da: str
    rules: frozenset[Rule] = frozenset()

    def label(self, lang: str = "da") -> str:
        """The label in ``lang`` ("en" gives English; anything else Danish)."""
        return self.label_en if lang == "en" else self.label_da


E = TypeVar("E", bound=StrEnum)


class Catalogue(Generic[E]):
    """An ordered, immutable code list backed by the enum ``enum``.

    The constructor checks that the enum members and the items match one to one and
    in the same order, and that each member's name is its code upper-cased; a mismatch
    is a programming error and raises :class:`ValueError` at import time.
    """

    __slots__ = ("_by_code", "default", "enum", "items", "name", "title_da")

    def __init__(
        self, name: str, enum: type[E], items: Iterable[CatalogueItem], *, title_da: str = "",
        default: str | None = None,
    ) -> None:
        self.name = name
        self.enum = enum
        self.items: tuple[CatalogueItem, ...] = tuple(items)
        self.title_da = title_da or name
        members = list(enum)
        item_codes = [item.code for item in self.items]
        member_codes = [str(m.value) for m in members]
        if member_codes != item_codes:
            raise ValueError(
                f"Catalogue {name!r}: enum {enum.__name__} has codes {member_codes}, "
                f"items have {item_codes}"
            )
        for member in members:
            if member.name != member.value.upper():
                raise ValueError(
                    f"Catalogue {name!r}: member {member.name} should be {member.value.upper()}"
                )
        for item in self.items:
            if not (item.label_da and item.label_en and item.description_da):
                raise ValueError(f"Catalogue {name!r}: item {item.code!r} lacks a text")
        self._by_code: dict[str, CatalogueItem] = {item.code: item for item in self.items}
        self.default: E | None = enum(default) if default is not None else None
        """The code a new record gets when none is chosen (the model, the services and
        the dialogs all use it)."""

    def _unknown(self, code: object, field: str | None) -> ValidationError:
        valid = ", ".join(self.codes())
        return ValidationError(
            field or self.name,
            f"Ukendt værdi '{code}' for {self.title_da}. Gyldige værdier er: {valid}.",
        )

    def get(self, code: str, field: str | None = None) -> CatalogueItem:
        """The item with ``code``; :class:`ValidationError` (Danish) naming ``field`` (the
        record's field the code came from; the catalogue's name without one) if unknown."""
        item = self._by_code.get(code) if isinstance(code, str) else None
        if item is None:
            raise self._unknown(code, field)
        return item

    def having(self, rule: Rule) -> tuple[E, ...]:
        """The members whose items carry ``rule``, in canonical order."""
        return tuple(self.enum(item.code) for item in self.items if rule in item.rules)

    def has(self, code: str | None, rule: Rule) -> bool:
        """Whether ``code`` is known and its item carries ``rule``."""
        item = self._by_code.get(code) if isinstance(code, str) else None
        return item is not None and rule in item.rules

    def label(self, code: str, lang: str = "da") -> str:
        """The label of ``code`` in ``lang``."""
        return self.get(code).label(lang)

    def codes(self) -> tuple[str, ...]:
        """All codes in canonical order."""
        return tuple(item.code for item in self.items)

    def choices(self, lang: str = "da") -> tuple[tuple[str, str], ...]:
        """(code, label) pairs in canonical order, e.g. for a combo box."""
        return tuple((item.code, item.label(lang)) for item in self.items)

    def parse(self, code: str, field: str | None = None) -> E:
        """The enum member for ``code``; :class:`ValidationError` (Danish) naming ``field``
        if unknown."""
        return self.enum(self.get(code, field).code)

    def __iter__(self) -> Iterator[CatalogueItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r}, {len(self)} items)"


def _item(code: str, label_da: str, label_en: str, description_da: str,
          *rules: Rule) -> CatalogueItem:
    return CatalogueItem(code, label_da, label_en, description_da, frozenset(rules))


# -- the seven plagues ---------------------------------------------------------------------
class Plague(StrEnum):
    KONFLIKTENDE_STYRING = "konfliktende_styring"
    USYNLIGE_RESULTATER = "usynlige_resultater"
    TIDSKRAEVENDE_PROCESSER = "tidskraevende_processer"
    KRITISKE_IT_PROBLEMER = "kritiske_it_problemer"
    GRAAZONER = "graazoner"
    SVAER_IMPLEMENTERING = "svaer_implementering"
    MANGLENDE_INTERN_KOORDINATION = "manglende_intern_koordination"


PLAGUES: Catalogue[Plague] = Catalogue("plagues", Plague, [
    _item("konfliktende_styring", "Konfliktende styring", "Conflicting governance",
          "Lederne skal skabe fælles resultater, men bliver målt på egen sektors mål og "
          "budget. Det giver et krydspres, hvor samarbejdet og egen organisation trækker "
          "i hver sin retning."),
    _item("usynlige_resultater", "Usynlige resultater", "Invisible results",
          "Det er uklart, hvad samarbejdet skal opnå, og om det lykkes. Uden systematisk "
          "opfølgning bliver indsatsen kun målt på hver sektors egne nøgletal som "
          "ventetid, aktivitet og budget."),
    _item("tidskraevende_processer", "Tidskrævende processer", "Time-consuming processes",
          "Samarbejdet kan sluge op mod halvdelen af en leders tid, så det strategiske "
          "arbejde bliver skubbet til side. Når folk skifter, kræver det en lang "
          "introduktion at få den nye med."),
    _item("kritiske_it_problemer", "Kritiske it-problemer", "Critical IT problems",
          "Adskilte it-systemer og reglerne om databeskyttelse gør det svært at dele "
          "oplysninger. Fælles løsninger kan være tunge at bruge, og mange punkter på "
          "dagsordenen viser sig at handle om it."),
    _item("graazoner", "Gråzoner i opgaver og ansvar", "Grey zones in tasks and responsibility",
          "Det er uklart, hvem der har ansvaret, fx for at reagere på en blodprøve taget i "
          "borgerens hjem. Medarbejdere ender som mellemled mellem sektorerne."),
    _item("svaer_implementering", "Svær implementering og spredning",
          "Difficult implementation and spread",
          "En aftale mellem nogle få chefer når ikke af sig selv ud til de mange ledere og "
          "medarbejdere, der skal bære den. Mangler en faggruppe i udviklingen, svækkes "
          "ejerskabet."),
    _item("manglende_intern_koordination", "Manglende intern koordination",
          "Lack of internal coordination",
          "Hver sektor har sine egne siloer, fx ambulatorier der ikke koordinerer tider, "
          "eller kommuner på forskelligt niveau. Det gør det svært at optræde samlet over "
          "for samarbejdspartneren."),
], title_da="samarbejdets plager")


# -- the five structural barriers ----------------------------------------------------------
class Barrier(StrEnum):
    SKAEVE_INCITAMENTER = "skaeve_incitamenter"
    RESSOURCEPRES = "ressourcepres"
    ALMEN_PRAKSIS = "almen_praksis"
    AFTALER_LOVGIVNING = "aftaler_lovgivning"
    PARALLELLE_SYSTEMER = "parallelle_systemer"


BARRIERS: Catalogue[Barrier] = Catalogue("barriers", Barrier, [
    _item("skaeve_incitamenter", "Skæve økonomiske incitamenter", "Skewed financial incentives",
          "Finansieringen belønner hver sektor for sig. Når en opgave flytter, kan hospitalet "
          "miste aktivitet, mens kommunen får udgiften."),
    _item("ressourcepres", "Ressourcepres og manglende tid", "Resource pressure and lack of time",
          "Der er for få hænder og for lidt tid til at udvikle samarbejdet ved siden af den "
          "daglige drift."),
    _item("almen_praksis", "Almen praksis' særstilling", "The special position of general practice",
          "De praktiserende læger er selvstændige og arbejder efter deres egen overenskomst. "
          "De kan derfor ikke ledes ind i samarbejdet som ansatte i region og kommune."),
    _item("aftaler_lovgivning", "Aftaler og lovgivning", "Agreements and legislation",
          "Sundhedsaftaler halter efter virkeligheden, sundheds- og sociallovgivning passer "
          "dårligt sammen, og databeskyttelsesreglerne begrænser, hvad der må deles."),
    _item("parallelle_systemer", "Parallelle systemer", "Parallel systems",
          "Hver sektor har sine egne MED-strukturer, indkøbsregler og systemer til ledelse, "
          "journal og økonomi. Det giver dobbeltarbejde og gør fælles løsninger tunge."),
], title_da="de strukturelle barrierer")


# -- the relationship ladder ---------------------------------------------------------------
class LadderStep(StrEnum):
    KENDSKAB = "kendskab"
    RESPEKT = "respekt"
    TILLID = "tillid"


LADDER: Catalogue[LadderStep] = Catalogue("ladder", LadderStep, [
    _item("kendskab", "Kendskab", "Acquaintance",
          "Parterne kender hinandens ansigter og telefonnumre, forstår hinandens hverdag og "
          "har et fælles sprog. Det bygges op gennem fælles opgaver, besøg og fælles "
          "uddannelse."),
    _item("respekt", "Respekt", "Respect",
          "Parterne anerkender, at den anden sektors arbejde er vigtigt og bliver udført "
          "kompetent."),
    _item("tillid", "Tillid", "Trust",
          "Parterne vogter ikke over egne domæner og ressourcer, tør indrømme svagheder og "
          "er villige til at løbe en risiko sammen."),
], title_da="relationstrappen")


# -- the four cornerstones -----------------------------------------------------------------
class Cornerstone(StrEnum):
    ILDSJAELE = "ildsjaele"
    TOPLEDELSE = "topledelse"
    MEDARBEJDERINDFLYDELSE = "medarbejderindflydelse"
    FRIRUM = "frirum"


CORNERSTONES: Catalogue[Cornerstone] = Catalogue("cornerstones", Cornerstone, [
    _item("ildsjaele", "Ildsjæle ombord", "Champions on board",
          "Engagerede ildsjæle blandt både ledere og medarbejdere driver samarbejdet frem. "
          "Hviler det alene på dem, visner det, når de brænder ud."),
    _item("topledelse", "Opbakning fra topledelsen", "Backing from top management",
          "Topledelsen i begge sektorer, og nogle gange politikerne, står bag samarbejdet. "
          "Pas på ikke at love mere, end samarbejdet kan indfri."),
    _item("medarbejderindflydelse", "Medarbejderindflydelse", "Staff influence",
          "Medarbejderne er med til at forme samarbejdet, hvilket giver ejerskab i den "
          "daglige praksis."),
    _item("frirum", "Et innovativt frirum", "Room to innovate",
          "Der er plads til at afprøve nye løsninger i det små, før økonomien afgør, om de "
          "skal videreføres."),
], title_da="de fire hjørnesten")


# -- shared meaning ------------------------------------------------------------------------
class Meaning(StrEnum):
    OEKONOMISK = "oekonomisk"
    SUNDHEDSFAGLIG = "sundhedsfaglig"
    BORGER = "borger"


MEANINGS: Catalogue[Meaning] = Catalogue("meanings", Meaning, [
    _item("oekonomisk", "Økonomisk mening", "Financial sense",
          "Samarbejdet kan betale sig for de deltagende organisationer, fx fordi dyre "
          "indlæggelser undgås."),
    _item("sundhedsfaglig", "Sundhedsfaglig mening", "Clinical sense",
          "Samarbejdet giver bedre faglig kvalitet i behandling, pleje og opfølgning."),
    _item("borger", "Mening for borger og patient", "Sense for citizens and patients",
          "Samarbejdet gør en mærkbar forskel for borgeren eller patienten, fx et mere "
          "sammenhængende forløb tæt på hjemmet."),
], title_da="fælles mening")


# -- samarbejde ↔ samordning ---------------------------------------------------------------
class FormalisationDimension(StrEnum):
    FORMALISERINGSGRAD = "formaliseringsgrad"
    FORPLIGTELSER = "forpligtelser"
    MAALPRIORITERING = "maalprioritering"
    PERSONALERESSOURCER = "personaleressourcer"
    AUTONOMI = "autonomi"


FORMALISATION: Catalogue[FormalisationDimension] = Catalogue(
    "formalisation", FormalisationDimension, [
        _item("formaliseringsgrad", "Formaliseringsgrad", "Degree of formalisation",
              "Ved samarbejde-polen er der kun få formelle regler. Ved samordning-polen er "
              "samarbejdet formaliseret i faste rammer og aftaler."),
        _item("forpligtelser", "Forpligtelser", "Obligations",
              "Ved samarbejde-polen har parterne ingen formelle forpligtelser. Ved "
              "samordning-polen er de bundet både lodret i egen organisation og vandret over "
              "for hinanden."),
        _item("maalprioritering", "Målprioritering", "Priority of goals",
              "Ved samarbejde-polen hører målene til hver enkelt organisation. Ved "
              "samordning-polen prioriteres fælles mål og aktiviteter."),
        _item("personaleressourcer", "Personaleressourcer", "Staff resources",
              "Ved samarbejde-polen er få involveret, mest medarbejdere tæt på borgeren. Ved "
              "samordning-polen er flere involveret, også cheferne."),
        _item("autonomi", "Autonomi", "Autonomy",
              "Ved samarbejde-polen bevarer organisationerne deres selvstændighed. Ved "
              "samordning-polen udfordrer samarbejdet organisationernes selvstændighed."),
    ], title_da="samarbejde og samordning")


# -- leadership levels and sectors ---------------------------------------------------------
class Level(StrEnum):
    MEDARBEJDER = "medarbejder"
    FUNKTIONSLEDER = "funktionsleder"
    CHEF = "chef"
    TOPLEDER = "topleder"
    POLITISK = "politisk"
    NATIONALT = "nationalt"


LEVELS: Catalogue[Level] = Catalogue("levels", Level, [
    _item("medarbejder", "Medarbejder", "Employee",
          "Medarbejdere uden ledelsesansvar, fx sygeplejersker, læger og terapeuter."),
    _item("funktionsleder", "Funktionsleder", "First-line manager",
          "Leder af medarbejdere, fx afdelingssygeplejerske eller områdeleder."),
    _item("chef", "Chef", "Manager of managers",
          "Leder af ledere, fx sundhedschef, ledende overlæge eller ledende oversygeplejerske."),
    _item("topleder", "Topleder", "Top manager",
          "Direktør eller medlem af direktionen i region, hospital eller kommune."),
    _item("politisk", "Politisk niveau", "Political level",
          "Politiske udvalg, regionsråd og kommunalbestyrelse."),
    _item("nationalt", "Nationalt niveau", "National level",
          "Folketinget, Sundhedsstyrelsen og parterne bag overenskomsterne."),
], title_da="ledelsesniveau", default="chef")


class Sector(StrEnum):
    REGION_HOSPITAL = "region_hospital"
    KOMMUNE = "kommune"
    ALMEN_PRAKSIS = "almen_praksis"
    SPECIALLAEGE = "speciallaege"
    PSYKIATRI = "psykiatri"
    SOCIALPSYKIATRI = "socialpsykiatri"
    STAT = "stat"
    ANDET = "andet"


SECTORS: Catalogue[Sector] = Catalogue("sectors", Sector, [
    _item("region_hospital", "Region/hospital", "Region/hospital",
          "Regionens hospitaler og øvrige regionale sundhedstilbud."),
    _item("kommune", "Kommune", "Municipality",
          "Kommunens sundheds-, pleje- og omsorgsområde, fx hjemmesygepleje og akutteam."),
    _item("almen_praksis", "Almen praksis", "General practice",
          "De praktiserende læger, som er selvstændige og arbejder efter overenskomst."),
    _item("speciallaege", "Praktiserende speciallæge", "Practising specialist",
          "Speciallæger med egen praksis uden for hospitalet."),
    _item("psykiatri", "Psykiatri (regional)", "Psychiatry (regional)",
          "Regionens behandlingspsykiatri."),
    _item("socialpsykiatri", "Socialpsykiatri (kommunal)", "Social psychiatry (municipal)",
          "Kommunens sociale tilbud til borgere med psykiske vanskeligheder."),
    _item("stat", "Stat/nationalt", "State/national",
          "Ministerier, styrelser og andre statslige og nationale aktører."),
    _item("andet", "Andet", "Other",
          "Andre aktører, fx private leverandører, patientforeninger eller "
          "uddannelsesinstitutioner."),
], title_da="sektor", default="andet")


# -- the collaboration log -----------------------------------------------------------------
class EntryType(StrEnum):
    MOEDE = "moede"
    BESLUTNING = "beslutning"
    AFTALE = "aftale"
    HAENDELSE = "haendelse"
    ESKALERING = "eskalering"
    OBSERVATION = "observation"
    RESULTAT = "resultat"


ENTRY_TYPES: Catalogue[EntryType] = Catalogue("entry_types", EntryType, [
    _item("moede", "Møde", "Meeting",
          "Et møde i samarbejdet, fx i styregruppen, et driftsmøde eller en uformel snak."),
    _item("beslutning", "Beslutning", "Decision",
          "Noget, der er besluttet og skal følges op, så det ikke går i glemmebogen.",
          Rule.DECISION),
    _item("aftale", "Aftale", "Agreement",
          "En aftale mellem parterne om opgaver, ansvar eller arbejdsgange.", Rule.DECISION),
    _item("haendelse", "Hændelse", "Incident",
          "Noget, der gik galt eller nær var gået galt i overgangen mellem sektorerne."),
    _item("eskalering", "Eskalering", "Escalation",
          "Et problem, der ikke kan løses lokalt og derfor sendes videre op i systemet."),
    _item("observation", "Observation", "Observation",
          "En iagttagelse fra hverdagen, der er værd at huske eller tage op senere."),
    _item("resultat", "Resultat", "Result",
          "Et synligt resultat af samarbejdet, fx færre indlæggelser eller bedre forløb."),
], title_da="typen af notat", default="moede")


class InitiativeStatus(StrEnum):
    IDE = "ide"
    OPSTART = "opstart"
    DRIFT = "drift"
    EVALUERING = "evaluering"
    AFSLUTTET = "afsluttet"
    STOPPET = "stoppet"


INITIATIVE_STATUSES: Catalogue[InitiativeStatus] = Catalogue(
    "initiative_statuses", InitiativeStatus, [
        _item("ide", "Idé", "Idea", "Indsatsen er en idé, der endnu ikke er sat i gang."),
        _item("opstart", "Opstart", "Start-up",
              "Indsatsen er ved at blive sat i gang, og rammerne aftales."),
        _item("drift", "Drift", "In operation",
              "Indsatsen kører som en del af det daglige arbejde."),
        _item("evaluering", "Evaluering", "Evaluation",
              "Indsatsen bliver gjort op for at se, om den virker."),
        _item("afsluttet", "Afsluttet", "Completed", "Indsatsen er gennemført og afsluttet."),
        _item("stoppet", "Stoppet", "Stopped", "Indsatsen er stoppet, før den blev gennemført."),
    ], title_da="indsatsens status", default="ide")


class EscalationLevel(StrEnum):
    LOKALT = "lokalt"
    CHEF = "chef"
    TOPLEDELSE = "topledelse"
    POLITISK = "politisk"
    NATIONALT = "nationalt"


ESCALATION_LEVELS: Catalogue[EscalationLevel] = Catalogue(
    "escalation_levels", EscalationLevel, [
        _item("lokalt", "Lokalt", "Local",
              "Problemet løses på det lavest mulige niveau, tæt på hverdagen."),
        _item("chef", "Chefniveau", "Chief level",
              "Problemet kræver, at cheferne i samarbejdet tager stilling."),
        _item("topledelse", "Topledelse", "Top management",
              "Problemet kan kun løses af direktionerne i de deltagende organisationer.",
              Rule.TOP),
        _item("politisk", "Politisk niveau", "Political level",
              "Problemet kræver en politisk beslutning i udvalg, regionsråd eller "
              "kommunalbestyrelse.", Rule.TOP),
        _item("nationalt", "Nationalt niveau", "National level",
              "Problemet kræver ændringer i lovgivning, overenskomst eller nationale "
              "rammer.", Rule.TOP),
    ], title_da="eskaleringsniveau", default="lokalt")


# -- eight reflections for top management --------------------------------------------------
class Reflection(StrEnum):
    FORMAAL = "formaal"
    DIALOG = "dialog"
    BALANCE = "balance"
    DRIFT = "drift"
    INCITAMENTER = "incitamenter"
    KOMPETENCER = "kompetencer"
    PRAKTISKE_HINDRINGER = "praktiske_hindringer"
    POLITISK_OPMAERKSOMHED = "politisk_opmaerksomhed"


REFLECTIONS: Catalogue[Reflection] = Catalogue("reflections", Reflection, [
    _item("formaal", "Er formålet klart og indsatsen værd?",
          "Is the purpose clear and worth the effort?",
          "Ved alle, hvorfor samarbejdet findes, og er der sat ressourcer og "
          "ledelsesopmærksomhed af til det?"),
    _item("dialog", "Er der dialog om hensigten med dem tæt på praksis?",
          "Is the intent discussed with those close to practice?",
          "Bliver hensigten drøftet åbent, og er medarbejdere og ledere tæt på hverdagen "
          "inddraget?"),
    _item("balance", "Er formelle strukturer og uformel koordination i balance?",
          "Are formal structures and informal coordination in balance?",
          "Samarbejdet har brug for både faste rammer og plads til den uformelle "
          "koordination mellem mennesker."),
    _item("drift", "Er der en plan for at gøre idéer til varig drift?",
          "Is there a plan for turning ideas into lasting operation?",
          "Netværk må gerne udvikle idéer frit, men der skal være en plan for, hvordan de "
          "bliver til forpligtende og holdbar drift."),
    _item("incitamenter", "Er incitamenterne tjekket og justeret?",
          "Have the incentives been checked and adjusted?",
          "Undersøg, om økonomi og styring trækker i samme retning som samarbejdet, og "
          "ret dem til, hvor det er muligt."),
    _item("kompetencer", "Styrkes kompetencerne til netværksledelse?",
          "Are network-leadership competencies being strengthened?",
          "Udvikl ledernes evne til at lede i netværk, og læg vægt på tværsektoriel "
          "erfaring, når der rekrutteres."),
    _item("praktiske_hindringer", "Er de praktiske hindringer, vi selv kan fjerne, fjernet?",
          "Have the practical obstacles we control been removed?",
          "Fjern de forhindringer, der ligger i egne regler og aftaler, i stedet for at "
          "vente på andre."),
    _item("politisk_opmaerksomhed", "Kender politikerne de strukturelle barrierer?",
          "Are politicians aware of the structural barriers?",
          "Gør politikerne opmærksomme på de barrierer, som kun kan fjernes ved nationale "
          "beslutninger."),
], title_da="eftertankerne til topledelsen")


# -- people in initiatives -----------------------------------------------------------------
class MemberRole(StrEnum):
    LEDER = "leder"
    SPONSOR = "sponsor"
    PROJEKTLEDER = "projektleder"
    MEDLEM = "medlem"
    STYREGRUPPE = "styregruppe"


MEMBER_ROLES: Catalogue[MemberRole] = Catalogue("member_roles", MemberRole, [
    _item("leder", "Leder", "Leader", "Leder med ansvar for indsatsen."),
    _item("sponsor", "Sponsor", "Sponsor",
          "Chef eller direktør, der bakker indsatsen op og rydder forhindringer af vejen."),
    _item("projektleder", "Projektleder", "Project leader",
          "Den, der styrer det daglige arbejde med indsatsen."),
    _item("medlem", "Medlem", "Member", "Deltager i arbejdsgruppen eller netværket."),
    _item("styregruppe", "Styregruppemedlem", "Steering group member",
          "Medlem af styregruppen, der træffer de overordnede beslutninger."),
], title_da="rolle", default="medlem")


# -- follow-up statuses --------------------------------------------------------------------
class DecisionStatus(StrEnum):
    AFTALT = "aftalt"
    IMPLEMENTERET = "implementeret"
    FULGT_OP = "fulgt_op"


DECISION_STATUSES: Catalogue[DecisionStatus] = Catalogue(
    "decision_statuses", DecisionStatus, [
        _item("aftalt", "Aftalt", "Agreed", "Beslutningen er truffet, men endnu ikke ført ud."),
        _item("implementeret", "Implementeret", "Implemented",
              "Beslutningen er ført ud i praksis."),
        _item("fulgt_op", "Fulgt op", "Followed up",
              "Det er undersøgt, om beslutningen virker efter hensigten."),
    ], title_da="beslutningens status", default="aftalt")


class ActionStatus(StrEnum):
    AABEN = "aaben"
    I_GANG = "i_gang"
    UDFOERT = "udfoert"
    ANNULLERET = "annulleret"


ACTION_STATUSES: Catalogue[ActionStatus] = Catalogue("action_statuses", ActionStatus, [
    _item("aaben", "Åben", "Open", "Opgaven er aftalt, men ikke påbegyndt.", Rule.OPEN),
    _item("i_gang", "I gang", "In progress", "Der arbejdes på opgaven.", Rule.OPEN),
    _item("udfoert", "Udført", "Done", "Opgaven er løst."),
    _item("annulleret", "Annulleret", "Cancelled", "Opgaven skal ikke løses alligevel."),
], title_da="opgavens status", default="aaben")


class BarrierStatus(StrEnum):
    IDENTIFICERET = "identificeret"
    ESKALERET = "eskaleret"
    UNDER_BEHANDLING = "under_behandling"
    LOEST = "loest"


BARRIER_STATUSES: Catalogue[BarrierStatus] = Catalogue("barrier_statuses", BarrierStatus, [
    _item("identificeret", "Identificeret", "Identified",
          "Barrieren er beskrevet, men endnu ikke sendt videre.", Rule.OPEN),
    _item("eskaleret", "Eskaleret", "Escalated",
          "Barrieren er sendt til det niveau, der kan fjerne den.", Rule.OPEN),
    _item("under_behandling", "Under behandling", "Being handled",
          "Det ansvarlige niveau arbejder på at fjerne barrieren.", Rule.OPEN),
    _item("loest", "Løst", "Resolved", "Barrieren er fjernet eller håndteret."),
], title_da="barrierens status", default="identificeret")


class Direction(StrEnum):
    OP = "op"
    NED = "ned"


DIRECTIONS: Catalogue[Direction] = Catalogue("directions", Direction, [
    _item("op", "Højere er bedre", "Higher is better",
          "Målet er nået, når tallet kommer op på eller over målværdien."),
    _item("ned", "Lavere er bedre", "Lower is better",
          "Målet er nået, når tallet kommer ned på eller under målværdien, fx antal "
          "genindlæggelser."),
], title_da="retning", default="op")


# -- the chief's tasks and competencies ----------------------------------------------------
class ChiefTask(StrEnum):
    FAELLES_VI = "faelles_vi"
    FOELING = "foeling"
    FORBINDE = "forbinde"


CHIEF_TASKS: Catalogue[ChiefTask] = Catalogue("chief_tasks", ChiefTask, [
    _item("faelles_vi", "At opbygge et fælles vi", "Building a shared 'we'",
          "Kulturarbejde, der flytter samarbejdet væk fra 'dem og os' og mod en fælles "
          "opgave."),
    _item("foeling", "At have føling med hverdagens samarbejde",
          "Staying in touch with everyday collaboration",
          "Være synlig i hverdagen og spørge ind til, hvordan samarbejdet faktisk fungerer."),
    _item("forbinde", "At forbinde netværk og topledelse",
          "Connecting the network and top management",
          "Holde direktører og politikere orienteret, løse problemer på lavest mulige niveau "
          "og tilpasse initiativer, der kommer oppefra."),
], title_da="chefens opgaver")


class Competency(StrEnum):
    FORANDRINGSMOD = "forandringsmod"
    RELATIONELLE = "relationelle"
    TVAERSEKTORIEL = "tvaersektoriel"


COMPETENCIES: Catalogue[Competency] = Catalogue("competencies", Competency, [
    _item("forandringsmod", "Forandringsmod og -tålmod", "Courage and patience for change",
          "Mod til at sætte forandringer i gang og tålmod til at holde fast, når det tager "
          "tid."),
    _item("relationelle", "Relationelle kompetencer", "Relational competencies",
          "Evnen til at skabe kontakt, lytte og bygge tillid på tværs af organisationer."),
    _item("tvaersektoriel", "Tværsektoriel forståelse", "Cross-sector understanding",
          "Indsigt i de andre sektorers vilkår, opgaver og måde at tænke på."),
], title_da="kompetencer")


CATALOGUES: dict[str, Catalogue[Any]] = {
    c.name: c
    for c in (
        PLAGUES,
        BARRIERS,
        LADDER,
        CORNERSTONES,
        MEANINGS,
        FORMALISATION,
        LEVELS,
        SECTORS,
        ENTRY_TYPES,
        INITIATIVE_STATUSES,
        ESCALATION_LEVELS,
        REFLECTIONS,
        MEMBER_ROLES,
        DECISION_STATUSES,
        ACTION_STATUSES,
        BARRIER_STATUSES,
        DIRECTIONS,
        CHIEF_TASKS,
        COMPETENCIES,
    )
}
