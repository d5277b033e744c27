<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>BudgetLineForm</name>
    <message>
        <source>New budget line</source>
        <translation>Nowa pozycja budżetowa</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Pozycja budżetowa</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>Źródło &amp;finansowania</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Volunteer &amp;hours</source>
        <translation>&amp;Godziny wolontariuszy</translation>
    </message>
    <message>
        <source>Hourly &amp;rate</source>
        <translation>&amp;Stawka godzinowa</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Moves in</source>
        <translation>Przesunięcia na</translation>
    </message>
    <message>
        <source>Moves out</source>
        <translation>Przesunięcia z</translation>
    </message>
    <message>
        <source>Plan after moves</source>
        <translation>Plan po przesunięciach</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Obsługuje</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Skany</translation>
    </message>
    <message>
        <source>Project grant: {grant}</source>
        <translation>Dotacja projektu: {grant}</translation>
    </message>
    <message>
        <source>Total by funding source</source>
        <translation>Razem według źródła</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Godziny wolontariuszy</translation>
    </message>
    <message>
        <source>“{title}” is settled and locked: its budget lines, expenses and scans are read-only.</source>
        <translation>Projekt „{title}” jest rozliczony i zablokowany: jego pozycje budżetowe, wydatki i skany są tylko do odczytu.</translation>
    </message>
    <message>
        <source>Locked on {date}: {reason}</source>
        <translation>Zablokowano {date}: {reason}</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Dodaj wydatek…</translation>
    </message>
    <message>
        <source>Move between lines…</source>
        <translation>Przesuń środki…</translation>
    </message>
    <message>
        <source>Scans…</source>
        <translation>Skany…</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budżet:</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>Dodaj pozycję…</translation>
    </message>
    <message>
        <source>Edit line…</source>
        <translation>Edytuj pozycję…</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Odblokuj…</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budżety</translation>
    </message>
    <message>
        <source>Only the selected line</source>
        <translation>Tylko zaznaczona pozycja</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>View line…</source>
        <translation>Podgląd pozycji…</translation>
    </message>
    <message>
        <source>Programme's own lines (coordination, trainings, promotion)</source>
        <translation>Pozycje samego programu (koordynacja, szkolenia, promocja)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>the expense {number} ({amount})</source>
        <translation>wydatek {number} ({amount})</translation>
    </message>
    <message>
        <source>Its attached scans are deleted with it: {n}.</source>
        <translation>Razem z nim zostaną usunięte dołączone skany: {n}.</translation>
    </message>
    <message>
        <source>delete expense {number}</source>
        <translation>usunięcie wydatku {number}</translation>
    </message>
    <message>
        <source>the budget line “{category}”</source>
        <translation>pozycję budżetową „{category}”</translation>
    </message>
    <message>
        <source>Nothing goes with it: a line with expenses or moves cannot be deleted.</source>
        <translation>Nic więcej nie zostanie usunięte: pozycji z wydatkami lub przesunięciami nie można usunąć.</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Certificates</source>
        <translation>Certyfikaty</translation>
    </message>
    <message>
        <source>Leader &amp;certificates…</source>
        <translation>&amp;Certyfikaty Lidera…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Sprawdź certyfikat…</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Leader certificates</source>
        <translation>Certyfikaty Lidera</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Cały program</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>ważny</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>unieważniony {date}</translation>
    </message>
    <message>
        <source>This database holds only the programme's public key. It can check certificates and reprint the ones in its register, but it cannot issue new ones: issue them in the office database.</source>
        <translation>Ta baza ma tylko klucz publiczny programu. Można w niej sprawdzać certyfikaty i drukować ponownie te z rejestru, ale nie można wydawać nowych: wydaj je w bazie biura.</translation>
    </message>
    <message>
        <source>The programme has no signing key yet, so no certificate can be issued. The key is created once, in the office database: Create signing key…</source>
        <translation>Program nie ma jeszcze klucza podpisującego, więc nie można wydać żadnego certyfikatu. Klucz tworzy się raz, w bazie biura: Utwórz klucz podpisujący…</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Utwórz klucz podpisujący</translation>
    </message>
    <message>
        <source>Create the programme's signing key in this database?</source>
        <translation>Utworzyć klucz podpisujący programu w tej bazie?</translation>
    </message>
    <message>
        <source>Do this once, in the office database: the database that holds the key is the one that issues certificates, and copies sent to mentors carry only the public half, which checks them. The key is never replaced, because certificates issued with it could no longer be verified.</source>
        <translation>Zrób to raz, w bazie biura: certyfikaty wydaje ta baza, w której jest klucz, a kopie wysyłane mentorom zawierają tylko jego publiczną część, służącą do sprawdzania. Klucza nigdy się nie zastępuje, bo certyfikatów wydanych z jego użyciem nie dałoby się już zweryfikować.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Utwórz klucz</translation>
    </message>
    <message>
        <source>Signing key created (fingerprint {fingerprint}).</source>
        <translation>Utworzono klucz podpisujący (odcisk {fingerprint}).</translation>
    </message>
    <message>
        <source>Certificates issued: {count} ({first} – {last}).</source>
        <translation>Wydane certyfikaty: {count} ({first} – {last}).</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w pliku {path}.</translation>
    </message>
    <message>
        <source>Files saved: {count}, in the folder {path}.</source>
        <translation>Zapisane pliki: {count}, w folderze {path}.</translation>
    </message>
    <message>
        <source>Nobody was left to issue a certificate to.</source>
        <translation>Nie ma już nikogo, komu trzeba wydać certyfikat.</translation>
    </message>
    <message>
        <source>Preparing the certificates…</source>
        <translation>Przygotowywanie certyfikatów…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder na certyfikaty</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Zapisywanie certyfikatów…</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked.</source>
        <translation>Certyfikat {number} został unieważniony.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Anulowano: nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <source>Create signing &amp;key…</source>
        <translation>Utwórz &amp;klucz podpisujący…</translation>
    </message>
    <message>
        <source>&amp;Logos…</source>
        <translation>&amp;Logotypy…</translation>
    </message>
    <message>
        <source>The logos printed on the programme's certificates</source>
        <translation>Logotypy drukowane na certyfikatach programu</translation>
    </message>
    <message>
        <source>Eligible, without a certificate yet</source>
        <translation>Uprawnieni, jeszcze bez certyfikatu</translation>
    </message>
    <message>
        <source>Select some people, or none to issue to everyone listed.</source>
        <translation>Zaznacz wybrane osoby albo nikogo, aby wydać certyfikaty wszystkim z listy.</translation>
    </message>
    <message>
        <source>&amp;Issue certificates…</source>
        <translation>&amp;Wydaj certyfikaty…</translation>
    </message>
    <message>
        <source>Register of issued certificates</source>
        <translation>Rejestr wydanych certyfikatów</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Podgląd i drukowanie…</translation>
    </message>
    <message>
        <source>&amp;Save as one PDF…</source>
        <translation>&amp;Zapisz jako jeden PDF…</translation>
    </message>
    <message>
        <source>Save a &amp;file per person…</source>
        <translation>Zapisz &amp;osobny plik dla każdej osoby…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Unieważnij…</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Documents to sign</source>
        <translation>Dokumenty do podpisu</translation>
    </message>
    <message>
        <source>Sign-in sheet for a &amp;training session…</source>
        <translation>Lista obecności na &amp;zajęcia…</translation>
    </message>
    <message>
        <source>Sign-in sheet for a &amp;residents' meeting…</source>
        <translation>Lista obecności na &amp;spotkanie z mieszkańcami…</translation>
    </message>
    <message>
        <source>Blank sign-in sheet for a &amp;neighbourhood…</source>
        <translation>Pusta lista obecności dla &amp;osiedla…</translation>
    </message>
    <message>
        <source>&amp;Consent form…</source>
        <translation>&amp;Formularz zgód…</translation>
    </message>
    <message>
        <source>&amp;Expense description…</source>
        <translation>&amp;Opis dokumentu księgowego…</translation>
    </message>
    <message>
        <source>Sign-in sheet {neighbourhood} {date}</source>
        <translation>Lista obecności {neighbourhood} {date}</translation>
    </message>
    <message>
        <source>Sign-in sheet for a training session</source>
        <translation>Lista obecności na zajęcia</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Sign-in sheet residents' meeting {neighbourhood} {date}</source>
        <translation>Lista obecności spotkanie z mieszkańcami {neighbourhood} {date}</translation>
    </message>
    <message>
        <source>Sign-in sheet for a residents' meeting</source>
        <translation>Lista obecności na spotkanie z mieszkańcami</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Sign-in sheet {neighbourhood}</source>
        <translation>Lista obecności {neighbourhood}</translation>
    </message>
    <message>
        <source>Blank sign-in sheet for a neighbourhood</source>
        <translation>Pusta lista obecności dla osiedla</translation>
    </message>
    <message>
        <source>Consent form {name}</source>
        <translation>Formularz zgód {name}</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formularz zgód</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Wszystkie osiedla</translation>
    </message>
    <message>
        <source>Expense description {number}</source>
        <translation>Opis dokumentu księgowego {number}</translation>
    </message>
    <message>
        <source>Expense description</source>
        <translation>Opis dokumentu księgowego</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Wydatek</translation>
    </message>
    <message>
        <source>All expenses</source>
        <translation>Wszystkie wydatki</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
