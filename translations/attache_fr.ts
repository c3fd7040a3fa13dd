<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Add Note to Article</source>
        <translation>Ajout d&apos;une note à l&apos;article</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajout d&apos;une note</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modification de l&apos;annotation</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Suppression de l&apos;annotation</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Read articles and see who said what.</source>
        <translation>Lisez des articles et voyez qui a dit quoi.</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>Dessiner la fenêtre principale dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <source>The project (*.attache) to open.</source>
        <translation>Le projet (*.attache) à ouvrir.</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>With --screenshot, bring the panel NAME (speakers, people, annotations, tags) to the front.</source>
        <translation>Avec --screenshot, afficher au premier plan le panneau NAME (speakers, people, annotations, tags).</translation>
    </message>
</context>
<context>
    <name>Attache::AnnotationStore</name>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 n&apos;est pas une couleur</translation>
    </message>
    <message>
        <source>a note on a whole article needs text or a tag</source>
        <translation>une note sur l&apos;article entier doit avoir un texte ou une étiquette</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>l&apos;article %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the range %1–%2 is outside the article&apos;s text (0–%3)</source>
        <translation>la plage %1–%2 est en dehors du texte de l&apos;article (0–%3)</translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation>l&apos;annotation %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>l&apos;étiquette %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Attache::ArticleStore</name>
    <message>
        <source>there is no article %1</source>
        <translation>l&apos;article %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Attache::Db</name>
    <message>
        <source>the disk is full (nothing of this change was saved)</source>
        <translation>le disque est plein (rien de cette modification n&apos;a été enregistré)</translation>
    </message>
    <message>
        <source>the project file is read-only (nothing of this change was saved)</source>
        <translation>le fichier du projet est en lecture seule (rien de cette modification n&apos;a été enregistré)</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Backup</name>
    <message>
        <source>the project&apos;s database driver does not allow backups</source>
        <translation>le pilote de base de données du projet ne permet pas les sauvegardes</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>the project is damaged (%1), so it was not backed up; the earlier backups are kept</source>
        <translation>le projet est endommagé (%1) et n’a donc pas été sauvegardé ; les sauvegardes précédentes sont conservées</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Migrator</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migration %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>a project cannot be kept in a %1 database</source>
        <translation>un projet ne peut pas être conservé dans une base de données %1</translation>
    </message>
</context>
<context>
    <name>Attache::Db::PostgresqlDialect</name>
    <message>
        <source>the connection is not a PostgreSQL one</source>
        <translation>la connexion n’est pas une connexion PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Attache::Db::SearchRank</name>
    <message>
        <source>SQLite was built without full-text search</source>
        <translation>SQLite a été compilé sans recherche plein texte</translation>
    </message>
