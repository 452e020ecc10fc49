"""A deterministic generator of a large synthetic Brobygger workspace (issue 8).

    .venv/bin/python benchmarks/generate.py                 # full size, cached
    .venv/bin/python benchmarks/generate.py --scale 0.01    # 1 % of it
    .venv/bin/python benchmarks/generate.py --out DIR       # into DIR, no cache

At scale 1.0: 500 initiatives, 1,000 organisations, 5,000 people, 100,000 log entries
(Danish text of 50–2,000 characters from a vocabulary of the domain), 50,000 relationship
assessments, 20,000 actions, 2,000 indicators with 24 measurements each – plus the link
tables (parties, members, participants, plagues and barriers of entries) and plague and
barrier assessments. One initiative (``manifest["big_initiative"]``) holds 1 % of the
entries (1,000 at full scale): the status-brief benchmark uses it.

Everything comes from one ``random.Random(seed)``: ids, dates, timestamps and text, so a
seed and a scale always give the same rows. The rows go in with SQLAlchemy Core bulk
inserts (one transaction, ``executemany``) through the normal, migrated workspace. While
they do, the secondary indexes and the full-text triggers are dropped (and re-created from
their own DDL in ``sqlite_master`` at the end, the full-text index filled by FTS5's
``'rebuild'``), the page cache is large and nothing is fsynced: scale 10 (1,000,000
entries) takes minutes, not hours, and the schema is exactly the migrations' – the services
read the result like any other workspace. No audit events are written (the data predates
the trail).

Cached workspaces live in ``benchmarks/data/s<seed>-x<scale>/`` (gitignored) with a
``manifest.json`` written last – a generation that died half-way is never reused. They are
encrypted like a new workspace by default: SQLCipher with a raw 256-bit key in the
"OS keyring", here :class:`bench_keyring.FileKeyring`, a keyring backend that keeps the synthetic
workspaces' keys in ``benchmarks/data/keyring.json`` so that later runs and subprocesses
(the GUI start-up benchmark) can open them. ``--encryption passphrase`` uses
:data:`BENCH_PASSPHRASE` instead.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table

try:
    import fcntl
except ImportError:  # Windows: no lock; do not run two generators at once
    fcntl = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT / "src", ROOT / "benchmarks"):  # run as a script from a checkout
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import bench_keyring  # noqa: E402

from brobygger.domain.catalogue import (  # noqa: E402
    BARRIERS,
    CORNERSTONES,
    ESCALATION_LEVELS,
    FORMALISATION,
    MEANINGS,
    PLAGUES,
    REFLECTIONS,
)
from brobygger.store import log_counts, models  # noqa: E402
from brobygger.store.workspace import Workspace, head_revision  # noqa: E402

DATA_DIR = ROOT / "benchmarks" / "data"
DEFAULT_SEED = 20261123
GENERATOR_VERSION = 2
BENCH_PASSPHRASE = "brobygger-benchmark-passphrase"
MANIFEST = "manifest.json"
TODAY = date(2026, 11, 20)          # the synthetic "today" (as the tests' example data)
FIRST_DAY = date(2019, 1, 1)        # the oldest log entries
BODY_MIN, BODY_MAX = 50, 2_000

# Row counts at scale 1.0 (issue 8).
BASE_COUNTS: dict[str, int] = {
    "initiatives": 500,
    "organisations": 1_000,
    "people": 5_000,
    "log_entries": 100_000,
    "relationships": 50_000,
    "actions": 20_000,
    "indicators": 2_000,
}
MEASUREMENTS_PER_INDICATOR = 24
PLAGUE_ROUNDS = 2      # assessments of each of the seven plagues per initiative
BARRIER_ROUNDS = 2     # assessments of each of the five barriers per initiative
BIG_SHARE = 0.01       # share of all entries in the "big" initiative (1,000 at scale 1)
NO_INITIATIVE_SHARE = 0.04


@dataclass(frozen=True)
class Counts:
    initiatives: int
    organisations: int
    people: int
    log_entries: int
    relationships: int
    actions: int
    indicators: int
    measurements: int

    @classmethod
    def at(cls, scale: float) -> Counts:
        if not 0 < scale <= 10:
            raise ValueError("scale must be in (0, 10]")
        n = {k: max(2, round(v * scale)) for k, v in BASE_COUNTS.items()}
        return cls(measurements=n["indicators"] * MEASUREMENTS_PER_INDICATOR, **n)


# -- the keyring of the benchmark workspaces ------------------------------------------------
def use_file_keyring(path: Path | None = None) -> None:
    """Keep the keys of the synthetic workspaces in ``benchmarks/data/keyring.json``."""
    bench_keyring.install(path)


def passphrase_prompt(new: bool, reason: str) -> str:
    return BENCH_PASSPHRASE


def open_workspace(directory: Path) -> Workspace:
    """Open a generated workspace the way the app does (keyring or passphrase)."""
    return Workspace.open(directory, create=False, passphrase=passphrase_prompt)


# -- the vocabulary ------------------------------------------------------------------------
FIRST_NAMES = (
    "Anne", "Mette", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Charlotte",
    "Pia", "Tina", "Karen", "Birgitte", "Helle", "Maria", "Kirsten", "Dorte", "Rikke", "Signe",
    "Ida", "Sofie", "Line", "Maja", "Astrid", "Ingrid", "Søs", "Åse", "Bodil", "Gitte", "Jette",
    "Lars", "Jens", "Peter", "Michael", "Henrik", "Søren", "Thomas", "Jesper", "Niels", "Rasmus",
    "Anders", "Morten", "Martin", "Christian", "Mads", "Jakob", "Kasper", "Ole", "Torben",
    "Bjørn", "Jørgen", "Poul", "Kim", "Frederik", "Mikkel", "Emil", "Steffen", "Carsten", "Bo",
)
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm",
    "Kjær", "Bach", "Dahl", "Lauridsen", "Skov", "Vestergaard", "Østergaard", "Bøgh", "Fog",
    "Krogh", "Juhl", "Brøndum", "Sønderby", "Ærenlund", "Damgaard", "Friis", "Overgaard",
)
MUNICIPALITIES = (
    "København", "Frederiksberg", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers",
    "Kolding", "Horsens", "Vejle", "Roskilde", "Herning", "Silkeborg", "Næstved", "Greve",
    "Køge", "Holbæk", "Slagelse", "Hillerød", "Sønderborg", "Svendborg", "Holstebro",
    "Hjørring", "Frederikshavn", "Viborg", "Skive", "Thisted", "Ringkøbing-Skjern",
    "Haderslev", "Aabenraa", "Tønder", "Fredericia", "Middelfart", "Nyborg", "Faaborg-Midtfyn",
    "Ærø", "Langeland", "Lolland", "Guldborgsund", "Vordingborg", "Faxe", "Stevns", "Ringsted",
    "Sorø", "Kalundborg", "Odsherred", "Gribskov", "Helsingør", "Fredensborg", "Rudersdal",
    "Gentofte", "Lyngby-Taarbæk", "Gladsaxe", "Herlev", "Ballerup", "Egedal", "Furesø",
    "Allerød", "Hørsholm", "Halsnæs", "Bornholm", "Brøndby", "Hvidovre", "Rødovre", "Glostrup",
    "Albertslund", "Høje-Taastrup", "Ishøj", "Vallensbæk", "Tårnby", "Dragør", "Solrød",
    "Lejre", "Frederikssund", "Skanderborg", "Odder", "Favrskov", "Syddjurs", "Norddjurs",
    "Samsø", "Hedensted", "Ikast-Brande", "Lemvig", "Struer", "Morsø", "Vesthimmerland",
    "Rebild", "Mariagerfjord", "Jammerbugt", "Brønderslev", "Læsø", "Billund", "Vejen",
    "Varde", "Fanø", "Assens", "Nordfyn", "Kerteminde",
)
REGIONS = ("Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland",
           "Region Nordjylland")
HOSPITALS = (
    "Rigshospitalet", "Bispebjerg og Frederiksberg Hospital", "Herlev og Gentofte Hospital",
    "Hvidovre Hospital", "Nordsjællands Hospital", "Sjællands Universitetshospital",
    "Holbæk Sygehus", "Nykøbing F. Sygehus", "Odense Universitetshospital",
    "Sygehus Lillebælt", "Sydvestjysk Sygehus", "Sygehus Sønderjylland",
    "Aarhus Universitetshospital", "Regionshospitalet Gødstrup", "Regionshospitalet Randers",
    "Regionshospitalet Horsens", "Hospitalsenheden Midt", "Aalborg Universitetshospital",
    "Regionshospital Nordjylland",
)
KOMMUNE_UNITS = ("Sundhed og Omsorg", "Hjemmeplejen", "Hjemmesygeplejen", "Akutteamet",
                 "Visitationen", "Genoptræningscenteret", "Socialpsykiatrien",
                 "Forebyggelsescenteret", "Midlertidige pladser", "Rehabiliteringsenheden")
HOSPITAL_UNITS = ("Akutafdelingen", "Medicinsk afdeling", "Geriatrisk afdeling",
                  "Ortopædkirurgisk afdeling", "Lungemedicinsk afdeling", "Kardiologisk afdeling",
                  "Neurologisk afdeling", "Hospitalsledelsen", "Kvalitetsafdelingen")
TITLES = ("sundhedschef", "ældrechef", "afdelingssygeplejerske", "overlæge", "ledende overlæge",
          "praksiskonsulent", "projektleder", "konsulent", "visitator", "centerchef",
          "direktør", "vicedirektør", "kommunaldirektør", "klinisk sygeplejespecialist",
          "forløbskoordinator", "teamleder", "praktiserende læge", "fysioterapeut",
          "ergoterapeut", "social- og sundhedsassistent", "datakonsulent", "chefkonsulent")

# Topic nouns, most frequent first (the text draws them with Zipf-like weights, so a
# search for "akutpladser" hits many entries and one for "lægedækning" few).
TOPICS = (
    "udskrivning", "kommunen", "regionen", "styregruppen", "akutpladser", "almen praksis",
    "praksiskonsulenten", "hjemmeplejen", "genoptræning", "akutteamet", "sygehuset",
    "økonomien", "borgerne", "de pårørende", "arbejdsgruppen", "sundhedsaftalen",
    "genindlæggelser", "medicinafstemning", "ventetiden", "kapaciteten", "data",
    "forløbskoordinatoren", "visitationen", "de midlertidige pladser", "epikrisen",
    "korrespondancemeddelelser", "plejeforløbsplanen", "sundhedsklyngen", "lægevagten",
    "telemedicin", "hjemmesygeplejen", "demensområdet", "psykiatrien", "socialpsykiatrien",
    "rehabiliteringen", "forebyggelsen", "ældre medicinske patienter", "færdigbehandlede patienter",
    "overgangene", "sektorovergangene", "implementeringen", "evalueringen", "pilotprojektet",
    "driftsmodellen", "budgettet", "medfinansieringen", "taksterne", "direktionen",
    "følgegruppen", "hospitalsledelsen", "fagbevægelsen", "rekrutteringen", "vagtplanen",
    "kompetenceudviklingen", "sygeplejerskerne", "lægerne", "terapeuterne", "IT-systemerne",
    "Sundhedsplatformen", "Fælles Medicinkort", "dokumentationen", "indikatorerne",
    "kvalitetsdata", "audit", "utilsigtede hændelser", "tilsynet", "borgerinddragelsen",
    "kommunikationen", "arbejdsgangene", "opgaveoverdragelsen", "delegeringen",
    "lægedækningen", "vagtordningen", "ambulancetjenesten", "1813", "det præhospitale",
    "palliationen", "hjerteforløbene", "KOL-forløbene", "diabetesforløbene", "faldforebyggelse",
    "ernæringsindsatsen", "sårbehandlingen", "infusionsbehandlingen", "iltbehandlingen",
    "blodprøvetagningen", "hjemmebesøgene", "videokonsultationerne", "sygeplejeklinikken",
    "akutfunktionen", "udgående teams", "opfølgende hjemmebesøg", "samarbejdsaftalen",
    "ansvarsfordelingen", "gråzonerne", "incitamenterne", "lovgivningen", "databeskyttelsen",
    "journaladgangen", "kalenderbookingen", "tolkebistanden", "transporten",
)
SUBJECTS = (
    "Styregruppen", "Arbejdsgruppen", "Kommunen", "Regionen", "Praksiskonsulenten",
    "Afdelingslederen", "Hospitalsledelsen", "Direktionen", "Sundhedschefen", "Ældrechefen",
    "Projektlederen", "Akutteamet", "Hjemmeplejen", "Følgegruppen", "Overlægen",
    "Visitationen", "Forløbskoordinatoren", "Sundhedsklyngen", "Den kommunale part",
    "Den regionale part", "Almen praksis", "Ledergruppen",
)
VERBS = (
    "drøftede", "besluttede at prioritere", "aftalte at styrke", "fremlagde et oplæg om",
    "godkendte planen for", "udskød beslutningen om", "eskalerede spørgsmålet om",
    "fulgte op på", "præsenterede tal for", "anbefalede en fælles tilgang til",
    "bad om en afklaring af", "justerede målene for", "vurderede status på",
    "bekræftede aftalen om", "efterlyste bedre data om", "tog forbehold for",
)
INFINITIVES = ("følge op på", "afklare", "beskrive", "kortlægge", "afprøve", "evaluere",
               "udbrede", "forankre", "justere", "styrke", "genbesøge", "prioritere",
               "samle op på", "konkretisere")
ADVERBIALS = (
    "på mødet i dag", "efter en længere drøftelse", "med forbehold for økonomien",
    "inden næste møde", "i samarbejde med almen praksis", "for at nedbringe ventetiden",
    "så borgerne oplever sammenhæng", "uden at det går ud over driften",
    "på tværs af sektorerne", "i løbet af efteråret", "før sommerferien",
    "som et led i sundhedsaftalen", "med udgangspunkt i de seneste tal",
    "efter input fra medarbejderne", "i tæt dialog med de pårørende",
    "så længe der er usikkerhed om finansieringen", "indtil videre",
    "med særligt fokus på de ældre medicinske patienter", "efter aftale med direktionen",
)
CONCERNS = (
    "især i weekenderne", "fordi vagtplanen er presset", "når der mangler sygeplejersker",
    "selv om aftalen er klar", "da systemerne ikke taler sammen", "og det mærker borgerne",
    "særligt om aftenen", "på grund af ferieafviklingen", "hvilket skaber frustration",
    "og ingen føler sig ansvarlige", "fordi økonomien er stram", "trods god vilje",
)
METRICS = ("udskrivningsklare patienter", "genindlæggelser", "borgere på venteliste",
           "akutte hjemmebesøg", "forebyggelige indlæggelser", "færdigbehandlede liggedage",
           "henvendelser til akutteamet", "aflyste udskrivninger", "borgere i akutpladser",
           "opfølgende hjemmebesøg")
FILLERS = (
    "Mødet forløb i en god og konstruktiv tone.",
    "Der var enighed om retningen, men ikke om tempoet.",
    "Flere gav udtryk for, at samarbejdet er blevet bedre det seneste år.",
    "Det blev understreget, at ingen part kan løfte opgaven alene.",
    "Referatet sendes rundt til godkendelse.",
    "Der er brug for mere tid til at forankre de nye arbejdsgange.",
    "Medarbejderne oplever, at opgaverne falder mellem to stole.",
    "Vi skal huske at fejre de små sejre undervejs.",
    "Tilliden mellem parterne er vokset, men den er stadig skrøbelig.",
    "Økonomien er fortsat den største usikkerhed.",
)
TITLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "moede": ("Møde i {group} om {topic}", "Drøftelse af {topic} og {topic2}",
              "Status på {topic}", "Opfølgning: {topic}"),
    "beslutning": ("Beslutning om {topic}", "{group_cap} besluttede: {topic}"),
    "aftale": ("Aftale om {topic}", "Aftale mellem parterne om {topic} og {topic2}"),
    "haendelse": ("Hændelse med {topic}", "Uventet forløb: {topic}"),
    "eskalering": ("Eskalering: {topic}", "Eskaleret fra {group}: {topic}"),
    "observation": ("Observation fra {group}", "Iagttagelse om {topic}"),
    "resultat": ("Resultater for {topic}", "Nye tal om {topic}"),
}
GROUPS = ("styregruppen", "arbejdsgruppen", "følgegruppen", "ledergruppen", "sundhedsklyngen",
          "direktionen", "projektgruppen", "netværket")
TAGS = ("akut", "udskrivning", "økonomi", "data", "psykiatri", "demens", "ledelse",
        "kommunikation", "genoptræning", "medicin", "praksis", "it", "kapacitet", "rekruttering",
        "kvalitet", "borger", "pårørende", "aftale", "eskalering", "evaluering")
INITIATIVE_TOPICS = (
    "Fælles akutfunktion", "Sikker udskrivning", "Akutpladser", "Opfølgende hjemmebesøg",
    "Sammenhængende genoptræning", "Medicinafstemning på tværs", "Ældre medicinske patienter",
    "Tidlig opsporing", "Fælles demensindsats", "Psykiatri og misbrug", "KOL i eget hjem",
    "Telemedicinsk hjertesvigt", "Praksiskonsulentordning", "Færdigbehandlede patienter",
    "Lægedækning i yderområder", "Fælles sygeplejeklinik", "Palliation i eget hjem",
    "Børn og unges mentale sundhed", "Forløbskoordination", "Datadrevet samarbejde",
)
INDICATORS = (
    ("Genindlæggelser inden for 30 dage", "%", "ned"),
    ("Færdigbehandlede liggedage", "dage", "ned"),
    ("Udskrivninger før kl. 14", "%", "op"),
    ("Medicinafstemninger ved udskrivning", "%", "op"),
    ("Ventetid på genoptræning", "dage", "ned"),
    ("Borgere i akutpladser", "antal", "op"),
    ("Tilfredshed blandt pårørende", "point", "op"),
    ("Forebyggelige indlæggelser", "pr. 1.000", "ned"),
)
ACTION_VERBS = ("Udarbejd", "Indkald til", "Afklar", "Send", "Beskriv", "Følg op på",
                "Planlæg", "Evaluer", "Book", "Skriv udkast til")


# -- helpers ---------------------------------------------------------------------------------
def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _stamp(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        seconds=rng.randrange(7 * 3600, 18 * 3600))


def _zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (k ** s) for k in range(1, n + 1)]


class TextMaker:
    """Danish sentences from the domain vocabulary; topic nouns drawn Zipf-like."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topic_weights = _zipf_weights(len(TOPICS), 0.9)

    def topics(self, k: int) -> list[str]:
        return self.rng.choices(TOPICS, self.topic_weights, k=k)

    def sentence(self, topics: Sequence[str]) -> str:
        r = self.rng
        t, t2 = r.choice(topics), r.choice(topics)
        kind = r.randrange(9)
        if kind == 0:
            s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {t} {r.choice(ADVERBIALS)}."
        elif kind == 1:
            s = (f"Der er enighed om, at vi skal {r.choice(INFINITIVES)} {t} "
                 f"{r.choice(ADVERBIALS)}.")
        elif kind == 2:
            s = (f"Det blev aftalt, at {r.choice(SUBJECTS).lower()} vil {r.choice(INFINITIVES)} "
                 f"{t} senest uge {r.randint(1, 52)}.")
        elif kind == 3:
            s = f"Næste skridt er at {r.choice(INFINITIVES)} {t} og {t2}."
        elif kind == 4:
            s = f"{t[0].upper()}{t[1:]} er fortsat en udfordring, {r.choice(CONCERNS)}."
        elif kind == 5:
            s = (f"Tallene viser {r.randint(3, 140)} {r.choice(METRICS)} i uge "
                 f"{r.randint(1, 52)}, mod {r.randint(3, 140)} i samme periode sidste år.")
        elif kind == 6:
            s = r.choice(FILLERS)
        elif kind == 7:
            s = (f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {t}, og {r.choice(SUBJECTS).lower()} "
                 f"{r.choice(VERBS)} {t2}.")
        else:
            s = (f"Vi skal blive bedre til {t} {r.choice(CONCERNS)}; ellers risikerer vi, at "
                 f"{t2} bliver en flaskehals.")
        return s

    def body_length(self) -> int:
        # log-normal around ~450 characters, clipped to 50–2,000
        return int(min(BODY_MAX, max(BODY_MIN, self.rng.lognormvariate(6.1, 0.7))))

    def body(self, topics: Sequence[str]) -> str:
        target = self.body_length()
        parts: list[str] = []
        length = 0
        while length < target:
            s = self.sentence(topics)
            sep = "\n\n" if parts and self.rng.random() < 0.22 else " "
            if parts and length + len(sep) + len(s) > BODY_MAX:
                break
            if parts:
                parts.append(sep)
                length += len(sep)
            parts.append(s)
            length += len(s)
        text = "".join(parts)
        if len(text) > BODY_MAX:
            text = text[:BODY_MAX - 1].rstrip() + "."
        while len(text) < BODY_MIN:
            text += " " + self.rng.choice(FILLERS)
        return text

    def title(self, entry_type: str, topics: Sequence[str]) -> str:
        pattern = self.rng.choice(TITLE_PATTERNS[entry_type])
        group = self.rng.choice(GROUPS)
        return pattern.format(group=group, group_cap=group.capitalize(), topic=topics[0],
                              topic2=topics[-1])[:300]


