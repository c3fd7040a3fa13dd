// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldictionary.h"
#include "spell/hunspellchecker.h"
#include "spell/noteeditor.h"
#include "spell/spellcheckhighlighter.h"
#include "tempproject.h"

#include <QTest>

using namespace Attache;
using namespace Attache::Gui;

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ATTACHE_HUNSPELL_PATH",
                (qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/hunspell")).toLocal8Bit());
        QVERIFY2(HunspellChecker::availableDictionaries().contains(QStringLiteral("en_US")),
                 "hunspell-en-us must be installed (scripts/sysroot-packages.txt)");
    }

    void dictionariesInAnyEncoding_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("correct");
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("UTF-8 (en_US)") << QStringLiteral("en_US") << QStringLiteral("UTF-8")
                                       << QStringLiteral("government") << QStringLiteral("goverment")
                                       << QStringLiteral("government");
        QTest::newRow("ISO 8859-1") << QStringLiteral("de_TEST") << QStringLiteral("ISO8859-1")
                                    << QStringLiteral("Straße") << QStringLiteral("Strase") << QStringLiteral("Straße");
        QTest::newRow("KOI8-R") << QStringLiteral("ru_TEST") << QStringLiteral("KOI8-R") << QStringLiteral("министр")
                                << QStringLiteral("минисnр") << QString();
    }

    void dictionariesInAnyEncoding()
    {
        QFETCH(QString, language);
        QFETCH(QString, encoding);
        QFETCH(QString, correct);
        QFETCH(QString, wrong);
        QFETCH(QString, suggestion);
        const std::unique_ptr<HunspellChecker> checker = HunspellChecker::forLanguage(language);
        QVERIFY(checker);
        QCOMPARE(checker->encoding(), encoding);
        QVERIFY(checker->isCorrect(correct));
        QVERIFY(!checker->isCorrect(wrong));
        if (!suggestion.isEmpty()) {
            QVERIFY2(checker->suggestions(wrong).contains(suggestion),
                     qPrintable(checker->suggestions(wrong).join(u',')));
        }
        checker->addWord(wrong);
        QVERIFY(checker->isCorrect(wrong));
    }

    void wordsSkipNumbersAndPunctuation()
    {
        const QString text = QStringLiteral("In 2022, the G7's envoys met—briefly.");
        QStringList words;
        for (const auto &[start, length] : SpellCheckHighlighter::words(text)) {
            words.append(text.mid(start, length));
        }
        QCOMPARE(words,
                 (QStringList {QStringLiteral("In"), QStringLiteral("the"), QStringLiteral("envoys"),
                               QStringLiteral("met"), QStringLiteral("briefly")}));
    }

    void noteEditorUsesThePersonalDictionary()
    {
        Test::TempProject project;
        NoteEditor editor;
        editor.setPersonalDictionary(project->dictionary());
        QVERIFY(editor.setLanguage(QStringLiteral("en_US")));
        editor.setPlainText(QStringLiteral("The goverment of Kowalczyk said so."));
        QCOMPARE(editor.misspeltWords(), (QStringList {QStringLiteral("goverment"), QStringLiteral("Kowalczyk")}));
        QString error;
        QVERIFY(project->dictionary()->add(QStringLiteral("Kowalczyk"), &error));
        editor.setPersonalDictionary(project->dictionary());
        QCOMPARE(editor.misspeltWords(), QStringList {QStringLiteral("goverment")});
        QVERIFY(!editor.setLanguage(QStringLiteral("xx_NONE")));
        QVERIFY(editor.misspeltWords().isEmpty());
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
