// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articlestore.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace Attache;

class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hierarchyListsParentsFirst()
    {
        Test::TempProject project;
        TagStore *tags = project->tags();
        QString error;
        QSignalSpy added(tags, &TagStore::tagAdded);
        const qint64 security = tags->add({0, 0, QStringLiteral("Security"), QStringLiteral("#cc3333"), {}}, &error);
        const qint64 sanctions
            = tags->add({0, 0, QStringLiteral("Sanctions"), {}, QStringLiteral("Economic pressure")}, &error);
        const qint64 nato = tags->add({0, security, QStringLiteral("NATO"), {}, {}}, &error);
        const qint64 swift = tags->add({0, sanctions, QStringLiteral("SWIFT"), {}, {}}, &error);
        QVERIFY2(security && sanctions && nato && swift, qPrintable(error));
        QCOMPARE(added.size(), 4);
        QStringList names;
        for (const Tag &tag : tags->tags()) {
            names.append(tag.name);
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Sanctions"), QStringLiteral("SWIFT"), QStringLiteral("Security"),
                               QStringLiteral("NATO")}));
        QCOMPARE(tags->tag(sanctions)->description, QStringLiteral("Economic pressure"));
        QCOMPARE(tags->subtree(security), (QList<qint64> {security, nato}));
    }

    void invalidTagsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("color");
        QTest::addColumn<qint64>("parent");
        QTest::newRow("empty name") << QStringLiteral("  ") << QString() << qint64(0);
        QTest::newRow("bad colour") << QStringLiteral("Energy") << QStringLiteral("#zzz") << qint64(0);
        QTest::newRow("duplicate sibling") << QStringLiteral("Existing") << QString() << qint64(0);
        QTest::newRow("missing parent") << QStringLiteral("Orphan") << QString() << qint64(999);
    }

    void invalidTagsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, color);
        QFETCH(qint64, parent);
        Test::TempProject project;
        QString error;
        QVERIFY(project->tags()->add({0, 0, QStringLiteral("Existing"), {}, {}}, &error));
        QCOMPARE(project->tags()->add({0, parent, name, color, {}}, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(project->tags()->tags().size(), 1);
    }

    void updateRefusesCycles()
    {
        Test::TempProject project;
        TagStore *tags = project->tags();
        QString error;
        const qint64 parent = tags->add({0, 0, QStringLiteral("Parent"), {}, {}}, &error);
        const qint64 child = tags->add({0, parent, QStringLiteral("Child"), {}, {}}, &error);
        QVERIFY(!tags->update({parent, child, QStringLiteral("Parent"), {}, {}}, &error));
        QSignalSpy changed(tags, &TagStore::tagChanged);
        QVERIFY(tags->update({child, 0, QStringLiteral("Renamed"), QStringLiteral("#00aa00"), {}}, &error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tags->tag(child)->parentId, 0);
        QCOMPARE(tags->tag(child)->color, QStringLiteral("#00aa00"));
    }

    void removeTakesDescendantsAndUses()
    {
        Test::TempProject project;
        QString error;
        const qint64 parent = project->tags()->add({0, 0, QStringLiteral("Parent"), {}, {}}, &error);
        const qint64 child = project->tags()->add({0, parent, QStringLiteral("Child"), {}, {}}, &error);
        Article article;
        article.rawText = article.cleanText = QStringLiteral("Some text to tag.");
        const qint64 articleId = project->articles()->add(article).id;
        Annotation annotation;
        annotation.articleId = articleId;
        annotation.tagIds = {child};
        const qint64 annotationId = project->annotations()->add(annotation, &error);
        QVERIFY2(annotationId, qPrintable(error));
        const TagStore::Removal removal = project->tags()->removal(parent);
        QCOMPARE(removal.tags.size(), 2);
        QVERIFY(project->tags()->remove(parent, &error));
        QVERIFY(project->tags()->tags().isEmpty());
        QVERIFY(project->annotations()->annotation(annotationId)->tagIds.isEmpty());

        QVERIFY2(project->tags()->restore(removal, &error), qPrintable(error));
        QCOMPARE(project->tags()->tags().size(), 2);
        QCOMPARE(project->tags()->tag(child)->parentId, parent);
        QCOMPARE(project->annotations()->annotation(annotationId)->tagIds, QList<qint64> {child});
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
