<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Brobygger {version}</source>
        <translation>Brobygger {version}</translation>
    </message>
    <message>
        <source>Sagsstyring for ledere af tværsektorielle samarbejder i det danske sundhedsvæsen: logbog, relationer, de syv plager, strukturelle barrierer, resultater og handlinger – og briefs til styregruppen.</source>
        <translation>Case management for leaders of cross-sector collaborations in Danish health care: log, relationships, the seven plagues, structural barriers, results and actions – and briefs for the steering group.</translation>
    </message>
    <message>
        <source>Rammen – de syv plager, relationstrappen, hjørnestenene og de strukturelle barrierer – bygger på &lt;i&gt;Ledelse over grænser&lt;/i&gt;.</source>
        <translation>The framework – the seven plagues, the relationship ladder, the cornerstones and the structural barriers – is based on &lt;i&gt;Ledelse over grænser&lt;/i&gt; (Leading across boundaries).</translation>
    </message>
    <message>
        <source>Dine data ligger på denne computer – eller på jeres egen server, når I bruger et delt arbejdsområde. Intet sendes andre steder hen.</source>
        <translation>Your data stays on this computer – or on your own server when you use a shared workspace. Nothing is sent anywhere else.</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Om Brobygger</source>
        <translation>About Brobygger</translation>
    </message>
    <message>
        <source>Brobygger</source>
        <translation>Brobygger</translation>
    </message>
    <message>
        <source>Komponenter i Brobygger og deres licenser:</source>
        <translation>Components of Brobygger and their licences:</translation>
    </message>
    <message>
        <source>Licenser for de anvendte komponenter</source>
        <translation>Licences of the components used</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Hvad skal gøres?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <source>&amp;Initiativ</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Frist</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Noter</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forfalden</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Forfaldne</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Alle initiativer</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <source>Ingen åbne handlinger. Opret en handling, når et møde eller en beslutning kræver, at nogen gør noget.</source>
        <translation>No open actions. Create an action when a meeting or a decision requires someone to do something.</translation>
    </message>
    <message>
        <source>handlingen »{t}«</source>
        <translation>the action “{t}”</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Ny handling…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Markér som udført</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Rediger…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>{open}, heraf {overdue}.</source>
        <translation>{open}, {overdue}.</translation>
    </message>
    <message>
        <source>åben handling</source>
        <translation>open action</translation>
    </message>
    <message>
        <source>åbne handlinger</source>
        <translation>open actions</translation>
    </message>
    <message>
        <source>forfalden</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>forfaldne</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forfalden</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>AgendaBuilderDialog</name>
    <message>
        <source>Ny dagsorden</source>
        <translation>New agenda</translation>
    </message>
    <message>
        <source>Forslagene bygger på det, der er åbent siden sidste møde. Sæt flueben ved de punkter, der skal med, ret dem, og flyt dem op eller ned.</source>
        <translation>The proposals come from what has been open since the last meeting. Tick the items to keep, edit them and move them up or down.</translation>
    </message>
    <message>
        <source>Foreslåede punkter</source>
        <translation>Proposed items</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Tilføj punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Samlet tid</source>
        <translation>Running time</translation>
    </message>
    <message>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Punkt:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Formål:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Punktets grundlag</source>
        <translation>What the item is about</translation>
    </message>
    <message>
        <source>Gem dagsorden</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dagsorden: {t}</source>
        <translation>Agenda: {t}</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>Et punkt uden tilknyttede poster.</source>
        <translation>An item without linked records.</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>{n} punkter · samlet tid {m} min.</source>
        <translation>{n} items · running time {m} min.</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Aftalerne, samarbejdet kører på – med versioner, afvigelser og opgaveoverdragelser. Afvigelser skjules ikke: de gør næste revision bedre.</source>
        <translation>The agreements the collaboration runs on – with versions, deviations and task transfers. Deviations are not hidden: they make the next revision better.</translation>
    </message>
    <message>
        <source>Antal aftaler</source>
        <translation>Number of agreements</translation>
    </message>
    <message>
        <source>Aftaleregister</source>
        <translation>Agreement register</translation>
    </message>
    <message>
        <source>Den valgte aftale</source>
        <translation>The selected agreement</translation>
    </message>
    <message>
        <source>Versioner, afvigelser og opgaveoverdragelser</source>
        <translation>Versions, deviations and task transfers</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kun &amp;til revision</source>
        <translation>Only &amp;due for review</translation>
    </message>
    <message>
        <source>Søg i titel og parter</source>
        <translation>Search title and parties</translation>
    </message>
    <message>
        <source>Søg i aftaler</source>
        <translation>Search agreements</translation>
    </message>
    <message>
        <source>Aftale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revideres senest</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Afvigelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Bemærk</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>I kraft fra</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>I kraft til</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Afvigelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Bør ændres</source>
        <translation>Should change</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lægeligt ansvar</source>
        <translation>Medical responsibility</translation>
    </message>
    <message>
        <source>Ingen lægeligt ansvarlig</source>
        <translation>No medical responsible</translation>
    </message>
    <message>
        <source>Monitorering</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Opgaveoverdragelser</source>
        <translation>Task transfers</translation>
    </message>
    <message>
        <source>Logindførsler</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>&amp;Ny aftale …</source>
        <translation>&amp;New agreement …</translation>
    </message>
    <message>
        <source>&amp;Ret …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Ny &amp;version …</source>
        <translation>New &amp;version …</translation>
    </message>
    <message>
        <source>Registrér &amp;afvigelse …</source>
        <translation>Record &amp;deviation …</translation>
    </message>
    <message>
        <source>Ny &amp;opgaveoverdragelse …</source>
        <translation>New task &amp;transfer …</translation>
    </message>
    <message>
        <source>O&amp;pfølgning (PDF) …</source>
        <translation>Follow-u&amp;p (PDF) …</translation>
    </message>
    <message>
        <source>Opfølgning for et &amp;forum …</source>
        <translation>Follow-up for a &amp;forum …</translation>
    </message>
    <message>
        <source>&amp;Historik …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <source>(til revision)</source>
        <translation>(due for review)</translation>
    </message>
    <message>
        <source>{n} uden lægeligt ansvar</source>
        <translation>{n} without medical responsible</translation>
    </message>
    <message>
        <source>ikke i kraft</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>{n} versioner</source>
        <translation>{n} versions</translation>
    </message>
    <message>
        <source>Alle fora</source>
        <translation>All forums</translation>
    </message>
    <message>
        <source>{n} aftaler: {i} i kraft, {r} til revision</source>
        <translation>{n} agreements: {i} in force, {r} due for review</translation>
    </message>
    <message>
        <source> – ⚠ {f} opgaveoverdragelser uden lægeligt ansvarlig</source>
        <translation> – ⚠ {f} task transfers without a medical responsible</translation>
    </message>
    <message>
        <source>Vælg en aftale.</source>
        <translation>Choose an agreement.</translation>
    </message>
    <message>
        <source>I kraft</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Godkendt af</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>⚠ {n} opgaveoverdragelse(r) uden lægeligt ansvarlig – se fanen Opgaveoverdragelser.</source>
        <translation>⚠ {n} task transfer(s) without a medical responsible – see the Task transfers tab.</translation>
    </message>
</context>
<context>
    <name>AsksPage</name>
    <message>
        <source>Anmodninger</source>
        <translation>Asks</translation>
    </message>
    <message>
        <source>Hvad er bedt om, af hvem – og er der svar? Problemer løses bedst på det laveste niveau; her står det, der er sendt videre.</source>
        <translation>What has been asked, of whom – and has it been answered? Problems are best solved at the lowest level; here is what has been sent on.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Der er ingen sikkerhedskopier endnu. Tryk »Tag sikkerhedskopi nu«.</source>
        <translation>There are no backups yet. Press “Back up now”.</translation>
    </message>
    <message>
        <source>Tager en sikkerhedskopi …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gemt: {name}</source>
        <translation>The backup is saved: {name}</translation>
    </message>
    <message>
        <source>Arbejdsområdet bliver erstattet af {what}. Ændringer, der er lavet siden, forsvinder fra arbejdsområdet.

Den nuværende tilstand gemmes først som en ny sikkerhedskopi (»før gendannelse«), så du kan fortryde.</source>
        <translation>The workspace will be replaced by {what}. Changes made since then disappear from the workspace.

The current state is saved first as a new backup (“before restore”), so you can undo this.</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Brobygger tager selv en sikkerhedskopi, når du lukker programmet (højst én om dagen), og før hver opgradering og import. Kopierne ligger i mappen »backups« ved siden af arbejdsområdet og er krypteret som det.</source>
        <translation>Brobygger backs up by itself when you close the program (at most once a day), and before every upgrade and import. The backups are kept in the folder “backups” next to the workspace and are encrypted like it.</translation>
    </message>
    <message>
        <source>&amp;Tag sikkerhedskopi nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Gendan den valgte…</source>
        <translation>&amp;Restore the selected one…</translation>
    </message>
    <message>
        <source>Åbn &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <source>Vurdering af barriere</source>
        <translation>Barrier assessment</translation>
    </message>
    <message>
        <source>&amp;Barriere</source>
        <translation>&amp;Barrier</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Be&amp;tydning</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>&amp;Eskaleret til</source>
        <translation>&amp;Escalated to</translation>
    </message>
    <message>
        <source>&amp;Hvad bedes der om</source>
        <translation>&amp;What is asked for</translation>
    </message>
    <message>
        <source>Den konkrete bøn, fx &apos;ændre afregningen for IV-behandling&apos;</source>
        <translation>The concrete request, e.g. &apos;change the payment for IV treatment&apos;</translation>
    </message>
    <message>
        <source>&amp;Til hvem</source>
        <translation>&amp;Asked of</translation>
    </message>
    <message>
        <source>Fx regionsrådet, KL, Sundhedsstyrelsen</source>
        <translation>E.g. the regional council, KL, the Danish Health Authority</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>BarriersTab</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Barriere</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Betydning</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Eskaleret til</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hvad bedes der om</source>
        <translation>What is asked for</translation>
    </message>
    <message>
        <source>vurderingen af {b}</source>
        <translation>the assessment of {b}</translation>
    </message>
    <message>
        <source>Ingen barriere valgt. Tryk »Ny vurdering…« for at registrere en strukturel barriere og det, der bedes om.</source>
        <translation>No barrier selected. Press “New assessment…” to record a structural barrier and what is asked for.</translation>
    </message>
    <message>
        <source>Til hvem</source>
        <translation>To whom</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Gem brief som PDF</source>
        <translation>Save brief as PDF</translation>
    </message>
    <message>
        <source>Statusbrief til styregruppe/topledelse</source>
        <translation>Status brief for steering group/top management</translation>
    </message>
    <message>
        <source>Porteføljebrief (alle eller udvalgte)</source>
        <translation>Portfolio brief (all or selected)</translation>
    </message>
    <message>
        <source>Overdragelsesbrief til en ny leder</source>
        <translation>Handover brief for a new leader</translation>
    </message>
    <message>
        <source>Opret et initiativ først – et brief handler altid om et eller flere initiativer.</source>
        <translation>Create an initiative first – a brief is always about one or more initiatives.</translation>
    </message>
    <message>
        <source>portefølje</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>Vælg et initiativ.</source>
        <translation>Choose an initiative.</translation>
    </message>
    <message>
        <source>Laver briefet …</source>
        <translation>Creating the brief …</translation>
    </message>
    <message>
        <source>Briefet er gemt i {path}</source>
        <translation>The brief was saved to {path}</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>Lav et PDF-brief til styregruppen, topledelsen eller en ny leder. Briefet samler status, resultater, relationer, plager, barrierer, beslutninger og handlinger.</source>
        <translation>Make a PDF brief for the steering group, top management or a new leader. The brief gathers status, results, relationships, plagues, barriers, decisions and actions.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Initiativ</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>Initiativer i &amp;porteføljen</source>
        <translation>Initiatives in the &amp;portfolio</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>T&amp;il</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>&amp;Forfatter</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <source>Dit navn og din titel</source>
        <translation>Your name and title</translation>
    </message>
    <message>
        <source>Fortro&amp;lighed</source>
        <translation>Confidentia&amp;lity</translation>
    </message>
    <message>
        <source>Eksportér PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>fx Hospitalsledelsen, Regionshospitalet Viborg</source>
        <translation>e.g. Hospital management, Regionshospitalet Viborg</translation>
    </message>
    <message>
        <source>Til (modtager)</source>
        <translation>For (recipient)</translation>
    </message>
    <message>
        <source>Til (&amp;modtager)</source>
        <translation>For (&amp;recipient)</translation>
    </message>
</context>
<context>
    <name>CalendarRangeDialog</name>
    <message>
        <source>Importér møder fra kalender</source>
        <translation>Import meetings from a calendar</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til og med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Videre…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>Slutdatoen ligger før startdatoen.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Begivenhederne i perioden bliver til logindførsler af typen møde eller – vælg det i forhåndsvisningen – til møder i et forum. Gentagne møder foldes ud; en ny indlæsning af samme fil tilføjer intet to gange.</source>
        <translation>The events in the period become log entries of type meeting or – choose it in the preview – meetings of a forum. Recurring meetings are expanded; importing the same file again adds nothing twice.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Forbind</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Skriv serverens navn eller adresse.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Skriv databasens navn.</source>
        <translation>Enter the database&apos;s name.</translation>
    </message>
    <message>
        <source>Skriv dit brugernavn på serveren.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
    <message>
        <source>Skriv adgangskoden.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Forbinder til {server} …</source>
        <translation>Connecting to {server} …</translation>
    </message>
    <message>
        <source>Åbn delt arbejdsområde</source>
        <translation>Open shared workspace</translation>
    </message>
    <message>
        <source>Et delt arbejdsområde ligger på en PostgreSQL-server, som jeres it-afdeling driver. Få oplysningerne fra dem.</source>
        <translation>A shared workspace lives on a PostgreSQL server run by your IT department. Get the details from them.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>fx brobygger-db.region.dk</source>
        <translation>e.g. brobygger-db.region.dk</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>fx styregruppe_akut</source>
        <translation>e.g. steering_group_acute</translation>
    </message>
    <message>
        <source>&amp;Bruger</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Kræv krypteret forbindelse (&amp;TLS)</source>
        <translation>Require an encrypted connection (&amp;TLS)</translation>
    </message>
    <message>
        <source>Adgangskoden gemmes i styresystemets nøglering, når forbindelsen lykkes – aldrig i Brobyggers indstillinger.</source>
        <translation>The password is kept in the operating system&apos;s keyring once the connection succeeds – never in Brobygger&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Aftale</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Ildsjæl</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Overordnet</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Alle niveauer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Alle sektorer</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Organisationstype</source>
        <translation>Organisation kind</translation>
    </message>
    <message>
        <source>Alt, hvad arbejdsområdet rummer om personen, som PDF eller JSON (GDPR: indsigt og dataportabilitet)</source>
        <translation>Everything the workspace holds about the person, as PDF or JSON (GDPR: access and data portability)</translation>
    </message>
    <message>
        <source>Erstatter navn og kontaktdata og fjerner navnet fra alle tekster (GDPR: sletning); vurderingerne bliver stående anonymt</source>
        <translation>Replaces the name and contact details and removes the name from all texts (GDPR: erasure); the assessments remain, anonymously</translation>
    </message>
    <message>
        <source>Eksportér persondata</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>PDF til at læse (*.pdf);;JSON til andre systemer (*.json)</source>
        <translation>PDF to read (*.pdf);;JSON for other systems (*.json)</translation>
    </message>
    <message>
        <source>Samler personens data …</source>
        <translation>Collecting the person&apos;s data …</translation>
    </message>
    <message>
        <source>Alt om {name} er gemt i {path}.</source>
        <translation>Everything about {name} is saved in {path}.</translation>
    </message>
    <message>
        <source>Navn, titel, telefon, e-mail og noter for {name} erstattes, og navnet fjernes fra alle tekster i arbejdsområdet – også i papirkurven og historikken. Vurderinger og roller bliver stående under betegnelsen »Anonym person«.