</context>
<context>
    <name>ExpenseForm</name>
    <message>
        <source>New expense</source>
        <translation>Nowy wydatek</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Wydatek</translation>
    </message>
    <message>
        <source>(not paid yet)</source>
        <translation>(jeszcze nie zapłacono)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>hours × {rate}</source>
        <translation>godziny × {rate}</translation>
    </message>
    <message>
        <source>(nothing: a new expense)</source>
        <translation>(nic: nowy wydatek)</translation>
    </message>
    <message>
        <source>Choose a budget line</source>
        <translation>Wybierz pozycję budżetową</translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation>&amp;Pozycja budżetowa</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>&amp;Numer dokumentu</translation>
    </message>
    <message>
        <source>Document &amp;kind</source>
        <translation>&amp;Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Wystawca</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>Volunteer &amp;hours</source>
        <translation>&amp;Godziny wolontariuszy</translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation>Kor&amp;yguje</translation>
    </message>
    <message>
        <source>Paid &amp;on</source>
        <translation>Data &amp;zapłaty</translation>
    </message>
    <message>
        <source>Payment &amp;method</source>
        <translation>&amp;Forma płatności</translation>
    </message>
    <message>
        <source>Handled b&amp;y</source>
        <translation>O&amp;bsługuje</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>&amp;Report for the funder…</source>
        <translation>&amp;Zestawienie dla grantodawcy…</translation>
    </message>
    <message>
        <source>Export this &amp;table…</source>
        <translation>Eksportuj &amp;tabelę…</translation>
    </message>
    <message>
        <source>Register of &amp;sent files…</source>
        <translation>&amp;Rejestr wysłanych plików…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Create or open a programme first.</source>
        <translation>Najpierw utwórz lub otwórz program.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Przewodnik</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Osoby…</translation>
    </message>
    <message>
        <source>Training &amp;sessions…</source>
        <translation>&amp;Zajęcia szkoleniowe…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>O&amp;becność…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Create or open a programme first.</source>
        <translation>Najpierw utwórz lub otwórz program.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 ze znacznikiem BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250 (Polish Windows)</source>
        <translation>Windows-1250 (polski Windows)</translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation>średnik ( ; )</translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation>przecinek ( , )</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>a csv text file, {size}</source>
        <translation>plik tekstowy csv, {size}</translation>
    </message>
    <message>
        <source>an Excel workbook (xlsx), {size}</source>
        <translation>skoroszyt Excela (xlsx), {size}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Ponowne odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Check how the file was read</source>
        <translation>Sprawdź, jak odczytano plik</translation>
    </message>
    <message>
        <source>The first rows are shown as read. If the letters or columns look wrong, choose another sheet, encoding or separator.</source>
        <translation>Poniżej pierwsze wiersze w takiej postaci, w jakiej je odczytano. Jeśli litery albo kolumny wyglądają źle, wybierz inny arkusz, kodowanie lub separator.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Separator:</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>The header is row {row} of the file.</source>
        <translation>Nagłówek to wiersz {row} pliku.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Kolumna pliku</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importowana jako</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <source>attendance on {date}</source>
        <translation>obecność w dniu {date}</translation>
    </message>
    <message>
        <source>Matching the columns…</source>
        <translation>Dopasowywanie kolumn…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <source>Each column of the file is imported as the field chosen beside it. The matching was made from the headers; change what is wrong, or leave a column out.</source>
        <translation>Każda kolumna pliku trafi do pola wybranego obok niej. Dopasowanie zrobiono na podstawie nagłówków; popraw to, co się nie zgadza, albo pomiń kolumnę.</translation>
    </message>
    <message>
        <source>&amp;Restore the automatic matching</source>
        <translation>&amp;Przywróć dopasowanie automatyczne</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <source>The first {shown} rows are listed; the counts cover all {total}.</source>
        <translation>Lista pokazuje pierwsze {shown} wierszy; liczby obejmują wszystkie {total}.</translation>
    </message>
    <message>
        <source>Rows: {n}</source>
        <translation>Wiersze: {n}</translation>
    </message>
    <message>
        <source>into the programme {name}</source>
        <translation>do programu {name}</translation>
    </message>
    <message>
        <source>Every neighbourhood named in the file is in the programme.</source>
        <translation>Wszystkie osiedla wymienione w pliku są już w programie.</translation>
    </message>
    <message>
        <source>To be created: {names}</source>
        <translation>Zostaną utworzone: {names}</translation>
    </message>
    <message>
        <source>Not in the programme yet: {names}</source>
        <translation>Jeszcze nie ma ich w programie: {names}</translation>
    </message>
    <message>
        <source>The rows left out will be listed in: {path}</source>
        <translation>Pominięte wiersze zostaną wypisane w pliku: {path}</translation>
    </message>
    <message>
        <source>The report of the rows left out</source>
        <translation>Raport pominiętych wierszy</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Preview: what the import will do</source>
        <translation>Podgląd: co zrobi import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the rows, then choose Import.</source>
        <translation>Nic jeszcze nie zostało zapisane. Sprawdź wiersze, a potem wybierz Importuj.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Po&amp;każ:</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>wszystkie wiersze</translation>
    </message>
    <message>
        <source>errors and duplicates</source>
        <translation>błędy i duplikaty</translation>
    </message>
    <message>
        <source>records already there</source>
        <translation>rekordy, które już są w bazie</translation>
    </message>
    <message>
        <source>new rows</source>
        <translation>nowe wiersze</translation>
    </message>
    <message>
        <source>Records already in the database</source>
        <translation>Rekordy, które już są w bazie</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Pomiń je</translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation>&amp;Zaktualizuj je danymi z pliku</translation>
    </message>
    <message>
        <source>Skip the selected</source>
        <translation>Pomiń zaznaczone</translation>
    </message>
    <message>
        <source>Update the selected</source>
        <translation>Zaktualizuj zaznaczone</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Osiedla</translation>
    </message>
    <message>
        <source>&amp;Create the missing ones</source>
        <translation>&amp;Utwórz brakujące</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Wiersze z błędami</translation>
    </message>
    <message>
        <source>Unticked, nothing is imported while any row has an error. Ticked, the valid rows are imported and the others listed in a report.</source>
        <translation>Bez zaznaczenia nic nie zostanie zaimportowane, dopóki którykolwiek wiersz ma błąd. Z zaznaczeniem poprawne wiersze zostaną zaimportowane, a pozostałe wypisane w raporcie.</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importuj &amp;tylko poprawne wiersze</translation>
    </message>
    <message>
        <source>Report &amp;file…</source>
        <translation>Plik &amp;raportu…</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing… (the rows are checked again as they are written)</source>
        <translation>Importowanie… (wiersze są sprawdzane ponownie przy zapisie)</translation>
    </message>
    <message>
        <source>Go back to change the choices and try again.</source>
        <translation>Wróć, aby zmienić ustawienia, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>A backup of the database is made first. Cancel stops the import and nothing is written.</source>
        <translation>Najpierw powstaje kopia zapasowa bazy. Anuluj przerywa import i nic nie zostaje zapisane.</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do importu</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Arkusze (*.xlsx *.csv);;Skoroszyty Excela (*.xlsx);;Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation>Co chcesz zaimportować?</translation>
    </message>
    <message>
        <source>Choose the kind of data and the file: an Excel workbook (xlsx) or a csv file, for example an export of an online form.</source>
        <translation>Wybierz rodzaj danych i plik: skoroszyt Excela (xlsx) albo plik csv, na przykład eksport z formularza internetowego.</translation>
    </message>
    <message>
        <source>&amp;People: names, neighbourhood, gender, birth date, contacts, roles, consents</source>
        <translation>&amp;Osoby: imiona i nazwiska, osiedle, płeć, data urodzenia, kontakty, role, zgody</translation>
    </message>
    <message>
        <source>Training &amp;sessions: date, neighbourhood, topic, hours</source>
        <translation>&amp;Zajęcia szkoleniowe: data, osiedle, temat, godziny</translation>
    </message>
    <message>
        <source>&amp;Attendance: a list (person, date, presence) or a grid (people down, session dates across)</source>
        <translation>O&amp;becność: lista (osoba, data, obecność) albo tabela (osoby w wierszach, daty zajęć w kolumnach)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>the path of an xlsx or csv file</source>
        <translation>ścieżka pliku xlsx lub csv</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>The data was imported.</source>
        <translation>Dane zostały zaimportowane.</translation>
    </message>
    <message>
        <source>Nothing was imported: every row was left out.</source>
        <translation>Nic nie zaimportowano: wszystkie wiersze zostały pominięte.</translation>
    </message>
    <message>
        <source>The rows left out, and why, are listed in {path}</source>
        <translation>Pominięte wiersze wraz z powodami są wypisane w pliku {path}</translation>
    </message>
    <message>
        <source>A backup was made before the import: {path}</source>
        <translation>Przed importem zrobiono kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>No backup was made (the database is not a file).</source>
        <translation>Nie zrobiono kopii zapasowej (baza nie jest plikiem).</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>What was written, and where the backup and the report are.</source>
        <translation>Co zostało zapisane oraz gdzie są kopia zapasowa i raport.</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nowe:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Zaktualizowane:</translation>
    </message>
    <message>
        <source>Skipped (already there or repeated in the file):</source>
        <translation>Pominięte (już są w bazie albo powtarzają się w pliku):</translation>
    </message>
    <message>
        <source>Left out because of errors:</source>
        <translation>Pominięte z powodu błędów:</translation>
    </message>
    <message>
        <source>New neighbourhoods:</source>
        <translation>Nowe osiedla:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Otwórz &amp;raport</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Otwórz &amp;folder raportu</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>new</source>
        <translation>nowy</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualizacja</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>update it</source>
        <translation>zaktualizuj</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>pomiń</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Kto lub co</translation>
    </message>
    <message>
        <source>If already there</source>
        <translation>Jeśli już jest</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Powody</translation>
    </message>
    <message>
        <source>Something went wrong; the details were shown.</source>
        <translation>Coś poszło nie tak; szczegóły zostały pokazane.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import z arkusza</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>Issue certificates</source>
        <translation>Wydawanie certyfikatów</translation>
    </message>
    <message>
        <source>Issue the certificates now? Number of people: {count}.</source>
        <translation>Wydać teraz certyfikaty? Liczba osób: {count}.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Wydaj</translation>
    </message>
    <message>
        <source>Each certificate gets the next number of the programme's register and keeps the hours counted today. Numbers are final: a certificate issued by mistake can only be revoked, and its number stays in the register.</source>
        <translation>Każdy certyfikat dostaje kolejny numer z rejestru programu i zachowuje godziny policzone dziś. Numery są ostateczne: certyfikat wydany omyłkowo można tylko unieważnić, a jego numer zostaje w rejestrze.</translation>
    </message>
    <message>
        <source>Issue &amp;date</source>
        <translation>&amp;Data wydania</translation>
    </message>
