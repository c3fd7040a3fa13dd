// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articlehighlighter.h"
#include "reader/syntaxrepository.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Attache::Gui;

class TestArticleHighlighter : public QObject
{
    Q_OBJECT

private:
    /** The foreground colour at position in the document's first block, or an invalid colour. */
    static QColor colourAt(const QTextDocument &document, int position)
    {
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format.foreground().color();
            }
        }
        return {};
    }

private Q_SLOTS:
    void articleDefinitionIsBundled()
    {
        const KSyntaxHighlighting::Definition definition = SyntaxRepository::articleDefinition();
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), QStringLiteral("Attaché Article"));
        QVERIFY(SyntaxRepository::themeNames().size() > 3);
    }

    void lexicalLayer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("marked");
        QTest::newRow("straight quote") << QStringLiteral("Officials said \"we will act\" soon.")
                                        << QStringLiteral("Officials") << QStringLiteral("will");
        QTest::newRow("curly quote") << QStringLiteral("The envoy said “talks are over” late.")
                                     << QStringLiteral("envoy") << QStringLiteral("talks");
        QTest::newRow("money") << QStringLiteral("Trade reached $123 billion last year.") << QStringLiteral("Trade")
                               << QStringLiteral("123");
        QTest::newRow("month") << QStringLiteral("They met in March with allies.") << QStringLiteral("met")
                               << QStringLiteral("March");
        QTest::newRow("cue") << QStringLiteral("The minister argued otherwise.") << QStringLiteral("minister")
                             << QStringLiteral("argued");
    }

    void lexicalLayer()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QFETCH(QString, marked);
        QTextDocument document;
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(SyntaxRepository::repository().defaultTheme());
        document.setPlainText(text);
        highlighter.rehighlight();
        const QColor normal = colourAt(document, int(text.indexOf(plain)));
        const QColor special = colourAt(document, int(text.indexOf(marked)));
        QVERIFY(special.isValid());
        QVERIFY2(normal != special, qPrintable(special.name()));

        highlighter.setLayerEnabled(ArticleHighlighter::Lexical, false);
        QVERIFY(document.firstBlock().layout()->formats().isEmpty());
    }

    void semanticSpansPaintOverTheLexicalLayer()
    {
        QTextDocument document;
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(SyntaxRepository::repository().defaultTheme());
        const QString text = QStringLiteral("Officials said \"we will act\" soon.");
        document.setPlainText(text);
        highlighter.rehighlight();
        const qsizetype start = text.indexOf(u'"');
        const QColor quoteColour = colourAt(document, int(start + 2));
        highlighter.setSpans(ArticleHighlighter::UserHighlights,
                             {{start,
                               start + 13,
                               QColor(Qt::yellow),
                               {},
                               QTextCharFormat::SingleUnderline,
                               false,
                               QStringLiteral("note"),
                               7}});
        const auto formatAt = [&document](int position) {
            for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
                if (position >= range.start && position < range.start + range.length) {
                    return range.format;
                }
            }
            return QTextCharFormat();
        };
        QCOMPARE(formatAt(int(start + 2)).background().color(), QColor(Qt::yellow));
        QCOMPARE(formatAt(int(start + 2)).foreground().color(), quoteColour);
        QCOMPARE(highlighter.spansAt(start + 2).constFirst().id, 7);
        QVERIFY(highlighter.spansAt(0).isEmpty());

        highlighter.setLayerEnabled(ArticleHighlighter::UserHighlights, false);
        QVERIFY(highlighter.spansAt(start + 2).isEmpty());
        QVERIFY(formatAt(int(start + 2)).background().style() == Qt::NoBrush);
    }

    void unbalancedQuoteStopsAtParagraphEnd()
    {
        QTextDocument document;
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(SyntaxRepository::repository().defaultTheme());
        document.setPlainText(QStringLiteral("He said \"never closed\nNext paragraph is plain."));
        highlighter.rehighlight();
        const QTextBlock second = document.firstBlock().next();
        for (const QTextLayout::FormatRange &range : second.layout()->formats()) {
            QCOMPARE(range.format.foreground().color(),
                     QColor::fromRgba(
                         SyntaxRepository::repository().defaultTheme().textColor(KSyntaxHighlighting::Theme::Normal)));
        }
    }
};

QTEST_MAIN(TestArticleHighlighter)
#include "tst_articlehighlighter.moc"
