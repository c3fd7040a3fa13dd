<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Add Note to Article</source>
        <translation>Добавление заметки к статье</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Изменение пометки</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Удаление пометки</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Read articles and see who said what.</source>
        <translation>Читайте статьи и смотрите, кто что сказал.</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>Отрисовать главное окно в ФАЙЛ (PNG) и выйти.</translation>
    </message>
    <message>
        <source>The project (*.attache) to open.</source>
        <translation>Открываемый проект (*.attache).</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>не удаётся записать снимок экрана %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>With --screenshot, bring the panel NAME (speakers, people, annotations, tags) to the front.</source>
        <translation>С --screenshot вывести на передний план панель NAME (speakers, people, annotations, tags).</translation>
    </message>
</context>
<context>
    <name>Attache::AnnotationStore</name>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 — не цвет</translation>
    </message>
    <message>
        <source>a note on a whole article needs text or a tag</source>
        <translation>заметке ко всей статье нужен текст или метка</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
    <message>
        <source>the range %1–%2 is outside the article&apos;s text (0–%3)</source>
        <translation>диапазон %1–%2 выходит за пределы текста статьи (0–%3)</translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation>пометки %1 нет</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>метки %1 нет</translation>
    </message>
</context>
<context>
    <name>Attache::ArticleStore</name>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
</context>
<context>
    <name>Attache::Db</name>
    <message>
        <source>the disk is full (nothing of this change was saved)</source>
        <translation>диск заполнен (ни одно из изменений не сохранено)</translation>
    </message>
    <message>
        <source>the project file is read-only (nothing of this change was saved)</source>
        <translation>файл проекта доступен только для чтения (ни одно из изменений не сохранено)</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Backup</name>
    <message>
        <source>the project&apos;s database driver does not allow backups</source>
        <translation>драйвер базы данных проекта не поддерживает резервное копирование</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>не удаётся создать папку для резервных копий %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>the project is damaged (%1), so it was not backed up; the earlier backups are kept</source>
        <translation>проект повреждён (%1), поэтому резервная копия не создана; прежние копии сохранены</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Migrator</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) не удалась: %3</translation>
    </message>
    <message>
        <source>a project cannot be kept in a %1 database</source>
        <translation>проект нельзя хранить в базе данных %1</translation>
    </message>
</context>
<context>
    <name>Attache::Db::PostgresqlDialect</name>
    <message>
        <source>the connection is not a PostgreSQL one</source>
        <translation>это соединение не с PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Attache::Db::SearchRank</name>
    <message>
        <source>SQLite was built without full-text search</source>
        <translation>SQLite собран без полнотекстового поиска</translation>
    </message>