</context>
<context>
    <name>LockReasonForm</name>
    <message>
        <source>Unlock the project</source>
        <translation>Odblokuj projekt</translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation>Zablokuj projekt</translation>
    </message>
    <message>
        <source>“{title}” is settled. Unlocking it lets its budget and expenses change again; the reason is recorded with your name.</source>
        <translation>Projekt „{title}” jest rozliczony. Po odblokowaniu jego budżet i wydatki znów można zmieniać; powód zostanie zapisany razem z Twoim imieniem i nazwiskiem.</translation>
    </message>
    <message>
        <source>Lock “{title}” again: its budget and expenses become read-only.</source>
        <translation>Zablokuj ponownie projekt „{title}”: jego budżet i wydatki będą tylko do odczytu.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
</context>
<context>
    <name>LogosDialog</name>
    <message>
        <source>Add a logo</source>
        <translation>Dodaj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{name}
{width} × {height} px</source>
        <translation>{name}
{width} × {height} px</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Usuwanie logotypu</translation>
    </message>
    <message>
        <source>Remove the logo “{name}”?</source>
        <translation>Usunąć logotyp „{name}”?</translation>
    </message>
    <message>
        <source>Certificates printed from now on will not show it; files printed already keep it.</source>
        <translation>Certyfikaty drukowane od teraz nie będą go zawierać; pliki już wydrukowane pozostaną bez zmian.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Logos on the certificates</source>
        <translation>Logotypy na certyfikatach</translation>
    </message>
    <message>
        <source>These logos are printed in a row at the bottom of every certificate of the programme, left to right in this order. PNG or JPEG files, up to 2 MB each.</source>
        <translation>Te logotypy drukują się w jednym rzędzie w dolnej części każdego certyfikatu programu, od lewej do prawej w tej kolejności. Pliki PNG lub JPEG, każdy do 2 MB.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Print this logo further left</source>
        <translation>Drukuj ten logotyp bardziej na lewo</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>Print this logo further right</source>
        <translation>Drukuj ten logotyp bardziej na prawo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
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
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but nothing can be changed in this window.</source>
        <translation>Tylko do odczytu: możesz wszystko przeglądać i drukować, ale w tym oknie nie da się niczego zmienić.</translation>
    </message>
    <message>
        <source>Read-only ({reason}): you can look at everything and print, but nothing can be changed in this window.</source>
        <translation>Tylko do odczytu ({reason}): możesz wszystko przeglądać i drukować, ale w tym oknie nie da się niczego zmienić.</translation>
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
        <source>Programme</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>New residents' meeting</source>
        <translation>Nowe spotkanie z mieszkańcami</translation>
    </message>
    <message>
        <source>Residents' meeting</source>
        <translation>Spotkanie z mieszkańcami</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>gg:mm</translation>
    </message>
    <message>
        <source>Write the time as hh:mm, for example 18:00</source>
        <translation>Wpisz godzinę jako gg:mm, na przykład 18:00</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Godzina</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>&amp;Residents present</source>
        <translation>&amp;Obecnych mieszkańców</translation>
    </message>
    <message>
        <source>&amp;Needs raised</source>
        <translation>&amp;Zgłoszone potrzeby</translation>
    </message>
    <message>
        <source>&amp;What was agreed</source>
        <translation>&amp;Ustalenia</translation>
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
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Recruitment</source>
        <translation>&amp;Rekrutacja</translation>
    </message>
    <message>
        <source>Recruitment &amp;from</source>
        <translation>Rekrutacja &amp;od</translation>
    </message>
    <message>
        <source>Recruitment &amp;until</source>
        <translation>Rekrutacja &amp;do</translation>
    </message>
    <message>
        <source>&amp;Cycle from</source>
        <translation>&amp;Cykl od</translation>
    </message>
    <message>
        <source>Cycle un&amp;til</source>
        <translation>Cykl d&amp;o</translation>
    </message>
    <message>
        <source>&amp;Mentors</source>
        <translation>&amp;Mentorzy</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
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
    <message>
        <source>delete neighbourhood “{name}”</source>
        <translation>usunięcie osiedla „{name}”</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The document could not be shown.</source>
        <translation>Nie udało się wyświetlić dokumentu.</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Liczba stron: {count}</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Wysyłanie stron do drukarki…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Nie udało się uruchomić drukarki; nic nie zostało wydrukowane.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Zapisano w pliku {path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path} ({reason}). Nothing was written there; choose another folder, for example your Documents folder.</source>
        <translation>Nie udało się zapisać pliku PDF jako {path} ({reason}). Nic tam nie zostało zapisane; wybierz inny folder, na przykład folder Dokumenty.</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Dopasuj do &amp;szerokości</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
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
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Share of the cycle</source>
        <translation>Udział w cyklu</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>przysługuje</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nie przysługuje</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>{attended} of {held} held; {required} needed</source>
        <translation>{attended} z {held} odbytych; potrzeba {required}</translation>
    </message>
    <message>
        <source>Meets the threshold: {share} of the held hours</source>
        <translation>Spełnia próg: {share} odbytych godzin</translation>
    </message>
    <message>
        <source>Will be eligible after attending the planned sessions</source>
        <translation>Uzyska prawo po udziale w zaplanowanych szkoleniach</translation>
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
    <message>
        <source>delete person “{name}”</source>
        <translation>usunięcie osoby „{name}”</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <source>Choose a person from the list, or (nobody)</source>
        <translation>Wybierz osobę z listy albo (nikt)</translation>
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
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Płeć</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Data urodzenia</translation>
    </message>
    <message>
        <source>or birth &amp;year</source>
        <translation>lub &amp;rok urodzenia</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Osiedle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Nothing to choose here.</source>
        <translation>Nie ma tu nic do wyboru.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Wpisz, aby zawęzić listę</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>New programme</source>
        <translation>Nowy program</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Data &amp;rozpoczęcia</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Data za&amp;kończenia</translation>
    </message>
    <message>
        <source>&amp;Funder</source>
        <translation>&amp;Grantodawca</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>Edit project…</source>
        <translation>Edytuj projekt…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Zespół…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Odblokuj…</translation>
    </message>
    <message>
        <source>Lock again…</source>
        <translation>Zablokuj ponownie…</translation>
    </message>
    <message>
        <source>Add meeting…</source>
        <translation>Dodaj spotkanie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>&lt;b&gt;Residents' meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spotkania z mieszkańcami&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Residents present</source>
        <translation>Obecnych mieszkańców</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a project above.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wybierz projekt powyżej.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>jeszcze nie opisano</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Lock history</source>
        <translation>Historia blokad</translation>
    </message>
    <message>
        <source>Grant {grant}, spent {spent}, remaining {remaining}</source>
        <translation>Dotacja {grant}, wydano {spent}, pozostało {remaining}</translation>
    </message>
    <message>
        <source>Residents' needs</source>
        <translation>Potrzeby mieszkańców</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planowane działania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Dobre praktyki</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>na razie nikt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>New micro-project</source>
        <translation>Nowy mikroprojekt</translation>
    </message>
    <message>
        <source>Micro-project</source>
        <translation>Mikroprojekt</translation>
    </message>
    <message>
        <source>the programme's default grant</source>
        <translation>domyślna dotacja programu</translation>
    </message>
    <message>
        <source>Choose a neighbourhood</source>
        <translation>Wybierz osiedle</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Osiedle</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Dotacja</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>&amp;Liczba odbiorców</translation>
    </message>
    <message>
        <source>&amp;Who benefited</source>
        <translation>Kto skorz&amp;ystał</translation>
    </message>
    <message>
        <source>&amp;Residents' needs</source>
        <translation>Potrzeby &amp;mieszkańców</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Cele</translation>
    </message>
    <message>
        <source>&amp;Planned actions</source>
        <translation>Pl&amp;anowane działania</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Rezultaty</translation>
    </message>
    <message>
        <source>Good pra&amp;ctice</source>
        <translation>Do&amp;bre praktyki</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Dotacja</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Residents present at the meetings, in all</source>
        <translation>Łączna liczba mieszkańców obecnych na spotkaniach</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <source>the micro-project “{title}”</source>
        <translation>mikroprojekt „{title}”</translation>
    </message>
    <message>
        <source>delete micro-project “{title}”</source>
        <translation>usunięcie mikroprojektu „{title}”</translation>
    </message>
    <message>
        <source>the residents' meeting of {date}</source>
        <translation>spotkanie z mieszkańcami z dnia {date}</translation>
    </message>
    <message>
        <source>Its record of who came and what was agreed is deleted with it.</source>
        <translation>Razem z nim zostanie usunięty zapis obecności i ustaleń.</translation>
    </message>
    <message>
        <source>delete residents' meeting of {date}</source>
        <translation>usunięcie spotkania z mieszkańcami z dnia {date}</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Which file was sent?</source>
        <translation>Który plik został wysłany?</translation>
    </message>
    <message>
        <source>Computing the checksum…</source>
        <translation>Obliczanie sumy kontrolnej…</translation>
    </message>
    <message>
        <source>{name} is not in the register: no exported file had exactly this content (it was changed after the export, or never exported from here).</source>
        <translation>Pliku {name} nie ma w rejestrze: żaden wyeksportowany plik nie miał dokładnie tej zawartości (zmieniono go po eksporcie albo nie został stąd wyeksportowany).</translation>
    </message>
    <message>
        <source>{name} is in the register: exported on {when} by {operator} ({scope}).</source>
        <translation>Plik {name} jest w rejestrze: wyeksportowano go {when} (operator: {operator}; {scope}).</translation>
    </message>
    <message>
        <source>Entered {count} times; the latest on {latest}.</source>
        <translation>Liczba wpisów: {count}; ostatni {latest}.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Nie udało się odczytać pliku: {reason}</translation>
    </message>
    <message>
        <source>Register of sent files</source>
        <translation>Rejestr wysłanych plików</translation>
    </message>
    <message>
        <source>Every report for the funder written from this database, with the SHA-256 checksum of the file as it was written. A file whose checksum is here is exactly the file that was sent.</source>
        <translation>Każde zestawienie dla grantodawcy zapisane z tej bazy, z sumą kontrolną SHA-256 pliku w chwili zapisu. Plik, którego suma kontrolna jest na tej liście, to dokładnie ten plik, który został wysłany.</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Sprawdź plik…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii</translation>
    </message>
    <message>
        <source>Pick the backup to go back to. It is checked before anything happens, and the database as it is now is backed up first.</source>
        <translation>Wybierz kopię, do której chcesz wrócić. Zanim cokolwiek się stanie, zostanie sprawdzona, a baza w obecnym stanie zostanie najpierw zapisana w osobnej kopii.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Inny plik…</translation>
    </message>