# -- the generator ---------------------------------------------------------------------------
@dataclass
class Manifest:
    seed: int
    scale: float
    generator_version: int
    encryption: str
    counts: dict[str, int]
    big_initiative: str
    big_initiative_entries: int
    portfolio: list[str]
    seconds: float
    schema_revision: str | None


def _insert(conn: Any, table: Table, rows: Iterable[dict[str, Any]], chunk: int = 5_000,
            after_chunk: Callable[[], None] | None = None) -> int:
    n = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            conn.execute(table.insert(), batch)
            n += len(batch)
            batch = []
            if after_chunk is not None:
                after_chunk()
    if batch:
        conn.execute(table.insert(), batch)
        n += len(batch)
    return n


# Generation only (never the app): a page cache big enough for the random-order primary
# keys of a million rows, no fsync per commit (a generation that dies is never reused: the
# manifest is written last) and sorts in memory.
BULK_PRAGMAS = ("PRAGMA cache_size = -{cache_kib}", "PRAGMA synchronous = OFF",
                "PRAGMA temp_store = MEMORY")
BULK_CACHE_KIB = 512 * 1024


@contextmanager
def _bulk_pragmas(conn: Any) -> Iterator[None]:
    """:data:`BULK_PRAGMAS` on the connection (outside a transaction: SQLite refuses to
    change ``synchronous`` inside one), the app's own settings back afterwards."""
    raw = conn.connection.driver_connection
    before = [raw.execute(f"PRAGMA {name}").fetchone()[0]
              for name in ("cache_size", "synchronous", "temp_store")]
    for pragma in BULK_PRAGMAS:
        raw.execute(pragma.format(cache_kib=BULK_CACHE_KIB))
    try:
        yield
    finally:
        for name, value in zip(("cache_size", "synchronous", "temp_store"), before,
                               strict=True):
            raw.execute(f"PRAGMA {name} = {int(value)}")


