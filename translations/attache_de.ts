<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Add Note to Article</source>
        <translation>Notiz zum Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Anmerkung entfernen</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Read articles and see who said what.</source>
        <translation>Artikel lesen und sehen, wer was gesagt hat.</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster in DATEI (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>The project (*.attache) to open.</source>
        <translation>Das zu öffnende Projekt (*.attache).</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>With --screenshot, bring the panel NAME (speakers, people, annotations, tags) to the front.</source>
        <translation>Mit --screenshot das Fenster NAME (speakers, people, annotations, tags) in den Vordergrund holen.</translation>
    </message>
</context>
<context>
    <name>Attache::AnnotationStore</name>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 ist keine Farbe</translation>
    </message>
    <message>
        <source>a note on a whole article needs text or a tag</source>
        <translation>eine Notiz zum ganzen Artikel braucht Text oder ein Schlagwort</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <source>the range %1–%2 is outside the article&apos;s text (0–%3)</source>
        <translation>der Bereich %1–%2 liegt außerhalb des Artikeltextes (0–%3)</translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation>es gibt keine Anmerkung %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>es gibt kein Schlagwort %1</translation>
    </message>
</context>
<context>
    <name>Attache::ArticleStore</name>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
</context>
<context>
    <name>Attache::Db</name>
    <message>
        <source>the disk is full (nothing of this change was saved)</source>
        <translation>der Datenträger ist voll (von dieser Änderung wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>the project file is read-only (nothing of this change was saved)</source>
        <translation>die Projektdatei ist schreibgeschützt (von dieser Änderung wurde nichts gespeichert)</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Backup</name>
    <message>
        <source>the project&apos;s database driver does not allow backups</source>
        <translation>der Datenbanktreiber des Projekts erlaubt keine Sicherungen</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the project is damaged (%1), so it was not backed up; the earlier backups are kept</source>
        <translation>das Projekt ist beschädigt (%1) und wurde daher nicht gesichert; die früheren Sicherungen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Migrator</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>a project cannot be kept in a %1 database</source>
        <translation>ein Projekt kann nicht in einer %1-Datenbank liegen</translation>
    </message>
</context>
<context>
    <name>Attache::Db::PostgresqlDialect</name>
    <message>
        <source>the connection is not a PostgreSQL one</source>
        <translation>die Verbindung führt nicht zu PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Attache::Db::SearchRank</name>
    <message>
        <source>SQLite was built without full-text search</source>
        <translation>SQLite wurde ohne Volltextsuche gebaut</translation>
    </message>
</context>
<context>
    <name>Attache::Db::ServerLocation</name>
    <message>
        <source>%1 is not a server location (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 ist keine Serveradresse (postgresql://BENUTZER@HOST/DATENBANK)</translation>
    </message>
    <message>
        <source>a server location never holds a password: put it in ~/.pgpass, a service file or PGPASSWORD instead</source>
        <translation>eine Serveradresse enthält nie ein Passwort: legen Sie es stattdessen in ~/.pgpass, eine Dienstdatei oder PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 nennt keine Datenbank (postgresql://BENUTZER@HOST/DATENBANK)</translation>
    </message>
    <message>
        <source>%1 is not a connection setting Attaché accepts (%2)</source>
        <translation>%1 ist keine Verbindungseinstellung, die Attaché annimmt (%2)</translation>
    </message>
    <message>
        <source>the value of %1 holds a character a connection setting may not contain</source>
        <translation>der Wert von %1 enthält ein Zeichen, das in einer Verbindungseinstellung nicht stehen darf</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::DocumentReportWriter</name>
    <message>
        <source>PDF and ODT need a QGuiApplication to lay out text</source>
        <translation>PDF und ODT brauchen eine QGuiApplication, um Text zu setzen</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not write the ODT</source>
        <translation>das ODT konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::HtmlReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Artikel ohne Titel %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Zitate je Sprecher</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Funktion und Institution</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Ohne Sprecher</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Hervorhebungen und Notizen</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Schlagwortverzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Erstellt am %1 aus dem Projekt %2: %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::MarkdownReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Artikel ohne Titel %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Zitate je Sprecher</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Funktion und Institution</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Ohne Sprecher</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Hervorhebungen und Notizen</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Schlagwortverzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Erstellt am %1 aus dem Projekt %2: %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::QdpxReportWriter</name>
    <message>
        <source>could not write the archive: %1</source>
        <translation>das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Attache::Export::Report</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>counts of articles, quotes and annotations</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Anmerkung</numerusform>
            <numerusform>%Ln Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln Medium</numerusform>
            <numerusform>%Ln Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation>%1, veröffentlicht am %2</translation>
    </message>
    <message>
        <source>%1, published %2 to %3</source>
        <translation>%1, veröffentlicht vom %2 bis %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of the overview sentence</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportBuilder</name>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>es gibt kein Schlagwort „%1“</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportQuote</name>
    <message>
        <source>no speaker found</source>
        <translation>kein Sprecher gefunden</translation>
    </message>
    <message>
        <source>speaker uncertain (suggested: %1)</source>
        <translation>Sprecher unsicher (Vorschlag: %1)</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportWriter</name>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>CSV table of quotes and annotations</source>
        <translation>CSV-Tabelle der Zitate und Anmerkungen</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C-Web-Annotationen (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-Projekt</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>Neue Anmerkung</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>Eine Notiz zum ganzen Artikel</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>&amp;Rechtschreibung:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationListModel</name>
    <message>
        <source>(whole article)</source>
        <translation>(ganzer Artikel)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;hervorheben</translation>
    </message>
    <message>
        <source>Highlight &amp;With</source>
        <translation>Hervorheben &amp;mit</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>&amp;Notiz zur Auswahl…</translation>
    </message>
    <message>
        <source>Add Note to &amp;Article…</source>
        <translation>Notiz zum &amp;Artikel…</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>Anmerkung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>Anmerkung &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit This Annotation…</source>
        <translation>Diese Anmerkung bearbeiten…</translation>
    </message>
    <message>
        <source>Remove This Annotation</source>
        <translation>Diese Anmerkung entfernen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
    <message>
        <source>Separate several authors with ;</source>
        <translation>Mehrere Autoren durch ; trennen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Auf Anforderung erstellt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <source>Before upgrading to project format %1</source>
        <translation>Vor der Aktualisierung auf Projektformat %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::DamagedProjectDialog</name>
    <message>
        <source>Damaged Project</source>
        <translation>Beschädigtes Projekt</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file has been left exactly as it was.</source>
        <translation>%1 ist beschädigt und wurde nicht geöffnet. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Its newest intact backup was made %1. Restore it and open the project?</source>
        <translation>Die neueste intakte Sicherung wurde %1 erstellt. Wiederherstellen und das Projekt öffnen?</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>Neueste Sicherung &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::EmptyStatePage</name>
    <message>
        <source>Import Articles…</source>
        <translation>Artikel importieren…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>This project has no articles yet.
Import an article to begin — or drop files here.</source>
        <translation>Dieses Projekt enthält noch keine Artikel.
Importieren Sie einen Artikel, um zu beginnen – oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>Open a project, or create one, to begin.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::FindBar</name>
    <message>
        <source>Highlight &amp;all</source>
        <translation>&amp;Alle hervorheben</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Vorheriger Treffer (%1)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ImportController</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importiere %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>Import anhalten; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Only the first %L1 files are imported at once.</source>
        <translation>Es werden höchstens die ersten %L1 Dateien auf einmal importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %L1, skipped %L2 already in the project, failed %L3.</source>
        <translation>Importiert: %L1, übersprungen (bereits im Projekt): %L2, fehlgeschlagen: %L3.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <source>Import from a Web Address</source>
        <translation>Von einer Webadresse importieren</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>Adresse des Artikels (http oder https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Nur http- und https-Adressen können importiert werden.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::MainWindow</name>
    <message>
        <source>%1 (read-only) — Attaché</source>
        <translation>%1 (schreibgeschützt) — Attaché</translation>
    </message>
    <message>
        <source>%1 — Attaché</source>
        <translation>%1 — Attaché</translation>
    </message>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weiters&amp;uchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rü&amp;ckwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Attaché…</source>
        <translation>Attaché &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File ▸ New Project or open one with File ▸ Open Project.</source>
        <translation>Kein Projekt geöffnet. Erstellen Sie eines mit Datei ▸ Neues Projekt oder öffnen Sie eines mit Datei ▸ Projekt öffnen.</translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation>schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>Über Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;A reader that finds who said what in foreign-policy articles.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;Ein Lesewerkzeug, das in außenpolitischen Artikeln findet, wer was gesagt hat.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · Articles: %L2</source>
        <translation>%1 · Artikel: %L2</translation>
    </message>
    <message>
        <source>This article: %L1 quotes from %L2 speakers</source>
        <translation>Dieser Artikel: %L1 Zitate von %L2 Sprechern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::NoteEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeopleModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeoplePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Type part of a name, another name, a role or an institution</source>
        <translation>Teil eines Namens, eines anderen Namens, einer Funktion oder Institution eingeben</translation>
    </message>
    <message>
        <source>Change the person&apos;s name, kind, role and institution</source>
        <translation>Name, Art, Funktion und Institution der Person ändern</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>Die ausgewählten Personen zu einer zusammenführen</translation>
    </message>
    <message>
        <source>Make one of the person&apos;s other names a person of their own</source>
        <translation>Einen der anderen Namen der Person zu einer eigenen Person machen</translation>
    </message>
    <message>
        <source>People in the project</source>
        <translation>Personen im Projekt</translation>
    </message>
    <message>
        <source>The person&apos;s quotes across the project</source>
        <translation>Die Zitate der Person im gesamten Projekt</translation>
    </message>
    <message>
        <source>Double-click a quote, or press Enter, to read it in its article</source>
        <translation>Doppelklicken Sie auf ein Zitat oder drücken Sie die Eingabetaste, um es im Artikel zu lesen</translation>
    </message>
    <message>
        <source>Choose a person to see everything they said.</source>
        <translation>Wählen Sie eine Person, um alles zu sehen, was sie gesagt hat.</translation>
    </message>
    <message>
        <source>Quotes by %1, oldest first: %2</source>
        <translation>Zitate von %1, älteste zuerst: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quote(s))</source>
        <translation>
            <numerusform>%1 (%n Zitat)</numerusform>
            <numerusform>%1 (%n Zitate)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>The others&apos; names become this person&apos;s aliases, and their quotes move to it.
Keep:</source>
        <translation>Die Namen der anderen werden zu weiteren Namen dieser Person, und ihre Zitate gehen auf sie über.
Behalten:</translation>
    </message>
    <message>
        <source>Split Person</source>
        <translation>Person aufteilen</translation>
    </message>
    <message>
        <source>This name becomes a person of their own; quotes attributed under it follow.
Name:</source>
        <translation>Dieser Name wird zu einer eigenen Person; die unter ihm zugeordneten Zitate gehen mit.
Name:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>e.g. foreign minister</source>
        <translation>z. B. Außenminister</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>z. B. Auswärtiges Amt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonQuoteModel</name>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ProjectController</name>
    <message>
        <source>Attaché projects (*.%1)</source>
        <translation>Attaché-Projekte (*.%1)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Projekt wird geprüft …</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored and the project was not changed.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, lässt sich aber nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the backup; the previous file is kept as %1</source>
        <translation>Sicherung wiederhergestellt; die bisherige Datei bleibt als %1 erhalten</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderController</name>
    <message>
        <source>direct quote</source>
        <translation>direktes Zitat</translation>
    </message>
    <message>
        <source>partial quote</source>
        <comment>a few quoted words inside reported speech</comment>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>transcript</source>
        <comment>a quotation from an interview or press-conference transcript</comment>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <comment>reported speech, without quotation marks</comment>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Filter articles by title, outlet or date</source>
        <translation>Artikel nach Titel, Medium oder Datum filtern</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>%1 · %2 · cue “%3” · confidence %4%</source>
        <extracomment>speaker&apos;s kind · kind of quote · the verb that introduced it · how sure the engine is</extracomment>
        <translation>%1 · %2 · Signalwort „%3“ · Konfidenz %4 %</translation>
    </message>
    <message>
        <source>A quotation with no speaker found</source>
        <translation>Ein Zitat ohne gefundenen Sprecher</translation>
    </message>
    <message>
        <source>Check this attribution</source>
        <translation>Diese Zuschreibung prüfen</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message numerus="yes">
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Ausgewählter Artikel (%n)</numerusform>
            <numerusform>Ausgewählte Artikel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any speaker (part of a name)</source>
        <translation>Jeder Sprecher (Teil eines Namens)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Jedes Medium</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>Veröffentlicht zwischen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;berblick</translation>
    </message>
    <message>
        <source>&amp;Chart of quotes per speaker</source>
        <translation>&amp;Diagramm der Zitate je Sprecher</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonen</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>&amp;Highlights and notes</source>
        <translation>&amp;Hervorhebungen und Notizen</translation>
    </message>
    <message>
        <source>Ta&amp;g index</source>
        <translation>Schlag&amp;wortverzeichnis</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Zitate nach Sprecher</translation>
    </message>
    <message>
        <source>Quotes by article</source>
        <translation>Zitate nach Artikel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pap&amp;ier:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Berichtstext</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>and</source>
        <comment>published between DATE and DATE</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>US paper size</comment>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>%L1 articles, %L2 quotes, %L3 annotations</source>
        <translation>%L1 Artikel, %L2 Zitate, %L3 Anmerkungen</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to.</source>
        <translation>Wählen Sie die Sicherung von %1, zu der Sie zurückkehren möchten.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. Attaché makes them on the schedule set in its settings (Backups) and before upgrading a project.</source>
        <translation>Für %1 gibt es noch keine Sicherungen. Attaché erstellt sie nach dem in den Einstellungen (Sicherungen) festgelegten Zeitplan und vor jeder Aktualisierung eines Projekts.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>Die %1 erstellte Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The current file is not deleted or changed: it is renamed to “%1-before-restore-&lt;date and time&gt;.%2” in the same folder, where anything done since the backup remains.</source>
        <translation>Die aktuelle Datei wird weder gelöscht noch verändert: Sie wird im selben Ordner in „%1-before-restore-&lt;Datum und Uhrzeit&gt;.%2“ umbenannt; alles seit der Sicherung Erledigte bleibt darin erhalten.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchListModel</name>
    <message>
        <source>speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchesDock</name>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Replace with Current Search</source>
        <translation>Durch aktuelle Suche ersetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>Im &amp;Projekt suchen…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Keep this search and its filters in the project</source>
        <translation>Diese Suche mit ihren Filtern im Projekt behalten</translation>
    </message>
    <message>
        <source>Cannot search for that: %1</source>
        <translation>Danach kann nicht gesucht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results for the filters</source>
        <translation>
            <numerusform>%n Ergebnis für die Filter</numerusform>
            <numerusform>%n Ergebnisse für die Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words or choose a filter first, then save the search</source>
        <translation>Geben Sie zuerst Wörter ein oder wählen Sie einen Filter, dann speichern Sie die Suche</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchPanel</name>
    <message>
        <source>Search all articles, notes and quotes</source>
        <translation>Alle Artikel, Notizen und Zitate durchsuchen</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Projekt durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT; case and accents are ignored</source>
        <translation>Wörter, &quot;Phrasen&quot;, Präfix*, AND, OR, NOT; Groß-/Kleinschreibung und Akzente werden ignoriert</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>Art des Sprechers</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Jeder Sprecher</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation>Name des Sprechers</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Speaker&apos;s institution</source>
        <translation>Institution des Sprechers</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Jedes Medium</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Attaché.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start von Attaché verwendet.</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>&amp;Farbschema zum Lesen:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>Sc&amp;hrift zum Lesen:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Themes colour quotations, numbers and dates in the reading view.</source>
        <translation>Farbschemata heben in der Leseansicht Zitate, Zahlen und Daten farbig hervor.</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Dictionary for notes:</source>
        <translation>&amp;Wörterbuch für Notizen:</translation>
    </message>
    <message>
        <source>Dictionaries installed on the system are listed (for example the hunspell-de-de, hunspell-fr and hunspell-ru packages). Words you add are kept in each project.</source>
        <translation>Aufgeführt sind die auf dem System installierten Wörterbücher (zum Beispiel aus den Paketen hunspell-de-de, hunspell-fr und hunspell-ru). Von Ihnen hinzugefügte Wörter werden in jedem Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Mark for &amp;review below confidence:</source>
        <translation>Zur &amp;Prüfung markieren unter Konfidenz:</translation>
    </message>
    <message>
        <source>Attributions the engine is less sure of than this get a red wavy underline.</source>
        <translation>Zuschreibungen, bei denen sich die Analyse weniger sicher ist, werden rot gewellt unterstrichen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation>An&amp;zahl aufbewahrter Sicherungen:</translation>
    </message>
    <message>
        <source>Back up the open project &amp;every:</source>
        <translation>Offenes Projekt sichern all&amp;e:</translation>
    </message>
    <message>
        <source>Backups are kept beside each project in a folder named after it. A backup is also made before a project is upgraded to a newer format.</source>
        <translation>Sicherungen werden neben jedem Projekt in einem nach ihm benannten Ordner abgelegt. Eine Sicherung wird auch erstellt, bevor ein Projekt auf ein neueres Format aktualisiert wird.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutListModel</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakerListModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>&amp;Next Quote by Speaker</source>
        <translation>&amp;Nächstes Zitat des Sprechers</translation>
    </message>
    <message>
        <source>&amp;Previous Quote by Speaker</source>
        <translation>&amp;Vorheriges Zitat des Sprechers</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>Sprecher in diesem Artikel</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <source>Attribute To</source>
        <translation>Zuschreiben an</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Set Role…</source>
        <translation>Funktion festlegen…</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Funktion festlegen</translation>
    </message>
    <message>
        <source>Role and institution:</source>
        <translation>Funktion und Institution:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::TagsDock</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Neues Schlagwort…</translation>
    </message>
    <message>
        <source>New Child Tag…</source>
        <translation>Neues untergeordnetes Schlagwort…</translation>
    </message>
    <message>
        <source>Rename or Describe…</source>
        <translation>Umbenennen oder beschreiben…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Schlagwort bearbeiten</translation>
    </message>
    <message>
        <source>What this tag means:</source>
        <translation>Was dieses Schlagwort bedeutet:</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ThemeMenu</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::UserGuideDialog</name>
    <message>
        <source>Attaché User Guide</source>
        <translation>Attaché-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Attache::Import::ArticleImporter</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>Datei zu groß (die Grenze liegt bei %1 MB)</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>nicht unterstützter Dateityp (%1)</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>nicht unterstützter Dateityp</translation>
    </message>
</context>
<context>
    <name>Attache::Import::BatchImport</name>
    <message>
        <source>the same text is already in the project</source>
        <translation>derselbe Text ist bereits im Projekt</translation>
    </message>
</context>
<context>
    <name>Attache::Import::HtmlImporter</name>
    <message>
        <source>unsupported character set &apos;%1&apos;</source>
        <translation>nicht unterstützter Zeichensatz „%1“</translation>
    </message>
    <message>
        <source>binary data (NUL bytes), not an HTML page</source>
        <translation>Binärdaten (NUL-Bytes), keine HTML-Seite</translation>
    </message>
    <message>
        <source>HTML page too large (more than %1 elements)</source>
        <translation>HTML-Seite zu groß (mehr als %1 Elemente)</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels); refusing the page</source>
        <translation>HTML zu tief verschachtelt (mehr als %1 Ebenen); die Seite wird abgelehnt</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>das HTML konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>no visible text in the HTML page</source>
        <translation>kein sichtbarer Text auf der HTML-Seite</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>kein Artikeltext auf der HTML-Seite gefunden</translation>
    </message>
</context>
<context>
    <name>Attache::Import::MarkdownImporter</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>kein Text (die Datei enthält nur Leerraum)</translation>
    </message>
    <message>
        <source>no text in the Markdown document</source>
        <translation>kein Text im Markdown-Dokument</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>kein Artikeltext gefunden (nur ein Titel oder Seitenelemente)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::PdfImporter</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>kein lesbares PDF (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password-protected); remove the password first</source>
        <translation>das PDF ist verschlüsselt (passwortgeschützt); entfernen Sie zuerst das Passwort</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF has too many pages (%1; the limit is %2)</source>
        <translation>das PDF hat zu viele Seiten (%1; die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>das PDF enthält keinen Text (gescannte Seiten brauchen zuerst eine Texterkennung)</translation>
    </message>
    <message>
        <source>no article text found in the PDF</source>
        <translation>kein Artikeltext im PDF gefunden</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextDecoder</name>
    <message>
        <source>binary data (NUL bytes), not a text file</source>
        <translation>Binärdaten (NUL-Bytes), keine Textdatei</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), not a text file</source>
        <translation>Binärdaten (%1 Steuerzeichen), keine Textdatei</translation>
    </message>
    <message>
        <source>invalid %1 data (an odd number of bytes)</source>
        <translation>ungültige %1-Daten (ungerade Anzahl von Bytes)</translation>
    </message>
    <message>
        <source>invalid %1 data</source>
        <translation>ungültige %1-Daten</translation>
    </message>
    <message>
        <source>not UTF-8 and not in an encoding that could be recognised; convert it to UTF-8</source>
        <translation>kein UTF-8 und in keiner erkennbaren Kodierung; wandeln Sie die Datei in UTF-8 um</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextImporter</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>Datei zu groß (die Grenze liegt bei %1 MB)</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>kein Text (die Datei enthält nur Leerraum)</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>kein Artikeltext gefunden (nur ein Titel oder Seitenelemente)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::UrlFetcher</name>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>the page is too large (the limit is %1 MB)</source>
        <translation>die Seite ist zu groß (die Grenze liegt bei %1 MB)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the download timed out</source>
        <translation>Zeitüberschreitung beim Herunterladen</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>der Server lieferte eine leere Seite</translation>
    </message>
</context>
<context>
    <name>Attache::OutputFile</name>
    <message>
        <source>%1 is the open project; choose another file</source>
        <translation>%1 ist das geöffnete Projekt; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datei an</translation>
    </message>
    <message>
        <source>%1 is an Attaché project and is not written over; choose another file</source>
        <translation>%1 ist ein Attaché-Projekt und wird nicht überschrieben; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file would be larger than the disk allows</source>
        <translation>die Datei wäre größer, als der Datenträger erlaubt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
</context>
<context>
    <name>Attache::PersonalDictionary</name>
    <message>
        <source>only single words can be added to the dictionary</source>
        <translation>nur einzelne Wörter können zum Wörterbuch hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>Attache::Project</name>
    <message>
        <source>%1 was saved by a newer version of Attaché (project format %2; this version reads up to %3)</source>
        <translation>%1 wurde von einer neueren Version von Attaché gespeichert (Projektformat %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attaché project</source>
        <translation>%1 ist eine leere Datei, kein Attaché-Projekt</translation>
    </message>
    <message>
        <source>%1 is not an Attaché project</source>
        <translation>%1 ist kein Attaché-Projekt</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Attaché project</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Attaché-Projekt</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>; the newest backup is %1 (attache-cli restore %2 %1)</source>
        <translation>; die neueste Sicherung ist %1 (attache-cli restore %2 %1)</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>%1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is read-only (opened for reading only)</source>
        <translation>%1 ist schreibgeschützt (nur zum Lesen geöffnet)</translation>
    </message>
    <message>
        <source>%1 is read-only and holds changes not yet merged into it (%1-wal); open it once where it can be written</source>
        <translation>%1 ist schreibgeschützt und enthält noch nicht übernommene Änderungen (%1-wal); öffnen Sie es einmal dort, wo es beschrieben werden kann</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Attaché</source>
        <translation>%1 ist in einem anderen Attaché geöffnet</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>die Integritätsprüfung lieferte keine Antwort</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded to project format %2 first; make it writable</source>
        <translation>%1 ist schreibgeschützt und muss zuerst auf Projektformat %2 aktualisiert werden; machen Sie es beschreibbar</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 was not opened and is unchanged: %2, so it may have been altered to run code</source>
        <translation>%1 wurde nicht geöffnet und ist unverändert: %2; die Datei wurde möglicherweise so verändert, dass sie Code ausführt</translation>
    </message>
    <message>
        <source>%1 cannot be checked: there is no room for a copy of it in %2</source>
        <translation>%1 kann nicht geprüft werden: in %2 ist kein Platz für eine Kopie</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
</context>
<context>
    <name>Attache::SavedSearchStore</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>eine gespeicherte Suche braucht einen Namen</translation>
    </message>
    <message>
        <source>a saved search needs words or a filter</source>
        <translation>eine gespeicherte Suche braucht Wörter oder einen Filter</translation>
    </message>
    <message>
        <source>a saved search named %1 already exists</source>
        <translation>es gibt bereits eine gespeicherte Suche namens %1</translation>
    </message>
    <message>
        <source>there is no saved search %1</source>
        <translation>es gibt keine gespeicherte Suche %1</translation>
    </message>
</context>
<context>
    <name>Attache::TagStore</name>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 ist keine Farbe</translation>
    </message>
    <message>
        <source>a tag named %1 already exists there</source>
        <translation>dort gibt es bereits ein Schlagwort namens %1</translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation>ein Schlagwort kann nicht unter sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>es gibt kein Schlagwort %1</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Mark as Not a Quote</source>
        <translation>Als „kein Zitat“ markieren</translation>
    </message>
    <message>
        <source>Reassign Quote</source>
        <translation>Zitat neu zuschreiben</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Art festlegen</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Funktion festlegen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation>Von &amp;Webadresse importieren…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>Artikel&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotations, Numbers and Dates</source>
        <translation>&amp;Zitate, Zahlen und Daten hervorheben</translation>
    </message>
    <message>
        <source>Show &amp;Who Said What</source>
        <translation>&amp;Wer sagte was anzeigen</translation>
    </message>
    <message>
        <source>Show My &amp;Highlights and Notes</source>
        <translation>Meine &amp;Hervorhebungen und Notizen anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>&amp;Über Attaché</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Split %1 Off</source>
        <translation>%1 abtrennen</translation>
    </message>
    <message>
        <source>That person is no longer in the register.</source>
        <translation>Diese Person ist nicht mehr im Register.</translation>
    </message>
</context>
<context>
    <name>SavedSearchCommand</name>
    <message>
        <source>Save Search %1</source>
        <translation>Suche %1 speichern</translation>
    </message>
    <message>
        <source>Change Saved Search %1</source>
        <translation>Gespeicherte Suche %1 ändern</translation>
    </message>
    <message>
        <source>Rename Saved Search %1 to %2</source>
        <translation>Gespeicherte Suche %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete Saved Search %1</source>
        <translation>Gespeicherte Suche %1 löschen</translation>
    </message>
    <message>
        <source>the saved searches could not be changed</source>
        <translation>die gespeicherten Suchen konnten nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 is not a speaker kind (one of %2)</source>
        <translation>%1 ist keine Sprecherart (eine von %2)</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>the search is empty</source>
        <translation>die Suche ist leer</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>Datei zu groß (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>Datei zu groß (die Grenze liegt bei %1 MB)</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>official</source>
        <comment>kind of speaker: a government or state official</comment>
        <translation>Amtsträger</translation>
    </message>
    <message>
        <source>expert</source>
        <comment>kind of speaker: analyst, academic, think-tank fellow</comment>
        <translation>Experte</translation>
    </message>
    <message>
        <source>journalist</source>
        <comment>kind of speaker</comment>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>kind of speaker: a ministry, agency or company speaking as a body</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>unnamed source</source>
        <comment>kind of speaker: an anonymous source</comment>
        <translation>anonyme Quelle</translation>
    </message>
    <message>
        <source>other</source>
        <comment>kind of speaker</comment>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Add Tag %1</source>
        <translation>Schlagwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit Tag %1</source>
        <translation>Schlagwort %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
</context>
</TS>