</context>
<context>
    <name>RevokeForm</name>
    <message>
        <source>Revoke certificate {number}</source>
        <translation>Unieważnienie certyfikatu {number}</translation>
    </message>
    <message>
        <source>The certificate of {name} will be marked revoked. It keeps its number in the register, and checking its QR code will say it is no longer valid. This cannot be undone.</source>
        <translation>Certyfikat osoby {name} zostanie oznaczony jako unieważniony. Zachowa swój numer w rejestrze, a sprawdzenie jego kodu QR pokaże, że nie jest już ważny. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <source>Add scans</source>
        <translation>Dodaj skany</translation>
    </message>
    <message>
        <source>Scans (images or PDF)</source>
        <translation>Skany (obrazy lub PDF)</translation>
    </message>
    <message>
        <source>Scans of {number}</source>
        <translation>Skany dokumentu {number}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>the scan “{name}”</source>
        <translation>skan „{name}”</translation>
    </message>
    <message>
        <source>The project is locked: scans can be viewed only.</source>
        <translation>Projekt jest zablokowany: skany można tylko oglądać.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>New session</source>
        <translation>Nowe szkolenie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 09:30</source>
        <translation>Wpisz godzinę jako GG:MM, np. 09:30</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Liczba &amp;godzin</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation>T&amp;rener</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
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
    <name>TabPage</name>
    <message>
        <source>Export this table…</source>
        <translation>Eksportuj tę tabelę…</translation>
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
    <name>TeamForm</name>
    <message>
        <source>Team of “{title}”</source>
        <translation>Zespół projektu „{title}”</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <source>Trainings</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Od–do</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Usprawiedliwieni</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Neighbourhood:</source>
        <translation>Osiedle:</translation>
    </message>
    <message>
        <source>the session of {date} “{topic}”</source>
        <translation>szkolenie z {date} „{topic}”</translation>
    </message>
    <message>
        <source>Its attendance marks are deleted with it: {n}.</source>
        <translation>Razem z nim zostaną usunięte wpisy obecności: {n}.</translation>
    </message>
    <message>
        <source>It has no attendance marks.</source>
        <translation>Nie ma ono wpisów obecności.</translation>
    </message>
    <message>
        <source>delete session of {date}</source>
        <translation>usunięcie szkolenia z dnia {date}</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>Move money between lines</source>
        <translation>Przesunięcie środków między pozycjami</translation>
    </message>
    <message>
        <source>remaining {amount}</source>
        <translation>pozostało {amount}</translation>
    </message>
    <message>
        <source>This budget has no lines to move</source>
        <translation>Ten budżet nie ma pozycji, między którymi można przesuwać środki</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Z pozycji</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>N&amp;a pozycję</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Sprawdzanie certyfikatu</translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate with a reader that types its text, or paste the text here. It is checked against the programme's key in this database, without the internet.</source>
        <translation>Zeskanuj kod QR z certyfikatu czytnikiem, który wpisuje jego tekst, albo wklej tekst tutaj. Zostanie sprawdzony kluczem programu zapisanym w tej bazie, bez internetu.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>WorkbookDialog</name>
    <message>
        <source>One Excel workbook for {funder}: indicators, participants, attendance, projects, budget, expenses and certificates of {programme}.</source>
        <translation>Jeden skoroszyt Excela dla: {funder} – wskaźniki, uczestnicy, obecność, projekty, budżet, wydatki i certyfikaty programu {programme}.</translation>
    </message>
    <message>
        <source>the funder</source>
        <translation>grantodawcy</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Zapisz zestawienie jako</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Give the file to write.</source>
        <translation>Podaj plik do zapisania.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisywanie pliku {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Saved {path}. It is entered in the register of sent files (SHA-256 {sha}).</source>
        <translation>Zapisano {path}. Plik wpisano do rejestru wysłanych plików (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>Eksport się nie udał; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Przerywanie…</translation>
    </message>
    <message>
        <source>Report for the funder</source>
        <translation>Zestawienie dla grantodawcy</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Zakres:</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>Cały program</translation>
    </message>
    <message>
        <source>One neighbourhood:</source>
        <translation>Jedno osiedle:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Tylko od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Unticked: the whole period of the programme. Sessions, meetings and certificates are counted inside the dates.</source>
        <translation>Bez zaznaczenia: cały okres programu. Zajęcia, spotkania i certyfikaty są liczone w podanych datach.</translation>
    </message>
    <message>
        <source>&amp;Contact data:</source>
        <translation>&amp;Dane kontaktowe:</translation>
    </message>
    <message>
        <source>Include contact data (birth dates, e-mail, phone)</source>
        <translation>Dołącz dane kontaktowe (daty urodzenia, e-mail, telefon)</translation>
    </message>
    <message>
        <source>Off by default: the funder needs no personal contact data, and every copy of it is one more to protect (GDPR).</source>
        <translation>Domyślnie wyłączone: grantodawca nie potrzebuje danych kontaktowych, a każda ich kopia to kolejna, którą trzeba chronić (RODO).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>✓ present (hours) · E excused · – absent · ⋯ planned, still to come · ✗ cancelled · red: not eligible for the certificate (why: in the tooltip).   Space: next mark · digits: hours · Delete: clear · Ctrl+Z: undo</source>
        <translation>✓ obecny (godziny) · U usprawiedliwiony · – nieobecny · ⋯ zaplanowane, jeszcze przed nami · ✗ odwołane · na czerwono: bez prawa do certyfikatu (powód w podpowiedzi).   Spacja: następny wpis · cyfry: godziny · Delete: wyczyść · Ctrl+Z: cofnij</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>Wpisanie obecności</translation>
    </message>
    <message>
        <source>Clear attendance</source>
        <translation>Wyczyszczenie obecności</translation>
    </message>
    <message>
        <source>Hours must be a number</source>
        <translation>Liczba godzin musi być liczbą</translation>
    </message>
    <message>
        <source>Set hours</source>
        <translation>Wpisanie godzin</translation>
    </message>
    <message>
        <source>The database is open read-only: marks cannot be changed.</source>
        <translation>Baza jest otwarta tylko do odczytu: obecności nie można zmieniać.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <source>E</source>
        <translation>U</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>brak wpisu</translation>
    </message>
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
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>held</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <source>planned — still to come</source>
        <translation>planowane — jeszcze przed nami</translation>
    </message>
    <message>
        <source>cancelled — no marks</source>
        <translation>odwołane — bez wpisów obecności</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{attended} of {held} held ({share}); {required} needed</source>
        <translation>{attended} z {held} odbytych ({share}); potrzeba {required}</translation>
    </message>
    <message>
        <source>Eligible for the certificate</source>
        <translation>Ma prawo do certyfikatu</translation>
    </message>
    <message>
        <source>Not eligible: {reason}</source>
        <translation>Bez prawa do certyfikatu: {reason}</translation>
    </message>
    <message>
        <source>Eligible if they attend the planned sessions</source>
        <translation>Uzyska prawo, jeśli weźmie udział w zaplanowanych szkoleniach</translation>
    </message>
    <message>
        <source>Not eligible even with the planned sessions</source>
        <translation>Nie uzyska prawa nawet po zaplanowanych szkoleniach</translation>
    </message>
    <message>
        <source>Present · hours</source>
        <translation>Obecni · godziny</translation>
    </message>
    <message>
        <source>{n} present, {hours} attended in all</source>
        <translation>Obecnych: {n}, łącznie {hours}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Programme editions</source>
        <translation>Edycje programu</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Osiedla</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Zajęcia szkoleniowe</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Wpisy obecności</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zaświadczenia</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatyczna</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>przy starcie</translation>
    </message>
    <message>
        <source>at exit</source>
        <translation>przy zamknięciu</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>zrobiona ręcznie</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>przed importem</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>przed scaleniem</translation>
    </message>
    <message>
        <source>before erasing data</source>
        <translation>przed usunięciem danych</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopia</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Robię kopię zapasową przed zamknięciem…</translation>
    </message>
    <message>
        <source>The backup was not made: {error}</source>
        <translation>Kopia zapasowa nie powstała: {error}</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Gdzie zapisać kopię zapasową?</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Kopia zapasowa gotowa</translation>
    </message>
    <message>
        <source>The backup was made and checked:
{path}

{counts}</source>
        <translation>Kopia zapasowa została zrobiona i sprawdzona:
{path}

{counts}</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Kopia zapasowa nie powstała</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Robię kopię zapasową…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Zrobiona</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source>No backups were found in {folder}. Use “Other file…” to pick one.</source>
        <translation>W folderze {folder} nie ma kopii zapasowych. Wskaż kopię przyciskiem „Inny plik…”.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>WALL backup (*.sqlite)</source>
        <translation>Kopia bazy WALL (*.sqlite)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzam kopię…</translation>
    </message>
    <message>
        <source>This backup failed its check: {problem}</source>
        <translation>Ta kopia nie przeszła sprawdzenia: {problem}</translation>
    </message>
    <message>
        <source>Checked: sound.</source>
        <translation>Sprawdzona: bez błędów.</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}?</source>
        <translation>Wrócić do kopii z {when}?</translation>
    </message>
    <message>
        <source>Changes made after it will not be in the database. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Zmian wprowadzonych po jej zrobieniu nie będzie w bazie. Baza w obecnym stanie zostanie najpierw zapisana w kopii, więc można to cofnąć, przywracając tamtą kopię.</translation>
    </message>
    <message>
        <source>The database was restored from the backup of {when}.</source>
        <translation>Baza została przywrócona z kopii z {when}.</translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation>Poprzedni stan bazy zachowano w pliku {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Przywracam kopię…</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>Kopia zapasowa &amp;teraz…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii…</translation>
    </message>
</context>
<context>
    <name>budget_labels</name>
    <message>
        <source>grant</source>
        <translation>dotacja</translation>
    </message>
    <message>
        <source>own contribution (money)</source>
        <translation>wkład własny finansowy</translation>
    </message>
    <message>
        <source>own contribution (in kind)</source>
        <translation>wkład własny osobowy</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>paragon</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>rachunek</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>inny dokument</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>przelew</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>gotówka</translation>
    </message>
    <message>
        <source>card</source>
        <translation>karta</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowano</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>odblokowano</translation>
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
    <name>export</name>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV dla Excela, średniki (*.csv)</translation>
    </message>
    <message>
        <source>Export this table</source>
        <translation>Eksport tabeli</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}.</source>
        <translation>Wyeksportowano do pliku {path}. Wierszy: {rows}.</translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation>Eksportowanie tabeli…</translation>
    </message>
    <message>
        <source>WALL – report {neighbourhood} {date}</source>
        <translation>WALL – zestawienie {neighbourhood} {date}</translation>
    </message>
    <message>
        <source>WALL – report {date}</source>
        <translation>WALL – zestawienie {date}</translation>
    </message>
    <message>
        <source>WALL – {title} {date}</source>
        <translation>WALL – {title} {date}</translation>
    </message>
</context>
<context>
    <name>export_register</name>
    <message>
        <source>Report for the funder</source>
        <translation>Zestawienie dla grantodawcy</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
    <name>pdf_preview</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>print_menu</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drukuj</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>Create or open a programme first.</source>
        <translation>Najpierw utwórz lub otwórz program.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>This database is already open for changes elsewhere.</source>
        <translation>Ta baza jest już otwarta do zmian w innym miejscu.</translation>
    </message>
    <message>
        <source>You can open it read-only: you will see everything and can print, but you cannot change anything.</source>
        <translation>Możesz ją otworzyć tylko do odczytu: zobaczysz wszystko i możesz drukować, ale nie zmienisz niczego.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Przywróć najnowszą kopię</translation>
    </message>
    <message>
        <source>Start an empty database…</source>
        <translation>Zacznij od pustej bazy…</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be used.</source>
        <translation>Plik bazy jest uszkodzony i nie da się z niego korzystać.</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>Zacząć od pustej bazy?</translation>
    </message>
    <message>
        <source>The new database will hold nothing: no people, trainings or budgets. The damaged file stays as {kept}; it is not deleted.</source>
        <translation>Nowa baza będzie pusta: bez osób, szkoleń i budżetów. Uszkodzony plik zostaje jako {kept}; nie zostanie usunięty.</translation>
    </message>
    <message>
        <source>Start an empty database</source>
        <translation>Zacznij od pustej bazy</translation>
    </message>
    <message>
        <source>It is open for changes in another window or program; close it there and open it again here to make changes.</source>
        <translation>Jest otwarta do zmian w innym oknie lub programie; zamknij ją tam i otwórz tutaj ponownie, aby wprowadzać zmiany.</translation>
    </message>
    <message>
        <source>{operator} is making changes on {machine} since {since}; close the database there and open it again here to make changes.</source>
        <translation>Zmiany wprowadza {operator} na komputerze {machine} od {since}; zamknij bazę tam i otwórz ją tutaj ponownie, aby wprowadzać zmiany.</translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation>sprawdzenie się nie powiodło</translation>
    </message>
    <message>
        <source>The database check could not run: {error}</source>
        <translation>Nie udało się sprawdzić bazy: {error}</translation>
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