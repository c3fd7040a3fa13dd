// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** reanalyze and speakers: filling a project's people register and reading it. */
QList<CliCommand> speakerCommands();

} // namespace Attache::Cli
