# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file of the domain library includes a Qt Widgets header.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets/|Q(Widget|MainWindow|Dialog|MessageBox|Application|AbstractItemView|TableView|TreeView|ListView|Action|Menu|PushButton|Label|LineEdit|TextEdit|PlainTextEdit|TextBrowser|StyledItemDelegate)[>\"])")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "attache_core includes widget headers:\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "${count} core files checked: no widget headers")
