# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file other than analysis/speakerkind.{h,cpp} lists the speaker kinds again: a string
# literal naming a kind, or the enumerators one after another. Names, labels and colours come from there.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    if(source MATCHES "/analysis/speakerkind\\.(h|cpp)$")
        continue()
    endif()
    file(STRINGS "${source}" lines
        REGEX "^[ \t]*[^/* \t][^/]*(\"(official|expert|journalist|unnamed)\"|SpeakerKind::[A-Za-z]+, *SpeakerKind::)")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "speaker kinds listed outside analysis/speakerkind:\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: the speaker kinds are listed once")
