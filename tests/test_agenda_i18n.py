"""The agenda builder's texts follow the language setting: in English, no Danish word of the
app's vocabulary reaches a proposed item (titles, descriptions, the linked records' labels
and details); in Danish, the texts are exactly as before. Only the user's own data (names,
titles, free-text addressees) may stay Danish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from brobygger.domain import i18n
from brobygger.services import Services
from tests import meeting_fixture as mf
from tests.ui.test_english_vocabulary import Scanner, _data_strings


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("da")


def _with_every_kind(svc: Services) -> mf.Fixture:
    """The meeting fixture plus what it lacks: a cancelled action from the last meeting, an
    ask with no addressee (its level names it), an ask to the forum itself and an agreement
    the forum must review."""
    fx = mf.build(svc)
    ms = svc.meetings
    item = ms.view(fx.last).items[0].item
    cancelled = ms.record_action(item.id, title="Tjek vagtskemaet",
                                 due_date=date(2026, 3, 20))
    svc.actions.update(cancelled.id, status="annulleret")
    svc.asks.create(initiative_id=fx.initiative, title="Flere akutpladser",
                    raised_on=date(2026, 3, 5), level="topledelse", due_date=date(2026, 5, 1))
    to_forum = svc.asks.create(initiative_id=fx.initiative, title="Godkend forløbet",
                               raised_on=date(2026, 3, 10), level="sundhedsraad",
                               due_date=date(2026, 4, 1))
    svc.asks.update(to_forum.id, addressee_forum_id=fx.forum)
    svc.agreements.agreements.create(
        kind="samarbejdsaftale", title="Akutaftalen", parties=[fx.orgs["kom"], fx.orgs["hosp"]],
        initiative_ids=[fx.initiative], forum_id=fx.forum, version_label="2",
        status="i_kraft", in_force_from=date(2025, 1, 1), review_on=date(2026, 4, 1))
    return fx


def _texts(svc: Services, fx: mf.Fixture) -> list[str]:
    """Every text the builder proposes for the next meeting."""
    out: list[str] = []
    for p in svc.meetings.propose_agenda(fx.next):
        out += [f"{p.kind}: {p.title}", *p.description.splitlines()]
        out += [f"  {lk.label} | {lk.detail}" for lk in p.links]
    return out


def test_an_english_agenda_has_no_danish_word(svc: Services, english: None) -> None:
    fx = _with_every_kind(svc)
    texts = _texts(svc, fx)
    kinds = {t.split(":")[0] for t in texts if not t.startswith(("  ", "•"))}
    assert kinds >= {"godkendelse", "opfoelgning", "til_forum", "anmodninger", "svar",
                     "plager", "barrierer", "indikatorer", "beslutninger", "aftaler",
                     "relationer"}, kinds
    scanner = Scanner(_data_strings(svc))
    for n, text in enumerate(texts):
        if not text.startswith(("  ", "•")):  # "kind: title" – the kind is a stored code
            text = text.split(": ", 1)[1]
        scanner.scan(f"line {n}", text)
    assert not scanner.leaks, "Danish in the English agenda:\n" + "\n".join(
        f"{k}  «{v}»" for k, v in sorted(scanner.leaks.items()))
    # labels the vocabulary cannot tell from English words are English too
    for line in ("godkendelse: Approval of the minutes of 2 March 2026",
                 "• Tjek vagtskemaet – cancelled",
                 "• Flere akutpladser (to Top management) – raised 5 March 2026, answer by "
                 "1 May 2026",
                 "• Fælles vagtplan vedtaget – 2 March 2026, agreed",
                 "relationer: The collaboration"):
        assert line in texts, line


DANISH = """
godkendelse: Godkendelse af referat fra 2. marts 2026
• Referat fra 2. marts 2026 – ikke godkendt
  Referat fra 2. marts 2026 | ikke godkendt
