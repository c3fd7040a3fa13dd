// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache {

/** Why a project could not be created, opened or written. message is one line, fit to show a user. */
struct ProjectError
{
    enum class Code {
        None,
        NotFound,
        AlreadyExists,
        NotAProject,
        Damaged,
        /** Holds tables, views or triggers Attaché's migrations do not create: possibly hostile. */
        Untrusted,
        TooNew,
        Locked,
        ReadFailed,
        WriteFailed,
    };

    Code code = Code::None;
    QString message;
    /** For Damaged: the newest backup that opens cleanly (Project::newestIntactBackup), or empty. */
    QString backup;

    bool isError() const { return code != Code::None; }
};

} // namespace Attache
