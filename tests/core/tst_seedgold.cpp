// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"
#include "import/textimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Attache;
using namespace Attache::Analysis;
using namespace Qt::StringLiterals;

namespace {

/** Text as the gold and the engine may differ harmlessly: curly marks, spacing, case of whitespace. */
QString normalised(QString text)
{
    text.replace(u'\u2018', u'\'').replace(u'\u2019', u'\'').replace(u'\u201C', u'"').replace(u'\u201D', u'"');
    return text.simplified();
}

bool isQuoteKind(const QString &kind)
{
    return kind == u"direct" || kind == u"partial" || kind == u"transcript";
}

} // namespace

/**
 * Scores the engine on the seed article against its hand-made gold. The gold lists direct, partial
 * and transcript quotes only, so indirect statements are reported apart and never count as false hits.
 */
class TestSeedGold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("ATTACHE_SHARED_DIR", u"/work/shared"_s) + u"/corpus/"_s;
        const Import::ImportResult imported = Import::TextImporter::importFile(dir + u"seed-newsweek-putin-xi.txt"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        m_article = imported.article;
        QFile goldFile(dir + u"seed-newsweek-putin-xi.gold.json"_s);
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        m_gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QVERIFY(!m_gold.isEmpty());
        m_result = QuoteExtractor::analyze(m_article.cleanText);
    }

    void titleMatches() { QCOMPARE(m_article.title, m_gold.value(u"title").toString()); }

    void quotesAndSpeakers()
    {
        // Every gold name and alias points to the canonical name.
        QHash<QString, QString> canonical;
        for (const QJsonValue &value : m_gold.value(u"speakers").toArray()) {
            const QJsonObject speaker = value.toObject();
            const QString name = speaker.value(u"name").toString();
            canonical.insert(name, name);
            for (const QJsonValue &alias : speaker.value(u"aliases").toArray()) {
                canonical.insert(alias.toString(), name);
            }
        }
        QHash<QString, const Quote *> predicted;
        int predictedCount = 0;
        int indirect = 0;
        for (const Quote &quote : m_result.quotes) {
            if (quote.kind == QuoteKind::Indirect) {
                ++indirect;
                continue;
            }
            ++predictedCount;
            predicted.insert(normalised(quote.text), &quote);
        }
        int gold = 0;
        int matched = 0;
        int speakerRight = 0;
        int kindRight = 0;
        for (const QJsonValue &value : m_gold.value(u"quotes").toArray()) {
            const QJsonObject quote = value.toObject();
            if (!isQuoteKind(quote.value(u"kind").toString())) {
                continue;
            }
            ++gold;
            const Quote *found = predicted.value(normalised(quote.value(u"text").toString()));
            if (!found) {
                qInfo().noquote() << "missed:" << quote.value(u"text").toString();
                continue;
            }
            ++matched;
            const QString speaker = found->speaker >= 0 ? m_result.speakers.at(found->speaker).name : QString();
            if (canonical.value(speaker, speaker) == quote.value(u"speaker").toString()) {
                ++speakerRight;
            } else {
                qInfo().noquote() << "wrong speaker" << speaker << "for:" << found->text;
            }
            if (AnalysisResult::kindName(found->kind) == quote.value(u"kind").toString()) {
                ++kindRight;
            }
        }
        const double precision = predictedCount ? double(matched) / predictedCount : 0.0;
        const double recall = gold ? double(matched) / gold : 0.0;
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        const double speakerAccuracy = matched ? double(speakerRight) / matched : 0.0;
        const double kindAccuracy = matched ? double(kindRight) / matched : 0.0;
        qInfo("seed quotes: gold %d, predicted %d, matched %d, indirect (not scored) %d", gold, predictedCount, matched,
              indirect);
        qInfo("seed quotes: precision %.3f recall %.3f F1 %.3f", precision, recall, f1);
        qInfo("seed attribution: speaker accuracy %.3f, quote kind accuracy %.3f", speakerAccuracy, kindAccuracy);
        QVERIFY2(f1 >= 0.97, qPrintable(QString::number(f1)));
        QVERIFY2(speakerAccuracy >= 0.97, qPrintable(QString::number(speakerAccuracy)));
    }

    void everyGoldSpeakerFound()
    {
        int roleRight = 0;
        int kindRight = 0;
        const QJsonArray speakers = m_gold.value(u"speakers").toArray();
        for (const QJsonValue &value : speakers) {
            const QJsonObject gold = value.toObject();
            const QString name = gold.value(u"name").toString();
            const Speaker *found = nullptr;
            for (const Speaker &speaker : m_result.speakers) {
                if (speaker.name == name) {
                    found = &speaker;
                }
            }
            QVERIFY2(found, qPrintable(u"speaker not found: "_s + name));
            const bool kindOk = AnalysisResult::kindName(found->kind) == gold.value(u"kind").toString();
            bool roleOk = true;
            for (const QJsonValue &key : gold.value(u"role_keys").toArray()) {
                roleOk = roleOk && found->role.contains(key.toString(), Qt::CaseInsensitive);
            }
            kindRight += kindOk;
            roleRight += roleOk;
            QVERIFY2(kindOk, qPrintable(name + u": "_s + AnalysisResult::kindName(found->kind)));
            QVERIFY2(roleOk, qPrintable(name + u": "_s + found->role));
        }
        qInfo("seed speakers: %lld gold, %lld found; role accuracy %.3f, kind accuracy %.3f", qint64(speakers.size()),
              qint64(m_result.speakers.size()), double(roleRight) / speakers.size(),
              double(kindRight) / speakers.size());
    }

    void notSpeakersAreAbsent()
    {
        for (const QJsonValue &value : m_gold.value(u"not_speakers").toArray()) {
            for (const Speaker &speaker : m_result.speakers) {
                QVERIFY2(speaker.name != value.toString() && !speaker.aliases.contains(value.toString()),
                         qPrintable(value.toString()));
            }
        }
    }

private:
    Article m_article;
    QJsonObject m_gold;
    AnalysisResult m_result;
};

QTEST_GUILESS_MAIN(TestSeedGold)
#include "tst_seedgold.moc"
