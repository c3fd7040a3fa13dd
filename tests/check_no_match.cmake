# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails, naming the lines, when a source file under SOURCE_DIR has a line matching PATTERN: a
# boundary between libraries that the code must keep. BROKEN says what a match means, KEPT what a
# clean run checked.
#   cmake -DSOURCE_DIR=dir -DPATTERN=regex -DBROKEN=text -DKEPT=text -P check_no_match.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${PATTERN}")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "${BROKEN}:\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: ${KEPT}")
