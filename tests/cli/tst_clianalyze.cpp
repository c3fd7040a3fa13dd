// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Attache::Test::runCli;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text.toUtf8());
    }
    return path;
}

const QString kArticle = u"Envoys meet again in Geneva\n\n"
                         "Talks resumed on Monday \U0001F30D after a pause of two weeks.\n\n"
                         "\"We are closer than ever,\" said Foreign Minister Tomas Varga.\n\n"
                         "\"Nothing is agreed until everything is agreed,\" a senior EU diplomat told reporters.\n"_s;

} // namespace

class TestCliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFileJson()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"geneva.txt"_s, kArticle);
        const auto result = runCli({u"analyze"_s, path, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(u"title").toString(), u"Envoys meet again in Geneva"_s);
        const QString text = object.value(u"text").toString();
        QVERIFY(text.startsWith(u"Talks resumed"_s));
        const QJsonArray quotes = object.value(u"quotes").toArray();
        QCOMPARE(quotes.size(), 2);
        // Offsets count code points: the globe before the quotes is one code point but two UTF-16 units.
        const QList<uint> codePoints = text.toUcs4();
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            const qsizetype start = quote.value(u"start").toInteger();
            const qsizetype end = quote.value(u"end").toInteger();
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()),
                     quote.value(u"text").toString());
            QVERIFY(quote.value(u"confidence").isDouble());
            QVERIFY(quote.value(u"cue").isString());
        }
        const QJsonObject first = quotes.at(0).toObject();
        QCOMPARE(first.value(u"text").toString(), u"We are closer than ever,"_s);
        QCOMPARE(first.value(u"speaker").toString(), u"Tomas Varga"_s);
        QCOMPARE(first.value(u"kind").toString(), u"direct"_s);
        const QJsonArray speakers = object.value(u"speakers").toArray();
        QCOMPARE(speakers.size(), 2);
        const QJsonObject varga = speakers.at(0).toObject();
        QCOMPARE(varga.value(u"name").toString(), u"Tomas Varga"_s);
        QCOMPARE(varga.value(u"kind").toString(), u"official"_s);
        QVERIFY(varga.value(u"role").toString().contains(u"Foreign Minister"_s));
        QCOMPARE(varga.value(u"quotes").toInt(), 1);
        QVERIFY(varga.value(u"aliases").isArray());
        QCOMPARE(speakers.at(1).toObject().value(u"kind").toString(), u"unnamed"_s);
    }

    void severalFilesOneLineEach()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.txt"_s, kArticle);
        const QString b = writeFile(dir, u"b.txt"_s, u"Quiet day\n\nNothing was said by anyone today.\n"_s);
        const auto result = runCli({u"analyze"_s, u"--json"_s, a, b});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"title").toString(), u"Quiet day"_s);
        QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().value(u"quotes").toArray().isEmpty());
    }

    void badFileExitsTwoAndGoesOn()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, u"good.txt"_s, kArticle);
        const auto result = runCli({u"analyze"_s, dir.filePath(u"missing.txt"_s), good, u"--json"_s});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("missing.txt"));
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY(result.out.contains("Tomas Varga"));
    }

    void readableListing()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"geneva.txt"_s, kArticle);
        const auto result = runCli({u"analyze"_s, path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Envoys meet again in Geneva"));
        QVERIFY(result.out.contains("Tomas Varga (official"));
        QVERIFY(result.out.contains("We are closer than ever,"));
    }

    void projectRegister()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.attache"_s);
        QCOMPARE(runCli({u"new"_s, project}).exitCode, 0);
        const QString path = writeFile(dir, u"geneva.txt"_s, kArticle);
        QCOMPARE(runCli({u"import"_s, project, path}).exitCode, 0);
        const auto analysed = runCli({u"reanalyze"_s, project});
        QCOMPARE(analysed.exitCode, 0);
        QVERIFY(analysed.out.contains("Analysed 1 article"));
        const auto listed = runCli({u"speakers"_s, project, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray speakers = QJsonDocument::fromJson(listed.out).object().value(u"speakers").toArray();
        QCOMPARE(speakers.size(), 2);
        bool varga = false;
        for (const QJsonValue &value : speakers) {
            const QJsonObject speaker = value.toObject();
            if (speaker.value(u"name").toString() == u"Tomas Varga") {
                varga = speaker.value(u"quotes").toInt() == 1 && speaker.value(u"kind").toString() == u"official";
            }
        }
        QVERIFY(varga);
        QCOMPARE(runCli({u"speakers"_s, dir.filePath(u"missing.attache"_s)}).exitCode, 2);
    }

    void noFileIsAUsageError()
    {
        const auto result = runCli({u"analyze"_s});
        QCOMPARE(result.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_clianalyze.moc"