opfoelgning: Opfølgning fra sidst
• Udkast til fælles instruks (Jens Krogh) – forsinket – frist 20. februar 2026
• Send vagtplanen ud (Hanne Bisgaard) – udført 9. marts 2026
• Aftal IV-oplæring (Jens Krogh) – forsinket – frist 30. marts 2026
• Evaluer efter tre måneder (Hanne Bisgaard) – åben – frist 1. juni 2026
• Tjek vagtskemaet – annulleret
  Udkast til fælles instruks (Jens Krogh) | forsinket – frist 20. februar 2026
  Send vagtplanen ud (Hanne Bisgaard) | udført 9. marts 2026
  Aftal IV-oplæring (Jens Krogh) | forsinket – frist 30. marts 2026
  Evaluer efter tre måneder (Hanne Bisgaard) | åben – frist 1. juni 2026
  Tjek vagtskemaet | annulleret
til_forum: Anmodninger til forummet
• Godkend forløbet (fra Akutsamarbejde, Viborg) – rejst 10. marts 2026, svar senest 1. april 2026
  Godkend forløbet (fra Akutsamarbejde, Viborg) | rejst 10. marts 2026, svar senest 1. april 2026
anmodninger: Anmodninger uden svar
• Fælles pulje til nattedækning (til Direktionerne) – svarfristen 1. april 2026 er overskredet
• Flere akutpladser (til Topledelse) – rejst 5. marts 2026, svar senest 1. maj 2026
• Fælles pulje (til Direktionerne) – rejst 15. marts 2026
  Fælles pulje til nattedækning (til Direktionerne) | svarfristen 1. april 2026 er overskredet
  Flere akutpladser (til Topledelse) | rejst 5. marts 2026, svar senest 1. maj 2026
  Fælles pulje (til Direktionerne) | rejst 15. marts 2026
svar: Svar modtaget
• Adgang til hinandens journaler (til Sundhedsdatastyrelsen) – besvaret 20. marts 2026: besvaret
  Adgang til hinandens journaler (til Sundhedsdatastyrelsen) | besvaret 20. marts 2026: besvaret
plager: Plager, der er forværret
• Gråzoner i opgaver og ansvar (Akutsamarbejde, Viborg) – alvor 1 → 3
  Gråzoner i opgaver og ansvar (Akutsamarbejde, Viborg) | alvor 1 → 3
barrierer: Barrierer, der er forværret
• Skæve økonomiske incitamenter (Akutsamarbejde, Viborg) – betydning 1 → 3
  Skæve økonomiske incitamenter (Akutsamarbejde, Viborg) | betydning 1 → 3
indikatorer: Resultater
• Forebyggede indlæggelser (Akutsamarbejde, Viborg) – ny måling 31. marts 2026: 19 pct.
• Genindlæggelser (Akutsamarbejde, Viborg) – går den forkerte vej (fra 35)
  Forebyggede indlæggelser (Akutsamarbejde, Viborg) | ny måling 31. marts 2026: 19 pct.
  Genindlæggelser (Akutsamarbejde, Viborg) | går den forkerte vej (fra 35)
beslutninger: Beslutninger til opfølgning
• Fælles vagtplan vedtaget – 2. marts 2026, aftalt
• IV-behandling flyttes hjem – 10. januar 2026, implementeret
  Fælles vagtplan vedtaget | 2. marts 2026, aftalt
  IV-behandling flyttes hjem | 10. januar 2026, implementeret
aftaler: Aftaler til revision
• Akutaftalen (version 2) – revideres senest 1. april 2026
  Akutaftalen (version 2) | revideres senest 1. april 2026
relationer: Samarbejdet
• Viborg Kommune ↔ Regionshospitalet Viborg – sidst vurderet 1. oktober 2025
  Viborg Kommune ↔ Regionshospitalet Viborg | sidst vurderet 1. oktober 2025
"""


def test_the_danish_agenda_texts_are_unchanged(svc: Services) -> None:
    fx = _with_every_kind(svc)
    assert "\n".join(_texts(svc, fx)) == DANISH.strip("\n")
