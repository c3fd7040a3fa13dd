// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "people/peoplemodel.h"
#include "people/persondialog.h"
#include "people/personquotemodel.h"
#include "peoplestore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Attache;
using namespace Attache::Gui;
using namespace Qt::StringLiterals;

namespace {

const QString kFirst = u"\"The sanctions have not worked,\" said Ben Okafor, a senior fellow at the Lisbon Policy "
                       "Institute.\n\n\"Nothing is agreed yet,\" said Foreign Minister Tomas Varga."_s;
const QString kSecond = u"\"Markets will adapt,\" Ben Okafor told reporters."_s;

} // namespace

class TestPeopleModels : public QObject
{
    Q_OBJECT

private:
    qint64 addArticle(Test::TempProject &project, const QString &title, const QString &text, const QDate &date)
    {
        Article article;
        article.title = title;
        article.outlet = u"Daily"_s;
        article.published = date;
        article.rawText = article.cleanText = text;
        const qint64 id = project->articles()->add(article).id;
        return Analysis::PeopleRegister(project->database()).saveAnalysis(id, Analysis::QuoteExtractor::analyze(text))
            ? id
            : 0;
    }

    QStringList names(const PeopleModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row) {
            list.append(model.index(row, PeopleModel::Name).data().toString());
        }
        return list;
    }

