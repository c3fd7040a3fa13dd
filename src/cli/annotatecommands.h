// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QList>

namespace Attache::Cli {

/** annotate: highlights, notes and tags on an article from the command line. */
QList<CliCommand> annotateCommands();

} // namespace Attache::Cli
