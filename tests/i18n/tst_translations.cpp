// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "settings.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Attache;
using namespace Qt::StringLiterals;
using Attache::Gui::UiLanguage;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one per plural form
};

// The messages of a .ts file as lupdate wrote them.
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                messages.append(message);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, xml.attributes().value(u"numerus") == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation" && !message.numerus) {
            message.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { UiLanguage::install(QString::fromLatin1(UiLanguage::kEnglish)); }

    void resolvesTheLanguage_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system Russian") << QString() << QStringList {u"ru-RU"_s, u"en-US"_s} << u"ru"_s;
        QTest::newRow("system Simplified Chinese") << QString() << QStringList {u"zh-Hans-CN"_s} << u"zh_CN"_s;
        QTest::newRow("system Chinese of China") << QString() << QStringList {u"zh-CN"_s} << u"zh_CN"_s;
        QTest::newRow("Traditional Chinese is not Simplified") << QString() << QStringList {u"zh-Hant-TW"_s} << u"en"_s;
        QTest::newRow("Austrian German") << QString() << QStringList {u"de-AT"_s, u"en"_s} << u"de"_s;
        QTest::newRow("first available wins") << QString() << QStringList {u"pt-BR"_s, u"fr-CA"_s} << u"fr"_s;
        QTest::newRow("English system") << QString() << QStringList {u"en-GB"_s, u"de"_s} << u"en"_s;
        QTest::newRow("C locale") << QString() << QStringList {u"C"_s} << u"en"_s;
        QTest::newRow("choice beats system") << u"fr"_s << QStringList {u"ru-RU"_s} << u"fr"_s;
        QTest::newRow("unknown choice follows system") << u"xx"_s << QStringList {u"de-DE"_s} << u"de"_s;
    }
    void resolvesTheLanguage()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::resolve(choice, system), expected);
    }

    void listsLanguagesInTheirOwnNames()
    {
        QStringList names;
        for (const QString &language : UiLanguage::available()) {
            names.append(UiLanguage::nativeName(language));
        }
        QCOMPARE(names, (QStringList {u"English"_s, u"Русский"_s, u"简体中文"_s, u"Deutsch"_s, u"Français"_s}));
    }

    void everyLanguageLoadsAndCoversEveryString_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<int>("minimumMessages");
        QTest::newRow("ru") << u"ru"_s << u"&Файл"_s << u"ru_RU"_s << 300;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"文件(&F)"_s << u"zh_CN"_s << 300;
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"de_DE"_s << 300;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s << u"fr_FR"_s << 300;
        // English translates only plural forms; everything else is the source text.
        QTest::newRow("en") << u"en"_s << u"&File"_s << u"en_US"_s << 3;
    }
    void everyLanguageLoadsAndCoversEveryString()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, localeName);
        QFETCH(int, minimumMessages);
        QVERIFY(UiLanguage::install(language));
        QCOMPARE(QLocale().name(), localeName);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);

        // Every message of the .ts, as the built-in .qm answers it: nothing was dropped or left empty.
        const QList<Message> messages = readTs(QStringLiteral(ATTACHE_TS_DIR "/attache_%1.ts").arg(language));
        QVERIFY(messages.size() >= minimumMessages);
        for (const Message &message : messages) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            QVERIFY2(!message.translations.isEmpty() && !message.translations.constFirst().isEmpty(), source);
            if (message.numerus) {
                // One of each form is enough to show they all arrived; 1 and 5 differ in every language but Chinese.
                QString five = QCoreApplication::translate(context, source,
                                                           comment.isEmpty() ? nullptr : comment.constData(), 5);
                // %Ln (a number in the locale's digits) stays %Ln in the .ts.
                const QString placeholder = message.source.contains(u"%Ln"_s) ? u"%Ln"_s : u"%n"_s;
                QVERIFY2(message.translations.contains(five.replace(u"5"_s, placeholder)), source);
            } else {
                QCOMPARE(
                    QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData()),
                    message.translations.constFirst());
            }
        }
    }

    void translatesCoreMessagesUnderTheirContext()
    {
        // Messages from free functions in core: their context must be the one lupdate filed them under.
        QVERIFY(UiLanguage::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("Attache::Gui::FindBar", "%n match(es)", nullptr, 1), u"1 match"_s);
        QCOMPARE(QCoreApplication::translate("Attache::Gui::FindBar", "%n match(es)", nullptr, 3), u"3 matches"_s);
        QVERIFY(UiLanguage::install(u"de"_s));
        QCOMPARE(
            QCoreApplication::translate("Attache::Import::HtmlImporter", "HTML page too large (more than %1 elements)"),
            u"HTML-Seite zu groß (mehr als %1 Elemente)"_s);
        QCOMPARE(QCoreApplication::translate("Attache::Gui::FindBar", "%n match(es)", nullptr, 1), u"1 Treffer"_s);
        QVERIFY(UiLanguage::install(u"ru"_s));
        QCOMPARE(QCoreApplication::translate("Attache::Gui::FindBar", "%n match(es)", nullptr, 3), u"3 совпадения"_s);
        QCOMPARE(QCoreApplication::translate("Attache::Gui::FindBar", "%n match(es)", nullptr, 11), u"11 совпадений"_s);
    }

    void loadsQtsOwnTranslations()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(folder + u"/qtbase_fr.qm"_s)) {
            QSKIP("Qt's translations (qt6-translations-l10n) are not installed");
        }
        QVERIFY(UiLanguage::install(u"fr"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
        QVERIFY(UiLanguage::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void mainWindowShowsTranslatedMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("en") << u"en"_s << QStringList {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Settings"_s, u"&Help"_s};
        QTest::newRow("ru") << u"ru"_s
                            << QStringList {u"&Файл"_s, u"&Правка"_s, u"&Вид"_s, u"&Настройка"_s, u"&Справка"_s};
        QTest::newRow("zh_CN") << u"zh_CN"_s
                               << QStringList {u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s, u"设置(&S)"_s,
                                               u"帮助(&H)"_s};
        QTest::newRow("de") << u"de"_s
                            << QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Einstellungen"_s,
                                            u"&Hilfe"_s};
        QTest::newRow("fr") << u"fr"_s
                            << QStringList {u"&Fichier"_s, u"&Édition"_s, u"&Affichage"_s, u"&Configuration"_s,
                                            u"Ai&de"_s};
    }
    void mainWindowShowsTranslatedMenus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QVERIFY(UiLanguage::install(language));
        Gui::MainWindow window;
        window.show();
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions()) {
            titles.append(action->text());
        }
        for (const QString &menu : menus) {
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(u" | ")));
        }
    }

    void settingsDialogStoresTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("system") << QString();
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void settingsDialogStoresTheLanguage()
    {
        QFETCH(QString, language);
        Gui::SettingsDialog dialog;
        auto *chooser = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 1 + UiLanguage::available().size());
        chooser->setCurrentIndex(chooser->findData(language));
        QVERIFY(chooser->currentIndex() >= 0);
        dialog.save();
        QCOMPARE(Settings::stringValue(Settings::Key::UiLanguage), language);
        Gui::SettingsDialog reopened;
        QCOMPARE(reopened.findChild<QComboBox *>(u"language"_s)->currentData().toString(), language);
        Settings::reset(Settings::Key::UiLanguage);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
