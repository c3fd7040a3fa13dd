// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "mainwindow.h"
#include "settings.h"
#include "settings/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace Attache::Gui {

namespace {
constexpr QSize kScreenshotSize {1440, 900};

int printError(const QString &message)
{
    std::fprintf(stderr, "attache: %s\n", qUtf8Printable(message));
    return 2;
}
} // namespace

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationName(QStringLiteral("attache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Attaché"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.attache.Attache"));
}

void Application::prepareEnvironment(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
}

int Application::run(const QStringList &arguments)
{
    UiLanguage::install(UiLanguage::resolve(Settings::stringValue(Settings::Key::UiLanguage)));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Application", "Read articles and see who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Application", "Render the main window into FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QApplication::translate(
            "Application",
            "With --screenshot, bring the panel NAME (speakers, people, annotations, tags) to the front."),
        QStringLiteral("NAME"));
    parser.addOption(panel);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("Application", "The project (*.attache) to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        parser.showHelp(1);
    }
    const QString projectPath = positional.value(0);

    MainWindow window;
    QString error;

    if (parser.isSet(screenshot)) {
        if (!projectPath.isEmpty() && !window.openProject(projectPath, &error)) {
            return printError(error);
        }
        window.resize(kScreenshotSize);
        if (auto *dock = window.findChild<QDockWidget *>(parser.value(panel) + QStringLiteral("Dock"));
            dock && parser.isSet(panel)) {
            dock->show();
            dock->raise();
        }
        window.show();
        QApplication::processEvents();
        const QString file = QFileInfo(parser.value(screenshot)).absoluteFilePath();
        if (!window.grab().save(file, "PNG")) {
            return printError(QApplication::translate("Application", "cannot write the screenshot %1").arg(file));
        }
        std::printf("%s\n", qUtf8Printable(file));
        return 0;
    }

    // Shown before the project opens, so that it paints the project before checking its integrity.
    window.show();
    if (!projectPath.isEmpty() && !window.openProject(projectPath, &error)) {
        // Shown once the event loop runs, so the window is on screen behind the message.
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("Application", "Open Project"), error);
        });
    }
    return QApplication::exec();
}

} // namespace Attache::Gui
