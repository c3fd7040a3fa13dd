// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** backup, backups and restore: copies of a project kept beside it, and the way back to one. */
QList<CliCommand> backupCommands();

} // namespace Attache::Cli
