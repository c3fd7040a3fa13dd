// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Attache::Gui::Application::prepareEnvironment(argc, argv);
    Attache::Gui::Application::setIdentity();
    QApplication app(argc, argv);
    return Attache::Gui::Application().run(QApplication::arguments());
}
