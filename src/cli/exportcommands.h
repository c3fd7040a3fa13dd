// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** export: reports and data exports of a project (HTML, PDF, Markdown, ODT, CSV, JSON, W3C, REFI-QDA). */
QList<CliCommand> exportCommands();

} // namespace Attache::Cli
