"""Real-shaped import files for the tests, the benchmark and the screenshots: a
multi-contact vCard (Danish letters, folded lines, 3.0 and 4.0), an Outlook CSV export
(Danish headers, Windows-1252), an Excel log with merged header cells and Danish dates
(built with openpyxl), and an .ics with recurring events across the DST change."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

# vCard lines are folded at 75 octets with CRLF + one space (RFC 6350 §3.2).
VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Bisgaard;Hanne;;;\r\n"
    "FN:Hanne Bisgaard\r\n"
    "ORG:Viborg Kommune;Sundhed og Omsorg\r\n"
    "TITLE:Sundheds- og omsorgschef\r\n"
    "TEL;TYPE=WORK,VOICE:+45 87 87 12 34\r\n"
    "TEL;TYPE=CELL:+45 20 30 40 50\r\n"
    "EMAIL;TYPE=INTERNET,WORK:hanne.bisgaard@viborg.dk\r\n"
    "NOTE:Mødes med hospitalet hver anden torsdag om akutteamet og den fælles vagtpl\r\n"
    " an for akutpladserne. Foretrækker sms før møder.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Søren Ærø-Østergård\r\n"
    "N:Ærø-Østergård;Søren;;;\r\n"
    "ORG:Regionshospitalet Viborg\r\n"
    "TITLE:Ledende oversygeplejerske\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+45-78-44-00-00\r\n"
    "EMAIL;TYPE=work:soeren.oestergaard@rm.dk\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Åberg;Åse;;;\r\n"
    "FN:Åse Åberg\r\n"
    "ORG:Lægehuset i Skive\r\n"
    "TITLE:Praktiserende læge og praksiskonsulent for Skive-området i Region Midtjyll\r\n"
    " and\r\n"
    "EMAIL:aase@laegehuset-skive.dk\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "KIND:org\r\n"
    "FN:Sundhedsrådet Midt\r\n"
    "ORG:Sundhedsrådet Midt\r\n"
    "END:VCARD\r\n"
)

OUTLOOK_HEADERS = ["Fornavn", "Mellemnavn", "Efternavn", "Titel", "Firma", "Afdeling",
                   "Stilling", "Telefon (arbejde)", "Mobiltelefon", "Mail-adresse",
                   "Vist navn for mail", "Noter"]
OUTLOOK_ROWS = [
    ["Jørgen", "", "Mølgaard", "Hr.", "Skive Kommune", "Sundhed", "Områdeleder",
     "96 63 00 00", "", "jmo@skivekommune.dk", "Jørgen Mølgaard", ""],
    ["Birthe", "K.", "Lærkholm", "", "Regionshospitalet Viborg", "Akutafdelingen",
     "Afdelingssygeplejerske", "", "21 22 23 24", "bkl@rm.dk", "", "Kontakt om udskrivelser"],
    ["Ove", "", "Sønderby", "", "Silkeborg Kommune", "", "Centerleder, socialpsykiatri",
     "", "", "ove.sonderby@silkeborg.dk", "", ""],
]


def write_vcard(path: Path) -> Path:
    path.write_bytes(VCARD.encode("utf-8"))
    return path


def write_outlook_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """As Danish Outlook exports contacts: Windows-1252, commas, every field quoted."""
    def line(cells: list[str]) -> str:
        return ",".join('"' + c.replace('"', '""') + '"' for c in cells)
    text = "\r\n".join([line(OUTLOOK_HEADERS), *(line(r) for r in rows or OUTLOOK_ROWS)])
    path.write_bytes((text + "\r\n").encode("cp1252"))
    return path


LOG_ROWS: list[tuple[object, str, str, str, str, str, str]] = [
    # date (Danish text or a real date cell), type word, subject, minutes, project,
    # participants, keywords
    ("05-03-2025", "Møde", "Styregruppemøde om akutpladser",
     "Gennemgang af belægningen på de fælles akutpladser.", "Akutsamarbejde, Viborg",
     "Hanne Bisgaard, Søren Ærø-Østergård", "akutpladser; styregruppe"),
    (date(2025, 3, 12), "Beslutning", "Fælles vagtplan for akutteamet",
     "Vedtaget: én fælles vagtplan fra 1. april.", "Akutsamarbejde, Viborg",
     "Hanne Bisgaard", "vagtplan"),
    ("2. april 2025", "Aftale", "IV-behandling i eget hjem",
     "Kommunen overtager IV-behandling; hospitalet har det lægelige ansvar.",
     "Akutsamarbejde, Viborg", "Ukendt Person", "IV"),
    ("24.04.25", "Referat", "Driftsmøde", "Kort driftsmøde. Tid brugt: 1,5 time.", "",
     "", ""),
]
LOG_HEADERS = ("Dato", "Type", "Emne", "Referat", "Projekt", "Deltagere", "Nøgleord")


def write_excel_log(path: Path, rows: list[tuple[object, ...]] | None = None,
                    title: str = "Samarbejdslog – Akutsamarbejde Viborg") -> Path:
    """A chief's own log sheet: a merged title row, a two-level header whose group cells
    are merged ("Mødet" over Emne and Referat, "Hvem og hvad" over the last three), real
    date cells and Danish date texts mixed."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Logbog"
    ws["A1"] = title
    ws.merge_cells("A1:G1")
    ws["A2"] = "Dato"
    ws.merge_cells("A2:A3")
    ws["B2"] = "Type"
    ws.merge_cells("B2:B3")
    ws["C2"] = "Mødet"
    ws.merge_cells("C2:D2")
    ws["E2"] = "Hvem og hvad"
    ws.merge_cells("E2:G2")
    for col, name in zip("CDEFG", LOG_HEADERS[2:], strict=True):
        ws[f"{col}3"] = name
    for r, values in enumerate(rows or LOG_ROWS, 4):
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, date):
                cell.number_format = "DD-MM-YYYY"
    wb.save(path)
    return path


