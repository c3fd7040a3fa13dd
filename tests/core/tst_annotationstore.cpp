// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articlestore.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace Attache;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private:
    static constexpr QStringView kText = u"The envoy said the ceasefire would hold. Critics said it would not.";

    static qint64 addArticle(Project *project)
    {
        Article article;
        article.title = QStringLiteral("Ceasefire");
        article.rawText = article.cleanText = kText.toString();
        return project->articles()->add(article).id;
    }

    static Annotation passage(qint64 articleId, QStringView words)
    {
        Annotation annotation;
        annotation.articleId = articleId;
        const qsizetype start = kText.indexOf(words);
        annotation.anchor = TextAnchor {start, start + words.size(), {}, {}, {}};
        return annotation;
    }

private Q_SLOTS:
    void passageRoundTrip()
    {
        Test::TempProject project;
        const qint64 articleId = addArticle(project.get());
        QString error;
        const qint64 tag = project->tags()->add({0, 0, QStringLiteral("Claims"), {}, {}}, &error);
        Annotation annotation = passage(articleId, u"the ceasefire would hold");
        annotation.note = QStringLiteral("Contradicted two days later.");
        annotation.color = QStringLiteral("#ffd54f");
        annotation.tagIds = {tag};
        QSignalSpy added(project->annotations(), &AnnotationStore::annotationAdded);
        const qint64 id = project->annotations()->add(annotation, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().at(1).toLongLong(), articleId);

        const Annotation stored = *project->annotations()->annotation(id);
        QCOMPARE(stored.anchor->exact, QStringLiteral("the ceasefire would hold"));
        QCOMPARE(stored.anchor->prefix, QStringLiteral("The envoy said "));
        QCOMPARE(stored.anchor->suffix, QStringLiteral(". Critics said it would not."));
        QCOMPARE(stored.note, annotation.note);
        QCOMPARE(stored.color, annotation.color);
        QCOMPARE(stored.tagIds, annotation.tagIds);
    }

    void wholeArticleNotesComeFirst()
    {
        Test::TempProject project;
        const qint64 articleId = addArticle(project.get());
        QString error;
        QVERIFY(project->annotations()->add(passage(articleId, u"Critics"), &error));
        Annotation note;
        note.articleId = articleId;
        note.note = QStringLiteral("Compare with the Reuters account.");
        QVERIFY(project->annotations()->add(note, &error));
        const QList<Annotation> list = project->annotations()->annotationsFor(articleId);
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).coversWholeArticle());
        QCOMPARE(list.at(1).anchor->exact, QStringLiteral("Critics"));
    }

    void badAnnotationsAreRefused_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("unknownArticle");
        QTest::addColumn<QString>("color");
        QTest::newRow("range past the end") << qint64(5) << qint64(500) << false << QString();
        QTest::newRow("empty range") << qint64(5) << qint64(5) << false << QString();
        QTest::newRow("unknown article") << qint64(0) << qint64(3) << true << QString();
        QTest::newRow("bad colour") << qint64(0) << qint64(3) << false << QStringLiteral("yellowish");
    }

    void badAnnotationsAreRefused()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(bool, unknownArticle);
        QFETCH(QString, color);
        Test::TempProject project;
        const qint64 articleId = addArticle(project.get());
        Annotation annotation;
        annotation.articleId = unknownArticle ? articleId + 10 : articleId;
        annotation.anchor = TextAnchor {start, end, {}, {}, {}};
        annotation.color = color;
        QString error;
        QCOMPARE(project->annotations()->add(annotation, &error), 0);
        QVERIFY(!error.isEmpty());
        QVERIFY(project->annotations()->annotationsFor(articleId).isEmpty());
    }

    void updateAndRemove()
    {
        Test::TempProject project;
        const qint64 articleId = addArticle(project.get());
        QString error;
        const qint64 id = project->annotations()->add(passage(articleId, u"envoy"), &error);
        Annotation annotation = *project->annotations()->annotation(id);
        annotation.note = QStringLiteral("Who is this?");
        QSignalSpy changed(project->annotations(), &AnnotationStore::annotationChanged);
        QVERIFY(project->annotations()->update(annotation, &error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(project->annotations()->annotation(id)->note, QStringLiteral("Who is this?"));

        QSignalSpy removed(project->annotations(), &AnnotationStore::annotationRemoved);
        QVERIFY(project->annotations()->remove(id, &error));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!project->annotations()->annotation(id));
        // Restoring with the same id, as undo does.
        QCOMPARE(project->annotations()->add(annotation, &error), id);
    }

    void reanchorFollowsTheText()
    {
        Test::TempProject project;
        const qint64 articleId = addArticle(project.get());
        QString error;
        const qint64 kept = project->annotations()->add(passage(articleId, u"Critics said it would not"), &error);
        const qint64 lost = project->annotations()->add(passage(articleId, u"envoy"), &error);
        const QString newText
            = QStringLiteral("Updated. The diplomat said the ceasefire would hold. Critics said it would not.");
        const QList<qint64> notFound = project->annotations()->reanchor(articleId, newText, &error);
        QCOMPARE(notFound, QList<qint64> {lost});
        const Annotation moved = *project->annotations()->annotation(kept);
        QCOMPARE(newText.mid(moved.anchor->start, moved.anchor->end - moved.anchor->start),
                 QStringLiteral("Critics said it would not"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
