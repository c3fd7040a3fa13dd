// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Attache::Gui {

/**
 * The reader's start-up: parses the command line, opens the main window on a project, or renders
 * the window into a PNG (--screenshot) and exits. Construct it after the QApplication.
 */
class Application
{
public:
    /** Sets the identity QSettings and QStandardPaths use; call before constructing QApplication. */
    static void setIdentity();
    /** Selects the offscreen platform for --screenshot, before QApplication exists; argv is untouched. */
    static void prepareEnvironment(int argc, char **argv);

    /** Runs the application for arguments (arguments[0] is the program); returns the exit code. */
    int run(const QStringList &arguments);
};

} // namespace Attache::Gui
