// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importgolden.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace Attache::Test {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

} // namespace

QString importDataDir()
{
    return qEnvironmentVariable("ATTACHE_TEST_DATA") + QStringLiteral("/import");
}

QStringList importCases(const QString &inputName)
{
    QStringList cases;
    const QDir dir(importDataDir());
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + u'/' + inputName))) {
            cases << name;
        }
    }
    return cases;
}

QJsonObject readExpected(const QString &caseDir)
{
    QFile file(caseDir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void verifyGolden(const Import::ImportResult &result, const QJsonObject &expected)
{
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &article = result.article;
    if (qEnvironmentVariableIsSet("ATTACHE_GOLDEN_DUMP")) {
        // For writing a new fixture: shows what the importer produced, to be checked by eye.
        QJsonArray excluded;
        for (const ExcludedRange &range : article.excluded) {
            excluded.append(QJsonObject {{QStringLiteral("reason"), range.reason},
                                         {QStringLiteral("text"), article.rawText.mid(range.start, range.end - range.start)}});
        }
        const QJsonObject dump {{QStringLiteral("title"), article.title},
                                {QStringLiteral("outlet"), article.outlet},
                                {QStringLiteral("authors"), QJsonArray::fromStringList(article.authors)},
                                {QStringLiteral("published"), article.published.toString(Qt::ISODate)},
                                {QStringLiteral("url"), article.url},
                                {QStringLiteral("language"), article.language},
                                {QStringLiteral("clean_text"), article.cleanText},
                                {QStringLiteral("excluded"), excluded}};
        qInfo().noquote() << QString::fromUtf8(QJsonDocument(dump).toJson());
    }
    QVERIFY(!expected.isEmpty());

    qsizetype previousEnd = 0;
    for (const ExcludedRange &range : article.excluded) {
        QVERIFY2(range.start >= previousEnd && range.start < range.end && range.end <= article.rawText.size(),
                 qPrintable(QStringLiteral("bad range %1..%2").arg(range.start).arg(range.end)));
        QVERIFY(!range.reason.isEmpty());
        previousEnd = range.end;
    }
    QVERIFY(!article.cleanText.contains(QStringLiteral("\n\n\n")));
    QCOMPARE(article.cleanText, article.cleanText.trimmed());

    if (expected.contains(u"title")) {
        QCOMPARE(article.title, expected.value(u"title").toString());
    }
    if (expected.contains(u"authors")) {
        QCOMPARE(article.authors, toStringList(expected.value(u"authors")));
    }
    if (expected.contains(u"published")) {
        QCOMPARE(article.published, QDate::fromString(expected.value(u"published").toString(), Qt::ISODate));
    }
    if (expected.contains(u"outlet")) {
        QCOMPARE(article.outlet, expected.value(u"outlet").toString());
    }
    if (expected.contains(u"url")) {
        QCOMPARE(article.url, expected.value(u"url").toString());
    }
    if (expected.contains(u"language")) {
        QCOMPARE(article.language, expected.value(u"language").toString());
    }
    if (expected.contains(u"clean_text")) {
        QCOMPARE(article.cleanText, expected.value(u"clean_text").toString());
    }
    for (const QString &text : toStringList(expected.value(u"clean_contains"))) {
        QVERIFY2(article.cleanText.contains(text), qPrintable(QStringLiteral("missing from cleanText: ") + text));
    }
    for (const QString &text : toStringList(expected.value(u"clean_excludes"))) {
        QVERIFY2(!article.cleanText.contains(text), qPrintable(QStringLiteral("in cleanText: ") + text));
    }
    if (expected.contains(u"excluded")) {
        QStringList actual;
        for (const ExcludedRange &range : article.excluded) {
            actual << range.reason + QStringLiteral(": ") + article.rawText.mid(range.start, range.end - range.start);
        }
        QStringList wanted;
        for (const QJsonValue &item : expected.value(u"excluded").toArray()) {
            wanted << item[u"reason"].toString() + QStringLiteral(": ") + item[u"text"].toString();
        }
        QCOMPARE(actual, wanted);
    }
    if (expected.contains(u"paragraphs")) {
        QCOMPARE(article.cleanText.split(QStringLiteral("\n\n")).size(), expected.value(u"paragraphs").toInt());
    }
}

} // namespace Attache::Test