Det kan ikke fortrydes. Sikkerhedskopier fra før beholder de gamle oplysninger, til de bliver ryddet op.</source>
        <translation>The name, title, phone, e-mail and notes of {name} are replaced, and the name is removed from every text in the workspace – also in the trash and the history. Assessments and roles remain under the label “Anonym person”.

This cannot be undone. Backups taken before keep the old details until they are rotated out.</translation>
    </message>
    <message>
        <source>Anonymisér person</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <source>Anonymisér</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymiserer {name} …</source>
        <translation>Anonymising {name} …</translation>
    </message>
    <message>
        <source>{name} hedder nu »{label}«. {n} poster er ændret.</source>
        <translation>{name} is now called “{label}”. {n} records were changed.</translation>
    </message>
    <message>
        <source>Personer og organisationer</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Find en person …</source>
        <translation>Find a person …</translation>
    </message>
    <message>
        <source>Ny person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Rediger…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Eksportér persondata…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Anonymisér…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Find en organisation …</source>
        <translation>Find an organisation …</translation>
    </message>
    <message>
        <source>Ny organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Den valgte person</source>
        <translation>The selected person</translation>
    </message>
    <message>
        <source>Den valgte organisation</source>
        <translation>The selected organisation</translation>
    </message>
    <message>
        <source>Egen evaluering…</source>
        <translation>Self-review…</translation>
    </message>
    <message>
        <source>Din egen daterede note om chefens tre opgaver og tre kompetencer – privat, medmindre du deler den med en efterfølger</source>
        <translation>Your own dated note on the chief’s three tasks and three competencies – private unless you share it with a successor</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Der er ingen nøglering på denne computer, så krypteringen skal bruge en adgangsfrase.</source>
        <translation>There is no keyring on this computer, so the encryption has to use a passphrase.</translation>
    </message>
    <message>
        <source>&amp;Kryptér</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>Adgangsfrasen er for kort: brug mindst {n} tegn.</source>
        <translation>The passphrase is too short: use at least {n} characters.</translation>
    </message>
    <message>
        <source>De to adgangsfraser er ikke ens. Skriv den samme to gange.</source>
        <translation>The two passphrases differ. Type the same one twice.</translation>
    </message>
    <message>
        <source>Kryptér arbejdsområdet</source>
        <translation>Encrypt the workspace</translation>
    </message>
    <message>
        <source>Krypteringen beskytter alt i arbejdsområdet, hvis computeren bliver stjålet eller mistet. Brobygger tager en sikkerhedskopi først.</source>
        <translation>Encryption protects everything in the workspace if the computer is stolen or lost. Brobygger takes a backup first.</translation>
    </message>
    <message>
        <source>Med en &amp;nøgle i styresystemets nøglering (anbefalet)</source>
        <translation>With a &amp;key in the operating system&apos;s keyring (recommended)</translation>
    </message>
    <message>
        <source>Du mærker intet til det: nøglen ligger i din brugerkonto på denne computer.</source>
        <translation>You won&apos;t notice it: the key is kept in your user account on this computer.</translation>
    </message>
    <message>
        <source>Med en &amp;adgangsfrase, som du taster, når Brobygger starter</source>
        <translation>With a &amp;passphrase you type when Brobygger starts</translation>
    </message>
    <message>
        <source>A&amp;dgangsfrase</source>
        <translation>Pass&amp;phrase</translation>
    </message>
    <message>
        <source>&amp;Gentag</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Mindst 8 tegn. Glemmer du adgangsfrasen, kan ingen – heller ikke it-afdelingen – åbne dine data igen.</source>
        <translation>At least 8 characters. If you forget the passphrase, nobody – not even IT – can open your data again.</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Logindførsel</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Afvigelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Knyttede logindførsler</source>
        <translation>Linked log entries</translation>
    </message>
    <message>
        <source>Knyt &amp;logindførsel …</source>
        <translation>Link &amp;log entry …</translation>
    </message>
    <message>
        <source>Fjern &amp;kobling</source>
        <translation>Remove lin&amp;k</translation>
    </message>
    <message>
        <source>Knyt logindførsel til aftalen</source>
        <translation>Link a log entry to the agreement</translation>
    </message>
    <message>
        <source>Fjern koblingen til logindførslen</source>
        <translation>Remove the link to the log entry</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>&amp;Videre…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>Der er ingen initiativer at sende endnu.</source>
        <translation>There are no initiatives to send yet.</translation>
    </message>
    <message>
        <source>Vælg mindst ét initiativ.</source>
        <translation>Choose at least one initiative.</translation>
    </message>
    <message>
        <source>Eksportér til modpart</source>
        <translation>Export to counterpart</translation>
    </message>
    <message>
        <source>Vælg de initiativer, modparten skal have. Filen får alt med om dem: logbog, parter, personer, vurderinger, indikatorer og handlinger – krypteret med en adgangsfrase, som du giver modtageren ad en anden vej.</source>
        <translation>Choose the initiatives the counterpart should get. The file holds everything about them: log, parties, people, assessments, indicators and actions – encrypted with a passphrase you give the recipient by another route.</translation>
    </message>
    <message>
        <source>Vælg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Vælg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>Initiativer i pakken</source>
        <translation>Initiatives in the bundle</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>Logbogen</source>
        <translation>The log</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Vurderinger (relationer, plager, barrierer)</source>
        <translation>Assessments (relationships, plagues, barriers)</translation>
    </message>
    <message>
        <source>Alle initiativer</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Excel-regneark (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV til Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <source>Kalender til Outlook (.ics)</source>
        <translation>Calendar for Outlook (.ics)</translation>
    </message>
    <message>
        <source>Møderne i logbogen som kalenderaftaler.</source>
        <translation>The meetings in the log as calendar appointments.</translation>
    </message>
    <message>
        <source>De åbne handlinger med frist som heldagsaftaler.</source>
        <translation>The open actions with a due date as all-day appointments.</translation>
    </message>
    <message>
        <source>Semikolon-separeret UTF-8, som dansk Excel åbner direkte.</source>
        <translation>Semicolon-separated UTF-8, which Danish Excel opens directly.</translation>
    </message>
    <message>
        <source>Med rigtige datoer og tal og filtre i overskriftsrækken.</source>
        <translation>With real dates and numbers, and filters in the header row.</translation>
    </message>
    <message>
        <source>Eksportér data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Til Excel (regneark) eller til kalenderen i Outlook.</source>
        <translation>For Excel (spreadsheets) or for the calendar in Outlook.</translation>
    </message>
    <message>
        <source>&amp;Hvad</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Initiativ</source>
        <translation>&amp;Initiative</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ForumBriefDialog</name>
    <message>
        <source>Opfølgning for et forums aftaler</source>
        <translation>Follow-up on a forum&apos;s agreements</translation>
    </message>
    <message>
        <source>Én PDF med alle aftaler, forummet har godkendt: deres status, afvigelser og opgaveoverdragelser.</source>
        <translation>One PDF with every agreement the forum approved: their status, deviations and task transfers.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>&amp;Gem PDF …</source>
        <translation>&amp;Save PDF …</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <source>Nyt forum</source>
        <translation>New forum</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>ingen fast rytme</source>
        <translation>no fixed rhythm</translation>
    </message>
    <message>
        <source> uger</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Mødes hver:</source>
        <translation>Meets every:</translation>
    </message>
    <message>
        <source>Fast mødested:</source>
        <translation>Usual place:</translation>
    </message>
    <message>
        <source>Initiativer:</source>
        <translation>Initiatives:</translation>
    </message>
    <message>
        <source>Medlemmer:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mødes hver</source>
        <translation>Meets every</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Fast mødested</source>
        <translation>Usual place</translation>
    </message>
    <message>
        <source>Initiativer</source>
        <translation>Initiatives</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Historik – {title}</source>
        <translation>History – {title}</translation>
    </message>
    <message>
        <source>Historik for »{title}«</source>
        <translation>History of “{title}”</translation>
    </message>
    <message>
        <source>Der er ingen ændringer registreret for denne post.</source>
        <translation>No changes are recorded for this record.</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hver ændring med tidspunkt, hvem der lavede den, og feltets værdi før og efter. Den nyeste øverst.</source>
        <translation>Every change with its time, who made it, and the value of the field before and after. The newest first.</translation>
    </message>
    <message>
        <source>Ændringer</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Resultater bliver synlige, når der er et udgangspunkt og et klart mål.</source>
        <translation>Results become visible when there is a baseline and a clear target.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Fx Forebyggede indlæggelser pr. måned</source>
        <translation>E.g. Prevented admissions per month</translation>
    </message>
    <message>
        <source>&amp;Enhed</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Fx antal, %, dage</source>
        <translation>E.g. count, %, days</translation>
    </message>
    <message>
        <source>&amp;Retning</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>&amp;Opdelt på parter</source>
        <translation>&amp;Broken down by party</translation>
    </message>
    <message>
        <source>Vælg de parter, indikatoren måles for hver for sig, fx Viborg og Skive Kommune. Ingen: én samlet måling</source>
        <translation>Choose the parties the indicator is measured for separately, e.g. Viborg and Skive Municipality. None: one overall measurement</translation>
    </message>
    <message>
        <source>&amp;Udgangspunkt (baseline)</source>
        <translation>&amp;Baseline</translation>
    </message>
    <message>
        <source>Tal, fx 12,5</source>
        <translation>Number, e.g. 12.5</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>Tal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>&amp;Beskrivelse</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Hvordan måles det, og hvor kommer tallet fra?</source>
        <translation>How is it measured, and where does the number come from?</translation>
    </message>
</context>
<context>
    <name>InitiativeCard</name>
    <message>
        <source>Plager: </source>
        <translation>Plagues: </translation>
    </message>
    <message>
        <source>Plager: ingen aktive</source>
        <translation>Plagues: none active</translation>
    </message>
    <message>
        <source>forfalden handling</source>
        <translation>overdue action</translation>
    </message>
    <message>
        <source>forfaldne handlinger</source>
        <translation>overdue actions</translation>
    </message>
    <message>
        <source>Relationer: ikke vurderet endnu</source>
        <translation>Relationships: not assessed yet</translation>
    </message>
    <message>
        <source>Relationer:</source>
        <translation>Relationships:</translation>
    </message>
    <message>
        <source>Tryk Enter for at åbne.</source>
        <translation>Press Enter to open.</translation>
    </message>
    <message>
        <source>åben anmodning</source>
        <translation>open ask</translation>
    </message>
    <message>
        <source>åbne anmodninger</source>
        <translation>open asks</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>{what} fra {date}</source>
        <translation>{what} of {date}</translation>
    </message>
    <message>
        <source>Relationsvurdering</source>
        <translation>Relationship assessment</translation>
    </message>
    <message>
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Relationerne er ikke vurderet endnu – se fanen Relationer.</source>
        <translation>The relationships have not been assessed yet – see the Relationships tab.</translation>
    </message>
    <message>
        <source>initiativet »{name}«</source>
        <translation>the initiative “{name}”</translation>
    </message>
    <message>
        <source>‹ Alle initiativer</source>
        <translation>‹ All initiatives</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Rediger initiativ…</source>
        <translation>Edit initiative…</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Formål og brændende platform</source>
        <translation>Purpose and burning platform</translation>
    </message>
    <message>
        <source>Tilføj part…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <source>Rediger…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Fjern…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Ledelse og medlemmer</source>
        <translation>Leadership and members</translation>
    </message>
    <message>
        <source>Tilføj person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Samarbejde ↔ samordning</source>
        <translation>Cooperation ↔ coordination</translation>
    </message>
    <message>
        <source>Fælles mening</source>
        <translation>Shared meaning</translation>
    </message>
    <message>
        <source>De fire hjørnesten</source>
        <translation>The four cornerstones</translation>
    </message>
    <message>
        <source>Relationer</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Ny vurdering…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Relationstrappen: kendskab → respekt → tillid. Et trin regnes for nået ved 7 ud af 10, når trinene under også er nået.</source>
        <translation>The relationship ladder: acquaintance → respect → trust. A step counts as reached at 7 out of 10 when the steps below are reached too.</translation>
    </message>
    <message>
        <source>Syv plager</source>
        <translation>Seven plagues</translation>
    </message>
    <message>
        <source>Alvor over tid: 0 ingen · 1 lidt · 2 betydelig · 3 alvorlig. Vælg en celle for at se noter og modtræk.</source>
        <translation>Severity over time: 0 none · 1 slight · 2 considerable · 3 serious. Choose a cell to see notes and mitigation.</translation>
    </message>
    <message>
        <source>Barrierer</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Strukturelle barrierer kan lederen ikke fjerne alene. Skriv, hvad der bedes om, og hvem der skal handle.</source>
        <translation>A leader cannot remove structural barriers alone. Write what is asked for and who has to act.</translation>
    </message>
    <message>
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Ny indikator…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>Ny måling…</source>
        <translation>New measurement…</translation>
    </message>
    <message>
        <source>Slet måling…</source>
        <translation>Delete measurement…</translation>
    </message>
    <message>
        <source>Logbog</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Ny logindførsel…</source>
        <translation>New log entry…</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Ny handling…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Markér som udført</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Relationer mellem parterne</source>
        <translation>Relations between the parties</translation>
    </message>
    <message>
        <source>Vurderinger af den valgte relation</source>
        <translation>Assessments of the selected relation</translation>
    </message>
    <message>
        <source>Plager over tid, sværhedsgrad 0 til 3</source>
        <translation>Plagues over time, severity 0 to 3</translation>
    </message>
    <message>
        <source>Den valgte plage</source>
        <translation>The selected plague</translation>
    </message>
    <message>
        <source>Den valgte barriere</source>
        <translation>The selected barrier</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Målinger af den valgte indikator</source>
        <translation>Measurements of the selected indicator</translation>
    </message>
    <message>
        <source>Initiativets logbog</source>
        <translation>The initiative&apos;s log</translation>
    </message>
    <message>
        <source>Den valgte note</source>
        <translation>The selected note</translation>
    </message>
    <message>
        <source>Initiativets handlinger</source>
        <translation>The initiative&apos;s actions</translation>
    </message>
    <message>
        <source>Relationstrin (svageste relation): {stage}</source>
        <translation>Relationship step (weakest relationship): {stage}</translation>
    </message>
    <message>
        <source>vurderet relation</source>
        <translation>assessed relationship</translation>
    </message>
    <message>
        <source>vurderede relationer</source>
        <translation>assessed relationships</translation>
    </message>
    <message>
        <source>aktiv plage</source>
        <translation>active plague</translation>
    </message>
    <message>
        <source>aktive plager</source>
        <translation>active plagues</translation>
    </message>
    <message>
        <source>åben anmodning</source>
        <translation>open ask</translation>
    </message>
    <message>
        <source>åbne anmodninger</source>
        <translation>open asks</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Grundoplysninger</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Fx Akutsamarbejde Viborg</source>
        <translation>E.g. Acute collaboration Viborg</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Fx klyngeprojekt, opgaveoverdragelse eller lokalt udviklingsprojekt</source>
        <translation>E.g. cluster project, task transfer or local development project</translation>
    </message>
    <message>
        <source>&amp;Overordnet initiativ</source>
        <translation>&amp;Parent initiative</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Sl&amp;ut</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Formål og vision</source>
        <translation>&amp;Purpose and vision</translation>
    </message>
    <message>
        <source>Hvad skal samarbejdet opnå, og for hvem?</source>
        <translation>What should the collaboration achieve, and for whom?</translation>
    </message>
    <message>
        <source>&amp;Brændende platform</source>
        <translation>&amp;Burning platform</translation>
    </message>
    <message>
        <source>Hvad satte samarbejdet i gang?</source>
        <translation>What started the collaboration?</translation>
    </message>
    <message>
        <source>Samarbejde ↔ samordning</source>
        <translation>Cooperation ↔ coordination</translation>
    </message>
    <message>
        <source>Placér samarbejdet på hver af de fem dimensioner: 1 er frivilligt samarbejde, 5 er bindende samordning. Forskningen peger på, at begge elementer bør være til stede.</source>
        <translation>Place the collaboration on each of the five dimensions: 1 is voluntary cooperation, 5 is binding coordination. Research suggests both elements should be present.</translation>
    </message>
    <message>
        <source>Mening og hjørnesten</source>
        <translation>Meaning and cornerstones</translation>
    </message>
    <message>
        <source>Fælles mening (0–3): samarbejder, der rammer to eller tre rationaler, har de bedste odds. Hjørnesten (0–3): hvor godt er hver hjørnesten på plads?</source>
        <translation>Shared meaning (0–3): collaborations that hit two or three rationales have the best odds. Cornerstones (0–3): how well is each cornerstone in place?</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>initiativet »{name}«</source>
        <translation>the initiative “{name}”</translation>
    </message>
    <message>
        <source>Initiativer</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Nyt initiativ…</source>
        <translation>New initiative…</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Dobbeltklik på et initiativ for at se og redigere det.</source>
        <translation>Double-click an initiative to see and edit it.</translation>
    </message>
</context>
<context>
    <name>ItemActionDialog</name>
    <message>
        <source>Handling fra punktet</source>
        <translation>Action from the item</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Følger af beslutningen:</source>
        <translation>Follows from the decision:</translation>
    </message>
    <message>
        <source>Følger af beslutningen</source>
        <translation>Follows from the decision</translation>
    </message>
</context>
<context>
    <name>ItemAskDialog</name>
    <message>
        <source>Anmodning fra punktet</source>
        <translation>Ask from the item</translation>
    </message>
    <message>
        <source>Hvad der bedes om:</source>
        <translation>What is asked:</translation>
    </message>
    <message>
        <source>Hvad der bedes om</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Til (organisation, forum eller person):</source>
        <translation>To (organisation, forum or person):</translation>
    </message>
    <message>
        <source>Til (organisation, forum eller person)</source>
        <translation>To (organisation, forum or person)</translation>
    </message>
    <message>
        <source>Niveau:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Svar senest:</source>
        <translation>Answer due:</translation>
    </message>
    <message>
        <source>Svar senest</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Begrundelse:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ItemBarrierDialog</name>
    <message>
        <source>Barriere vurderet på mødet</source>
        <translation>Barrier assessed at the meeting</translation>
    </message>
    <message>
        <source>Barriere:</source>
        <translation>Barrier:</translation>
    </message>
    <message>
        <source>Barriere</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Betydning (0–3):</source>
        <translation>Impact (0–3):</translation>
    </message>
    <message>
        <source>Betydning (0–3)</source>
        <translation>Impact (0–3)</translation>
    </message>
    <message>
        <source>Eskaleringsniveau:</source>
        <translation>Escalation level:</translation>
    </message>
    <message>
        <source>Eskaleringsniveau</source>
        <translation>Escalation level</translation>
    </message>
    <message>
        <source>Hvad der bedes om:</source>
        <translation>What is asked:</translation>
    </message>
    <message>
        <source>Hvad der bedes om</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Til hvem:</source>
        <translation>Of whom:</translation>
    </message>
    <message>
        <source>Til hvem</source>
        <translation>Of whom</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ItemDecisionDialog</name>
    <message>
        <source>Beslutning fra punktet</source>
        <translation>Decision from the item</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ItemPlagueDialog</name>
    <message>
        <source>Plage vurderet på mødet</source>
        <translation>Plague assessed at the meeting</translation>
    </message>
    <message>
        <source>Plage:</source>
        <translation>Plague:</translation>
    </message>
    <message>
        <source>Plage</source>
        <translation>Plague</translation>
    </message>
    <message>
        <source>Alvor (0–3):</source>
        <translation>Severity (0–3):</translation>
    </message>
    <message>
        <source>Alvor (0–3)</source>
        <translation>Severity (0–3)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LinkEntryDialog</name>
    <message>
        <source>Knyt logindførsel til aftalen</source>
        <translation>Link a log entry to the agreement</translation>
    </message>
    <message>
        <source>Logindførsel</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Afvigelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>(ingen afvigelse)</source>
        <translation>(no deviation)</translation>
    </message>
    <message>
        <source>&amp;Logindførsel</source>
        <translation>&amp;Log entry</translation>
    </message>
    <message>
        <source>&amp;Afvigelse</source>
        <translation>&amp;Deviation</translation>
    </message>
    <message>
        <source>Henter logindførsler …</source>
        <translation>Fetching log entries …</translation>
    </message>
    <message>
        <source>&amp;Knyt</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Ingen logindførsler at knytte: aftalens initiativer har ingen (flere) logindførsler.</source>
        <translation>No log entries to link: the agreement&apos;s initiatives have no (more) log entries.</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Logindførsel</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>T&amp;itel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>Kort overskrift, fx &apos;Fælles vagtplan vedtaget&apos;</source>
        <translation>Short heading, e.g. &apos;Joint rota adopted&apos;</translation>
    </message>
    <message>
        <source>I&amp;nitiativ</source>
        <translation>I&amp;nitiative</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Eskaleret til</source>
        <translation>&amp;Escalated to</translation>
    </message>
    <message>
        <source>&amp;Hvem</source>
        <translation>&amp;Whom</translation>
    </message>
    <message>
        <source>Fx direktionen i kommunen</source>
        <translation>E.g. the municipality&apos;s executive board</translation>
    </message>
    <message>
        <source>Te&amp;kst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Hvad skete der, hvad blev aftalt, hvem gør hvad?</source>
        <translation>What happened, what was agreed, who does what?</translation>
    </message>
    <message>
        <source>&amp;Mærker</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Kommasepareret, fx vagtplan, udskrivelse</source>
        <translation>Comma-separated, e.g. rota, discharge</translation>
    </message>
    <message>
        <source>&amp;Deltagere</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Find person …</source>
        <translation>Find person …</translation>
    </message>
    <message>
        <source>&amp;Plager</source>
        <translation>&amp;Plagues</translation>
    </message>
    <message>
        <source>&amp;Barrierer</source>
        <translation>&amp;Barriers</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle plager</source>
        <translation>All plagues</translation>
    </message>
    <message>
        <source>Alle barrierer</source>
        <translation>All barriers</translation>
    </message>
    <message>
        <source>Alle initiativer</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <source>Alle personer</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Logbogen er tom – tryk Ctrl+N for at skrive den første indførsel.</source>
        <translation>The log is empty – press Ctrl+N to write the first entry.</translation>
    </message>
    <message>
        <source>1 indførsel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} indførsler</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>{shown} af {total} indførsler</source>
        <translation>{shown} of {total} entries</translation>
    </message>
    <message>
        <source>tæller … af {total} indførsler</source>
        <translation>counting … of {total} entries</translation>
    </message>
    <message>
        <source>indførslen »{t}«</source>
        <translation>the entry “{t}”</translation>
    </message>
    <message>
        <source>Logbog</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Ny logindførsel…</source>
        <translation>New log entry…</translation>
    </message>
    <message>
        <source>Søg i titler, tekst og mærker …  (Ctrl+F)</source>
        <translation>Search titles, text and tags …  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Nulstil filtre</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Rediger…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Den valgte note</source>
        <translation>The selected note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Initiativer</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Logbog</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Personer og organisationer</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>Tager den daglige sikkerhedskopi …</source>
        <translation>Taking the daily backup …</translation>
    </message>
    <message>
        <source>Delt arbejdsområde: {where}</source>
        <translation>Shared workspace: {where}</translation>
    </message>
    <message>
        <source>Arbejdsområde: {where}</source>
        <translation>Workspace: {where}</translation>
    </message>
    <message>
        <source>Forbundet til det delte arbejdsområde.</source>
        <translation>Connected to the shared workspace.</translation>
    </message>
    <message>
        <source>Arbejdsområdet på denne computer</source>
        <translation>The workspace on this computer</translation>
    </message>
    <message>
        <source>Delt: {where}</source>
        <translation>Shared: {where}</translation>
    </message>
    <message>
        <source>(ingen andre arbejdsområder endnu)</source>
        <translation>(no other workspaces yet)</translation>
    </message>
    <message>
        <source>Åbner arbejdsområdet …</source>
        <translation>Opening the workspace …</translation>
    </message>
    <message>
        <source>Arbejdsområdet på denne computer er åbnet.</source>
        <translation>The workspace on this computer is open.</translation>
    </message>
    <message>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Tager en sikkerhedskopi …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gemt: {path}</source>
        <translation>The backup is saved: {path}</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gendannet.</source>
        <translation>The backup is restored.</translation>
    </message>
    <message>
        <source>Tilstanden før gendannelsen er gemt som {name}.</source>
        <translation>The state before the restore is saved as {name}.</translation>
    </message>
    <message>
        <source>Gendanner sikkerhedskopien …</source>
        <translation>Restoring the backup …</translation>
    </message>
    <message>
        <source>Arbejdsområdet er nu krypteret. Kopien fra før krypteringen ({name}) og ældre sikkerhedskopier i mappen backups er ikke krypterede.</source>
        <translation>The workspace is now encrypted. The copy from before the encryption ({name}) and older backups in the folder backups are not encrypted.</translation>
    </message>
    <message>
        <source>Krypterer arbejdsområdet …</source>
        <translation>Encrypting the workspace …</translation>
    </message>
    <message>
        <source>Indlæser eksemplet …</source>
        <translation>Loading the example …</translation>
    </message>
    <message>
        <source>Eksemplet er indlæst.</source>
        <translation>The example is loaded.</translation>
    </message>
    <message>
        <source>Brobygger</source>
        <translation>Brobygger</translation>
    </message>
    <message>
        <source>Du ser på eksempel-arbejdsområdet med fire rigtige danske cases. Indholdet i logbogen er opdigtet til illustration.</source>
        <translation>You are looking at the example workspace with four real Danish cases. The log entries are invented for illustration.</translation>
    </message>
    <message>
        <source>Arbejdsområdet er ikke krypteret. Bliver computeren stjålet eller mistet, kan andre læse alt i det.</source>
        <translation>The workspace is not encrypted. If the computer is stolen or lost, others can read everything in it.</translation>
    </message>
    <message>
        <source>Kryptér nu…</source>
        <translation>Encrypt now…</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;kift arbejdsområde</source>
        <translation>S&amp;witch workspace</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ny logindførsel…</source>
        <translation>&amp;New log entry…</translation>
    </message>
    <message>
        <source>Skriv en ny indførsel i logbogen</source>
        <translation>Write a new entry in the log</translation>
    </message>
    <message>
        <source>Nyt &amp;initiativ…</source>
        <translation>New &amp;initiative…</translation>
    </message>
    <message>
        <source>&amp;Søg i logbogen</source>
        <translation>&amp;Search the log</translation>
    </message>
    <message>
        <source>&amp;Eksportér brief (PDF)…</source>
        <translation>&amp;Export brief (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Papirkurv…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Overblik</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Initiativer</source>
        <translation>&amp;Initiatives</translation>
    </message>
    <message>
        <source>&amp;Logbog</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Personer og organisationer</source>
        <translation>&amp;People and organisations</translation>
    </message>
    <message>
        <source>&amp;Handlinger</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Briefs</source>
        <translation>&amp;Briefs</translation>
    </message>
    <message>
        <source>&amp;Om Brobygger</source>
        <translation>&amp;About Brobygger</translation>
    </message>
    <message>
        <source>Eksportér &amp;data (CSV/Excel/kalender)…</source>
        <translation>Export &amp;data (CSV/Excel/calendar)…</translation>
    </message>
    <message>
        <source>Logbog, handlinger eller vurderinger til Excel, eller møder og frister til kalenderen</source>
        <translation>Log, actions or assessments for Excel, or meetings and due dates for the calendar</translation>
    </message>
    <message>
        <source>Eksportér til &amp;modpart…</source>
        <translation>Export to &amp;counterpart…</translation>
    </message>
    <message>
        <source>Et eller flere initiativer i en krypteret udvekslingsfil til en modpart</source>
        <translation>One or more initiatives in an encrypted exchange file for a counterpart</translation>
    </message>
    <message>
        <source>Importér fra m&amp;odpart…</source>
        <translation>Import from c&amp;ounterpart…</translation>
    </message>
    <message>
        <source>Læs en udvekslingsfil fra en modpart ind</source>
        <translation>Read in an exchange file from a counterpart</translation>
    </message>
    <message>
        <source>Åbn de&amp;lt arbejdsområde…</source>
        <translation>Open &amp;shared workspace…</translation>
    </message>
    <message>
        <source>Forbind til styregruppens fælles database på en PostgreSQL-server</source>
        <translation>Connect to the steering group&apos;s shared database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Tag sikkerhedskopi nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Sikkerhedskopier og &amp;gendannelse…</source>
        <translation>Backups and &amp;restore…</translation>
    </message>
    <message>
        <source>K&amp;ryptér arbejdsområdet…</source>
        <translation>Encr&amp;ypt the workspace…</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Min uge</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Brobygger – i dag</source>
        <translation>Brobygger – today</translation>
    </message>
    <message>
        <source>Vis/lav &amp;gendannelsesnøgle…</source>
        <translation>Show/make &amp;recovery key…</translation>
    </message>
    <message>
        <source>Anmodninger</source>
        <translation>Asks</translation>
    </message>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Importér logbog – kolonner</source>
        <translation>Import log – columns</translation>
    </message>
    <message>
        <source>Hvilke kolonner er hvad?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>Arket »{sheet}« har overskrifterne i række {row} og {n} rækker med data. Brobygger har gættet ud fra overskrifterne; ret det, der er forkert. Valget huskes til næste ark med de samme kolonner.</source>
        <translation>The sheet “{sheet}” has its headers in row {row} and {n} rows of data. Brobygger has guessed from the headers; correct what is wrong. The choice is remembered for the next sheet with the same columns.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Mærker</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Føj til teksten</source>
        <translation>Add to the text</translation>
    </message>
    <message>
        <source>Indlæs ikke</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Kolonne i arket</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>Felt i Brobygger</source>
        <translation>Field in Brobygger</translation>
    </message>
    <message>
        <source>Eksempler</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Felt for kolonnen {name}</source>
        <translation>Field for the column {name}</translation>
    </message>
    <message>
        <source>Arkets typer → Brobyggers typer</source>
        <translation>The sheet’s types → Brobygger’s types</translation>
    </message>
    <message>
        <source>Type for »{word}«</source>
        <translation>Type for “{word}”</translation>
    </message>
    <message>
        <source>Type for rækker uden kendt type</source>
        <translation>Type for rows without a known type</translation>
    </message>
    <message>
        <source>Rækker uden (kendt) type</source>
        <translation>Rows without a (known) type</translation>
    </message>
    <message>
        <source>&amp;Vis forhåndsvisning…</source>
        <translation>&amp;Show preview…</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Værdi</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>Tal, fx 17 eller 3,5</source>
        <translation>Number, e.g. 17 or 3.5</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <source>Tom: hele befolkningen. Ellers en af indikatorens parter</source>
        <translation>Empty: the whole population. Otherwise one of the indicator&apos;s parties</translation>
    </message>
    <message>
        <source>&amp;Kilde</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Fx ledelsesinformation, egen optælling</source>
        <translation>E.g. management information, own count</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation>Forum:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Med klokkeslæt</source>
        <translation>With a time</translation>
    </message>
    <message>
        <source>Fra:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Sted eller link (tomt: forummets):</source>
        <translation>Place or link (empty: the forum&apos;s):</translation>
    </message>
    <message>
        <source>Opret først et forum.</source>
        <translation>Create a forum first.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sted eller link (tomt: forummets)</source>
        <translation>Place or link (empty: the forum&apos;s)</translation>
    </message>
</context>
<context>
    <name>MeetingHits</name>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Fundet i</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Møder, hvor søgningen findes i dagsorden eller referat</source>
        <translation>Meetings whose agenda or minutes hold the search</translation>
    </message>
    <message>
        <source>Også i dagsordener og referater: 1 møde – dobbeltklik for at åbne det</source>
        <translation>Also in agendas and minutes: 1 meeting – double-click to open it</translation>
    </message>
    <message>
        <source>Også i dagsordener og referater: {n} møder – dobbeltklik for at åbne mødet</source>
        <translation>Also in agendas and minutes: {n} meetings – double-click to open the meeting</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>{n} punkter, {t} min.</source>
        <translation>{n} items, {t} min.</translation>
    </message>
    <message>
        <source>(afbud)</source>
        <translation>(sent apologies)</translation>
    </message>
    <message>
        <source>Ingen dagsorden endnu. Vælg »Ny dagsorden …«.</source>
        <translation>No agenda yet. Choose “New agenda …”.</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Kommende og seneste</source>
        <translation>Upcoming and latest</translation>
    </message>
    <message>
        <source>Alle møder</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Nyt forum …</source>
        <translation>New forum …</translation>
    </message>
    <message>
        <source>Nyt møde …</source>
        <translation>New meeting …</translation>
    </message>
    <message>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Ny dagsorden …</source>
        <translation>New agenda …</translation>
    </message>
    <message>
        <source>Referat …</source>
        <translation>Minutes …</translation>
    </message>
    <message>
        <source>Dagsorden som PDF …</source>
        <translation>Agenda as PDF …</translation>
    </message>
    <message>
        <source>Invitation (.ics) …</source>
        <translation>Invitation (.ics) …</translation>
    </message>
    <message>
        <source>Referat som PDF …</source>
        <translation>Minutes as PDF …</translation>
    </message>
    <message>
        <source>Alle fora</source>
        <translation>All forums</translation>
    </message>
    <message>
        <source>{f} fora · {m} møder vist</source>
        <translation>{f} forums · {m} meetings shown</translation>
    </message>
    <message>
        <source>Ingen fora endnu. Opret styregruppen, driftsmødet eller arbejdsgruppen med »Nyt forum …«.</source>
        <translation>No forums yet. Create the steering group, the operations meeting or the working group with “New forum …”.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Person i initiativet</source>
        <translation>Person in the initiative</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Mødets status</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <source>Til stede (flueben):</source>
        <translation>Present (tick):</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Punkter:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Dagsordenens punkter</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Punktets grundlag</source>
        <translation>What the item is about</translation>
    </message>
    <message>
        <source>Referat af punktet:</source>
        <translation>Minutes of the item:</translation>
    </message>
    <message>
        <source>Referat af punktet</source>
        <translation>Minutes of the item</translation>
    </message>
    <message>
        <source>Beslutning …</source>
        <translation>Decision …</translation>
    </message>
    <message>
        <source>Handling …</source>
        <translation>Action …</translation>
    </message>
    <message>
        <source>Plage …</source>
        <translation>Plague …</translation>
    </message>
    <message>
        <source>Oprettet fra punktet</source>
        <translation>Created from the item</translation>
    </message>
    <message>
        <source>Referat som PDF …</source>
        <translation>Minutes as PDF …</translation>
    </message>
    <message>
        <source>Gem og luk</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Referat: {t}, {d}</source>
        <translation>Minutes: {t}, {d}</translation>
    </message>
    <message>
        <source>Grundlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ingen tilknyttede poster.</source>
        <translation>No linked records.</translation>
    </message>
    <message>
        <source>Intet endnu.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>Anmodning …</source>
        <translation>Ask …</translation>
    </message>
    <message>
        <source>Barriere …</source>
        <translation>Barrier …</translation>
    </message>
</context>
<context>
    <name>MyWeekPage</name>
    <message>
        <source>Min uge</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Jeg er:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <source>Jeg er</source>
        <translation>I am</translation>
    </message>
    <message>
        <source>Møder de næste 14 dage</source>
        <translation>Meetings in the next 14 days</translation>
    </message>
    <message>
        <source>Ingen møder de næste 14 dage.</source>
        <translation>No meetings in the next 14 days.</translation>
    </message>
    <message>
        <source>Mine handlinger med frist nu</source>
        <translation>My actions due now</translation>
    </message>
    <message>
        <source>Ingen af dine handlinger har frist denne uge.</source>
        <translation>None of your actions is due this week.</translation>
    </message>
    <message>
        <source>Hold kontakten</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>Du har været i kontakt med alle i dine initiativer for nylig.</source>
        <translation>You have been in touch with everyone in your initiatives recently.</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvornår og status</source>
        <translation>When and status</translation>
    </message>
    <message>
        <source>Start Brobygger på Min uge</source>
        <translation>Start Brobygger on My week</translation>
    </message>
    <message>
        <source>Vis en skrivebordsbesked om dagens frister, når Brobygger starter</source>
        <translation>Show a desktop notification of today&apos;s deadlines when Brobygger starts</translation>
    </message>
    <message>
        <source>– vælg dig selv –</source>
        <translation>– choose yourself –</translation>
    </message>
    <message>
        <source>Vælg dig selv under »Jeg er«, så viser Min uge dine møder, dine handlinger og de personer, du bør tale med. Indtil da vises alle møder.</source>
        <translation>Choose yourself under “I am” and My week shows your meetings, your actions and the people you should talk to. Until then all meetings are shown.</translation>
    </message>
    <message>
        <source>Mine anmodninger uden svar til tiden</source>
        <translation>My asks not answered in time</translation>
    </message>
    <message>
        <source>Ingen af dine anmodninger har overskredet svarfristen.</source>
        <translation>None of your asks is past its answer date.</translation>
    </message>
    <message>
        <source>Anmodninger til mig</source>
        <translation>Asks addressed to me</translation>
    </message>
    <message>
        <source>Ingen åbne anmodninger er stilet til dig.</source>
        <translation>No open asks are addressed to you.</translation>
    </message>
    <message>
        <source>{name}: {m} møder, {a} handlinger, {k} anmodninger, {c} at kontakte.</source>
        <translation>{name}: {m} meetings, {a} actions, {k} asks, {c} to contact.</translation>
    </message>
    <message>
        <source>Aftaler til revision</source>
        <translation>Agreements due for review</translation>
    </message>
    <message>
        <source>Ingen af dine aftaler skal revideres den næste måned.</source>
        <translation>None of your agreements is due for review in the next month.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Fx Regionshospitalet Viborg</source>
        <translation>E.g. Regionshospitalet Viborg</translation>
    </message>
    <message>
        <source>&amp;Sektor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Fx sundhedsråd, sundhedsklynge, KAP-enhed eller praksiskonsulentordning</source>
        <translation>E.g. health council, health cluster, KAP unit or practice consultant scheme</translation>
    </message>
    <message>
        <source>&amp;Overordnet organisation</source>
        <translation>&amp;Parent organisation</translation>
    </message>
    <message>
        <source>N&amp;oter</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>{n} initiativer. Klik på et kort for at åbne initiativet.</source>
        <translation>{n} initiatives. Click a card to open the initiative.</translation>
    </message>
    <message>
        <source>Ét initiativ. Klik på kortet for at åbne det.</source>
        <translation>One initiative. Click the card to open it.</translation>
    </message>
    <message>
        <source>Vis flere initiativer ({shown} af {total} vist)</source>
        <translation>Show more initiatives ({shown} of {total} shown)</translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Nyt initiativ…</source>
        <translation>New initiative…</translation>
    </message>
    <message>
        <source>Ny logindførsel…</source>
        <translation>New log entry…</translation>
    </message>
    <message>
        <source>Status for dine initiativer: relationer, plager, eskaleringer og handlinger.</source>
        <translation>Status of your initiatives: relationships, plagues, escalations and actions.</translation>
    </message>
    <message>
        <source>Her er tomt endnu</source>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <source>Opret dit første initiativ – fx et akutsamarbejde eller et fælles udskrivningsforløb – og skriv møder, beslutninger og aftaler i logbogen. Så samler Overblik status, relationer og handlinger her.</source>
        <translation>Create your first initiative – e.g. an acute-care collaboration or a joint discharge pathway – and write meetings, decisions and agreements in the log. The overview then gathers status, relationships and actions here.</translation>
    </message>
    <message>
        <source>Opret et initiativ…</source>
        <translation>Create an initiative…</translation>
    </message>
    <message>
        <source>Tilføj personer og organisationer</source>
        <translation>Add people and organisations</translation>
    </message>
    <message>
        <source>Åbn eksemplet</source>
        <translation>Open the example</translation>
    </message>
    <message>
        <source>Seneste i logbogen</source>
        <translation>Latest in the log</translation>
    </message>
    <message>
        <source>Ingen indførsler endnu. Tryk Ctrl+N for at skrive den første.</source>
        <translation>No entries yet. Press Ctrl+N to write the first one.</translation>
    </message>
    <message>
        <source>Handlinger de næste 7 dage</source>
        <translation>Actions in the next 7 days</translation>
    </message>
    <message>
        <source>Ingen handlinger med frist de næste 7 dage.</source>
        <translation>No actions due in the next 7 days.</translation>
    </message>
    <message>
        <source>Handlinger med frist i denne uge</source>
        <translation>Actions due this week</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Brændende platform</source>
        <translation>Burning platform</translation>
    </message>
    <message>
        <source>Ikke beskrevet endnu.</source>
        <translation>Not described yet.</translation>
    </message>
    <message>
        <source>Periode: {p}</source>
        <translation>Period: {p}</translation>
    </message>
    <message>
        <source>samarbejde</source>
        <translation>cooperation</translation>
    </message>
    <message>
        <source>samordning</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>»{org}« som part i initiativet (organisationen bliver i kartoteket)</source>
        <translation>“{org}” as a party to the initiative (the organisation stays in the directory)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Part i initiativet</source>
        <translation>Party to the initiative</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Fx driftsansvarlig, medfinansierer</source>
        <translation>E.g. operator, co-funder</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Skriv aldrig CPR-numre eller andre patientoplysninger her.</source>
        <translation>Never write CPR numbers or other patient data here.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Fx sundhedschef, ledende oversygeplejerske</source>
        <translation>E.g. head of health, chief nursing officer</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Ledelsesniveau</source>
        <translation>&amp;Leadership level</translation>
    </message>
    <message>
        <source>&amp;Funktion</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>Fx almen medicinsk overlæge eller praksiskonsulent</source>
        <translation>E.g. general practice consultant or practice consultant</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Ildsjæl – driver samarbejdet med særligt engagement</source>
        <translation>&amp;Champion – drives the collaboration with special dedication</translation>
    </message>
    <message>
        <source>Akti&amp;v fra</source>
        <translation>Acti&amp;ve from</translation>
    </message>
    <message>
        <source>Aktiv t&amp;il</source>
        <translation>Active unti&amp;l</translation>
    </message>
    <message>
        <source>N&amp;oter</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>PlagueDialog</name>
    <message>
        <source>Vurdering af plage</source>
        <translation>Plague assessment</translation>
    </message>
    <message>
        <source>&amp;Plage</source>
        <translation>&amp;Plague</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Alvor</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Hvordan viser plagen sig lige nu?</source>
        <translation>How does the plague show right now?</translation>
    </message>
    <message>
        <source>&amp;Modtræk</source>
        <translation>&amp;Mitigation</translation>
    </message>
    <message>
        <source>Hvad gør I ved det?</source>
        <translation>What are you doing about it?</translation>
    </message>
    <message>
        <source>An&amp;svarlig</source>
        <translation>O&amp;wner</translation>
    </message>
</context>
<context>
    <name>PlaguesTab</name>
    <message>
        <source>Vælg en plage i tabellen. Tryk »Ny vurdering…« for at vurdere, hvor meget plagen fylder lige nu.</source>
        <translation>Choose a plague in the table. Press “New assessment…” to assess how much the plague weighs right now.</translation>
    </message>
    <message>
        <source>ansvarlig</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modtræk</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Ikke vurderet på denne dato.</source>
        <translation>Not assessed on this date.</translation>
    </message>
    <message>
        <source>Alvor {s} af 3</source>
        <translation>Severity {s} of 3</translation>
    </message>
    <message>
        <source>{plague} fra {date}</source>
        <translation>{plague} of {date}</translation>
    </message>
    <message>
        <source>vurderingen af {p} fra {d}</source>
        <translation>the assessment of {p} from {d}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Importér – forhåndsvisning</source>
        <translation>Import – preview</translation>
    </message>
    <message>
        <source>Sådan bliver {file} læst ind</source>
        <translation>How {file} will be imported</translation>
    </message>
    <message>
        <source>Vis kun rækker, der kræver stillingtagen</source>
        <translation>Show only rows that need a decision</translation>
    </message>
    <message>
        <source>&amp;Brug alle forslag</source>
        <translation>&amp;Use all suggestions</translation>
    </message>
    <message>
        <source>Rækkerne i filen og hvad der sker med dem</source>
        <translation>The rows of the file and what happens to them</translation>
    </message>
    <message>
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>{n} række(r) indeholder noget, der ligner et CPR-nummer</source>
        <translation>{n} row(s) contain something that looks like a CPR number</translation>
    </message>
    <message>
        <source>&amp;Maskér numrene (fx 010190-****)</source>
        <translation>&amp;Mask the numbers (e.g. 010190-****)</translation>
    </message>
    <message>
        <source>&amp;Spring rækkerne over</source>
        <translation>&amp;Skip the rows</translation>
    </message>
    <message>
        <source>Spring de {n} rækker med fejl over (ellers importeres intet)</source>
        <translation>Skip the {n} rows with errors (otherwise nothing is imported)</translation>
    </message>
    <message>
        <source>Oprettes: {n}</source>
        <translation>To be created: {n}</translation>
    </message>
    <message>
        <source>findes allerede: {n}</source>
        <translation>already there: {n}</translation>
    </message>
    <message>
        <source>forslag: {n}</source>
        <translation>suggestions: {n}</translation>
    </message>
    <message>
        <source>opdateres: {n}</source>
        <translation>to be updated: {n}</translation>
    </message>
    <message>
        <source>allerede importeret: {n}</source>
        <translation>imported before: {n}</translation>
    </message>
    <message>
        <source>konflikter: {n}</source>
        <translation>conflicts: {n}</translation>
    </message>
    <message>
        <source>springes over: {n}</source>
        <translation>skipped: {n}</translation>
    </message>
    <message>
        <source>fejl: {n}</source>
        <translation>errors: {n}</translation>
    </message>
    <message>
        <source>Intet er skrevet endnu. Der tages en sikkerhedskopi, før importen skrives.</source>
        <translation>Nothing has been written yet. A backup is taken before the import is written.</translation>
    </message>
    <message>
        <source>Ret filen, eller spring rækkerne med fejl over.</source>
        <translation>Correct the file, or skip the rows with errors.</translation>
    </message>
    <message>
        <source>Sektor og ledelsesniveau for de valgte rækker</source>
        <translation>Sector and leadership level for the selected rows</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sæt &amp;sektor</source>
        <translation>Set &amp;sector</translation>
    </message>
    <message>
        <source>Ledelsesniveau</source>
        <translation>Leadership level</translation>
    </message>
    <message>
        <source>Sæt &amp;niveau</source>
        <translation>Set &amp;level</translation>
    </message>
    <message>
        <source>{name}: sæt for de valgte rækker</source>
        <translation>{name}: set for the selected rows</translation>
    </message>
    <message>
        <source>Gule felter i kolonnen Sektor / niveau kunne ikke udledes af navn eller titel. Vælg rækkerne (Ctrl+A vælger alle) og sæt sektor eller niveau, eller dobbeltklik på en celle for at vælge for den ene række.</source>
        <translation>Yellow cells in the Sector / level column could not be inferred from the name or title. Select the rows (Ctrl+A selects all) and set the sector or level, or double-click a cell to choose for that row alone.</translation>
    </message>
    <message>
        <source>Importér begivenhederne som</source>
        <translation>Import the events as</translation>
    </message>
    <message>
        <source>Logindførsler af typen møde</source>
        <translation>Log entries of type meeting</translation>
    </message>
    <message>
        <source>Møder i forummet {name}</source>
        <translation>Meetings of the forum {name}</translation>
    </message>
    <message>
        <source>Opret et forum under Møder for at importere begivenhederne som møder.</source>
        <translation>Create a forum under Meetings to import the events as meetings.</translation>
    </message>
    <message>
        <source>Som møder: deltagere, der findes som personer, bliver inviterede.</source>
        <translation>As meetings: attendees found among the people become invited.</translation>
    </message>
    <message>
        <source>Sammenligner med arbejdsområdet …</source>
        <translation>Comparing with the workspace …</translation>
    </message>
    <message>
        <source>{n} nye organisationer eller personer har en sektor eller et ledelsesniveau, der ikke kunne udledes (gult) – vælg det nedenfor, ellers bruges Andet og Medarbejder.</source>
        <translation>{n} new organisations or people have a sector or leadership level that could not be inferred (yellow) – choose it below; otherwise Other and Employee are used.</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Grundlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{n} poster</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Der er ingen sikkerhedskopier af arbejdsområdet i {folder}.</source>
        <translation>There are no backups of the workspace in {folder}.</translation>
    </message>
    <message>
        <source>Gendanner sikkerhedskopien og tjekker den …</source>
        <translation>Restoring the backup and checking it …</translation>
    </message>
    <message>
        <source>{what} er gendannet.</source>
        <translation>{what} is restored.</translation>
    </message>
    <message>
        <source>Den tidligere fil er gemt som {name} i mappen backups.</source>
        <translation>The previous file is kept as {name} in the folder backups.</translation>
    </message>
    <message>
        <source>Arbejdsområdet kan ikke åbnes</source>
        <translation>The workspace cannot be opened</translation>
    </message>
    <message>
        <source>Du kan gendanne den nyeste gode sikkerhedskopi. Den nuværende fil gemmes først som en kopi, så intet slettes.</source>
        <translation>You can restore the newest good backup. The current file is kept as a copy first, so nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Sikkerhedskopier (nyeste først):</source>
        <translation>&amp;Backups (newest first):</translation>
    </message>
    <message>
        <source>Gendan &amp;nyeste sikkerhedskopi</source>
        <translation>Restore the &amp;newest backup</translation>
    </message>
    <message>
        <source>Gendan den &amp;valgte</source>
        <translation>Restore the &amp;selected one</translation>
    </message>
    <message>
        <source>&amp;Prøv adgangsfrasen igen…</source>
        <translation>&amp;Try the passphrase again…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Kendskab</source>
        <translation>Acquaintance</translation>
    </message>
    <message>
        <source>Respekt</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Tillid</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Udvikling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Senest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>K</source>
        <translation>A</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>vurderingen fra {d}</source>
        <translation>the assessment of {d}</translation>
    </message>
    <message>
        <source>Ingen vurderinger endnu. Tryk »Ny vurdering…« for at vurdere relationen mellem to parter.</source>
        <translation>No assessments yet. Press “New assessment…” to assess the relationship between two parties.</translation>
    </message>
    <message>
        <source>trin nået</source>
        <translation>step reached</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>Relationsvurdering</source>
        <translation>Relationship assessment</translation>
    </message>
    <message>
        <source>Vurder, hvor langt relationen er nået på relationstrappen. Scoren er til din egen styring – brug den til at se udvikling og næste skridt.</source>
        <translation>Assess how far the relationship has come on the relationship ladder. The score is for your own steering – use it to see progress and the next step.</translation>
    </message>
    <message>
        <source>&amp;Vurder</source>
        <translation>&amp;Assess</translation>
    </message>
    <message>
        <source>Part &amp;A</source>
        <translation>Party &amp;A</translation>
    </message>
    <message>
        <source>Part &amp;B</source>
        <translation>Party &amp;B</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kendskab (1–10)</source>
        <translation>&amp;Acquaintance (1–10)</translation>
    </message>
    <message>
        <source>&amp;Respekt (1–10)</source>
        <translation>&amp;Respect (1–10)</translation>
    </message>
    <message>
        <source>&amp;Tillid (1–10)</source>
        <translation>&amp;Trust (1–10)</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Hvad bygger vurderingen på? Hvad er næste skridt?</source>
        <translation>What is the assessment based on? What is the next step?</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Importen er gennemført</source>
        <translation>The import is done</translation>
    </message>
    <message>
        <source>{file} er læst ind</source>
        <translation>{file} has been imported</translation>
    </message>
    <message>
        <source>Sikkerhedskopi fra før importen: {name}</source>
        <translation>Backup from before the import: {name}</translation>
    </message>
    <message>
        <source>Fortryd import lægger alt, hvad importen oprettede, i papirkurven – så længe intet af det er rettet, og intet andet henviser til det.</source>
        <translation>Undo import moves everything the import created to the trash – as long as none of it has been edited and nothing else refers to it.</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Fortryd import</source>
        <translation>&amp;Undo import</translation>
    </message>
    <message>
        <source>Fortryd importen</source>
        <translation>Undo the import</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Udgangspunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Seneste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Retning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>målingen fra {d}</source>
        <translation>the measurement of {d}</translation>
    </message>
    <message>
        <source>Hele befolkningen</source>
        <translation>Whole population</translation>
    </message>
    <message>
        <source>Ingen indikatorer endnu. Resultater bliver synlige, når der er et udgangspunkt, et mål og målinger.</source>
        <translation>No indicators yet. Results become visible when there is a baseline, a target and measurements.</translation>
    </message>
    <message>
        <source>udgangspunkt</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Målt</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Ingen målinger endnu. Tryk »Ny måling…«.</source>
        <translation>No measurements yet. Press “New measurement…”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fortroligt – kun til styregruppen</source>
        <translation>Confidential – steering group only</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Sproget skifter med det samme.</source>
        <translation>The language changes at once.</translation>
    </message>
    <message>
        <source>&amp;Forfatter på briefs</source>
        <translation>&amp;Author on briefs</translation>
    </message>
    <message>
        <source>Dit navn og din titel</source>
        <translation>Your name and title</translation>
    </message>
    <message>
        <source>Fo&amp;rtrolighed på briefs</source>
        <translation>Confidentiality on b&amp;riefs</translation>
    </message>
    <message>
        <source>Følg systemet</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Høj kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>&amp;Kontrast</source>
        <translation>&amp;Contrast</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Papirkurven er tom.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Papirkurv</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Slettede ting ligger her, indtil du gendanner dem. Vælg en linje og tryk Gendan.</source>
        <translation>Deleted things stay here until you restore them. Choose a row and press Restore.</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Papirkurven</source>
        <translation>The trash</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Fortryd import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Vælg en import. Det, den oprettede, lægges i papirkurven – kun hvis intet af det er rettet siden, og intet andet henviser til det.</source>
        <translation>Choose an import. What it created is moved to the trash – only if none of it has been edited since and nothing else refers to it.</translation>
    </message>
    <message>
        <source>Importerne</source>
        <translation>The imports</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Fortryd valgte import</source>
        <translation>&amp;Undo the selected import</translation>
    </message>
    <message>
        <source>Der er ingen importer endnu.</source>
        <translation>There are no imports yet.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Brobygger</source>
        <translation>Welcome to Brobygger</translation>
    </message>
    <message>
        <source>Brobygger holder styr på dine tværsektorielle samarbejder: logbog, relationer, de syv plager, strukturelle barrierer, resultater og handlinger. Alt bliver på denne computer.</source>
        <translation>Brobygger keeps track of your cross-sector collaborations: log, relationships, the seven plagues, structural barriers, results and actions. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Hvordan vil du begynde?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Åbn eksemplet</source>
        <translation>Open the example</translation>
    </message>
    <message>
        <source>Se Brobygger med fire rigtige danske cases: Psykiatriens Hus Silkeborg, Randers, SAM:BO Fyn og Akutsamarbejde Viborg.</source>
        <translation>See Brobygger with four real Danish cases: Psykiatriens Hus Silkeborg, Randers, SAM:BO Funen and Akutsamarbejde Viborg.</translation>
    </message>
    <message>
        <source>Start tomt</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Begynd med et tomt arbejdsområde og opret dit eget første initiativ.</source>
        <translation>Begin with an empty workspace and create your own first initiative.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Ryd feltet</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>agreements</name>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>T&amp;itel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>I kraft &amp;fra</source>
        <translation>In force &amp;from</translation>
    </message>
    <message>
        <source>I kraft ti&amp;l</source>
        <translation>In force unti&amp;l</translation>
    </message>
    <message>
        <source>&amp;Revideres senest</source>
        <translation>&amp;Review by</translation>
    </message>
    <message>
        <source>&amp;Godkendt af forum</source>
        <translation>Approved &amp;by forum</translation>
    </message>
    <message>
        <source>&amp;Ejer</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Dokument (sti eller link)</source>
        <translation>&amp;Document (path or link)</translation>
    </message>
    <message>
        <source>&amp;Parter</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>I&amp;nitiativer, aftalen tjener</source>
        <translation>I&amp;nitiatives it serves</translation>
    </message>
    <message>
        <source>Res&amp;umé</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>En skrevet aftale mellem parterne. Dokumentet ligger, hvor det plejer – skriv stien eller linket; Brobygger gemmer ikke selve dokumentet. En ny version laves med »Ny version …«, så den gamle bevares.</source>
        <translation>A written agreement between the parties. The document stays where it is – enter its path or link; Brobygger does not store the document itself. Make a new version with “New version …”, so the old one is kept.</translation>
    </message>
    <message>
        <source>– vælg type –</source>
        <translation>– choose kind –</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>Ny &amp;version</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <source>Hvad er &amp;ændret</source>
        <translation>What has &amp;changed</translation>
    </message>
    <message>
        <source>Den nye version afløser version {v} af »{t}«. Begge bevares: den gamle gælder til dagen før.</source>
        <translation>The new version supersedes version {v} of “{t}”. Both are kept: the old one applies until the day before.</translation>
    </message>
    <message>
        <source>Skriv, hvornår den nye version træder i kraft.</source>
        <translation>Enter when the new version comes into force.</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Hvad skete der</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>&amp;Tema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Reglen, der blev brudt</source>
        <translation>The &amp;rule that was broken</translation>
    </message>
    <message>
        <source>Hvor&amp;for</source>
        <translation>W&amp;hy</translation>
    </message>
    <message>
        <source>&amp;Kostede eller sparede</source>
        <translation>&amp;Cost or saved</translation>
    </message>
    <message>
        <source>Hvad &amp;bør ændres</source>
        <translation>What &amp;should change</translation>
    </message>
    <message>
        <source>»Der er regler i aftalerne, som ledere og medarbejdere er nødt til at bryde.« Skriv, hvor praksis afviger, og hvorfor – så bliver næste revision bedre.</source>
        <translation>“There are rules in the agreements that leaders and staff have to break.” Record where practice departs, and why – so the next revision gets better.</translation>
    </message>
    <message>
        <source>&amp;Opgave</source>
        <translation>T&amp;ask</translation>
    </message>
    <message>
        <source>&amp;Aftalen bag</source>
        <translation>A&amp;greement behind it</translation>
    </message>
    <message>
        <source>&amp;Initiativ</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Fra organisation</source>
        <translation>&amp;From organisation</translation>
    </message>
    <message>
        <source>Fra fa&amp;ggruppe</source>
        <translation>From &amp;profession</translation>
    </message>
    <message>
        <source>&amp;Til organisation</source>
        <translation>&amp;To organisation</translation>
    </message>
    <message>
        <source>Til faggr&amp;uppe</source>
        <translation>To prof&amp;ession</translation>
    </message>
    <message>
        <source>Lægeligt ansvar – o&amp;rganisation</source>
        <translation>Medical responsibility – o&amp;rganisation</translation>
    </message>
    <message>
        <source>Hvilken opgave flyttes fra hvem til hvem, hvilke kompetencer kræver den, og hvem har det lægelige ansvar? Uklart lægeligt ansvar er plagen »gråzoner i opgaver og ansvar«.</source>
        <translation>Which task moves from whom to whom, which competencies does it need, and who holds the medical responsibility? Unclear medical responsibility is the plague “grey zones in tasks and responsibility”.</translation>
    </message>
    <message>
        <source>⚠ Ingen har det lægelige ansvar for opgaven. Den kan gemmes, men markeres i registret, i statusnotatet og af &apos;review&apos;.</source>
        <translation>⚠ No one holds the medical responsibility for the task. It can be saved, but it is flagged in the register, the status brief and by &apos;review&apos;.</translation>
    </message>
    <message>
        <source>Krævede &amp;kompetencer</source>
        <translation>Required &amp;competencies</translation>
    </message>
    <message>
        <source>Sådan &amp;sikres de (oplæring, supervision)</source>
        <translation>How they are a&amp;ssured (training, supervision)</translation>
    </message>
    <message>
        <source>&amp;Lægeligt ansvarlig</source>
        <translation>&amp;Medically responsible</translation>
    </message>
    <message>
        <source>Lægeligt ansvar – &amp;person</source>
        <translation>Medical responsibility – &amp;person</translation>
    </message>
    <message>
        <source>&amp;Monitoreres med indikator</source>
        <translation>Monitored with in&amp;dicator</translation>
    </message>
    <message>
        <source>Monitoreri&amp;ng</source>
        <translation>Monitori&amp;ng</translation>
    </message>
    <message>
        <source>Overdraget &amp;den</source>
        <translation>Transferred o&amp;n</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Brobygger kan ikke starte</source>
        <translation>Brobygger cannot start</translation>
    </message>
    <message>
        <source>Intet er ændret i dine data. Luk vinduet, ret problemet, og start Brobygger igen.</source>
        <translation>Nothing in your data has changed. Close this window, fix the problem and start Brobygger again.</translation>
    </message>
</context>
<context>
    <name>asks</name>
    <message>
        <source>&amp;Initiativ</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Hvad bedes der om</source>
        <translation>&amp;What is asked for</translation>
    </message>
    <message>
        <source>Hvor&amp;for</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Til (forum eller person)</source>
        <translation>&amp;To (forum or person)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Forum (fx sundhedsrådet)</source>
        <translation>&amp;Forum (e.g. the health council)</translation>
    </message>
    <message>
        <source>&amp;Rejst</source>
        <translation>&amp;Raised</translation>
    </message>
    <message>
        <source>&amp;Svar ønsket senest</source>
        <translation>&amp;Answer due</translation>
    </message>
    <message>
        <source>&amp;Barriere</source>
        <translation>&amp;Barrier</translation>
    </message>
    <message>
        <source>&amp;Plage</source>
        <translation>&amp;Plague</translation>
    </message>
    <message>
        <source>Hvad bedes der om, af hvem og hvornår skal svaret foreligge? Løs helst problemet på det laveste niveau – send kun det videre, der ikke kan løses lokalt.</source>
        <translation>What is asked, of whom, and when is the answer due? Solve the problem at the lowest level if you can – send on only what cannot be solved locally.</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Svaret &amp;af</source>
        <translation>Answered &amp;by</translation>
    </message>
    <message>
        <source>Svar&amp;dato</source>
        <translation>Answer &amp;date</translation>
    </message>
    <message>
        <source>&amp;Udfald</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Besvaret – styregruppen følger op</source>
        <translation>Answered – the steering group follows up</translation>
    </message>
    <message>
        <source>Svar på: {title}</source>
        <translation>Answer to: {title}</translation>
    </message>
    <message>
        <source>&amp;Lukkes som</source>
        <translation>&amp;Close as</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Bemærkning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Luk: {title}</source>
        <translation>Close: {title}</translation>
    </message>
    <message>
        <source>&amp;Opgave eller kompetence</source>
        <translation>&amp;Task or competency</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Del med en efterfølger (overdragelsesnotat)</source>
        <translation>&amp;Share with a successor (handover brief)</translation>
    </message>
    <message>
        <source>Din egen evaluering af chefens tre opgaver og tre kompetencer. Den er privat: den kommer ikke med i notater eller udvekslingsfiler, medmindre du vælger at dele den med en efterfølger. Ligger arbejdsområdet på en fælles server, kan databasens administratorer dog læse den.</source>
        <translation>Your own review of the chief’s three tasks and three competencies. It is private: it goes into no brief or exchange file unless you choose to share it with a successor. If the workspace is on a shared server, the database’s administrators can read it, though.</translation>
    </message>
    <message>
        <source>Genåbn anmodning</source>
        <translation>Reopen ask</translation>
    </message>
    <message>
        <source>Genåbn »{title}«? Den tæller igen som åben og venter på svar.</source>
        <translation>Reopen “{title}”? It counts as open again and awaits an answer.</translation>
    </message>
    <message>
        <source>Genåbn</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Til forum</source>
        <translation>To forum</translation>
    </message>
    <message>
        <source>Anmodninger rettet til et forum, fx sundhedsrådet eller styregruppen</source>
        <translation>Asks addressed to a forum, e.g. the health council or the steering group</translation>
    </message>
    <message>
        <source>Til hvem (fx regionsrådet)</source>
        <translation>To whom (e.g. the regional council)</translation>
    </message>
    <message>
        <source>Til hvem</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Antal anmodninger</source>
        <translation>Number of asks</translation>
    </message>
    <message>
        <source>Anmodninger</source>
        <translation>Asks</translation>
    </message>
    <message>
        <source>Den valgte anmodning</source>
        <translation>The selected ask</translation>
    </message>
    <message>
        <source>&amp;Ny anmodning …</source>
        <translation>&amp;New ask …</translation>
    </message>
    <message>
        <source>&amp;Ret …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Besvar …</source>
        <translation>&amp;Answer …</translation>
    </message>
    <message>
        <source>&amp;Luk …</source>
        <translation>&amp;Close …</translation>
    </message>
    <message>
        <source>&amp;Genåbn</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>&amp;Historik …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <source>Rejst</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Anmodning</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Svarfrist</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Alle niveauer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Åbne (venter på svar)</source>
        <translation>Open (awaiting an answer)</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle fora</source>
        <translation>All forums</translation>
    </message>
    <message>
        <source>{date} (overskredet)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>Alle initiativer</source>
        <translation>All initiatives</translation>
    </message>
    <message>
        <source>{n} anmodninger, heraf {o} åbne</source>
        <translation>{n} asks, {o} of them open</translation>
    </message>
    <message>
        <source> – {d} med overskredet svarfrist</source>
        <translation> – {d} past their answer date</translation>
    </message>
    <message>
        <source>Vælg en anmodning.</source>
        <translation>Choose an ask.</translation>
    </message>
    <message>
        <source>Barriere</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Eftertanke</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>– ikke besvaret –</source>
        <translation>– not answered –</translation>
    </message>
    <message>
        <source>Svar: {q}</source>
        <translation>Answer: {q}</translation>
    </message>
    <message>
        <source>Note: {q}</source>
        <translation>Note: {q}</translation>
    </message>
    <message>
        <source>&amp;Gem svarene</source>
        <translation>&amp;Save the answers</translation>
    </message>
    <message>
        <source>Parathed</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>De otte eftertanker til topledelsen. {n} af 8 er gennemgået det seneste år.</source>
        <translation>The eight reflections for top management. {n} of 8 were reviewed in the last year.</translation>
    </message>
    <message>
        <source>{k} er ikke besvaret i over et år.</source>
        <translation>{k} have not been answered for over a year.</translation>
    </message>
    <message>
        <source>&amp;Logindførsler, den handler om</source>
        <translation>&amp;Log entries it concerns</translation>
    </message>
    <message>
        <source>Hand&amp;linger, der følger den op</source>
        <translation>Actions that follow it &amp;up</translation>
    </message>
    <message>
        <source>frist {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Den logindførsel, der rejste anmodningen, forbliver tilknyttet.</source>
        <translation>The log entry that raised the ask stays linked.</translation>
    </message>
    <message>
        <source>&amp;Flet …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>Vælg to anmodninger om samme sag (Ctrl+klik) og læg dem sammen til én.</source>
        <translation>Select two asks about the same matter (Ctrl+click) and merge them into one.</translation>
    </message>
    <message>
        <source>Logindførsler</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>i papirkurven</source>
        <translation>in the trash</translation>
    </message>
    <message>
        <source>Læg de to anmodninger sammen til én?

»{keep}« (rejst {kept}) beholdes og overtager logindførsler, handlinger, barriere og begrundelse fra »{drop}« (rejst {dropped}).

»{drop}« flyttes til papirkurven, hvor den kan gendannes. Brug kun Flet, når de to handler om samme sag.</source>
        <translation>Merge the two asks into one?

»{keep}« (raised {kept}) is kept and takes over the log entries, actions, barrier and reason of »{drop}« (raised {dropped}).

»{drop}« is moved to the trash, where it can be restored. Only merge when the two are about the same matter.</translation>
    </message>
    <message>
        <source>Flet anmodninger</source>
        <translation>Merge asks</translation>
    </message>
    <message>
        <source>Flet</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Forhåndsvisning af side 1</source>
        <translation>Preview of page 1</translation>
    </message>
    <message>
        <source>Sådan ser briefets første side ud. Intet er gemt endnu.</source>
        <translation>This is how the brief&apos;s first page looks. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Side 1 af briefet</source>
        <translation>Page 1 of the brief</translation>
    </message>
    <message>
        <source>&amp;Gem som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lukker forhåndsvisningen uden at gemme</source>
        <translation>Closes the preview without saving</translation>
    </message>
    <message>
        <source>portefølje</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>Vis side &amp;1 …</source>
        <translation>Show page &amp;1 …</translation>
    </message>
    <message>
        <source>Se briefets første side, før du gemmer det</source>
        <translation>See the brief&apos;s first page before you save it</translation>
    </message>
    <message>
        <source>Vælg et initiativ.</source>
        <translation>Choose an initiative.</translation>
    </message>
    <message>
        <source>Laver forhåndsvisningen …</source>
        <translation>Making the preview …</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>stigende</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>faldende</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>{v} af {max}</source>
        <translation>{v} of {max}</translation>
    </message>
    <message>
        <source>Vis som tabel</source>
        <translation>Show as table</translation>
    </message>
    <message>
        <source>Vis som diagram</source>
        <translation>Show as chart</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{name} som tabel</source>
        <translation>{name} as a table</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>{v} af 5</source>
        <translation>{v} of 5</translation>
    </message>
    <message>
        <source>{value} på skalaen fra {left} (1) til {right} (5)</source>
        <translation>{value} on the scale from {left} (1) to {right} (5)</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>– ingen dato –</source>
        <translation>– no date –</translation>
    </message>
    <message>
        <source>Flyt til papirkurven</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Vil du slette {what}?

Det flyttes til papirkurven, hvor du kan gendanne det (Filer → Papirkurv).</source>
        <translation>Delete {what}?

It is moved to the trash, where you can restore it (File → Trash).</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Disken er fuld – frigør plads og prøv igen; intet er gemt.</source>
        <translation>The disk is full – free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>Der skete en uventet fejl, og handlingen blev ikke gennemført. Prøv igen; sker det igen, så genstart Brobygger. Dine data er ikke ændret.</source>
        <translation>An unexpected error occurred and the operation was not carried out. Try again; if it happens again, restart Brobygger. Your data has not been changed.</translation>
    </message>
    <message>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Kopiér fejlrapport</source>
        <translation>Copy error report</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>datefield</name>
    <message>
        <source>Skriv en dato, fx 8.12.25, 8. december 2025, i dag eller +14.</source>
        <translation>Type a date, e.g. 8.12.25, 8 December 2025, today or +14.</translation>
    </message>
    <message>
        <source>Den dato findes ikke: »{text}«. Tjek dag og måned.</source>
        <translation>There is no such date: “{text}”. Check the day and the month.</translation>
    </message>
    <message>
        <source>»{text}« er ikke en dato, jeg kender. Skriv fx 8.12.25, 2025-12-08, 8. december 2025, i dag eller +14.</source>
        <translation>“{text}” is not a date I know. Type e.g. 8.12.25, 2025-12-08, 8 December 2025, today or +14.</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>fx 8.12.25, i dag, +14</source>
        <translation>e.g. 8.12.25, today, +14</translation>
    </message>
    <message>
        <source>Vælg dato i kalenderen</source>
        <translation>Pick the date in the calendar</translation>
    </message>
    <message>
        <source>Vis kalender (Alt+Ned)</source>
        <translation>Show calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Ryd datoen</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Ryd datoen (Ctrl+Delete)</source>
        <translation>Clear the date (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Skriv en dato, fx 8.12.25, 8. december 2025, i dag eller +14. Alt+Ned åbner kalenderen.</source>
        <translation>Type a date, e.g. 8.12.25, 8 December 2025, today or +14. Alt+Down opens the calendar.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>0 – ingen</source>
        <translation>0 – none</translation>
    </message>
    <message>
        <source>1 – lidt</source>
        <translation>1 – slight</translation>
    </message>
    <message>
        <source>2 – betydelig</source>
        <translation>2 – considerable</translation>
    </message>
    <message>
        <source>3 – alvorlig</source>
        <translation>3 – serious</translation>
    </message>
    <message>
        <source>0 – ingen betydning</source>
        <translation>0 – no impact</translation>
    </message>
    <message>
        <source>1 – lille</source>
        <translation>1 – small</translation>
    </message>
    <message>
        <source>3 – stor</source>
        <translation>3 – large</translation>
    </message>
    <message>
        <source>Maskér CPR-numre</source>
        <translation>Mask CPR numbers</translation>
    </message>
    <message>
        <source>Erstatter de sidste fire cifre med ****</source>
        <translation>Replaces the last four digits with ****</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vil du se deres version?</source>
        <translation>Do you want to see their version?</translation>
    </message>
    <message>
        <source>&amp;Genindlæs deres version</source>
        <translation>&amp;Reload their version</translation>
    </message>
    <message>
        <source>Viser den gemte version; din tekst i dialogen erstattes.</source>
        <translation>Shows the saved version; your text in the dialog is replaced.</translation>
    </message>
    <message>
        <source>&amp;Behold min tekst</source>
        <translation>&amp;Keep my text</translation>
    </message>
    <message>
        <source>Du redigerer videre; når du gemmer, erstatter din version deres.</source>
        <translation>You go on editing; when you save, your version replaces theirs.</translation>
    </message>
    <message>
        <source>Deres version er indlæst. Ret den, og gem.</source>
        <translation>Their version is loaded. Edit it and save.</translation>
    </message>
    <message>
        <source>Din tekst er bevaret. Tryk Gem for at gemme den i stedet for deres version.</source>
        <translation>Your text is kept. Press Save to save it instead of their version.</translation>
    </message>
    <message>
        <source>Nyt initiativ</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Rediger initiativ</source>
        <translation>Edit initiative</translation>
    </message>
    <message>
        <source>(ikke angivet)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>(intet – et selvstændigt initiativ)</source>
        <translation>(none – a stand-alone initiative)</translation>
    </message>
    <message>
        <source>samarbejde</source>
        <translation>cooperation</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>samordning</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>Fælles mening</source>
        <translation>Shared meaning</translation>
    </message>
    <message>
        <source>Hjørnesten</source>
        <translation>Cornerstones</translation>
    </message>
    <message>
        <source>Ny logindførsel</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>Rediger logindførsel</source>
        <translation>Edit log entry</translation>
    </message>
    <message>
        <source>(ikke knyttet til et initiativ)</source>
        <translation>(not linked to an initiative)</translation>
    </message>
    <message>
        <source>(vælg niveau)</source>
        <translation>(choose level)</translation>
    </message>
    <message>
        <source>Ny relationsvurdering</source>
        <translation>New relationship assessment</translation>
    </message>
    <message>
        <source>Rediger relationsvurdering</source>
        <translation>Edit relationship assessment</translation>
    </message>
    <message>
        <source>To organisationer</source>
        <translation>Two organisations</translation>
    </message>
    <message>
        <source>To personer</source>
        <translation>Two people</translation>
    </message>
    <message>
        <source>(vælg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>næste trin: {step}</source>
        <translation>next step: {step}</translation>
    </message>
    <message>
        <source>Ny vurdering af plage</source>
        <translation>New plague assessment</translation>
    </message>
    <message>
        <source>Rediger vurdering af plage</source>
        <translation>Edit plague assessment</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ny vurdering af barriere</source>
        <translation>New barrier assessment</translation>
    </message>
    <message>
        <source>Rediger vurdering af barriere</source>
        <translation>Edit barrier assessment</translation>
    </message>
    <message>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Rediger indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Opdelt på parter</source>
        <translation>Broken down by party</translation>
    </message>
    <message>
        <source>Ny måling</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Rediger måling</source>
        <translation>Edit measurement</translation>
    </message>
    <message>
        <source>(hele befolkningen)</source>
        <translation>(whole population)</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Rediger person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>(ingen af disse)</source>
        <translation>(none of these)</translation>
    </message>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Rediger organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Tilføj part</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>Rediger part</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>(vælg organisation)</source>
        <translation>(choose organisation)</translation>
    </message>
    <message>
        <source>Tilføj person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Rediger rolle</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>(vælg person)</source>
        <translation>(choose person)</translation>
    </message>
    <message>
        <source>Ny handling</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Rediger handling</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>(intet initiativ)</source>
        <translation>(no initiative)</translation>
    </message>
    <message>
        <source>Ny organisation …</source>
        <translation>New organisation …</translation>
    </message>
    <message>
        <source>Opret organisationen i kartoteket og vælg den som part</source>
        <translation>Create the organisation in the directory and choose it as the party</translation>
    </message>
    <message>
        <source>Ny anmodning</source>
        <translation>New ask</translation>
    </message>
    <message>
        <source>Ret anmodning</source>
        <translation>Edit ask</translation>
    </message>
    <message>
        <source>Besvar anmodning</source>
        <translation>Answer ask</translation>
    </message>
    <message>
        <source>Luk anmodning</source>
        <translation>Close ask</translation>
    </message>
    <message>
        <source>Egen evaluering</source>
        <translation>Self-review</translation>
    </message>
    <message>
        <source>Ny aftale</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Ret aftale</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Ny version af aftalen</source>
        <translation>New version of the agreement</translation>
    </message>
    <message>
        <source>Ny afvigelse</source>
        <translation>New deviation</translation>
    </message>
    <message>
        <source>Ret afvigelse</source>
        <translation>Edit deviation</translation>
    </message>
    <message>
        <source>Ny opgaveoverdragelse</source>
        <translation>New task transfer</translation>
    </message>
    <message>
        <source>Ret opgaveoverdragelse</source>
        <translation>Edit task transfer</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Kassér ændringerne?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>Du har ændret noget, som ikke er gemt. Vil du gemme det, kassere det eller redigere videre?</source>
        <translation>You have changed something that is not saved. Do you want to save it, discard it or keep editing?</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Fortsæt redigering</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ikke-gemt logindførsel</source>
        <translation>Unsaved log entry</translation>
    </message>
    <message>
        <source>Sidst blev en ny logindførsel ikke gemt: »{title}«{when}. Vil du fortsætte med den?</source>
        <translation>Last time a new log entry was not saved: “{title}”{when}. Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Fortsæt med den</source>
        <translation>Continue with it</translation>
    </message>
    <message>
        <source>Kassér den</source>
        <translation>Discard it</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>– vælg –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Tag modpartens</source>
        <translation>Take the counterpart&apos;s</translation>
    </message>
    <message>
        <source>Behold begge</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Konflikter i udvekslingsfilen</source>
        <translation>Conflicts in the exchange file</translation>
    </message>
    <message>
        <source>Disse poster er ændret både her og hos modparten siden sidste udveksling. Vælg for hver, hvilken version der skal gælde. »Behold begge« lægger modpartens version ind som en ny post med en note.</source>
        <translation>These records were changed both here and by the counterpart since the last exchange. Choose for each which version applies. “Keep both” adds the counterpart&apos;s version as a new record with a note.</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Valg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Her</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Hos modparten</source>
        <translation>At the counterpart</translation>
    </message>
    <message>
        <source>Denne post:</source>
        <translation>This record:</translation>
    </message>
    <message>
        <source>Alle:</source>
        <translation>All:</translation>
    </message>
    <message>
        <source>Læs ind</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Vælg for alle konflikter først.</source>
        <translation>Choose for every conflict first.</translation>
    </message>
    <message>
        <source>Adgangsfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Adgangsfrase til udvekslingsfilen:</source>
        <translation>Passphrase of the exchange file:</translation>
    </message>
    <message>
        <source>Vælg en adgangsfrase (mindst {n} tegn). Giv den til modtageren ad en anden vej end filen.</source>
        <translation>Choose a passphrase (at least {n} characters). Give it to the recipient by another route than the file.</translation>
    </message>
    <message>
        <source>Gentag adgangsfrasen:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <source>De to adgangsfraser er ikke ens. Prøv igen.</source>
        <translation>The two passphrases differ. Try again.</translation>
    </message>
    <message>
        <source>Læser og sammenligner udvekslingsfilen …</source>
        <translation>Reading and comparing the exchange file …</translation>
    </message>
    <message>
        <source>Der er intet nyt i filen: alt er allerede her.</source>
        <translation>There is nothing new in the file: everything is already here.</translation>
    </message>
    <message>
        <source>Filen indeholder tal, der ligner CPR-numre. De bliver maskeret (fx 010190-****), når filen læses ind.</source>
        <translation>The file contains numbers that look like CPR numbers. They are masked (e.g. 010190-****) when the file is imported.</translation>
    </message>
    <message>
        <source>CPR-numre</source>
        <translation>CPR numbers</translation>
    </message>
    <message>
        <source>Tager en sikkerhedskopi og læser filen ind …</source>
        <translation>Backing up and importing the file …</translation>
    </message>
    <message>
        <source>Indlæs udvekslingsfil</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>Brobygger-udvekslingsfil (*{suffix});;Alle filer (*)</source>
        <translation>Brobygger exchange file (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Gem udvekslingsfil</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <source>Brobygger-udvekslingsfil (*{suffix})</source>
        <translation>Brobygger exchange file (*{suffix})</translation>
    </message>
    <message>
        <source>Udvekslingsfilen er gemt: {path}</source>
        <translation>The exchange file is saved: {path}</translation>
    </message>
    <message>
        <source>Krypterer udvekslingsfilen …</source>
        <translation>Encrypting the exchange file …</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gemt: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Eksporterer …</source>
        <translation>Exporting …</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Tidspunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(ukendt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>posten</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>Shift+F10 åbner en menu med historikken for den valgte række.</source>
        <translation>Shift+F10 opens a menu with the history of the selected row.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filen kan ikke læses ind</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <source>Vælg kontakter</source>
        <translation>Choose contacts</translation>
    </message>
    <message>
        <source>Kontakter (*.vcf *.csv)</source>
        <translation>Contacts (*.vcf *.csv)</translation>
    </message>
    <message>
        <source>Vælg regneark med logbogen</source>
        <translation>Choose the spreadsheet with the log</translation>
    </message>
    <message>
        <source>Regneark (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Vælg kalenderfil</source>
        <translation>Choose a calendar file</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Læser kontakterne …</source>
        <translation>Reading the contacts …</translation>
    </message>
    <message>
        <source>Læser regnearket …</source>
        <translation>Reading the spreadsheet …</translation>
    </message>
    <message>
        <source>Læser kalenderen …</source>
        <translation>Reading the calendar …</translation>
    </message>
    <message>
        <source>Sammenligner med arbejdsområdet …</source>
        <translation>Comparing with the workspace …</translation>
    </message>
    <message>
        <source>Filen giver intet at importere.</source>
        <translation>The file gives nothing to import.</translation>
    </message>
    <message>
        <source>Importerer {n} rækker …</source>
        <translation>Importing {n} rows …</translation>
    </message>
    <message>
        <source>Afbryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importen blev ikke gennemført</source>
        <translation>The import was not carried out</translation>
    </message>
    <message>
        <source>Importen er fortrudt: {n} poster er lagt i papirkurven.</source>
        <translation>The import is undone: {n} records were moved to the trash.</translation>
    </message>
    <message>
        <source>Importen kan ikke fortrydes</source>
        <translation>The import cannot be undone</translation>
    </message>
    <message>
        <source>Importen af {file} er fortrudt: {n} poster er lagt i papirkurven.</source>
        <translation>The import of {file} is undone: {n} records were moved to the trash.</translation>
    </message>
    <message>
        <source>Importér &amp;eksisterende data</source>
        <translation>Import &amp;existing data</translation>
    </message>
    <message>
        <source>&amp;Kontakter (vCard, Outlook-CSV)…</source>
        <translation>&amp;Contacts (vCard, Outlook CSV)…</translation>
    </message>
    <message>
        <source>&amp;Logbog fra regneark (Excel, CSV)…</source>
        <translation>&amp;Log from a spreadsheet (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Møder fra kalender (.ics)…</source>
        <translation>&amp;Meetings from a calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Fortryd import…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>Oprettes</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Findes allerede</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Opdateres</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Allerede importeret</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Springes over</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Logindførsel</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Navn eller titel</source>
        <translation>Name or title</translation>
    </message>
    <message>
        <source>Hvorfor / detaljer</source>
        <translation>Why / details</translation>
    </message>
    <message>
        <source>bekræftet</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>bekræft?</source>
        <translation>confirm?</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Logbog fra regneark</source>
        <translation>Log from a spreadsheet</translation>
    </message>
    <message>
        <source>Møder fra kalender</source>
        <translation>Meetings from a calendar</translation>
    </message>
    <message>
        <source>Fortrudt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Sektor eller ledelsesniveau</source>
        <translation>Sector or leadership level</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sektor / niveau</source>
        <translation>Sector / level</translation>
    </message>
    <message>
        <source>vælg?</source>
        <translation>choose?</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Tjekker arbejdsområdet … Du kan læse og skrive; det, du gemmer, bliver gemt, så snart tjekket er bestået.</source>
        <translation>Checking the workspace … You can read and write; what you save is saved as soon as the check has passed.</translation>
    </message>
    <message>
        <source>Arbejdsområdet er tjekket – alt er i orden.</source>
        <translation>The workspace has been checked – everything is in order.</translation>
    </message>
    <message>
        <source>Arbejdsområdet er beskadiget</source>
        <translation>The workspace is damaged</translation>
    </message>
    <message>
        <source>Intet er skrevet i filen, og intet kan gemmes i den. Det, du har skrevet siden starten, står stadig i sit vindue. Luk Brobygger, og start igen: så kan du gendanne den nyeste gode sikkerhedskopi.</source>
        <translation>Nothing has been written to the file, and nothing can be saved in it. What you have typed since the start is still in its window. Close Brobygger and start it again: then you can restore the newest good backup.</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Gem invitationen</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Gem dagsordenen</source>
        <translation>Save the agenda</translation>
    </message>
    <message>
        <source>Gem referatet</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Status/niveau</source>
        <translation>Status/level</translation>
    </message>
    <message>
        <source>Mærker</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>(slettet)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Modtræk: </source>
        <translation>Mitigation: </translation>
    </message>
    <message>
        <source>Plage</source>
        <translation>Plague</translation>
    </message>
    <message>
        <source>Seneste modtræk</source>
        <translation>Latest mitigation</translation>
    </message>
</context>
<context>
    <name>numberfields</name>
    <message>
        <source>Skriv et helt tal fra {lo} til {hi} (du skrev {typed}).</source>
        <translation>Type a whole number from {lo} to {hi} (you typed {typed}).</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>For kort: mindst {n} tegn.</source>
        <translation>Too short: at least {n} characters.</translation>
    </message>
    <message>
        <source>Styrke: svag – brug flere ord.</source>
        <translation>Strength: weak – use more words.</translation>
    </message>
    <message>
        <source>Styrke: middel – et ord mere gør den stærkere.</source>
        <translation>Strength: fair – one more word makes it stronger.</translation>
    </message>
    <message>
        <source>Styrke: god.</source>
        <translation>Strength: good.</translation>
    </message>
    <message>
        <source>Styrke: stærk.</source>
        <translation>Strength: strong.</translation>
    </message>
    <message>
        <source>Ny adgangsfrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Adgangsfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Vælg en adgangsfrase på mindst {n} tegn – gerne nogle ord, du kan huske. Den kan ikke findes igen, hvis du glemmer den.</source>
        <translation>Choose a passphrase of at least {n} characters – a few words you can remember. It cannot be recovered if you forget it.</translation>
    </message>
    <message>
        <source>&amp;Adgangsfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Gentag adgangsfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skriv adgangsfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Adgangsfrasen er for kort: brug mindst {n} tegn.</source>
        <translation>The passphrase is too short: use at least {n} characters.</translation>
    </message>
    <message>
        <source>De to adgangsfraser er ikke ens. Skriv den samme to gange.</source>
        <translation>The two passphrases differ. Type the same one twice.</translation>
    </message>
    <message>
        <source>Forkert adgangsfrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>Forkert adgangsfrase. Arbejdsområdet er ikke ændret.</source>
        <translation>Wrong passphrase. The workspace has not been changed.</translation>
    </message>
    <message>
        <source>Tjek Caps Lock og tastaturets sprog, og prøv igen.</source>
        <translation>Check Caps Lock and the keyboard language, and try again.</translation>
    </message>
    <message>
        <source>Prøv igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Gendan en sikkerhedskopi …</source>
        <translation>Restore a backup …</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>Søg på navn, titel eller organisation</source>
        <translation>Search by name, title or organisation</translation>
    </message>
    <message>
        <source>Medlemmer af initiativet</source>
        <translation>Members of the initiative</translation>
    </message>
    <message>
        <source>Andre personer</source>
        <translation>Other people</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Min profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>Hvem er du? Dit navn står som forfatter på logindførsler, vurderinger og briefs. Du findes også som person i arbejdsområdet, så du kan vælges som deltager og ansvarlig.</source>
        <translation>Who are you? Your name is shown as the author of log entries, assessments and briefs. You are also a person in the workspace, so you can be chosen as participant and owner.</translation>
    </message>
    <message>
        <source>Dit navn står som forfatter på logindførsler, vurderinger og briefs.</source>
        <translation>Your name is shown as the author of log entries, assessments and briefs.</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>fx Mette Kjær</source>
        <translation>e.g. Mette Kjær</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>fx sundhedschef</source>
        <translation>e.g. head of health</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>fx Viborg Kommune</source>
        <translation>e.g. Viborg Kommune</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>fx mette.kjaer@viborg.dk</source>
        <translation>e.g. mette.kjaer@viborg.dk</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skriv dit navn.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <source>Feltet ligner et CPR-nummer. Fjern det.</source>
        <translation>The field looks like a CPR number. Remove it.</translation>
    </message>
    <message>
        <source>»{text}« ligner ikke en e-mailadresse.</source>
        <translation>“{text}” does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>Min &amp;profil …</source>
        <translation>My &amp;profile …</translation>
    </message>
    <message>
        <source>Du er logget ind som {login}. Filer → Min profil … sætter dit navn som forfatter.</source>
        <translation>You are logged in as {login}. File → My profile … sets your name as the author.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Skriv gendannelsesnøglen ned, eller print den, og gem den et sikkert sted. Den åbner arbejdsområdet, hvis nøglen på denne computer går tabt – en ny computer, en geninstallation, en glemt adgangsfrase. Den vises kun denne ene gang.</source>
        <translation>Write the recovery key down, or print it, and keep it in a safe place. It opens the workspace if the key on this computer is lost – a new computer, a reinstallation, a forgotten passphrase. It is shown only this once.</translation>
    </message>
    <message>
        <source>Gendannelsesnøglen</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Gem som PDF til print…</source>
        <translation>Save as PDF to print…</translation>
    </message>
    <message>
        <source>Jeg har gemt den</source>
        <translation>I have saved it</translation>
    </message>
    <message>
        <source>Kopieret. Sæt den ind et sikkert sted – ikke i en mail.</source>
        <translation>Copied. Paste it somewhere safe – not in an e-mail.</translation>
    </message>
    <message>
        <source>Gem gendannelsesnøglen som PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>Den, der har PDF-filen, kan åbne arbejdsområdet. Print den, og slet filen bagefter.</source>
        <translation>Whoever has the PDF file can open the workspace. Print it, and delete the file afterwards.</translation>
    </message>
    <message>
        <source>Gem PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Gem gendannelsesnøglen</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Gemt i {path}. Print den, og slet filen bagefter.</source>
        <translation>Saved in {path}. Print it, and delete the file afterwards.</translation>
    </message>
    <message>
        <source>Skriv gendannelsesnøglen (fx ABCD-EFGH-…):</source>
        <translation>Type the recovery key (e.g. ABCD-EFGH-…):</translation>
    </message>
    <message>
        <source>Kun et krypteret arbejdsområde på denne computer har en gendannelsesnøgle.</source>
        <translation>Only an encrypted workspace on this computer has a recovery key.</translation>
    </message>
    <message>
        <source>Lav en ny gendannelsesnøgle</source>
        <translation>Make a new recovery key</translation>
    </message>
    <message>
        <source>En ny gendannelsesnøgle erstatter den tidligere, som derefter ikke virker mere.</source>
        <translation>A new recovery key replaces the earlier one, which then stops working.</translation>
    </message>
    <message>
        <source>Lav ny nøgle</source>
        <translation>Make new key</translation>
    </message>
    <message>
        <source>Bekræft, at det er dig</source>
        <translation>Confirm that it is you</translation>
    </message>
    <message>
        <source>Denne computer kan ikke bekræfte din adgangskode over for Brobygger. Nøglen til arbejdsområdet ligger i styresystemets nøglering og er kun beskyttet af dit login: den, der er logget ind som dig, kan åbne arbejdsområdet – og altså også lave en gendannelsesnøgle. Lav kun en ny, hvis det er dig, der sidder ved computeren.</source>
        <translation>This computer cannot confirm your password to Brobygger. The workspace&apos;s key is in the operating system&apos;s keyring and is protected only by your login: whoever is logged in as you can open the workspace – and so can also make a recovery key. Only make a new one if it is you at the computer.</translation>
    </message>
    <message>
        <source>Det er mig – lav ny nøgle</source>
        <translation>It is me – make a new key</translation>
    </message>
    <message>
        <source>Skriv adgangsfrasen til arbejdsområdet igen for at lave en ny gendannelsesnøgle (eller skriv den nuværende gendannelsesnøgle).</source>
        <translation>Type the workspace&apos;s passphrase again to make a new recovery key (or type the current recovery key).</translation>
    </message>
    <message>
        <source>Skriv din adgangskode til computeren (brugeren {user}) for at lave en ny gendannelsesnøgle. Styresystemet tjekker den; Brobygger gemmer den ikke. Du kan også skrive den nuværende gendannelsesnøgle.</source>
        <translation>Type your password for this computer (the user {user}) to make a new recovery key. The operating system checks it; Brobygger does not keep it. You can also type the current recovery key.</translation>
    </message>
    <message>
        <source>Det var ikke den rigtige adgangskode, adgangsfrase eller gendannelsesnøgle. Der er ikke lavet en ny gendannelsesnøgle.</source>
        <translation>That was not the right password, passphrase or recovery key. No new recovery key was made.</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>Vælg en indførsel for at læse den.</source>
        <translation>Choose an entry to read it.</translation>
    </message>
    <message>
        <source>skrevet af {author}</source>
        <translation>written by {author}</translation>
    </message>
    <message>
        <source>Eskaleret til: </source>
        <translation>Escalated to: </translation>
    </message>
    <message>
        <source>(ingen tekst)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plager</source>
        <translation>Plagues</translation>
    </message>
    <message>
        <source>Barrierer</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Mærker</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Relationer</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Ingen relationsvurderinger endnu.</source>
        <translation>No relationship assessments yet.</translation>
    </message>
    <message>
        <source>Vælg en person for at se hendes eller hans initiativer, relationer og historik.</source>
        <translation>Choose a person to see their initiatives, relationships and history.</translation>
    </message>
    <message>
        <source>Ildsjæl</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Initiativer</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Ikke med i nogen initiativer.</source>
        <translation>Not a member of any initiative.</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Historik i logbogen</source>
        <translation>History in the log</translation>
    </message>
    <message>
        <source>Ikke nævnt som deltager i logbogen.</source>
        <translation>Not mentioned as a participant in the log.</translation>
    </message>
    <message>
        <source>Vælg en organisation.</source>
        <translation>Choose an organisation.</translation>
    </message>
    <message>
        <source>under {parent}</source>
        <translation>under {parent}</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Ingen personer registreret.</source>
        <translation>No people registered.</translation>
    </message>
    <message>
        <source>Part i initiativer</source>
        <translation>Party to initiatives</translation>
    </message>
    <message>
        <source>Ikke part i nogen initiativer.</source>
        <translation>Not a party to any initiative.</translation>
    </message>
    <message>
        <source>Privat: kommer ikke med i notater eller udvekslingsfiler, medmindre den er delt. På en fælles server kan databasens administratorer læse den.</source>
        <translation>Private: goes into no brief or exchange file unless shared. On a shared server the database’s administrators can read it.</translation>
    </message>
    <message>
        <source>delt med en efterfølger</source>
        <translation>shared with a successor</translation>
    </message>
    <message>
        <source>Egen evaluering</source>
        <translation>Self-review</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>automatisk</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manuel</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>før opgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>før import</source>
        <translation>before import</translation>
    </message>
    <message>
        <source>før gendannelse</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>før kryptering</source>
        <translation>before encryption</translation>
    </message>
    <message>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>sikkerhedskopien fra {when} ({reason})</source>
        <translation>the backup of {when} ({reason})</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Lister</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Faner</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Datofelter</source>
        <translation>Date fields</translation>
    </message>
    <message>
        <source>Slet den valgte række (spørger først)</source>
        <translation>Delete the selected row (asks first)</translation>
    </message>
    <message>
        <source>Menu med historikken for den valgte række</source>
        <translation>Menu with the history of the selected row</translation>
    </message>
    <message>
        <source>Næste fane</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Forrige fane</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>Åbn kalenderen</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Ryd en valgfri dato</source>
        <translation>Clear an optional date</translation>
    </message>
</context>
<context>
    <name>workspace_menu</name>
    <message>
        <source>Eksemplet (de fire cases)</source>
        <translation>The example (the four cases)</translation>
    </message>
    <message>
        <source>Eksemplet er åbnet i sit eget arbejdsområde. Dine egne data er ikke ændret – Filer → Seneste arbejdsområder fører tilbage.</source>
        <translation>The example is open in a workspace of its own. Your own data is unchanged – File → Recent workspaces takes you back.</translation>
    </message>
    <message>
        <source>Nyt arbejdsområde</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Navn på det nye arbejdsområde:</source>
        <translation>Name of the new workspace:</translation>
    </message>
    <message>
        <source>Der findes allerede et arbejdsområde i {path}. Vælg et andet navn, eller åbn det med Filer → Åbn arbejdsområde….</source>
        <translation>There already is a workspace in {path}. Choose another name, or open it with File → Open workspace….</translation>
    </message>
    <message>
        <source>Åbn arbejdsområde</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Der er intet Brobygger-arbejdsområde i {path}. Vælg mappen, der indeholder {file}.</source>
        <translation>There is no Brobygger workspace in {path}. Choose the folder that holds {file}.</translation>
    </message>
    <message>
        <source>Omdøb arbejdsområdet</source>
        <translation>Rename the workspace</translation>
    </message>
    <message>
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Arbejdsområdet hedder nu »{name}«.</source>
        <translation>The workspace is now called “{name}”.</translation>
    </message>
    <message>
        <source>Det åbne arbejdsområde kan ikke fjernes. Åbn et andet først.</source>
        <translation>The open workspace cannot be removed. Open another one first.</translation>
    </message>
    <message>
        <source>Fjern arbejdsområde</source>
        <translation>Remove workspace</translation>
    </message>
    <message>
        <source>Vil du fjerne arbejdsområdet »{name}« ({path})?

Mappen flyttes til papirkurven, og dens nøgle fjernes fra nøgleringen. Sikkerhedskopierne i mappen følger med.</source>
        <translation>Do you want to remove the workspace “{name}” ({path})?

The folder is moved to the trash and its key is removed from the keyring. The backups in the folder go with it.</translation>
    </message>
    <message>
        <source>Flyt til papirkurven</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>»{name}« er flyttet til papirkurven.</source>
        <translation>“{name}” has been moved to the trash.</translation>
    </message>
    <message>
        <source>Åbner arbejdsområdet …</source>
        <translation>Opening the workspace …</translation>
    </message>
    <message>
        <source>Arbejdsområdet »{name}« er åbnet.</source>
        <translation>The workspace “{name}” is open.</translation>
    </message>
    <message>
        <source>&amp;Nyt arbejdsområde …</source>
        <translation>&amp;New workspace …</translation>
    </message>
    <message>
        <source>Å&amp;bn arbejdsområde …</source>
        <translation>O&amp;pen workspace …</translation>
    </message>
    <message>
        <source>Åbn &amp;eksemplet</source>
        <translation>Open the &amp;example</translation>
    </message>
    <message>
        <source>Omdøb arbejdsområdet …</source>
        <translation>Rename the workspace …</translation>
    </message>
    <message>
        <source>Fjern et arbejdsområde</source>
        <translation>Remove a workspace</translation>
    </message>
</context>
</TS>
