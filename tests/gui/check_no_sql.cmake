# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file of the GUI touches the database or runs the engine itself: SQL belongs in the
# stores of attache_core, and analysis for display comes from the PeopleStore.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "QSqlQuery|QSqlDatabase|QuoteExtractor")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "the GUI reaches past the stores:\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "${count} GUI files checked: no SQL, no engine")
