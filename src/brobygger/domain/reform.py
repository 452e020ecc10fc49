"""The health reform's structures as code lists (issue 17, item 4; DOMAIN.md §4 and §6):

- :data:`ORGANISATION_KINDS` – what kind of body an organisation is: an ordinary
  organisation, or one of the reform's structures (sundhedsråd, sundhedsklynge) or general
  practice's own (KAP-enhed, praksiskonsulentordningen, samarbejdsudvalg). A sundhedsråd
  or a klynge is thus a party of an initiative or an agreement like any organisation;
- :data:`INITIATIVE_KINDS` – what kind of work an initiative is (klyngeprojekt,
  opgaveoverdragelse, …); an initiative may have none (``None``: not stated);
- :data:`PERSON_ROLES` – a person's function across sectors, e.g. the hospital
  management's almen medicinsk overlæge (``None``: none of these).

The forum kinds (sundhedsråd, sundhedsklynge, KAP-enhedens bestyrelse) are in
:mod:`brobygger.domain.meetings`, the ask and escalation levels in :mod:`.workflow`.
Import every list from :mod:`brobygger.domain.catalogue`.
"""

from __future__ import annotations

from enum import StrEnum

from brobygger.domain.codelist import Catalogue, _item


class OrganisationKind(StrEnum):
    ORGANISATION = "organisation"
    SUNDHEDSRAAD = "sundhedsraad"
    SUNDHEDSKLYNGE = "sundhedsklynge"
    KAP_ENHED = "kap_enhed"
    PKO = "pko"
    SAMARBEJDSUDVALG = "samarbejdsudvalg"


ORGANISATION_KINDS: Catalogue[OrganisationKind] = Catalogue(
    "organisation_kinds", OrganisationKind, [
        _item("organisation", "Organisation", "Organisation",
              "En almindelig organisation eller enhed, fx et hospital, en kommune, en "
              "afdeling eller en praksis."),
        _item("sundhedsraad", "Sundhedsråd", "Health council",
              "Sundhedsrådet i et sundhedsrådsområde: leder den faglige udvikling, sætter "
              "forløbsbeskrivelser i gang og godkender dem og træffer beslutninger, som "
              "andre fører ud."),
        _item("sundhedsklynge", "Sundhedsklynge", "Health cluster",
              "Hospital, kommuner og almen praksis i et område, der aftaler lokale modeller "
              "for patientforløb, sætter fælles projekter i gang og følger nøgletal for "
              "klyngens befolkning."),
        _item("kap_enhed", "KAP-enhed", "KAP unit",
              "Almen praksis' regionale enhed for kvalitet, efteruddannelse, ledelse og "
              "samarbejde; bygger bro til resten af sundhedsvæsenet og giver input til "
              "sundhedsrådene."),
        _item("pko", "Praksiskonsulentordning (PKO)", "Practice consultant scheme (PKO)",
              "Praktiserende læger, der arbejder som konsulenter på hospitalet og i "
              "kommunen og bygger bro mellem almen praksis og de øvrige aktører."),
        _item("samarbejdsudvalg", "Samarbejdsudvalg", "Joint committee",
              "Region og PLO's udvalg, hvor tvister om aftalerne med almen praksis "
              "løses."),
    ], title_da="organisationstype", default="organisation")


class InitiativeKind(StrEnum):
    KLYNGEPROJEKT = "klyngeprojekt"
    OPGAVEOVERDRAGELSE = "opgaveoverdragelse"
    FORLOEBSBESKRIVELSE = "forloebsbeskrivelse"
    NATIONALT_INITIATIV = "nationalt_initiativ"
    LOKALT_UDVIKLINGSPROJEKT = "lokalt_udviklingsprojekt"


INITIATIVE_KINDS: Catalogue[InitiativeKind] = Catalogue(
    "initiative_kinds", InitiativeKind, [
        _item("klyngeprojekt", "Klyngeprojekt", "Cluster project",
              "Et fælles projekt i sundhedsklyngen, fx om akutpladser, udsatte psykiatriske "
              "patienter, kronisk sygdom eller forebyggelse."),
        _item("opgaveoverdragelse", "Opgaveoverdragelse", "Task transfer",
              "En opgave flyttes fra en sektor til en anden, fx IV-behandling fra hospital "
              "til kommune; hvem der har det lægelige ansvar, skal være klart."),
        _item("forloebsbeskrivelse", "Forløbsbeskrivelse", "Pathway description",
              "Arbejdet med at beskrive og indføre et forløb på tværs; godkendes af parterne "
              "og derefter af sundhedsrådet."),
        _item("nationalt_initiativ", "Implementering af nationalt initiativ",
              "Implementing a national initiative",
              "Et nationalt aftalt initiativ, der føres ud lokalt, fx et kvalitetsløft af "
              "akutindsatsen i kommunerne."),
        _item("lokalt_udviklingsprojekt", "Lokalt udviklingsprojekt",
              "Local development project",
              "Et projekt, parterne selv har sat i gang for at prøve noget nyt i lille "
              "skala."),
    ], title_da="initiativtype")


class PersonRole(StrEnum):
    ALMEN_MEDICINSK_OVERLAEGE = "almen_medicinsk_overlaege"
    PRAKSISKONSULENT = "praksiskonsulent"
    PRAKSISKOORDINATOR = "praksiskoordinator"


PERSON_ROLES: Catalogue[PersonRole] = Catalogue("person_roles", PersonRole, [
    _item("almen_medicinsk_overlaege", "Almen medicinsk overlæge",
          "General practice consultant (hospital management)",
          "Speciallæge i almen medicin i hospitalets ledelse: bygger bro mellem almen praksis "
          "og hospitalets øvrige specialer og deltager i KAP-enhedens bestyrelse."),
    _item("praksiskonsulent", "Praksiskonsulent", "Practice consultant",
          "Praktiserende læge, der arbejder nogle timer om ugen på hospitalet eller i "
          "kommunen for at styrke samarbejdet med almen praksis."),
    _item("praksiskoordinator", "Praksiskoordinator", "Practice coordinator",
          "Hospitalets koordinator for samarbejdet med almen praksis."),
], title_da="funktion")