def big_log_rows(n: int) -> list[tuple[object, ...]]:
    types = ("Møde", "Beslutning", "Aftale", "Observation", "Hændelse", "Resultat")
    start = date(2020, 1, 1)
    return [(start + timedelta(days=i % 2000), types[i % len(types)],
             f"Punkt {i}: opfølgning på udskrivelser", "Tekst om samarbejdet " * 8,
             "", "", "udskrivelse") for i in range(n)]


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003C8A
SUMMARY:Styregruppe – akutsamarbejdet
DTSTART;TZID=Romance Standard Time:20250317T140000
DTEND;TZID=Romance Standard Time:20250317T153000
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=5
EXDATE;TZID=Romance Standard Time:20250324T140000
LOCATION:Regionshospitalet Viborg\\, mødelokale 3
DESCRIPTION:Dagsorden: belægning\\, vagtplan og IV-behandling.
ATTENDEE;CN="Hanne Bisgaard";ROLE=REQ-PARTICIPANT:mailto:hanne.bisgaard@viborg.dk
ATTENDEE;CN="Anders Ny";ROLE=OPT-PARTICIPANT:mailto:anders.ny@example.dk
DTSTAMP:20250301T120000Z
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003C8A
RECURRENCE-ID;TZID=Romance Standard Time:20250407T140000
SUMMARY:Styregruppe – akutsamarbejdet (flyttet)
DTSTART;TZID=Romance Standard Time:20250408T090000
DTEND;TZID=Romance Standard Time:20250408T100000
DTSTAMP:20250301T120000Z
SEQUENCE:1
END:VEVENT
BEGIN:VEVENT
UID:heldags-seminar-2025@example.dk
SUMMARY:Tværsektorielt ledelsesseminar
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
DTSTAMP:20250301T120000Z
END:VEVENT
END:VCALENDAR
"""


def write_ics(path: Path, text: str = ICS) -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def contacts_vcard(n: int) -> str:
    """``n`` vCards (benchmark)."""
    cards = []
    for i in range(n):
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:Efternavn{i};Fornavn{i};;;\r\nFN:Fornavn{i} Efternavn{i}\r\n"
            f"ORG:Organisation {i % 200} Kommune\r\nTITLE:Afdelingssygeplejerske\r\n"
            f"TEL;TYPE=WORK:+45 20 {i % 100:02d} {i % 97:02d} 00\r\n"
            f"EMAIL;TYPE=INTERNET:person{i}@example.dk\r\nEND:VCARD\r\n")
    return "".join(cards)
