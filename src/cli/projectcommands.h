// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** new and info: creating a project and describing one. */
QList<CliCommand> projectCommands();

} // namespace Attache::Cli
