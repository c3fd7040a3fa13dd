// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoffsets.h"

#include <QTest>

using Attache::TextOffsets;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::newRow("ascii") << QStringLiteral("Talks resumed.") << qsizetype(14);
        QTest::newRow("accents are one unit") << QStringLiteral("Rinkēvičs said") << qsizetype(14);
        QTest::newRow("emoji are two units") << QStringLiteral("Flags 🇪🇺 up") << qsizetype(11);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        const TextOffsets offsets(text);
        QCOMPARE(offsets.codePointLength(), codePoints);
        QCOMPARE(offsets.toUtf16(codePoints), text.size());
        for (qsizetype point = 0; point <= codePoints; ++point) {
            QCOMPARE(offsets.toCodePoint(offsets.toUtf16(point)), point);
        }
        QCOMPARE(offsets.toUtf16(codePoints + 1), -1);
        QCOMPARE(offsets.toUtf16(-1), -1);
    }

    void afterAnEmoji()
    {
        const QString text = QStringLiteral("🇪🇺 envoy");
        const TextOffsets offsets(text);
        QCOMPARE(text.mid(offsets.toUtf16(3), 5), QStringLiteral("envoy"));
        QCOMPARE(offsets.toCodePoint(text.indexOf(QStringLiteral("envoy"))), 3);
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
