// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** import, list and show: bringing articles into a project and reading them back. */
QList<CliCommand> importCommands();

} // namespace Attache::Cli
