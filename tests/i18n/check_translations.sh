#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a translation is not complete: runs lupdate over the sources into a scratch copy of
# the .ts files (the tree is never modified) and lists every message that is new or unfinished
# (untranslated) or whose source string is gone (vanished or obsolete), per language.
# Usage: check_translations.sh CMAKE GENERATE_LUPDATE_PROJECT_SCRIPT LUPDATE LCONVERT LUPDATE_PROJECT_CMAKE
#                              PLURALS_TS_FILE TS_FILE...
# (the project file is the one qt_add_translations writes, so the same sources are scanned as by
# the update_translations target; the plurals file keeps only %n messages, as that target does).
set -euo pipefail
cmake=$1 generate=$2 lupdate=$3 lconvert=$4 project_in=$5 plurals=$6
shift 6
set -- "$plurals" "$@"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
project="$scratch/project.json"
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$project" -P "$generate"
copies=()
for ts in "$@"; do
    cp "$ts" "$scratch/"
    copies+=("$scratch/$(basename "$ts")")
done

# Without -no-obsolete, so that strings removed from the sources show up as vanished.
if ! "$lupdate" -locations none -project "$project" -ts "${copies[@]}" >"$scratch/lupdate.log" 2>&1; then
    cat "$scratch/lupdate.log" >&2
    echo "lupdate failed" >&2
    exit 1
fi

plurals_copy="$scratch/$(basename "$plurals")"
"$lconvert" -pluralonly -i "$plurals_copy" -o "$plurals_copy"

status=0
for copy in "${copies[@]}"; do
    problems=$(awk '
        /<name>/ { context = $0; gsub(/.*<name>|<\/name>.*/, "", context) }
        /<source>/ { source = $0; gsub(/.*<source>|<\/source>.*/, "", source) }
        /<translation[^>]*type="(unfinished|vanished|obsolete)"/ {
            kind = $0; sub(/.*type="/, "", kind); sub(/".*/, "", kind)
            printf "  %-10s %s: %s\n", kind, context, source
        }' "$copy")
    if [ -n "$problems" ]; then
        echo "$(basename "$copy"): $(printf '%s\n' "$problems" | wc -l) message(s) to translate or remove (run scripts/translations):"
        printf '%s\n' "$problems"
        status=1
    else
        echo "$(basename "$copy"): complete"
    fi
done
exit $status
