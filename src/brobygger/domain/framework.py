"""The code lists of the cross-sector leadership framework ("Ledelse over grænser"): the
seven plagues, the structural barriers, the relationship ladder, the cornerstones, shared
meaning, samarbejde ↔ samordning, the reflections for top management, the chief's tasks and
competencies, and the general barriers from research. The Danish descriptions are the
app's own short explanations."""

from __future__ import annotations

from enum import StrEnum

from brobygger.domain.codelist import Catalogue, _item
from brobygger.domain.i18n import N_


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
          "Det er uklart, hvor det lægefaglige ansvar ligger, fx hvem der skal reagere på "
          "en blodprøve taget i borgerens hjem. Sygeplejersker ender som mellemled mellem "
          "hospitalslægerne og de praktiserende læger."),
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
], title_da=N_("samarbejdets plager"))


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
          "Krav om produktivitet æder den tid, der skal bruges på at udvikle samarbejdet "
          "ved siden af driften. Rotation og fælles stillinger på tværs kan give luft."),
    _item("almen_praksis", "Almen praksis' særstilling", "The special position of general practice",
          "De praktiserende læger er selvstændige og arbejder efter deres egen overenskomst. "
          "De kan derfor ikke ledes ind i samarbejdet som ansatte i region og kommune."),
    _item("aftaler_lovgivning", "Aftaler og lovgivning", "Agreements and legislation",
          "Sundhedsaftaler halter efter virkeligheden, sundheds- og sociallovgivning passer "
          "dårligt sammen, og databeskyttelsesreglerne begrænser, hvad der må deles."),
    _item("parallelle_systemer", "Parallelle systemer", "Parallel systems",
          "Hver sektor har sine egne MED-strukturer, udbudsregler og systemer til ledelse, "
          "journal og økonomi. Det giver dobbeltarbejde og gør fælles løsninger tunge."),
], title_da=N_("de strukturelle barrierer"))


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
], title_da=N_("relationstrappen"))


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
], title_da=N_("de fire hjørnesten"))


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
], title_da=N_("fælles mening"))


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
    ], title_da=N_("samarbejde og samordning"))


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
], title_da=N_("eftertankerne til topledelsen"))


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
], title_da=N_("chefens opgaver"))


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
], title_da=N_("kompetencer"))


# -- the six general barriers from research (context only) ---------------------------------
class GeneralBarrier(StrEnum):
    KOMPLEKSE_RELATIONER = "komplekse_relationer"
    MODSTRIDENDE_MAAL = "modstridende_maal"
    SKAEVE_INCITAMENTER = "skaeve_incitamenter"
    SILOTAENKNING = "silotaenkning"
    KULTURFORSKELLE = "kulturforskelle"
    STRUKTURELLE = "strukturelle"


GENERAL_BARRIERS: Catalogue[GeneralBarrier] = Catalogue("general_barriers", GeneralBarrier, [
    _item("komplekse_relationer", "Komplekse relationer", "Complex relations",
          "Mange parter med hver sin opgave, ledelse og økonomi skal finde sammen."),
    _item("modstridende_maal", "Modstridende mål og interesser",
          "Conflicting goals and interests",
          "Parternes egne mål og interesser trækker ikke altid i samme retning."),
    _item("skaeve_incitamenter", "Skæve økonomiske incitamenter", "Skewed financial incentives",
          "Økonomien belønner den enkelte sektor frem for det fælles resultat."),
    _item("silotaenkning", "Silotænkning", "Silo thinking",
          "Hver organisation ser opgaven fra sin egen del af forløbet."),
    _item("kulturforskelle", "Kulturelle og faglige forskelle",
          "Cultural and professional differences",
          "Sektorer og fag har forskellig kultur, sprog og faglig tilgang."),
    _item("strukturelle", "Strukturelle barrierer", "Structural barriers",
          "Lovgivning, aftaler og systemer, som de enkelte ledere ikke selv kan ændre."),
], title_da=N_("de generelle barrierer fra forskningen"))
