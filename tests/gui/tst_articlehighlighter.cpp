// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationdialog.h"
#include "reader/applicationtheme.h"
#include "reader/articlehighlighter.h"
#include "reader/readablecolors.h"
#include "reader/syntaxrepository.h"
#include "speakers/speakerlistmodel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
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
    static QColor colorAt(const QTextDocument &document, int position)
    {
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format.foreground().color();
            }
        }
        return {};
    }

private Q_SLOTS:
    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(ReadableColors::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(ReadableColors::contrastRatio(Qt::white, Qt::white), 1.0);
        // WCAG's own example pair: #777 on white is just under AA.
        QVERIFY(ReadableColors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QVERIFY(ReadableColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    }

    void tintsKeepTextReadableInEveryTheme_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("light") << QString(SyntaxRepository::kLightTheme);
        QTest::newRow("dark") << QString(SyntaxRepository::kDarkTheme);
    }

    void tintsKeepTextReadableInEveryTheme()
    {
        QFETCH(QString, choice);
        const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeFor(choice, QPalette());
        QVERIFY(theme.isValid());
        QList<std::pair<QString, QColor>> tints;
        for (const auto &[name, value] : AnnotationDialog::palette()) {
            tints.append({QStringLiteral("highlight ") + name, QColor(value)});
        }
        for (int speaker = 0; speaker < 40; ++speaker) {
            tints.append({QStringLiteral("speaker %1").arg(speaker), SpeakerListModel::colorFor(speaker)});
        }
        // FindBar paints matches in the palette's selection colour, lightened.
        tints.append({QStringLiteral("find match"),
                      ApplicationTheme::paletteFor(theme).color(QPalette::Highlight).lighter(160)});

        // Numbers and quotes carry lexical colours of their own; a tint must not hide them either.
        const QString text = QStringLiteral("Trade reached 100,000 tonnes, \"a record,\" the minister said.");
        for (const auto &[name, tint] : std::as_const(tints)) {
            QTextDocument document;
            document.setPlainText(text);
            ArticleHighlighter highlighter(&document);
            highlighter.setTheme(theme);
            HighlightSpan span;
            span.start = 0;
            span.end = text.size();
            span.background = tint;
            highlighter.setSpans(ArticleHighlighter::UserHighlights, {span});
            const QList<QTextLayout::FormatRange> ranges = document.firstBlock().layout()->formats();
            QVERIFY(!ranges.isEmpty());
            for (const QTextLayout::FormatRange &range : ranges) {
                const QColor foreground = range.format.foreground().color();
                const QColor background = range.format.background().color();
                const double ratio = ReadableColors::contrastRatio(foreground, background);
                QVERIFY2(ratio >= ReadableColors::kMinimumContrast,
                         qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                        .arg(name, foreground.name(), background.name())
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void applicationPaletteFollowsTheTheme_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QString(SyntaxRepository::kLightTheme) << false;
        QTest::newRow("dark") << QString(SyntaxRepository::kDarkTheme) << true;
    }

    void applicationPaletteFollowsTheTheme()
    {
        QFETCH(QString, choice);
        QFETCH(bool, dark);
        const QPalette before = QGuiApplication::palette();
        const KSyntaxHighlighting::Theme theme = ApplicationTheme::apply(choice);
        const QPalette palette = QGuiApplication::palette();
        // Menus and docks (Window), lists (Base) and the reader share the theme's page colour family.
        QCOMPARE(palette.color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(palette.color(QPalette::Window).lightness() < 128, dark);
        QCOMPARE(palette.color(QPalette::Base),
                 QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        for (const auto &[text, ground] :
             {std::pair {QPalette::WindowText, QPalette::Window}, std::pair {QPalette::Text, QPalette::Base},
              std::pair {QPalette::ButtonText, QPalette::Button}}) {
            QVERIFY(ReadableColors::contrastRatio(palette.color(text), palette.color(ground))
                    >= ReadableColors::kMinimumContrast);
        }
        ApplicationTheme::apply(QString(SyntaxRepository::kSystemTheme));
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    }

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
        const QColor normal = colorAt(document, int(text.indexOf(plain)));
        const QColor special = colorAt(document, int(text.indexOf(marked)));
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
        const QColor quoteColor = colorAt(document, int(start + 2));
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
        QCOMPARE(formatAt(int(start + 2)).foreground().color(), quoteColor);
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
