// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include <QTest>

using Attache::TextAnchor;

class TestTextAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRangeTakesContext()
    {
        const QString text = QStringLiteral("The minister said the talks had failed and left the room.");
        const qsizetype start = text.indexOf(QStringLiteral("talks"));
        const TextAnchor anchor = TextAnchor::fromRange(text, start, start + 5);
        QCOMPARE(anchor.exact, QStringLiteral("talks"));
        QCOMPARE(anchor.prefix, QStringLiteral("The minister said the "));
        QCOMPARE(anchor.suffix, QStringLiteral(" had failed and left the room."));
    }

    void locate_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("expectedStart"); // -1: not found

        const QString text = QStringLiteral("Sanctions were lifted. Later, sanctions were lifted again in May.");
        QTest::newRow("unchanged text keeps offsets") << text << QStringLiteral("sanctions were lifted") << 0 << text
                                                      << int(text.indexOf(QStringLiteral("sanctions")));
        const QString shifted = QStringLiteral("UPDATE: ") + text;
        QTest::newRow("text inserted before") << text << QStringLiteral("sanctions were lifted") << 0 << shifted
                                              << int(shifted.indexOf(QStringLiteral("sanctions")));
        const QString twice = QStringLiteral("Then he said no. Later he said no. Finally he said yes.");
        const QString twiceEdited
            = QStringLiteral("Then, asked, he said no. Later, again, he said no. Finally he said yes.");
        QTest::newRow("second of two occurrences by context")
            << twice << QStringLiteral("he said no") << 1 << twiceEdited
            << int(twiceEdited.lastIndexOf(QStringLiteral("he said no")));
        QTest::newRow("passage deleted") << text << QStringLiteral("again in May") << 0
                                         << QStringLiteral("Sanctions were lifted.") << -1;
    }

    void locate()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, passage);
        QFETCH(int, occurrence);
        QFETCH(QString, newText);
        QFETCH(int, expectedStart);
        qsizetype start = -1;
        for (int i = 0; i <= occurrence; ++i) {
            start = oldText.indexOf(passage, start + 1);
        }
        QVERIFY(start >= 0);
        const TextAnchor anchor = TextAnchor::fromRange(oldText, start, start + passage.size());
        const auto found = anchor.locate(newText);
        if (expectedStart < 0) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->first, qsizetype(expectedStart));
        QCOMPARE(newText.mid(found->first, found->second - found->first), passage);
    }
};

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
