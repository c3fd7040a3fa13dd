// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationlistmodel.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "tags/tagtreemodel.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Attache;
using namespace Attache::Gui;

class TestAnnotationModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagTreeFollowsTheStore()
    {
        Test::TempProject project;
        TagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(project->tags());
        QString error;
        const qint64 region
            = project->tags()->add({0, 0, QStringLiteral("Region"), QStringLiteral("#3366cc"), {}}, &error);
        const qint64 asia
            = project->tags()->add({0, region, QStringLiteral("Asia"), {}, QStringLiteral("East and South")}, &error);
        project->tags()->add({0, asia, QStringLiteral("Taiwan"), {}, {}}, &error);
        project->tags()->add({0, 0, QStringLiteral("Energy"), {}, {}}, &error);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex regionIndex = model.indexOf(region);
        QCOMPARE(regionIndex.data().toString(), QStringLiteral("Region"));
        QCOMPARE(regionIndex.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#3366cc")));
        QCOMPARE(model.rowCount(regionIndex), 1);
        const QModelIndex asiaIndex = model.index(0, 0, regionIndex);
        QCOMPARE(asiaIndex.data(TagTreeModel::TagIdRole).toLongLong(), asia);
        QCOMPARE(model.parent(asiaIndex), regionIndex);
        QCOMPARE(asiaIndex.data(Qt::ToolTipRole).toString(), QStringLiteral("East and South"));
        QCOMPARE(model.pathOf(model.index(0, 0, asiaIndex).data(TagTreeModel::TagIdRole).toLongLong()),
                 QStringLiteral("Region › Asia › Taiwan"));

        QVERIFY(!(model.flags(asiaIndex) & Qt::ItemIsUserCheckable));
        model.setCheckable(true);
        QVERIFY(model.setData(model.indexOf(asia), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), QList<qint64> {asia});
        QVERIFY(project->tags()->remove(region, &error));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.checkedIds().isEmpty());
    }

    void annotationListShowsOneArticle()
    {
        Test::TempProject project;
        Article article;
        article.rawText = article.cleanText = QStringLiteral("The envoy arrived late. Talks began at noon.");
        const qint64 articleId = project->articles()->add(article).id;
        Article other;
        other.rawText = other.cleanText = QStringLiteral("Another article.");
        const qint64 otherId = project->articles()->add(other).id;
        QString error;
        const qint64 tag = project->tags()->add({0, 0, QStringLiteral("Timing"), {}, {}}, &error);

        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(project->annotations(), project->tags(), articleId);
        QCOMPARE(model.rowCount(), 0);

        Annotation passage;
        passage.articleId = articleId;
        passage.anchor = TextAnchor {24, 44, {}, {}, {}};
        passage.note = QStringLiteral("Check the time zone");
        passage.color = QStringLiteral("#ffe066");
        passage.tagIds = {tag};
        const qint64 id = project->annotations()->add(passage, &error);
        Annotation elsewhere;
        elsewhere.articleId = otherId;
        elsewhere.note = QStringLiteral("Not this article");
        project->annotations()->add(elsewhere, &error);

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AnnotationListModel::Passage).data().toString(),
                 QStringLiteral("Talks began at noon."));
        QCOMPARE(model.index(0, AnnotationListModel::Note).data().toString(), QStringLiteral("Check the time zone"));
        QCOMPARE(model.index(0, AnnotationListModel::Tags).data().toString(), QStringLiteral("Timing"));
        QCOMPARE(model.index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), id);
        QCOMPARE(model.index(0, 0).data(AnnotationListModel::StartRole).toLongLong(), 24);

        QVERIFY(project->tags()->update({tag, 0, QStringLiteral("Schedule"), {}, {}}, &error));
        QCOMPARE(model.index(0, AnnotationListModel::Tags).data().toString(), QStringLiteral("Schedule"));
        QVERIFY(project->annotations()->remove(id, &error));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAnnotationModels)
#include "tst_annotationmodels.moc"
