// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerkind.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Attache::Analysis;
using namespace Qt::StringLiterals;

class TestSpeakerKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<SpeakerKind>("kind");
        QTest::addColumn<QString>("name");
        // Projects, saved searches and reports store these names: they must never change.
        QTest::newRow("official") << SpeakerKind::Official << u"official"_s;
        QTest::newRow("expert") << SpeakerKind::Expert << u"expert"_s;
        QTest::newRow("journalist") << SpeakerKind::Journalist << u"journalist"_s;
        QTest::newRow("organization") << SpeakerKind::Organization << u"organization"_s;
        QTest::newRow("unnamed") << SpeakerKind::Unnamed << u"unnamed"_s;
        QTest::newRow("other") << SpeakerKind::Other << u"other"_s;
    }

    void names()
    {
        QFETCH(SpeakerKind, kind);
        QFETCH(QString, name);
        QCOMPARE(speakerKindName(kind), name);
        QCOMPARE(speakerKindNamed(name), kind);
        QVERIFY(speakerKindNames().contains(name));
        QVERIFY(!speakerKindLabel(kind).isEmpty());
    }

    void unknownNamesAreOther_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Expert"_s;
        QTest::newRow("label, not name") << u"unnamed source"_s;
        QTest::newRow("British spelling") << u"organisation"_s;
    }

    void unknownNamesAreOther()
    {
        QFETCH(QString, name);
        QCOMPARE(speakerKindNamed(name), SpeakerKind::Other);
    }

    void listHoldsEveryKindOnce()
    {
        const QMetaEnum meta = QMetaEnum::fromType<SpeakerKind>();
        QCOMPARE(qsizetype(meta.keyCount()), qsizetype(kSpeakerKinds.size()));
        QSet<int> seen;
        for (const SpeakerKind kind : kSpeakerKinds) {
            seen.insert(int(kind));
        }
        QCOMPARE(seen.size(), meta.keyCount());
        QCOMPARE(speakerKindNames().size(), meta.keyCount());
    }

    void kindsLookDifferent()
    {
        // One colour and one label per kind, so that no two kinds can be mistaken for each other.
        QSet<QRgb> colors;
        QSet<QString> labels;
        for (const SpeakerKind kind : kSpeakerKinds) {
            QVERIFY(speakerKindColor(kind).isValid());
            colors.insert(speakerKindColor(kind).rgb());
            labels.insert(speakerKindLabel(kind));
        }
        QCOMPARE(colors.size(), qsizetype(kSpeakerKinds.size()));
        QCOMPARE(labels.size(), qsizetype(kSpeakerKinds.size()));
    }
};

QTEST_GUILESS_MAIN(TestSpeakerKind)
#include "tst_speakerkind.moc"