</context>
<context>
    <name>Attache::Db::ServerLocation</name>
    <message>
        <source>%1 is not a server location (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 n’est pas un emplacement de serveur (postgresql://UTILISATEUR@HÔTE/BASE)</translation>
    </message>
    <message>
        <source>a server location never holds a password: put it in ~/.pgpass, a service file or PGPASSWORD instead</source>
        <translation>un emplacement de serveur ne contient jamais de mot de passe : placez-le plutôt dans ~/.pgpass, un fichier de service ou PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 ne nomme aucune base de données (postgresql://UTILISATEUR@HÔTE/BASE)</translation>
    </message>
    <message>
        <source>%1 is not a connection setting Attaché accepts (%2)</source>
        <translation>%1 n’est pas un paramètre de connexion accepté par Attaché (%2)</translation>
    </message>
    <message>
        <source>the value of %1 holds a character a connection setting may not contain</source>
        <translation>la valeur de %1 contient un caractère interdit dans un paramètre de connexion</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::DocumentReportWriter</name>
    <message>
        <source>PDF and ODT need a QGuiApplication to lay out text</source>
        <translation>PDF et ODT ont besoin d&apos;une QGuiApplication pour mettre le texte en page</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>impossible d&apos;écrire le PDF</translation>
    </message>
    <message>
        <source>could not write the ODT</source>
        <translation>impossible d&apos;écrire l&apos;ODT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::HtmlReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Article sans titre %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Fonction et institution</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Sans locuteur</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l&apos;article entier</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Index des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Généré le %1 à partir du projet %2 : %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::MarkdownReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Article sans titre %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Fonction et institution</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Sans locuteur</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l&apos;article entier</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Index des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Généré le %1 à partir du projet %2 : %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::QdpxReportWriter</name>
    <message>
        <source>could not write the archive: %1</source>
        <translation>impossible d&apos;écrire l&apos;archive&#xa0;: %1</translation>
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
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln média</numerusform>
            <numerusform>%Ln médias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation>%1, parus le %2</translation>
    </message>
    <message>
        <source>%1, published %2 to %3</source>
        <translation>%1, parus du %2 au %3</translation>
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
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>l&apos;article %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportQuote</name>
    <message>
        <source>no speaker found</source>
        <translation>aucun locuteur trouvé</translation>
    </message>
    <message>
        <source>speaker uncertain (suggested: %1)</source>
        <translation>orateur incertain (suggestion : %1)</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportWriter</name>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>CSV table of quotes and annotations</source>
        <translation>Tableau CSV des citations et annotations</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations Web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Projet REFI-QDA</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modification de l&apos;annotation</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>Nouvelle annotation</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>Une note sur l&apos;article entier</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Pas de vérification orthographique</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>&amp;Orthographe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationListModel</name>
    <message>
        <source>(whole article)</source>
        <translation>(article entier)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>S&amp;urligner la sélection</translation>
    </message>
    <message>
        <source>Highlight &amp;With</source>
        <translation>Surligner a&amp;vec</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>Ajouter une &amp;note à la sélection…</translation>
    </message>
    <message>
        <source>Add Note to &amp;Article…</source>
        <translation>Ajouter une note à l&apos;ar&amp;ticle…</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Modifier l&apos;annotation…</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>Supprimer l&apos;ann&amp;otation</translation>
    </message>
    <message>
        <source>Edit This Annotation…</source>
        <translation>Modifier cette annotation…</translation>
    </message>
    <message>
        <source>Remove This Annotation</source>
        <translation>Supprimer cette annotation</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Propriétés de l&apos;article</translation>
    </message>
    <message>
        <source>Separate several authors with ;</source>
        <translation>Séparez plusieurs auteurs par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Créée à la demande</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Before upgrading to project format %1</source>
        <translation>Avant la mise à niveau vers le format de projet %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::DamagedProjectDialog</name>
    <message>
        <source>Damaged Project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file has been left exactly as it was.</source>
        <translation>%1 est endommagé et n’a pas été ouvert. Le fichier a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>Its newest intact backup was made %1. Restore it and open the project?</source>
        <translation>Sa sauvegarde intacte la plus récente date du %1. La restaurer et ouvrir le projet ?</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::EmptyStatePage</name>
    <message>
        <source>Import Articles…</source>
        <translation>Importer des articles…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>This project has no articles yet.
Import an article to begin — or drop files here.</source>
        <translation>Ce projet ne contient encore aucun article.
Importez un article pour commencer — ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Open a project, or create one, to begin.</source>
        <translation>Ouvrez ou créez un projet pour commencer.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::FindBar</name>
    <message>
        <source>Highlight &amp;all</source>
        <translation>&amp;Tout mettre en évidence</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Occurrence précédente (%1)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Occurrence suivante (%1)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ImportController</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importation de&#xa0;%v sur&#xa0;%m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>Arrêter l&apos;importation&#xa0;; ce qui a été importé est conservé</translation>
    </message>
    <message>
        <source>Only the first %L1 files are imported at once.</source>
        <translation>Seuls les %L1 premiers fichiers sont importés à la fois.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %L1, skipped %L2 already in the project, failed %L3.</source>
        <translation>Importés&#xa0;: %L1, ignorés (déjà dans le projet)&#xa0;: %L2, en échec&#xa0;: %L3.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importer un dossier d&apos;articles</translation>
    </message>
    <message>
        <source>Import from a Web Address</source>
        <translation>Importer depuis une adresse web</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>Adresse de l&apos;article (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Seules les adresses http et https peuvent être importées.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::MainWindow</name>
    <message>
        <source>%1 (read-only) — Attaché</source>
        <translation>%1 (lecture seule) — Attaché</translation>
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
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Attaché…</source>
        <translation>&amp;Configurer Attaché…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>La sauvegarde planifiée a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File ▸ New Project or open one with File ▸ Open Project.</source>
        <translation>Aucun projet ouvert. Créez-en un avec Fichier ▸ Nouveau projet ou ouvrez-en un avec Fichier ▸ Ouvrir un projet.</translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation>lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>À propos d&apos;Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;A reader that finds who said what in foreign-policy articles.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;Un lecteur qui trouve qui a dit quoi dans les articles de politique étrangère.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · Articles: %L2</source>
        <translation>%1 · Articles&#xa0;: %L2</translation>
    </message>
    <message>
        <source>This article: %L1 quotes from %L2 speakers</source>
        <translation>Cet article&#xa0;: %L1 citations de %L2 locuteurs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::NoteEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeopleModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Aussi appelé : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeoplePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Séparer…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Type part of a name, another name, a role or an institution</source>
        <translation>Saisissez une partie d’un nom, d’un autre nom, d’une fonction ou d’une institution</translation>
    </message>
    <message>
        <source>Change the person&apos;s name, kind, role and institution</source>
        <translation>Modifier le nom, le type, la fonction et l’institution de la personne</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>Faire des personnes sélectionnées une seule personne</translation>
    </message>
    <message>
        <source>Make one of the person&apos;s other names a person of their own</source>
        <translation>Faire de l’un des autres noms de la personne une personne distincte</translation>
    </message>
    <message>
        <source>People in the project</source>
        <translation>Personnes du projet</translation>
    </message>
    <message>
        <source>The person&apos;s quotes across the project</source>
        <translation>Les citations de la personne dans tout le projet</translation>
    </message>
    <message>
        <source>Double-click a quote, or press Enter, to read it in its article</source>
        <translation>Double-cliquez sur une citation, ou appuyez sur Entrée, pour la lire dans son article</translation>
    </message>
    <message>
        <source>Choose a person to see everything they said.</source>
        <translation>Choisissez une personne pour voir tout ce qu’elle a dit.</translation>
    </message>
    <message>
        <source>Quotes by %1, oldest first: %2</source>
        <translation>Citations de %1, des plus anciennes aux plus récentes : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quote(s))</source>
        <translation>
            <numerusform>%1 (%n citation)</numerusform>
            <numerusform>%1 (%n citations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>The others&apos; names become this person&apos;s aliases, and their quotes move to it.
Keep:</source>
        <translation>Les noms des autres deviennent des alias de cette personne, et leurs citations lui sont transférées.
Conserver :</translation>
    </message>
    <message>
        <source>Split Person</source>
        <translation>Séparer une personne</translation>
    </message>
    <message>
        <source>This name becomes a person of their own; quotes attributed under it follow.
Name:</source>
        <translation>Ce nom devient une personne distincte ; les citations attribuées sous ce nom la suivent.
Nom :</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>e.g. foreign minister</source>
        <translation>p. ex. ministre des Affaires étrangères</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>p. ex. ministère des Affaires étrangères</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonQuoteModel</name>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcription</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ProjectController</name>
    <message>
        <source>Attaché projects (*.%1)</source>
        <translation>Projets Attaché (*.%1)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Vérification du projet…</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored and the project was not changed.</source>
        <translation>La sauvegarde n’a pas été restaurée et le projet n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1</source>
        <translation>La sauvegarde a été restaurée mais ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Restored the backup; the previous file is kept as %1</source>
        <translation>Sauvegarde restaurée ; l’ancien fichier est conservé sous %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderController</name>
    <message>
        <source>direct quote</source>
        <translation>citation directe</translation>
    </message>
    <message>
        <source>partial quote</source>
        <comment>a few quoted words inside reported speech</comment>
        <translation>citation partielle</translation>
    </message>
    <message>
        <source>transcript</source>
        <comment>a quotation from an interview or press-conference transcript</comment>
        <translation>transcription</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <comment>reported speech, without quotation marks</comment>
        <translation>discours indirect</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Filter articles by title, outlet or date</source>
        <translation>Filtrer les articles par titre, média ou date</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>%1 · %2 · cue “%3” · confidence %4%</source>
        <extracomment>speaker&apos;s kind · kind of quote · the verb that introduced it · how sure the engine is</extracomment>
        <translation>%1 · %2 · verbe «&#xa0;%3&#xa0;» · confiance %4&#xa0;%</translation>
    </message>
    <message>
        <source>A quotation with no speaker found</source>
        <translation>Une citation sans locuteur trouvé</translation>
    </message>
    <message>
        <source>Check this attribution</source>
        <translation>Vérifiez cette attribution</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>Propriétés de l&apos;article</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Article sélectionné (%n)</numerusform>
            <numerusform>Articles sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any speaker (part of a name)</source>
        <translation>Tous les locuteurs (partie d&apos;un nom)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>Publiés entre le</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Chart of quotes per speaker</source>
        <translation>&amp;Graphique des citations par locuteur</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <source>&amp;Highlights and notes</source>
        <translation>&amp;Surlignages et notes</translation>
    </message>
    <message>
        <source>Ta&amp;g index</source>
        <translation>In&amp;dex des étiquettes</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>Quotes by article</source>
        <translation>Citations par article</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Papi&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texte du rapport</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>and</source>
        <comment>published between DATE and DATE</comment>
        <translation>et le</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>US paper size</comment>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>%L1 articles, %L2 quotes, %L3 annotations</source>
        <translation>%L1 articles, %L2 citations, %L3 annotations</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to.</source>
        <translation>Choisissez la sauvegarde de %1 à laquelle revenir.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. Attaché makes them on the schedule set in its settings (Backups) and before upgrading a project.</source>
        <translation>%1 n’a pas encore de sauvegarde. Attaché en crée selon la fréquence définie dans ses paramètres (Sauvegardes) et avant toute mise à niveau d’un projet.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>Restaurer la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>The current file is not deleted or changed: it is renamed to “%1-before-restore-&lt;date and time&gt;.%2” in the same folder, where anything done since the backup remains.</source>
        <translation>Le fichier actuel n’est ni supprimé ni modifié : il est renommé « %1-before-restore-&lt;date et heure&gt;.%2 » dans le même dossier, où tout ce qui a été fait depuis la sauvegarde est conservé.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchListModel</name>
    <message>
        <source>speaker: %1</source>
        <translation>locuteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>type&#xa0;: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>institution&#xa0;: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>média&#xa0;: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchesDock</name>
    <message>
        <source>Saved Searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Replace with Current Search</source>
        <translation>Remplacer par la recherche actuelle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>Rechercher dans le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep this search and its filters in the project</source>
        <translation>Conserver cette recherche et ses filtres dans le projet</translation>
    </message>
    <message>
        <source>Cannot search for that: %1</source>
        <translation>Impossible de rechercher cela&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results for the filters</source>
        <translation>
            <numerusform>%n résultat pour les filtres</numerusform>
            <numerusform>%n résultats pour les filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words or choose a filter first, then save the search</source>
        <translation>Saisissez des mots ou choisissez un filtre, puis enregistrez la recherche</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchPanel</name>
    <message>
        <source>Search all articles, notes and quotes</source>
        <translation>Rechercher dans tous les articles, notes et citations</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Rechercher dans le projet</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT; case and accents are ignored</source>
        <translation>Mots, &quot;expressions&quot;, préfixe*, AND, OR, NOT&#xa0;; la casse et les accents sont ignorés</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>Type de locuteur</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Tous les locuteurs</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation>Nom du locuteur</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Speaker&apos;s institution</source>
        <translation>Institution du locuteur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publié à partir du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publié jusqu&apos;au</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Citation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Occurrence</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Attaché.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Attaché.</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>&amp;Thème de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police&#xa0;:</translation>
    </message>
    <message>
        <source>Themes colour quotations, numbers and dates in the reading view.</source>
        <translation>Les thèmes colorent les citations, les nombres et les dates dans la vue de lecture.</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Pas de vérification orthographique</translation>
    </message>
    <message>
        <source>&amp;Dictionary for notes:</source>
        <translation>&amp;Dictionnaire pour les notes&#xa0;:</translation>
    </message>
    <message>
        <source>Dictionaries installed on the system are listed (for example the hunspell-de-de, hunspell-fr and hunspell-ru packages). Words you add are kept in each project.</source>
        <translation>Les dictionnaires installés sur le système sont listés (par exemple ceux des paquets hunspell-de-de, hunspell-fr et hunspell-ru). Les mots que vous ajoutez sont conservés dans chaque projet.</translation>
    </message>
    <message>
        <source>Mark for &amp;review below confidence:</source>
        <translation>Marquer pour &amp;vérification sous une confiance de&#xa0;:</translation>
    </message>
    <message>
        <source>Attributions the engine is less sure of than this get a red wavy underline.</source>
        <translation>Les attributions dont le moteur est moins sûr que cela sont soulignées d&apos;une vague rouge.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation>Nombre de sauvegardes à &amp;conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Back up the open project &amp;every:</source>
        <translation>Sauvegarder le projet ouvert to&amp;utes les&#xa0;:</translation>
    </message>
    <message>
        <source>Backups are kept beside each project in a folder named after it. A backup is also made before a project is upgraded to a newer format.</source>
        <translation>Les sauvegardes sont rangées à côté de chaque projet, dans un dossier portant son nom. Une sauvegarde est aussi faite avant la mise à niveau d&apos;un projet vers un format plus récent.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutListModel</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakerListModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>&amp;Next Quote by Speaker</source>
        <translation>Citation suiva&amp;nte du locuteur</translation>
    </message>
    <message>
        <source>&amp;Previous Quote by Speaker</source>
        <translation>Citation &amp;précédente du locuteur</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>Locuteurs de cet article</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <source>Attribute To</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Set Role…</source>
        <translation>Définir la fonction…</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Définir la fonction</translation>
    </message>
    <message>
        <source>Role and institution:</source>
        <translation>Fonction et institution&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::TagsDock</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New Child Tag…</source>
        <translation>Nouvelle sous-étiquette…</translation>
    </message>
    <message>
        <source>Rename or Describe…</source>
        <translation>Renommer ou décrire…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Modifier l&apos;étiquette</translation>
    </message>
    <message>
        <source>What this tag means:</source>
        <translation>Ce que signifie cette étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ThemeMenu</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::UserGuideDialog</name>
    <message>
        <source>Attaché User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Attaché</translation>
    </message>
</context>
<context>
    <name>Attache::Import::ArticleImporter</name>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>fichier trop volumineux (la limite est de %1 Mo)</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>type de fichier non pris en charge (%1)</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>type de fichier non pris en charge</translation>
    </message>
</context>
<context>
    <name>Attache::Import::BatchImport</name>
    <message>
        <source>the same text is already in the project</source>
        <translation>le même texte est déjà dans le projet</translation>
    </message>
</context>
<context>
    <name>Attache::Import::HtmlImporter</name>
    <message>
        <source>unsupported character set &apos;%1&apos;</source>
        <translation>jeu de caractères «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
    <message>
        <source>binary data (NUL bytes), not an HTML page</source>
        <translation>données binaires (octets NUL), pas une page HTML</translation>
    </message>
    <message>
        <source>HTML page too large (more than %1 elements)</source>
        <translation>page HTML trop volumineuse (plus de %1 éléments)</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels); refusing the page</source>
        <translation>HTML trop profondément imbriqué (plus de %1 niveaux)&#xa0;; page refusée</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>le HTML n&apos;a pas pu être analysé</translation>
    </message>
    <message>
        <source>no visible text in the HTML page</source>
        <translation>aucun texte visible dans la page HTML</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>aucun texte d&apos;article trouvé dans la page HTML</translation>
    </message>
</context>
<context>
    <name>Attache::Import::MarkdownImporter</name>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>aucun texte (le fichier ne contient que des espaces)</translation>
    </message>
    <message>
        <source>no text in the Markdown document</source>
        <translation>aucun texte dans le document Markdown</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>aucun texte d&apos;article trouvé (seulement un titre ou des éléments de mise en page)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::PdfImporter</name>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>PDF illisible (endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password-protected); remove the password first</source>
        <translation>le PDF est chiffré (protégé par mot de passe)&#xa0;; retirez d&apos;abord le mot de passe</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>the PDF has too many pages (%1; the limit is %2)</source>
        <translation>le PDF a trop de pages (%1&#xa0;; la limite est de %2)</translation>
    </message>
    <message>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>le PDF ne contient pas de texte (les pages numérisées doivent d&apos;abord passer par l&apos;OCR)</translation>
    </message>
    <message>
        <source>no article text found in the PDF</source>
        <translation>aucun texte d&apos;article trouvé dans le PDF</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextDecoder</name>
    <message>
        <source>binary data (NUL bytes), not a text file</source>
        <translation>données binaires (octets NUL), pas un fichier texte</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), not a text file</source>
        <translation>données binaires (%1 caractères de contrôle), pas un fichier texte</translation>
    </message>
    <message>
        <source>invalid %1 data (an odd number of bytes)</source>
        <translation>données %1 invalides (nombre impair d&apos;octets)</translation>
    </message>
    <message>
        <source>invalid %1 data</source>
        <translation>données %1 invalides</translation>
    </message>
    <message>
        <source>not UTF-8 and not in an encoding that could be recognised; convert it to UTF-8</source>
        <translation>ni en UTF-8 ni dans un encodage reconnaissable&#xa0;; convertissez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextImporter</name>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>fichier trop volumineux (la limite est de %1 Mo)</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>aucun texte (le fichier ne contient que des espaces)</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>aucun texte d&apos;article trouvé (seulement un titre ou des éléments de mise en page)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::UrlFetcher</name>
    <message>
        <source>not an http or https URL</source>
        <translation>pas une adresse http ou https</translation>
    </message>
    <message>
        <source>the page is too large (the limit is %1 MB)</source>
        <translation>la page est trop volumineuse (la limite est de %1 Mo)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the download timed out</source>
        <translation>le téléchargement a expiré</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>échec du téléchargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>le serveur a envoyé une page vide</translation>
    </message>
</context>
<context>
    <name>Attache::OutputFile</name>
    <message>
        <source>%1 is the open project; choose another file</source>
        <translation>%1 est le projet ouvert ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation>%1 est un dossier ; indiquez un fichier</translation>
    </message>
    <message>
        <source>%1 is an Attaché project and is not written over; choose another file</source>
        <translation>%1 est un projet Attaché et n’est pas écrasé ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file would be larger than the disk allows</source>
        <translation>le fichier dépasserait la taille permise par le disque</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d’entrée/sortie</translation>
    </message>
</context>
<context>
    <name>Attache::PersonalDictionary</name>
    <message>
        <source>only single words can be added to the dictionary</source>
        <translation>seuls des mots isolés peuvent être ajoutés au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Attache::Project</name>
    <message>
        <source>%1 was saved by a newer version of Attaché (project format %2; this version reads up to %3)</source>
        <translation>%1 a été enregistré par une version plus récente d&apos;Attaché (format de projet %2&#xa0;; cette version lit jusqu&apos;au format %3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attaché project</source>
        <translation>%1 est un fichier vide, pas un projet Attaché</translation>
    </message>
    <message>
        <source>%1 is not an Attaché project</source>
        <translation>%1 n&apos;est pas un projet Attaché</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Attaché project</source>
        <translation>%1 est une base de données SQLite mais pas un projet Attaché</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>; the newest backup is %1 (attache-cli restore %2 %1)</source>
        <translation>; la sauvegarde la plus récente est %1 (attache-cli restore %2 %1)</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>impossible de copier %1 dans %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>impossible de mettre %1 de côté</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 is read-only (opened for reading only)</source>
        <translation>%1 est en lecture seule (ouvert en lecture seule)</translation>
    </message>
    <message>
        <source>%1 is read-only and holds changes not yet merged into it (%1-wal); open it once where it can be written</source>
        <translation>%1 est en lecture seule et contient des modifications pas encore intégrées (%1-wal)&#xa0;; ouvrez-le une fois là où il peut être modifié</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Attaché</source>
        <translation>%1 est ouvert dans un autre Attaché</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>la vérification d&apos;intégrité n&apos;a donné aucune réponse</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded to project format %2 first; make it writable</source>
        <translation>%1 est en lecture seule et doit d&apos;abord être mis à niveau vers le format de projet %2&#xa0;; rendez-le modifiable</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not opened and is unchanged: %2, so it may have been altered to run code</source>
        <translation>%1 n’a pas été ouvert et reste inchangé : %2 ; le fichier a peut-être été modifié pour exécuter du code</translation>
    </message>
    <message>
        <source>%1 cannot be checked: there is no room for a copy of it in %2</source>
        <translation>%1 ne peut pas être vérifié : pas de place pour une copie dans %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation>%1 est endommagé : le fichier est tronqué (%2 octets sur %3)</translation>
    </message>
</context>
<context>
    <name>Attache::SavedSearchStore</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>une recherche enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>a saved search needs words or a filter</source>
        <translation>une recherche enregistrée doit avoir des mots ou un filtre</translation>
    </message>
    <message>
        <source>a saved search named %1 already exists</source>
        <translation>une recherche enregistrée nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>there is no saved search %1</source>
        <translation>la recherche enregistrée %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Attache::TagStore</name>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 n&apos;est pas une couleur</translation>
    </message>
    <message>
        <source>a tag named %1 already exists there</source>
        <translation>une étiquette nommée %1 existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation>une étiquette ne peut pas être déplacée sous elle-même</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>l&apos;étiquette %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Mark as Not a Quote</source>
        <translation>Marquage comme «&#xa0;pas une citation&#xa0;»</translation>
    </message>
    <message>
        <source>Reassign Quote</source>
        <translation>Réattribution de la citation</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>Renommage de la personne</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Changement de type</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Définir la fonction</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation>Importer depuis une adresse &amp;web…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>&amp;Propriétés de l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotations, Numbers and Dates</source>
        <translation>Mettre en évidence les &amp;citations, nombres et dates</translation>
    </message>
    <message>
        <source>Show &amp;Who Said What</source>
        <translation>Montrer &amp;qui a dit quoi</translation>
    </message>
    <message>
        <source>Show My &amp;Highlights and Notes</source>
        <translation>Montrer mes &amp;surlignages et notes</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>À &amp;propos d&apos;Attaché</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionner dans %1</translation>
    </message>
    <message>
        <source>Split %1 Off</source>
        <translation>Séparer %1</translation>
    </message>
    <message>
        <source>That person is no longer in the register.</source>
        <translation>Cette personne ne figure plus dans le registre.</translation>
    </message>
</context>
<context>
    <name>SavedSearchCommand</name>
    <message>
        <source>Save Search %1</source>
        <translation>Enregistrement de la recherche %1</translation>
    </message>
    <message>
        <source>Change Saved Search %1</source>
        <translation>Modification de la recherche enregistrée %1</translation>
    </message>
    <message>
        <source>Rename Saved Search %1 to %2</source>
        <translation>Renommage de la recherche enregistrée %1 en %2</translation>
    </message>
    <message>
        <source>Delete Saved Search %1</source>
        <translation>Suppression de la recherche enregistrée %1</translation>
    </message>
    <message>
        <source>the saved searches could not be changed</source>
        <translation>les recherches enregistrées n&apos;ont pas pu être modifiées</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 is not a speaker kind (one of %2)</source>
        <translation>%1 n&apos;est pas un type de locuteur (l&apos;un de %2)</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>the search is empty</source>
        <translation>la recherche est vide</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>fichier trop volumineux (%1 Mo&#xa0;; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>fichier trop volumineux (la limite est de %1 Mo)</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>official</source>
        <comment>kind of speaker: a government or state official</comment>
        <translation>responsable officiel</translation>
    </message>
    <message>
        <source>expert</source>
        <comment>kind of speaker: analyst, academic, think-tank fellow</comment>
        <translation>expert</translation>
    </message>
    <message>
        <source>journalist</source>
        <comment>kind of speaker</comment>
        <translation>journaliste</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>kind of speaker: a ministry, agency or company speaking as a body</comment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>unnamed source</source>
        <comment>kind of speaker: an anonymous source</comment>
        <translation>source anonyme</translation>
    </message>
    <message>
        <source>other</source>
        <comment>kind of speaker</comment>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Add Tag %1</source>
        <translation>Ajout de l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Edit Tag %1</source>
        <translation>Modification de l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>Suppression de l&apos;étiquette %1</translation>
    </message>
</context>
</TS>
