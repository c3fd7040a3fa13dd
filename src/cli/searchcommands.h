// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** search: full-text search over a project's articles, notes and quotes. */
QList<CliCommand> searchCommands();

} // namespace Attache::Cli