</context>
<context>
    <name>Attache::Db::ServerLocation</name>
    <message>
        <source>%1 is not a server location (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 не является адресом сервера (postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА)</translation>
    </message>
    <message>
        <source>a server location never holds a password: put it in ~/.pgpass, a service file or PGPASSWORD instead</source>
        <translation>адрес сервера никогда не содержит пароля: укажите его в ~/.pgpass, файле служб или PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation>в %1 не указана база данных (postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА)</translation>
    </message>
    <message>
        <source>%1 is not a connection setting Attaché accepts (%2)</source>
        <translation>%1 — не тот параметр соединения, который принимает Attaché (%2)</translation>
    </message>
    <message>
        <source>the value of %1 holds a character a connection setting may not contain</source>
        <translation>значение %1 содержит символ, недопустимый в параметре соединения</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 не является номером порта</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::DocumentReportWriter</name>
    <message>
        <source>PDF and ODT need a QGuiApplication to lay out text</source>
        <translation>для PDF и ODT нужен QGuiApplication, чтобы сверстать текст</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>не удалось записать PDF</translation>
    </message>
    <message>
        <source>could not write the ODT</source>
        <translation>не удалось записать ODT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::HtmlReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Статья без названия %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>уверенность %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>на проверку</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Цитаты по говорящим</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Должность и ведомство</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Без говорящего</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Выделения и заметки</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Ко всей статье</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Указатель меток</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Создано %1 из проекта %2: %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::MarkdownReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Статья без названия %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>уверенность %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>на проверку</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>Цитаты по говорящим</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>Должность и ведомство</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>Без говорящего</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Выделения и заметки</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Ко всей статье</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Указатель меток</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>Создано %1 из проекта %2: %3.</translation>
    </message>
</context>
<context>
    <name>Attache::Export::QdpxReportWriter</name>
    <message>
        <source>could not write the archive: %1</source>
        <translation>не удалось записать архив: %1</translation>
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
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln цитата</numerusform>
            <numerusform>%Ln цитаты</numerusform>
            <numerusform>%Ln цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln пометка</numerusform>
            <numerusform>%Ln пометки</numerusform>
            <numerusform>%Ln пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln издание</numerusform>
            <numerusform>%Ln издания</numerusform>
            <numerusform>%Ln изданий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation>%1, опубликованы %2</translation>
    </message>
    <message>
        <source>%1, published %2 to %3</source>
        <translation>%1, опубликованы с %2 по %3</translation>
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
        <translation>Отчёт: %1</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>метки «%1» нет</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportQuote</name>
    <message>
        <source>no speaker found</source>
        <translation>говорящий не найден</translation>
    </message>
    <message>
        <source>speaker uncertain (suggested: %1)</source>
        <translation>говорящий не определён (предположительно: %1)</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportWriter</name>
    <message>
        <source>HTML page</source>
        <translation>Веб-страница HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>CSV table of quotes and annotations</source>
        <translation>Таблица CSV с цитатами и пометками</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Данные JSON</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Веб-аннотации W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Проект REFI-QDA</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Изменение пометки</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>Новая пометка</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>Заметка ко всей статье</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Без проверки орфографии</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Без цвета</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>&amp;Орфография:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationListModel</name>
    <message>
        <source>(whole article)</source>
        <translation>(вся статья)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Выделить фрагмент</translation>
    </message>
    <message>
        <source>Highlight &amp;With</source>
        <translation>Выделить &amp;цветом</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>Добавить &amp;заметку к фрагменту…</translation>
    </message>
    <message>
        <source>Add Note to &amp;Article…</source>
        <translation>Добавить заметку к с&amp;татье…</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Изменить пометку…</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>&amp;Удалить пометку</translation>
    </message>
    <message>
        <source>Edit This Annotation…</source>
        <translation>Изменить эту пометку…</translation>
    </message>
    <message>
        <source>Remove This Annotation</source>
        <translation>Удалить эту пометку</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Свойства статьи</translation>
    </message>
    <message>
        <source>Separate several authors with ;</source>
        <translation>Нескольких авторов разделяйте точкой с запятой (;)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Создана по запросу</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>Before upgrading to project format %1</source>
        <translation>Перед обновлением до формата проекта %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::DamagedProjectDialog</name>
    <message>
        <source>Damaged Project</source>
        <translation>Повреждённый проект</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file has been left exactly as it was.</source>
        <translation>Файл %1 повреждён и не был открыт. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Its newest intact backup was made %1. Restore it and open the project?</source>
        <translation>Последняя неповреждённая резервная копия создана %1. Восстановить её и открыть проект?</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>&amp;Восстановить последнюю копию</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::EmptyStatePage</name>
    <message>
        <source>Import Articles…</source>
        <translation>Импортировать статьи…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>This project has no articles yet.
Import an article to begin — or drop files here.</source>
        <translation>В этом проекте пока нет статей.
Импортируйте статью, чтобы начать, — или перетащите сюда файлы.</translation>
    </message>
    <message>
        <source>Open a project, or create one, to begin.</source>
        <translation>Чтобы начать, откройте или создайте проект.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::FindBar</name>
    <message>
        <source>Highlight &amp;all</source>
        <translation>Подсветить &amp;все</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Найти в статье</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Предыдущее совпадение (%1)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Следующее совпадение (%1)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ImportController</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>Импорт: %v из %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>Остановить импорт; уже импортированное сохранится</translation>
    </message>
    <message>
        <source>Only the first %L1 files are imported at once.</source>
        <translation>За один раз импортируются только первые %L1 файлов.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %L1, skipped %L2 already in the project, failed %L3.</source>
        <translation>Импортировано: %L1, пропущено (уже в проекте): %L2, с ошибками: %L3.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Статьи (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <source>Import from a Web Address</source>
        <translation>Импорт по веб-адресу</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>Адрес статьи (http или https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Импортировать можно только адреса http и https.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::MainWindow</name>
    <message>
        <source>%1 (read-only) — Attaché</source>
        <translation>%1 (только чтение) — Attaché</translation>
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
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройка</translation>
    </message>
    <message>
        <source>&amp;Configure Attaché…</source>
        <translation>&amp;Настроить Attaché…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Плановое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File ▸ New Project or open one with File ▸ Open Project.</source>
        <translation>Проект не открыт. Создайте его командой «Файл ▸ Новый проект» или откройте командой «Файл ▸ Открыть проект».</translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation>только чтение: изменения нельзя сохранить</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>О программе Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;A reader that finds who said what in foreign-policy articles.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;Программа для чтения, которая находит, кто что сказал в статьях о внешней политике.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · Articles: %L2</source>
        <translation>%1 · Статей: %L2</translation>
    </message>
    <message>
        <source>This article: %L1 quotes from %L2 speakers</source>
        <translation>В этой статье: цитат — %L1, говорящих — %L2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::NoteEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Добавить «%1» в словарь</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeopleModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Также упоминается как: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeoplePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Разделить…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Фильтр по людям</translation>
    </message>
    <message>
        <source>Type part of a name, another name, a role or an institution</source>
        <translation>Введите часть имени, другого имени, должности или ведомства</translation>
    </message>
    <message>
        <source>Change the person&apos;s name, kind, role and institution</source>
        <translation>Изменить имя, тип, должность и ведомство человека</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>Объединить выбранных людей в одного человека</translation>
    </message>
    <message>
        <source>Make one of the person&apos;s other names a person of their own</source>
        <translation>Выделить одно из других имён человека в отдельного человека</translation>
    </message>
    <message>
        <source>People in the project</source>
        <translation>Люди в проекте</translation>
    </message>
    <message>
        <source>The person&apos;s quotes across the project</source>
        <translation>Цитаты человека по всему проекту</translation>
    </message>
    <message>
        <source>Double-click a quote, or press Enter, to read it in its article</source>
        <translation>Дважды щёлкните цитату или нажмите Enter, чтобы прочитать её в статье</translation>
    </message>
    <message>
        <source>Choose a person to see everything they said.</source>
        <translation>Выберите человека, чтобы увидеть всё, что он сказал.</translation>
    </message>
    <message>
        <source>Quotes by %1, oldest first: %2</source>
        <translation>Цитаты: %1, сначала старые: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quote(s))</source>
        <translation>
            <numerusform>%1 (%n цитата)</numerusform>
            <numerusform>%1 (%n цитаты)</numerusform>
            <numerusform>%1 (%n цитат)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Объединение людей</translation>
    </message>
    <message>
        <source>The others&apos; names become this person&apos;s aliases, and their quotes move to it.
Keep:</source>
        <translation>Имена остальных станут другими именами этого человека, а их цитаты перейдут к нему.
Оставить:</translation>
    </message>
    <message>
        <source>Split Person</source>
        <translation>Разделение человека</translation>
    </message>
    <message>
        <source>This name becomes a person of their own; quotes attributed under it follow.
Name:</source>
        <translation>Это имя станет отдельным человеком; цитаты, приписанные под ним, перейдут к нему.
Имя:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <source>e.g. foreign minister</source>
        <translation>напр. министр иностранных дел</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>напр. Министерство иностранных дел</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonQuoteModel</name>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>прямая</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частичная</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>стенограмма</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>косвенная</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ProjectController</name>
    <message>
        <source>Attaché projects (*.%1)</source>
        <translation>Проекты Attaché (*.%1)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Проверка проекта…</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>Файл %1 нельзя заменить.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The backup was not restored and the project was not changed.</source>
        <translation>Резервная копия не восстановлена, проект не изменён.</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1</source>
        <translation>Резервная копия восстановлена, но открыть её не удаётся: %1</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>Restored the backup; the previous file is kept as %1</source>
        <translation>Резервная копия восстановлена; прежний файл сохранён как %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderController</name>
    <message>
        <source>direct quote</source>
        <translation>прямая цитата</translation>
    </message>
    <message>
        <source>partial quote</source>
        <comment>a few quoted words inside reported speech</comment>
        <translation>частичная цитата</translation>
    </message>
    <message>
        <source>transcript</source>
        <comment>a quotation from an interview or press-conference transcript</comment>
        <translation>стенограмма</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <comment>reported speech, without quotation marks</comment>
        <translation>косвенная речь</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Filter articles by title, outlet or date</source>
        <translation>Фильтр статей по заголовку, изданию или дате</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <source>%1 · %2 · cue “%3” · confidence %4%</source>
        <extracomment>speaker&apos;s kind · kind of quote · the verb that introduced it · how sure the engine is</extracomment>
        <translation>%1 · %2 · глагол «%3» · уверенность %4%</translation>
    </message>
    <message>
        <source>A quotation with no speaker found</source>
        <translation>Цитата, для которой говорящий не найден</translation>
    </message>
    <message>
        <source>Check this attribution</source>
        <translation>Проверьте атрибуцию</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>Свойства статьи</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Заголовок статьи</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message numerus="yes">
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Выбранные статьи (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any speaker (part of a name)</source>
        <translation>Любой говорящий (часть имени)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Любое издание</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>Опубликованы между</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Статьи:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Говорящий:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Chart of quotes per speaker</source>
        <translation>&amp;Диаграмма цитат по говорящим</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Цитаты</translation>
    </message>
    <message>
        <source>&amp;Highlights and notes</source>
        <translation>&amp;Выделения и заметки</translation>
    </message>
    <message>
        <source>Ta&amp;g index</source>
        <translation>&amp;Указатель меток</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Цитаты по говорящим</translation>
    </message>
    <message>
        <source>Quotes by article</source>
        <translation>Цитаты по статьям</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Предварительный просмотр отчёта</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>and</source>
        <comment>published between DATE and DATE</comment>
        <translation>и</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>US paper size</comment>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>%L1 articles, %L2 quotes, %L3 annotations</source>
        <translation>Статей: %L1, цитат: %L2, пометок: %L3</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to.</source>
        <translation>Выберите резервную копию %1, к которой нужно вернуться.</translation>
    </message>
    <message>
        <source>%1 has no backups yet. Attaché makes them on the schedule set in its settings (Backups) and before upgrading a project.</source>
        <translation>У %1 пока нет резервных копий. Attaché создаёт их по расписанию из настроек (Резервные копии) и перед обновлением проекта.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>Восстановить резервную копию от %1?</translation>
    </message>
    <message>
        <source>The current file is not deleted or changed: it is renamed to “%1-before-restore-&lt;date and time&gt;.%2” in the same folder, where anything done since the backup remains.</source>
        <translation>Текущий файл не удаляется и не изменяется: он переименовывается в «%1-before-restore-&lt;дата и время&gt;.%2» в той же папке, и всё сделанное после создания копии в нём сохраняется.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchListModel</name>
    <message>
        <source>speaker: %1</source>
        <translation>говорящий: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>тип: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>ведомство: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>метка: %1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>издание: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchesDock</name>
    <message>
        <source>Saved Searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Replace with Current Search</source>
        <translation>Заменить текущим поиском</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Переименовать сохранённый поиск</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>Поиск по про&amp;екту…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Сохранить поиск…</translation>
    </message>
    <message>
        <source>Keep this search and its filters in the project</source>
        <translation>Сохранить этот поиск с его фильтрами в проекте</translation>
    </message>
    <message>
        <source>Cannot search for that: %1</source>
        <translation>Такой поиск невозможен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results for the filters</source>
        <translation>
            <numerusform>%n результат по фильтрам</numerusform>
            <numerusform>%n результата по фильтрам</numerusform>
            <numerusform>%n результатов по фильтрам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n результат по запросу «%1»</numerusform>
            <numerusform>%n результата по запросу «%1»</numerusform>
            <numerusform>%n результатов по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words or choose a filter first, then save the search</source>
        <translation>Чтобы сохранить поиск, сначала введите слова или выберите фильтр</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранение поиска</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchPanel</name>
    <message>
        <source>Search all articles, notes and quotes</source>
        <translation>Поиск по всем статьям, заметкам и цитатам</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Поиск по проекту</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT; case and accents are ignored</source>
        <translation>Слова, &quot;фразы&quot;, префикс*, AND, OR, NOT; регистр и диакритические знаки не учитываются</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Показать или скрыть фильтры</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>Тип говорящего</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Любой говорящий</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation>Имя говорящего</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Speaker&apos;s institution</source>
        <translation>Ведомство говорящего</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Опубликовано начиная с</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Опубликовано по</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Любое издание</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Фильтры (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Цитата: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Орфография</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Системный размер</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Attaché.</source>
        <translation>Новый язык будет применён при следующем запуске Attaché.</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>&amp;Тема для чтения:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Шрифт для чтения:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ра&amp;змер шрифта:</translation>
    </message>
    <message>
        <source>Themes colour quotations, numbers and dates in the reading view.</source>
        <translation>Темы выделяют цветом цитаты, числа и даты в окне чтения.</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Без проверки орфографии</translation>
    </message>
    <message>
        <source>&amp;Dictionary for notes:</source>
        <translation>&amp;Словарь для заметок:</translation>
    </message>
    <message>
        <source>Dictionaries installed on the system are listed (for example the hunspell-de-de, hunspell-fr and hunspell-ru packages). Words you add are kept in each project.</source>
        <translation>В списке — словари, установленные в системе (например, пакеты hunspell-de-de, hunspell-fr и hunspell-ru). Добавленные вами слова хранятся в каждом проекте.</translation>
    </message>
    <message>
        <source>Mark for &amp;review below confidence:</source>
        <translation>Отмечать для &amp;проверки при уверенности ниже:</translation>
    </message>
    <message>
        <source>Attributions the engine is less sure of than this get a red wavy underline.</source>
        <translation>Атрибуции, в которых программа уверена меньше, подчёркиваются красной волнистой линией.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation>&amp;Хранить резервных копий:</translation>
    </message>
    <message>
        <source>Back up the open project &amp;every:</source>
        <translation>Копировать открытый проект &amp;каждые:</translation>
    </message>
    <message>
        <source>Backups are kept beside each project in a folder named after it. A backup is also made before a project is upgraded to a newer format.</source>
        <translation>Резервные копии хранятся рядом с каждым проектом в папке с его именем. Копия также создаётся перед обновлением проекта до нового формата.</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutListModel</name>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбинация клавиш</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakerListModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Также: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <source>&amp;Next Quote by Speaker</source>
        <translation>&amp;Следующая цитата говорящего</translation>
    </message>
    <message>
        <source>&amp;Previous Quote by Speaker</source>
        <translation>П&amp;редыдущая цитата говорящего</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>Говорящие в этой статье</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Это не цитата</translation>
    </message>
    <message>
        <source>Attribute To</source>
        <translation>Приписать</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Set Role…</source>
        <translation>Указать должность…</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role and institution:</source>
        <translation>Должность и ведомство:</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::TagsDock</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Новая метка…</translation>
    </message>
    <message>
        <source>New Child Tag…</source>
        <translation>Новая вложенная метка…</translation>
    </message>
    <message>
        <source>Rename or Describe…</source>
        <translation>Переименовать или описать…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Новая метка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Правка метки</translation>
    </message>
    <message>
        <source>What this tag means:</source>
        <translation>Что означает эта метка:</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Цвет метки</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ThemeMenu</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::UserGuideDialog</name>
    <message>
        <source>Attaché User Guide</source>
        <translation>Руководство пользователя Attaché</translation>
    </message>
</context>
<context>
    <name>Attache::Import::ArticleImporter</name>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>файл слишком велик (ограничение — %1 МБ)</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>неподдерживаемый тип файла (%1)</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>неподдерживаемый тип файла</translation>
    </message>
</context>
<context>
    <name>Attache::Import::BatchImport</name>
    <message>
        <source>the same text is already in the project</source>
        <translation>такой текст уже есть в проекте</translation>
    </message>
</context>
<context>
    <name>Attache::Import::HtmlImporter</name>
    <message>
        <source>unsupported character set &apos;%1&apos;</source>
        <translation>неподдерживаемая кодировка «%1»</translation>
    </message>
    <message>
        <source>binary data (NUL bytes), not an HTML page</source>
        <translation>двоичные данные (байты NUL), а не HTML-страница</translation>
    </message>
    <message>
        <source>HTML page too large (more than %1 elements)</source>
        <translation>HTML-страница слишком велика (более %1 элементов)</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels); refusing the page</source>
        <translation>слишком глубокая вложенность HTML (более %1 уровней); страница отклонена</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>не удалось разобрать HTML</translation>
    </message>
    <message>
        <source>no visible text in the HTML page</source>
        <translation>на HTML-странице нет видимого текста</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>на HTML-странице не найден текст статьи</translation>
    </message>
</context>
<context>
    <name>Attache::Import::MarkdownImporter</name>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>нет текста (в файле только пробельные символы)</translation>
    </message>
    <message>
        <source>no text in the Markdown document</source>
        <translation>в документе Markdown нет текста</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>текст статьи не найден (только заголовок или служебные элементы страницы)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::PdfImporter</name>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>PDF не читается (повреждён или обрезан)</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password-protected); remove the password first</source>
        <translation>PDF зашифрован (защищён паролем); сначала снимите пароль</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>в PDF нет страниц</translation>
    </message>
    <message>
        <source>the PDF has too many pages (%1; the limit is %2)</source>
        <translation>в PDF слишком много страниц (%1; ограничение — %2)</translation>
    </message>
    <message>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>в PDF нет текста (отсканированные страницы сначала нужно распознать)</translation>
    </message>
    <message>
        <source>no article text found in the PDF</source>
        <translation>в PDF не найден текст статьи</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextDecoder</name>
    <message>
        <source>binary data (NUL bytes), not a text file</source>
        <translation>двоичные данные (байты NUL), а не текстовый файл</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), not a text file</source>
        <translation>двоичные данные (управляющих символов: %1), а не текстовый файл</translation>
    </message>
    <message>
        <source>invalid %1 data (an odd number of bytes)</source>
        <translation>недопустимые данные %1 (нечётное число байтов)</translation>
    </message>
    <message>
        <source>invalid %1 data</source>
        <translation>недопустимые данные %1</translation>
    </message>
    <message>
        <source>not UTF-8 and not in an encoding that could be recognised; convert it to UTF-8</source>
        <translation>не UTF-8 и не в распознаваемой кодировке; преобразуйте его в UTF-8</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextImporter</name>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>файл слишком велик (ограничение — %1 МБ)</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>нет текста (в файле только пробельные символы)</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>текст статьи не найден (только заголовок или служебные элементы страницы)</translation>
    </message>
</context>
<context>
    <name>Attache::Import::UrlFetcher</name>
    <message>
        <source>not an http or https URL</source>
        <translation>это не адрес http или https</translation>
    </message>
    <message>
        <source>the page is too large (the limit is %1 MB)</source>
        <translation>страница слишком велика (ограничение — %1 МБ)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>сервер ответил: HTTP %1</translation>
    </message>
    <message>
        <source>the download timed out</source>
        <translation>время ожидания загрузки истекло</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>ошибка загрузки: %1</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>сервер прислал пустую страницу</translation>
    </message>
</context>
<context>
    <name>Attache::OutputFile</name>
    <message>
        <source>%1 is the open project; choose another file</source>
        <translation>%1 — открытый проект; выберите другой файл</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation>%1 — это папка; укажите файл</translation>
    </message>
    <message>
        <source>%1 is an Attaché project and is not written over; choose another file</source>
        <translation>%1 — проект Attaché, он не будет перезаписан; выберите другой файл</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <source>the file would be larger than the disk allows</source>
        <translation>файл превысил бы размер, допустимый на диске</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
</context>
<context>
    <name>Attache::PersonalDictionary</name>
    <message>
        <source>only single words can be added to the dictionary</source>
        <translation>в словарь можно добавлять только отдельные слова</translation>
    </message>
</context>
<context>
    <name>Attache::Project</name>
    <message>
        <source>%1 was saved by a newer version of Attaché (project format %2; this version reads up to %3)</source>
        <translation>Файл %1 сохранён более новой версией Attaché (формат проекта %2; эта версия читает форматы до %3)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 не удаётся прочитать</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attaché project</source>
        <translation>%1 — пустой файл, а не проект Attaché</translation>
    </message>
    <message>
        <source>%1 is not an Attaché project</source>
        <translation>%1 — не проект Attaché</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Attaché project</source>
        <translation>%1 — база данных SQLite, но не проект Attaché</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>; the newest backup is %1 (attache-cli restore %2 %1)</source>
        <translation>; последняя резервная копия — %1 (attache-cli restore %2 %1)</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>не удаётся скопировать %1 в %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 не удаётся восстановить: %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>не удаётся переместить %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>%1 is read-only (opened for reading only)</source>
        <translation>%1 доступен только для чтения (открыт только для чтения)</translation>
    </message>
    <message>
        <source>%1 is read-only and holds changes not yet merged into it (%1-wal); open it once where it can be written</source>
        <translation>%1 доступен только для чтения и содержит изменения, ещё не внесённые в него (%1-wal); откройте его один раз там, где возможна запись</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Attaché</source>
        <translation>%1 открыт в другом экземпляре Attaché</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>проверка целостности не дала ответа</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded to project format %2 first; make it writable</source>
        <translation>%1 доступен только для чтения, а его нужно сначала обновить до формата проекта %2; разрешите запись в него</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>не удаётся подготовить %1: %2</translation>
    </message>
    <message>
        <source>%1 was not opened and is unchanged: %2, so it may have been altered to run code</source>
        <translation>Файл %1 не открыт и не изменён: %2; возможно, его изменили, чтобы выполнить код</translation>
    </message>
    <message>
        <source>%1 cannot be checked: there is no room for a copy of it in %2</source>
        <translation>не удаётся проверить %1: в %2 нет места для его копии</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation>%1 повреждён: файл обрезан (%2 из %3 байт)</translation>
    </message>
</context>
<context>
    <name>Attache::SavedSearchStore</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>у сохранённого поиска должно быть имя</translation>
    </message>
    <message>
        <source>a saved search needs words or a filter</source>
        <translation>сохранённому поиску нужны слова или фильтр</translation>
    </message>
    <message>
        <source>a saved search named %1 already exists</source>
        <translation>сохранённый поиск %1 уже есть</translation>
    </message>
    <message>
        <source>there is no saved search %1</source>
        <translation>сохранённого поиска %1 нет</translation>
    </message>
</context>
<context>
    <name>Attache::TagStore</name>
    <message>
        <source>a tag needs a name</source>
        <translation>у метки должно быть имя</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 — не цвет</translation>
    </message>
    <message>
        <source>a tag named %1 already exists there</source>
        <translation>метка %1 здесь уже есть</translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation>метку нельзя переместить внутрь её самой</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>метки %1 нет</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Mark as Not a Quote</source>
        <translation>Пометка «не цитата»</translation>
    </message>
    <message>
        <source>Reassign Quote</source>
        <translation>Переназначение цитаты</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>Переименование человека</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Изменение типа</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Должность</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Импортировать статьи…</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation>Импортировать по &amp;веб-адресу…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>Сво&amp;йства статьи…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Экспортировать отчёт…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotations, Numbers and Dates</source>
        <translation>Подсвечивать &amp;цитаты, числа и даты</translation>
    </message>
    <message>
        <source>Show &amp;Who Said What</source>
        <translation>Показывать, &amp;кто что сказал</translation>
    </message>
    <message>
        <source>Show My &amp;Highlights and Notes</source>
        <translation>Показывать мои в&amp;ыделения и заметки</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>&amp;О программе Attaché</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Объединение с %1</translation>
    </message>
    <message>
        <source>Split %1 Off</source>
        <translation>Выделение: %1</translation>
    </message>
    <message>
        <source>That person is no longer in the register.</source>
        <translation>Этого человека больше нет в реестре.</translation>
    </message>
</context>
<context>
    <name>SavedSearchCommand</name>
    <message>
        <source>Save Search %1</source>
        <translation>Сохранение поиска %1</translation>
    </message>
    <message>
        <source>Change Saved Search %1</source>
        <translation>Изменение сохранённого поиска %1</translation>
    </message>
    <message>
        <source>Rename Saved Search %1 to %2</source>
        <translation>Переименование сохранённого поиска %1 в %2</translation>
    </message>
    <message>
        <source>Delete Saved Search %1</source>
        <translation>Удаление сохранённого поиска %1</translation>
    </message>
    <message>
        <source>the saved searches could not be changed</source>
        <translation>не удалось изменить сохранённые поиски</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 is not a speaker kind (one of %2)</source>
        <translation>%1 — не тип говорящего (допустимы: %2)</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>диапазон дат заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the search is empty</source>
        <translation>пустой поисковый запрос</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>no such file</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>файл слишком велик (%1 МБ; ограничение — %2 МБ)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>файл слишком велик (ограничение — %1 МБ)</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>official</source>
        <comment>kind of speaker: a government or state official</comment>
        <translation>официальное лицо</translation>
    </message>
    <message>
        <source>expert</source>
        <comment>kind of speaker: analyst, academic, think-tank fellow</comment>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>journalist</source>
        <comment>kind of speaker</comment>
        <translation>журналист</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>kind of speaker: a ministry, agency or company speaking as a body</comment>
        <translation>организация</translation>
    </message>
    <message>
        <source>unnamed source</source>
        <comment>kind of speaker: an anonymous source</comment>
        <translation>анонимный источник</translation>
    </message>
    <message>
        <source>other</source>
        <comment>kind of speaker</comment>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Add Tag %1</source>
        <translation>Добавление метки %1</translation>
    </message>
    <message>
        <source>Edit Tag %1</source>
        <translation>Изменение метки %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>Удаление метки %1</translation>
    </message>
</context>
</TS>
