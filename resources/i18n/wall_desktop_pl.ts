<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Przewodnik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Otwórz bazę &amp;demonstracyjną</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Ostatnie bazy</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <source>&amp;About WALL Desktop</source>
        <translation>&amp;O programie WALL Desktop</translation>
    </message>
    <message>
        <source>Click to change who is working</source>
        <translation>Kliknij, aby zmienić osobę pracującą</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Pracuje: {name}</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>brak programu</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza</translation>
    </message>
    <message>
        <source>WALL database (*.sqlite)</source>
        <translation>Baza WALL (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otwórz bazę</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodForm</name>
    <message>
        <source>New neighbourhood</source>
        <translation>Nowe osiedle</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekrutacja</translation>
    </message>
    <message>
        <source>Recruitment from</source>
        <translation>Rekrutacja od</translation>
    </message>
    <message>
        <source>Recruitment until</source>
        <translation>Rekrutacja do</translation>
    </message>
    <message>
        <source>Cycle from</source>
        <translation>Cykl od</translation>
    </message>
    <message>
        <source>Cycle until</source>
        <translation>Cykl do</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorzy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodsTab</name>
    <message>
        <source>Neighbourhoods</source>
        <translation>Osiedla</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorzy</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekrutacja</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cykl</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Sessions held / planned</source>
        <translation>Szkolenia odbyte / planowane</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Zrealizowane godziny</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Dotacja</translation>
    </message>
    <message>
        <source>Its mentor assignments are removed with it.</source>
        <translation>Razem z nim zostaną usunięte przypisania mentorów.</translation>
    </message>
    <message>
        <source>the neighbourhood “{name}”</source>
        <translation>osiedle „{name}”</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupa wiekowa</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Wszystkie osiedla</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>or birth year</source>
        <translation>lub rok urodzenia</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>New programme</source>
        <translation>Nowy program</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Grantodawca</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>A change of language applies after a restart.</source>
        <translation>Zmiana języka obowiązuje po ponownym uruchomieniu programu.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to WALL Desktop</source>
        <translation>Witamy w WALL Desktop</translation>
    </message>
    <message>
        <source>This database has no programme yet. Create your programme, or look around in the demo database first (a separate file: nothing you do there touches your own data).</source>
        <translation>Ta baza nie ma jeszcze żadnego programu. Utwórz swój program albo najpierw rozejrzyj się w bazie demonstracyjnej (to osobny plik: nic, co tam zrobisz, nie dotknie Twoich danych).</translation>
    </message>
    <message>
        <source>&amp;Create a programme…</source>
        <translation>&amp;Utwórz program…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Otwórz bazę &amp;demonstracyjną</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Szukaj… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Who is working?</source>
        <translation>Kto pracuje?</translation>
    </message>
    <message>
        <source>Your name (recorded with every change you make):</source>
        <translation>Twoje imię i nazwisko (zapisywane przy każdej wprowadzonej zmianie):</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WALL Desktop {version}&lt;/h3&gt;&lt;p&gt;Records of a local leaders academy: people, trainings, micro-projects and budgets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Operator:&lt;/b&gt; {operator}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WALL Desktop {version}&lt;/h3&gt;&lt;p&gt;Ewidencja akademii lokalnych liderów: osoby, szkolenia, mikroprojekty i budżety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Baza:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Pracuje:&lt;/b&gt; {operator}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About WALL Desktop</source>
        <translation>O programie WALL Desktop</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation>Coś poszło nie tak; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Usunąć {what}?</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} musi być liczbą</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>minor without a guardian's consent</source>
        <translation>niepełnoletni bez zgody opiekuna</translation>
    </message>
</context>
<context>
    <name>labels.age_group</name>
    <message>
        <source>child or youth</source>
        <translation>dziecko/młodzież</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>dorosły</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>wiek nieznany</translation>
    </message>
</context>
<context>
    <name>labels.attendance_status</name>
    <message>
        <source>present</source>
        <translation>obecny(-a)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>usprawiedliwiony(-a)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nieobecny(-a)</translation>
    </message>
</context>
<context>
    <name>labels.consent_state</name>
    <message>
        <source>complete</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>labels.enrolment_status</name>
    <message>
        <source>candidate</source>
        <translation>kandydat(ka)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>przyjęty(-a)</translation>
    </message>
    <message>
        <source>resigned</source>
        <translation>rezygnacja</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończył(a)</translation>
    </message>
</context>
<context>
    <name>labels.gender</name>
    <message>
        <source>woman</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mężczyzna</translation>
    </message>
    <message>
        <source>another</source>
        <translation>inna</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
</context>
<context>
    <name>labels.project_status</name>
    <message>
        <source>idea</source>
        <translation>pomysł</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowany</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w realizacji</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zakończony</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>rozliczony</translation>
    </message>
</context>
<context>
    <name>labels.recruitment_status</name>
    <message>
        <source>planned</source>
        <translation>planowana</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zakończona</translation>
    </message>
</context>
<context>
    <name>labels.role</name>
    <message>
        <source>participant</source>
        <translation>uczestnik</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>lider</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trener</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>zespół</translation>
    </message>
</context>
<context>
    <name>labels.session_status</name>
    <message>
        <source>planned</source>
        <translation>planowane</translation>
    </message>
    <message>
        <source>held</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>