@contextmanager
def _bulk_mode(conn: Any) -> Iterator[None]:
    """Bulk-load the way SQLite is fastest, with the schema exactly as the migrations made
    it afterwards: the secondary indexes and the full-text triggers are dropped while the
    rows go in, then re-created from their own stored DDL (``sqlite_master``) – the index
    built once, sorted – and the full-text index filled with FTS5's ``'rebuild'`` (the same
    content the per-row triggers would have written, in fewer, bigger segments)."""
    saved = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND (type = 'trigger' OR (type = 'index' AND tbl_name NOT LIKE 'log_entry_fts%')) "
        "ORDER BY type, name").all()
    for type_, name, _sql in saved:
        conn.exec_driver_sql(f'DROP {type_.upper()} "{name}"')
    yield
    for _type, _name, sql in saved:
        conn.exec_driver_sql(sql)
    if any(name == "log_entry_fts_ai" for _t, name, _s in saved):
        conn.exec_driver_sql("INSERT INTO log_entry_fts(log_entry_fts) VALUES ('rebuild')")
    if any(name == f"{log_counts.TABLE}_ai" for _t, name, _s in saved):
        log_counts.fill(conn)  # the counts its triggers would have kept


def _record(rng: random.Random, day: date) -> dict[str, Any]:
    created = _stamp(day, rng)
    return {"id": _uuid(rng), "created_at": created, "updated_at": created,
            "deleted_at": None, "version": 1}