private Q_SLOTS:
    void listsTheRegister()
    {
        Test::TempProject project;
        QVERIFY(addArticle(project, u"A"_s, kFirst, {}) > 0);
        QVERIFY(addArticle(project, u"B"_s, kSecond, {}) > 0);
        Analysis::PeopleRegister people(project->database());
        const qint64 okafor = people.findPerson(u"Ben Okafor"_s);
        QVERIFY(people.setInstitution(okafor, u"Lisbon Policy Institute"_s));
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStore(project->people());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
        const int row = model.rowOf(okafor);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PeopleModel::Name).data().toString(), u"Ben Okafor"_s);
        QCOMPARE(model.index(row, PeopleModel::Kind).data().toString(), u"expert"_s);
        QCOMPARE(model.index(row, PeopleModel::Institution).data().toString(), u"Lisbon Policy Institute"_s);
        QCOMPARE(model.index(row, PeopleModel::Articles).data().toInt(), 2);
        QCOMPARE(model.index(row, PeopleModel::Quotes).data().toInt(), 2);
        QCOMPARE(model.index(row, 0).data(PeopleModel::PersonIdRole).toLongLong(), okafor);
        QCOMPARE(model.headerData(PeopleModel::Institution, Qt::Horizontal).toString(), u"Institution"_s);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing") << QString() << QStringList {u"Ben Okafor"_s, u"Tomas Varga"_s};
        QTest::newRow("name, any case") << u"varga"_s << QStringList {u"Tomas Varga"_s};
        QTest::newRow("alias") << u"Okafor"_s << QStringList {u"Ben Okafor"_s};
        QTest::newRow("role") << u"minister"_s << QStringList {u"Tomas Varga"_s};
        QTest::newRow("institution") << u"think tank"_s << QStringList {u"Ben Okafor"_s};
        QTest::newRow("no one") << u"zzz"_s << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        QVERIFY(addArticle(project, u"A"_s, kFirst, {}) > 0);
        Analysis::PeopleRegister people(project->database());
        QVERIFY(people.setInstitution(people.findPerson(u"Ben Okafor"_s), u"A Think Tank"_s));
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(project->people());
        model.sort(PeopleModel::Name, Qt::AscendingOrder);
        model.setFilterText(filter);
        QCOMPARE(names(model), expected);
        QCOMPARE(model.matchCount(), expected.size());
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << int(PeopleModel::Name) << int(Qt::AscendingOrder)
                              << QStringList {u"Ben Okafor"_s, u"Tomas Varga"_s};
        QTest::newRow("name, descending")
            << int(PeopleModel::Name) << int(Qt::DescendingOrder) << QStringList {u"Tomas Varga"_s, u"Ben Okafor"_s};
        QTest::newRow("quotes, most first")
            << int(PeopleModel::Quotes) << int(Qt::DescendingOrder) << QStringList {u"Ben Okafor"_s, u"Tomas Varga"_s};
        QTest::newRow("quotes, fewest first")
            << int(PeopleModel::Quotes) << int(Qt::AscendingOrder) << QStringList {u"Tomas Varga"_s, u"Ben Okafor"_s};
        QTest::newRow("kind") << int(PeopleModel::Kind) << int(Qt::AscendingOrder)
                              << QStringList {u"Ben Okafor"_s, u"Tomas Varga"_s};
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        QVERIFY(addArticle(project, u"A"_s, kFirst, {}) > 0);
        QVERIFY(addArticle(project, u"B"_s, kSecond, {}) > 0);
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(project->people());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(names(model), expected);
    }

    void fetchesLargeRegistersInBatches()
    {
        Test::TempProject project;
        const int count = PeopleModel::kBatchSize * 2 + 50;
        {
            Db::Transaction transaction(project->database());
            QSqlQuery query(project->database());
            for (int i = 0; i < count; ++i) {
                QVERIFY(Db::exec(query, u"INSERT INTO people (name, kind, created_at) VALUES (?, 'other', '')"_s,
                                 {u"Person %1"_s.arg(i, 4, 10, QChar(u'0'))}));
            }
            QVERIFY(transaction.commit());
        }
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(project->people());
        model.sort(PeopleModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), PeopleModel::kBatchSize);
        QCOMPARE(model.matchCount(), count);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), PeopleModel::kBatchSize * 2);
        QCOMPARE(inserted.size(), 1);
        // The filter and the sort see everyone, not only the rows fetched.
        model.setFilterText(u"Person 0449"_s);
        QCOMPARE(names(model), QStringList {u"Person 0449"_s});
        model.setFilterText({});
        model.sort(PeopleModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), u"Person 0449"_s);
        // Asking for a row beyond those fetched fetches up to it.
        const qint64 last = project->people()->findPerson(u"Person 0000"_s);
        QCOMPARE(model.rowOf(last), count - 1);
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!model.canFetchMore({}));
    }

    void listsAPersonsQuotesInDateOrder_data()
    {
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first article older")
            << QDate(2026, 1, 5) << QStringList {u"The sanctions have not worked,"_s, u"Markets will adapt,"_s};
        QTest::newRow("first article newer")
            << QDate(2026, 9, 5) << QStringList {u"Markets will adapt,"_s, u"The sanctions have not worked,"_s};
    }

    void listsAPersonsQuotesInDateOrder()
    {
        QFETCH(QDate, firstDate);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        const qint64 a = addArticle(project, u"A"_s, kFirst, firstDate);
        const qint64 b = addArticle(project, u"B"_s, kSecond, QDate(2026, 3, 1));
        QVERIFY(a > 0 && b > 0);
        PersonQuoteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 okafor = project->people()->findPerson(u"Ben Okafor"_s);
        model.setPerson(project->people(), okafor);
        QCOMPARE(model.personId(), okafor);
        QCOMPARE(model.rowCount(), 2);
        QStringList quotes;
        for (int row = 0; row < model.rowCount(); ++row) {
            quotes.append(model.index(row, PersonQuoteModel::Quote).data().toString());
            const QModelIndex index = model.index(row, PersonQuoteModel::Article);
            const qint64 article = index.data(PersonQuoteModel::ArticleIdRole).toLongLong();
            QCOMPARE(index.data().toString(), article == a ? u"A"_s : u"B"_s);
            const QString text = article == a ? kFirst : kSecond;
            const qint64 start = index.data(PersonQuoteModel::StartRole).toLongLong();
            QCOMPARE(text.mid(start, index.data(PersonQuoteModel::EndRole).toLongLong() - start), quotes.constLast());
            QCOMPARE(model.index(row, PersonQuoteModel::Outlet).data().toString(), u"Daily"_s);
            QCOMPARE(model.index(row, PersonQuoteModel::Kind).data().toString(), u"direct"_s);
        }
        QCOMPARE(quotes, expected);
        model.setPerson(project->people(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void dialogEditsAllFields()
    {
        PeopleStore::Person person;
        person.name = u"Ben Okafor"_s;
        person.kind = Analysis::SpeakerKind::Expert;
        person.role = u"senior fellow"_s;
        PersonDialog dialog(person);
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        const PersonCommand::Fields unchanged = dialog.fields();
        QCOMPARE(unchanged.name, u"Ben Okafor"_s);
        QCOMPARE(unchanged.kind, Analysis::SpeakerKind::Expert);
        QCOMPARE(unchanged.role, u"senior fellow"_s);
        QVERIFY(unchanged.institution.isEmpty());
        edits.at(0)->setText(u"  Benjamin Okafor "_s);
        edits.at(2)->setText(u"Lisbon Policy Institute"_s);
        auto *kind = dialog.findChild<QComboBox *>();
        kind->setCurrentIndex(kind->findData(QVariant::fromValue(Analysis::SpeakerKind::Official)));
        const PersonCommand::Fields edited = dialog.fields();
        QCOMPARE(edited.name, u"Benjamin Okafor"_s);
        QCOMPARE(edited.kind, Analysis::SpeakerKind::Official);
        QCOMPARE(edited.institution, u"Lisbon Policy Institute"_s);
    }
};

QTEST_MAIN(TestPeopleModels)
#include "tst_peoplemodels.moc"
