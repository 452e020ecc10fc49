"""The app's own code lists: leadership levels and sectors, the collaboration log's entry
types, initiative statuses, escalation levels, member roles, the follow-up statuses, the
asks' levels and life cycle and the readiness answers."""

from __future__ import annotations

from enum import StrEnum

from brobygger.domain.codelist import Catalogue, Rule, _item
from brobygger.domain.i18n import N_


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
], title_da=N_("ledelsesniveau"), default="chef")


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
], title_da=N_("sektor"), default="andet")


# -- the collaboration log -----------------------------------------------------------------
class EntryType(StrEnum):
    MOEDE = "moede"
    BESLUTNING = "beslutning"
    AFTALE = "aftale"
    HAENDELSE = "haendelse"
    ESKALERING = "eskalering"
    OBSERVATION = "observation"
    RESULTAT = "resultat"
    LOEST_LOKALT = "loest_lokalt"


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
    _item("loest_lokalt", "Løst lokalt", "Solved locally",
          "En plage eller barriere, der blev håndteret på det laveste niveau uden at blive "
          "eskaleret – tegnet på et samarbejde, der virker."),
], title_da=N_("typen af notat"), default="moede")


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
    ], title_da=N_("indsatsens status"), default="ide")


class EscalationLevel(StrEnum):
    LOKALT = "lokalt"
    CHEF = "chef"
    TOPLEDELSE = "topledelse"
    POLITISK = "politisk"
    NATIONALT = "nationalt"
    SUNDHEDSRAAD = "sundhedsraad"
    SUNDHEDSKLYNGE = "sundhedsklynge"


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
        _item("sundhedsraad", "Sundhedsrådet", "Health council",
              "Problemet hører hjemme i sundhedsrådet, der leder den faglige udvikling i "
              "sundhedsrådsområdet og træffer beslutninger, som andre fører ud."),
        _item("sundhedsklynge", "Sundhedsklyngen", "Health cluster",
              "Problemet hører hjemme i sundhedsklyngen, hvor hospital, kommuner og almen "
              "praksis følger nøgletal for befolkningen og aftaler fælles løsninger."),
    ], title_da=N_("eskaleringsniveau"), default="lokalt")


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
], title_da=N_("rolle"), default="medlem")


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
    ], title_da=N_("beslutningens status"), default="aftalt")


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
], title_da=N_("opgavens status"), default="aaben")


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
], title_da=N_("barrierens status"), default="identificeret")


class Direction(StrEnum):
    OP = "op"
    NED = "ned"


DIRECTIONS: Catalogue[Direction] = Catalogue("directions", Direction, [
    _item("op", "Højere er bedre", "Higher is better",
          "Målet er nået, når tallet kommer op på eller over målværdien."),
    _item("ned", "Lavere er bedre", "Lower is better",
          "Målet er nået, når tallet kommer ned på eller under målværdien, fx antal "
          "genindlæggelser."),
], title_da=N_("retning"), default="op")


# -- asks: addressee levels and the life cycle ---------------------------------------------
class AskLevel(StrEnum):
    CHEF = "chef"
    TOPLEDELSE = "topledelse"
    POLITISK = "politisk"
    NATIONALT = "nationalt"
    SUNDHEDSRAAD = "sundhedsraad"
    SUNDHEDSKLYNGE = "sundhedsklynge"


ASK_LEVELS: Catalogue[AskLevel] = Catalogue("ask_levels", AskLevel, [
    _item("chef", "Chefniveau", "Chief level",
          "Cheferne i de deltagende organisationer, fx sundhedschef eller ledende "
          "oversygeplejerske."),
    _item("topledelse", "Topledelse", "Top management",
          "Direktionerne i hospital, region eller kommune."),
    _item("politisk", "Politisk niveau", "Political level",
          "Udvalg, regionsråd, kommunalbestyrelse eller KKR."),
    _item("nationalt", "Nationalt niveau", "National level",
          "Folketing, ministerium, Sundhedsstyrelsen eller overenskomstens parter."),
    _item("sundhedsraad", "Sundhedsrådet", "Health council",
          "Sundhedsrådet i sundhedsrådsområdet, der leder den faglige udvikling og "
          "godkender forløbsbeskrivelser."),
    _item("sundhedsklynge", "Sundhedsklyngen", "Health cluster",
          "Sundhedsklyngens styregruppe, der følger nøgletal for klyngens befolkning og "
          "sætter fælles projekter i gang."),
], title_da=N_("modtagerniveau"))


class AskStatus(StrEnum):
    AABEN = "aaben"
    BESVARET = "besvaret"
    IMOEDEKOMMET = "imoedekommet"
    AFVIST = "afvist"
    TRUKKET_TILBAGE = "trukket_tilbage"
    LOEST_LOKALT = "loest_lokalt"


ASK_STATUSES: Catalogue[AskStatus] = Catalogue("ask_statuses", AskStatus, [
    _item("aaben", "Åben", "Open", "Anmodningen er sendt og venter på svar."),
    _item("besvaret", "Besvaret", "Answered",
          "Der er kommet et svar, men sagen er ikke afsluttet endnu."),
    _item("imoedekommet", "Imødekommet", "Granted", "Anmodningen er imødekommet."),
    _item("afvist", "Afvist", "Refused", "Anmodningen er afvist."),
    _item("trukket_tilbage", "Trukket tilbage", "Withdrawn",
          "Anmodningen er trukket tilbage, fx fordi behovet er væk."),
    _item("loest_lokalt", "Løst lokalt", "Solved locally",
          "Problemet blev løst på det laveste niveau uden at gå videre."),
], title_da=N_("anmodningens status"))


class ReadinessAnswer(StrEnum):
    JA = "ja"
    DELVIST = "delvist"
    NEJ = "nej"
    IKKE_RELEVANT = "ikke_relevant"


READINESS_ANSWERS: Catalogue[ReadinessAnswer] = Catalogue("readiness_answers", ReadinessAnswer, [
    _item("ja", "Ja", "Yes", "Eftertanken er afklaret for initiativet."),
    _item("delvist", "Delvist", "Partly", "Eftertanken er delvist afklaret."),
    _item("nej", "Nej", "No", "Eftertanken er ikke afklaret endnu."),
    _item("ikke_relevant", "Ikke relevant", "Not relevant",
          "Eftertanken er ikke relevant for initiativet."),
], title_da=N_("svar"))
