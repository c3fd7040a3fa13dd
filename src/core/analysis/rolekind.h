// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Attache::Analysis {

/** The kind of source a person's stated role makes them: official, expert, journalist or other. */
SpeakerKind kindFromRole(const QString &role);

} // namespace Attache::Analysis