def _t(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` split into ``parts`` non-negative integers with some spread."""
    weights = [rng.lognormvariate(0, 0.6) for _ in range(parts)]
    s = sum(weights)
    out = [int(total * w / s) for w in weights]
    for i in range(total - sum(out)):
        out[i % parts] += 1
    return out


def populate(ws: Workspace, seed: int, counts: Counts,
             progress: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Fill an empty, migrated workspace. Returns facts for the manifest."""
    rng = random.Random(seed)
    text = TextMaker(rng)
    ni = counts.initiatives

    with ws.engine.connect() as outer, _bulk_pragmas(outer), \
            outer.execution_options(brobygger_write=True).begin(), _bulk_mode(outer):
        conn = outer
        # organisations
        org_names: list[tuple[str, str]] = [(r, "region_hospital") for r in REGIONS]
        for h in HOSPITALS:
            org_names.append((h, "region_hospital"))
            org_names += [(f"{u}, {h}", "region_hospital") for u in HOSPITAL_UNITS]
        for m in MUNICIPALITIES:
            org_names.append((f"{m} Kommune", "kommune"))
            org_names += [(f"{u}, {m} Kommune", "kommune") for u in KOMMUNE_UNITS]
            org_names.append((f"Lægepraksis {rng.choice(SURNAMES)} og {rng.choice(SURNAMES)}, "
                              f"{m}", "almen_praksis"))
            org_names.append((f"Socialpsykiatrien i {m}", "socialpsykiatri"))
        org_names += [(f"Psykiatrien i {r}", "psykiatri") for r in REGIONS]
        rng.shuffle(org_names)
        orgs = []
        for k in range(counts.organisations):
            name, sector = org_names[k % len(org_names)]
            if k >= len(org_names):
                name = f"{name} ({k // len(org_names) + 1})"
            row = _record(rng, _day(rng, FIRST_DAY, TODAY))
            row.update(name=name, sector=sector, parent_id=None,
                       notes=text.sentence(text.topics(2)) if rng.random() < 0.3 else "")
            orgs.append(row)
        org_ids = [o["id"] for o in orgs]
        _insert(conn, _t(models.Organisation), orgs)
        progress(f"{len(orgs)} organisations")

        # people
        people = []
        for _ in range(counts.people):
            first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            row = _record(rng, _day(rng, FIRST_DAY, TODAY))
            row.update(
                name=f"{first} {last}", title=rng.choice(TITLES),
                organisation_id=rng.choice(org_ids),
                level=rng.choices(("medarbejder", "funktionsleder", "chef", "topleder",
                                   "politisk"), (3, 4, 4, 2, 1))[0],
                phone=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                      f"{rng.randint(10, 99)}",
                email=f"{first.lower()}.{last.lower()}@example.dk".replace("ø", "oe")
                .replace("æ", "ae").replace("å", "aa"),
                is_champion=rng.random() < 0.08, active_from=None, active_to=None,
                notes="")
            people.append(row)
        person_ids = [p["id"] for p in people]
        _insert(conn, _t(models.Person), people)
        progress(f"{len(people)} people")

        # initiatives with parties and members
        initiatives, parties, members = [], [], []
        statuses = ("ide", "opstart", "drift", "drift", "drift", "evaluering", "afsluttet",
                    "stoppet")
        party_of: list[list[Any]] = []
        members_of: list[list[Any]] = []
        for k in range(ni):
            start = _day(rng, FIRST_DAY, TODAY - timedelta(days=90))
            row = _record(rng, start)
            area = rng.choice(MUNICIPALITIES)
            row.update(
                name=f"{INITIATIVE_TOPICS[k % len(INITIATIVE_TOPICS)]} – {area} ({k + 1})",
                parent_id=None, purpose=text.body(text.topics(3))[:600],
                trigger=text.sentence(text.topics(2)), status=rng.choice(statuses),
                start_date=start, end_date=None,
                formalisation={d.code: rng.randint(1, 5) for d in FORMALISATION},
                meaning={m.code: rng.randint(0, 3) for m in MEANINGS},
                cornerstones={c.code: rng.randint(0, 3) for c in CORNERSTONES},
                readiness={r.code: rng.random() < 0.5 for r in REFLECTIONS})
            initiatives.append(row)
            chosen_orgs = rng.sample(org_ids, min(len(org_ids), rng.randint(2, 6)))
            party_of.append(chosen_orgs)
            for o in chosen_orgs:
                p = _record(rng, start)
                p.update(initiative_id=row["id"], organisation_id=o,
                         role=rng.choice(("", "ejer", "part", "driftsansvarlig")))
                parties.append(p)
            chosen_people = rng.sample(person_ids, min(len(person_ids), rng.randint(5, 20)))
            members_of.append(chosen_people)
            for pid in chosen_people:
                mm = _record(rng, start)
                mm.update(initiative_id=row["id"], person_id=pid,
                          role=rng.choice(("leder", "sponsor", "projektleder", "medlem",
                                           "medlem", "styregruppe")))
                members.append(mm)
        initiative_ids = [i["id"] for i in initiatives]
        starts = [i["start_date"] for i in initiatives]
        _insert(conn, _t(models.Initiative), initiatives)
        _insert(conn, _t(models.InitiativeParty), parties)
        _insert(conn, _t(models.InitiativeMember), members)
        progress(f"{ni} initiatives, {len(parties)} parties, {len(members)} members")

        # log entries and their links
        n_big = max(1, round(counts.log_entries * BIG_SHARE))
        n_none = round(counts.log_entries * NO_INITIATIVE_SHARE)
        per_initiative = [n_big, *_split(counts.log_entries - n_big - n_none, ni - 1, rng)]
        owner = [k for k, n in enumerate(per_initiative) for _ in range(n)] + [-1] * n_none
        rng.shuffle(owner)
        plague_codes = [p.code for p in PLAGUES]
        barrier_codes = [b.code for b in BARRIERS]
        levels = [e.code for e in ESCALATION_LEVELS][1:]
        entry_ids: list[Any] = []
        entry_initiative: list[int] = []
        link_people: list[dict[str, Any]] = []
        link_plagues: list[dict[str, Any]] = []
        link_barriers: list[dict[str, Any]] = []

        def entries() -> Iterator[dict[str, Any]]:
            for k in owner:
                first = starts[k] if k >= 0 else FIRST_DAY
                day = _day(rng, first, TODAY)
                row = _record(rng, day)
                topics = text.topics(rng.randint(2, 4))
                etype = rng.choices(("moede", "beslutning", "aftale", "haendelse", "eskalering",
                                     "observation", "resultat"), (30, 14, 14, 10, 5, 20, 7))[0]
                row.update(
                    initiative_id=initiative_ids[k] if k >= 0 else None, entry_date=day,
                    type=etype, title=text.title(etype, topics), body=text.body(topics),
                    tags=", ".join(sorted(set(rng.sample(TAGS, rng.randint(0, 3))))),
                    decision_status=rng.choice(("aftalt", "implementeret", "fulgt_op"))
                    if etype in ("beslutning", "aftale") else None,
                    escalation_level=rng.choice(levels) if etype == "eskalering" else None,
                    escalated_to=rng.choice(("Direktionen", "Sundhedskoordinationsudvalget",
                                             "Byrådet", "Regionsrådet"))
                    if etype == "eskalering" else "",
                    author=rng.choice(FIRST_NAMES) + " " + rng.choice(SURNAMES))
                entry_ids.append(row["id"])
                entry_initiative.append(k)
                pool = members_of[k] if k >= 0 else person_ids
                for pid in rng.sample(pool, min(len(pool), rng.randint(0, 4))):
                    link_people.append({"entry_id": row["id"], "person_id": pid})
                if rng.random() < 0.3:
                    for pl in rng.sample(plague_codes, rng.randint(1, 2)):
                        link_plagues.append({"entry_id": row["id"], "plague": pl})
                if rng.random() < 0.2:
                    for b in rng.sample(barrier_codes, rng.randint(1, 2)):
                        link_barriers.append({"entry_id": row["id"], "barrier": b})
                yield row
                if len(entry_ids) % 20_000 == 0:
                    progress(f"{len(entry_ids)} log entries")

        # The link rows of each chunk of entries go in right after it (the lists do not
        # grow to millions of rows at scale 10); the rows and the random draws are the same.
        links = ((_t(models.LogEntryPerson), link_people),
                 (_t(models.LogEntryPlague), link_plagues),
                 (_t(models.LogEntryBarrier), link_barriers))
        n_links = [0, 0, 0]

        def flush_links() -> None:
            for i, (table, rows) in enumerate(links):
                n_links[i] += _insert(conn, table, rows)
                rows.clear()

        _insert(conn, _t(models.LogEntry), entries(), chunk=2_000, after_chunk=flush_links)
        flush_links()
        progress(f"{len(entry_ids)} log entries, {n_links[0]} participants")

        # relationship assessments: series per pair, org↔org or person↔person
        rel_per = _split(counts.relationships, ni + 1, rng)   # the last: general ones

        def relationships() -> Iterator[dict[str, Any]]:
            for k, n in enumerate(rel_per):
                general = k == ni
                orgs_k = org_ids if general else party_of[k]
                people_k = person_ids if general else members_of[k]
                first = FIRST_DAY if general else starts[k]
                made = 0
                while made < n:
                    use_orgs = len(orgs_k) >= 2 and rng.random() < 0.6
                    a, b = rng.sample(orgs_k if use_orgs else people_k, 2)
                    series = min(n - made, rng.randint(3, 12))
                    level = rng.randint(2, 6)
                    for day in sorted(_day(rng, first, TODAY) for _ in range(series)):
                        level = max(1, min(10, level + rng.choice((-1, 0, 0, 1, 1))))
                        row = _record(rng, day)
                        row.update(initiative_id=None if general else initiative_ids[k],
                                   org_a_id=a if use_orgs else None,
                                   org_b_id=b if use_orgs else None,
                                   person_a_id=None if use_orgs else a,
                                   person_b_id=None if use_orgs else b,
                                   assessed_on=day, kendskab=min(10, level + rng.randint(0, 2)),
                                   respekt=level, tillid=max(1, level - rng.randint(0, 2)),
                                   note=text.sentence(text.topics(2))
                                   if rng.random() < 0.25 else "",
                                   assessed_by=rng.choice(FIRST_NAMES))
                        yield row
                    made += series

        n_rel = _insert(conn, _t(models.RelationshipAssessment), relationships())
        progress(f"{n_rel} relationship assessments")

        # actions
        act_per = _split(counts.actions, ni, rng)

        def actions() -> Iterator[dict[str, Any]]:
            for k, n in enumerate(act_per):
                for _ in range(n):
                    due = _day(rng, starts[k], TODAY + timedelta(days=120))
                    row = _record(rng, min(due, TODAY) - timedelta(days=rng.randint(0, 60)))
                    status = ("udfoert" if due < TODAY - timedelta(days=30)
                              and rng.random() < 0.85
                              else rng.choice(("aaben", "aaben", "i_gang", "annulleret")))
                    topic = text.topics(1)[0]
                    row.update(initiative_id=initiative_ids[k],
                               title=f"{rng.choice(ACTION_VERBS)} {topic}"[:300],
                               owner_id=rng.choice(members_of[k]), due_date=due, status=status,
                               source_entry_id=None,
                               done_on=due if status == "udfoert" else None,
                               notes=text.sentence([topic]) if rng.random() < 0.3 else "")
                    yield row

        n_act = _insert(conn, _t(models.Action), actions())
        progress(f"{n_act} actions")

        # plague and barrier assessments
        def plagues() -> Iterator[dict[str, Any]]:
            for k in range(ni):
                for code in plague_codes:
                    for day in sorted(_day(rng, starts[k], TODAY) for _ in range(PLAGUE_ROUNDS)):
                        row = _record(rng, day)
                        row.update(initiative_id=initiative_ids[k], plague=code, assessed_on=day,
                                   severity=rng.randint(0, 3),
                                   note=text.sentence(text.topics(1)),
                                   mitigation=text.sentence(text.topics(1))
                                   if rng.random() < 0.5 else "",
                                   owner_id=rng.choice(members_of[k]))
                        yield row

        def barriers() -> Iterator[dict[str, Any]]:
            for k in range(ni):
                for code in barrier_codes:
                    for day in sorted(_day(rng, starts[k], TODAY)
                                      for _ in range(BARRIER_ROUNDS)):
                        row = _record(rng, day)
                        row.update(initiative_id=initiative_ids[k], barrier=code,
                                   assessed_on=day, impact=rng.randint(0, 3),
                                   escalation_level=rng.choice([e.code for e in
                                                                ESCALATION_LEVELS]),
                                   ask=text.sentence(text.topics(1))
                                   if rng.random() < 0.6 else "",
                                   ask_to=rng.choice(("", "Direktionen", "Byrådet",
                                                      "Regionsrådet")),
                                   status=rng.choice(("identificeret", "eskaleret",
                                                      "under_behandling", "loest")))
                        yield row

        n_pl = _insert(conn, _t(models.PlagueAssessment), plagues())
        n_ba = _insert(conn, _t(models.BarrierAssessment), barriers())
        progress(f"{n_pl} plague and {n_ba} barrier assessments")

        # indicators with monthly measurements
        indicators: list[dict[str, Any]] = []
        ind_per = _split(counts.indicators, ni, rng)
        for k, n in enumerate(ind_per):
            for j in range(n):
                name, unit, direction = INDICATORS[(k + j) % len(INDICATORS)]
                base = round(rng.uniform(10, 90), 1)
                row = _record(rng, starts[k])
                row.update(initiative_id=initiative_ids[k], name=name, unit=unit,
                           direction=direction, baseline=base,
                           target=round(base * (1.2 if direction == "op" else 0.8), 1),
                           description="")
                indicators.append(row)
        _insert(conn, _t(models.Indicator), indicators)

        def measurements() -> Iterator[dict[str, Any]]:
            for ind in indicators:
                value = float(ind["baseline"])
                step = 0.4 if ind["direction"] == "op" else -0.4
                for month in range(MEASUREMENTS_PER_INDICATOR):
                    back = MEASUREMENTS_PER_INDICATOR - month
                    y, m = divmod(TODAY.year * 12 + TODAY.month - 1 - back, 12)
                    day = date(y, m + 1, 1)
                    value = round(value + step + rng.gauss(0, 1.5), 1)
                    row = _record(rng, day)
                    row.update(indicator_id=ind["id"], measured_on=day, value=value,
                               source=rng.choice(("eSundhed", "LPR", "Kommunens data",
                                                  "Egen opgørelse")))
                    yield row

        n_meas = _insert(conn, _t(models.Measurement), measurements())
        progress(f"{len(indicators)} indicators, {n_meas} measurements")

    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "big_initiative": str(initiative_ids[0]),
        "big_initiative_entries": n_big,
        "portfolio": [str(i) for i in initiative_ids[:50]],
        "counts": {
            "initiatives": ni, "organisations": len(orgs), "people": len(people),
            "log_entries": len(entry_ids), "relationships": n_rel, "actions": n_act,
            "indicators": len(indicators), "measurements": n_meas,
            "parties": len(parties), "members": len(members),
            "participants": n_links[0], "entry_plagues": n_links[1],
            "entry_barriers": n_links[2], "plague_assessments": n_pl,
            "barrier_assessments": n_ba,
        },
    }


def generate(directory: Path, *, seed: int = DEFAULT_SEED, scale: float = 1.0,
             encryption: str = "keyring",
             progress: Callable[[str], None] = lambda _m: None) -> Manifest:
    """Create a new workspace in ``directory`` (must not hold one) and fill it."""
    directory = Path(directory)
    if (directory / "brobygger.sqlite3").exists():
        raise FileExistsError(f"{directory} already holds a workspace")
    t0 = time.perf_counter()
    ws = Workspace.open(directory, encryption=encryption, passphrase=passphrase_prompt)
    try:
        facts = populate(ws, seed, Counts.at(scale), progress)
        revision = ws.schema_revision()
    finally:
        ws.close()
    manifest = Manifest(seed=seed, scale=scale, generator_version=GENERATOR_VERSION,
                        encryption=encryption, seconds=round(time.perf_counter() - t0, 1),
                        schema_revision=revision, **facts)
    _write_manifest(directory, manifest)
    return manifest


def cache_key(seed: int, scale: float, encryption: str = "keyring") -> str:
    scale_text = f"{scale:g}".replace(".", "_")
    suffix = "" if encryption == "keyring" else f"-{encryption}"
    return f"s{seed}-x{scale_text}{suffix}"


def load_manifest(directory: Path) -> Manifest | None:
    path = Path(directory) / MANIFEST
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("generator_version") != GENERATOR_VERSION:
        return None
    return Manifest(**data)


def upgrade_cached(directory: Path, manifest: Manifest,
                   progress: Callable[[str], None] = lambda _m: None) -> Manifest:
    """Bring a cached workspace of an older schema up to the head by the app's own
    migrations (opening it migrates): at scale 10 that is minutes, not the hour a new
    generation takes. The manifest records the new revision."""
    if manifest.schema_revision == head_revision():
        return manifest
    progress(f"migrating {directory.name} from {manifest.schema_revision} to "
             f"{head_revision()} (once)")
    ws = open_workspace(directory)
    try:
        revision = ws.schema_revision()
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    manifest = Manifest(**{**asdict(manifest), "schema_revision": revision})
    _write_manifest(directory, manifest)
    return manifest


def _write_manifest(directory: Path, manifest: Manifest) -> None:
    tmp = directory / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(asdict(manifest), indent=1), encoding="utf-8")
    os.replace(tmp, directory / MANIFEST)


def cached_workspace(seed: int = DEFAULT_SEED, scale: float = 1.0,
                     encryption: str = "keyring", data_dir: Path = DATA_DIR,
                     progress: Callable[[str], None] = lambda _m: None
                     ) -> tuple[Path, Manifest]:
    """The cached workspace for ``seed`` and ``scale`` – generated on first use."""
    use_file_keyring(data_dir / "keyring.json")
    directory = data_dir / cache_key(seed, scale, encryption)
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / f".generate-{directory.name}.lock", "w") as lock:
        if fcntl is not None:  # one generator per workspace (another run may be generating)
            fcntl.flock(lock, fcntl.LOCK_EX)
        manifest = load_manifest(directory)
        if manifest is not None:
            return directory, upgrade_cached(directory, manifest, progress)
        if directory.exists():
            shutil.rmtree(directory)
        progress(f"generating {directory.name} (once; cached afterwards)")
        return directory, generate(directory, seed=seed, scale=scale, encryption=encryption,
                                   progress=progress)


def table_digest(ws: Workspace) -> dict[str, str]:
    """A content hash per table (rows in id order) – equal for equal seeds and scales."""
    import hashlib

    from brobygger.store.metadata import metadata

    out: dict[str, str] = {}
    with ws.engine.connect() as conn:
        for table in metadata.sorted_tables:
            if table.name in ("alembic_version", "workspace_meta"):
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            h = hashlib.sha256()
            for row in conn.execute(table.select().order_by(*order)):
                h.update(repr(tuple(row)).encode())
            out[table.name] = h.hexdigest()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the full size (default 1.0 = 100,000 entries)")
    parser.add_argument("--encryption", choices=("keyring", "passphrase"), default="keyring")
    parser.add_argument("--out", type=Path, help="generate into this new directory (no cache)")
    args = parser.parse_args(argv)

    def say(msg: str) -> None:
        print(f"  {msg}", flush=True)

    if args.out:
        use_file_keyring()
        manifest = generate(args.out, seed=args.seed, scale=args.scale,
                            encryption=args.encryption, progress=say)
        directory = args.out
    else:
        directory, manifest = cached_workspace(args.seed, args.scale, args.encryption,
                                               progress=say)
    size = sum(f.stat().st_size for f in Path(directory).iterdir() if f.is_file())
    print(f"{directory}: {manifest.counts['log_entries']:,} entries, "
          f"{size / 1e6:.0f} MB, generated in {manifest.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
