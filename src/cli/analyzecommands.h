// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** analyze: who said what in article files, without a project. */
QList<CliCommand> analyzeCommands();

} // namespace Attache::Cli
