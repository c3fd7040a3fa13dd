// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Attache;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
    }
    void init() { QSettings().clear(); }

    void languageRoundTrips_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("system") << QString();
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void languageRoundTrips()
    {
        QFETCH(QString, language);
        Settings::setValue(Settings::Key::UiLanguage, language);
        QCOMPARE(Settings::stringValue(Settings::Key::UiLanguage), language);
        // Stored under its documented key, so a new process reads the same value.
        QCOMPARE(QSettings().value(u"appearance/language"_s).toString(), language);
    }

    void languageDefaultsToTheSystem()
    {
        QCOMPARE(Settings::defaultValue(Settings::Key::UiLanguage).toString(), QString());
        Settings::setValue(Settings::Key::UiLanguage, u"de"_s);
        Settings::reset(Settings::Key::UiLanguage);
        QCOMPARE(Settings::stringValue(Settings::Key::UiLanguage), QString());
        QVERIFY(!QSettings().contains(Settings::name(Settings::Key::UiLanguage)));
    }

    void wronglyTypedValuesFallBackToTheDefault()
    {
        QSettings().setValue(Settings::name(Settings::Key::BackupCount), u"many"_s);
        QCOMPARE(Settings::intValue(Settings::Key::BackupCount), 5);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
