#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, unpacks it into a scratch root and checks what it holds.
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    exit 1
}
deb=$(ls "$scratch"/out/attache_"$version"_*.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libkf6syntaxhighlighting6; do
    grep -q "$library" <<<"$depends" || { echo "missing dependency on $library"; exit 1; }
done

dpkg-deb -x "$deb" "$scratch/root"
for file in usr/bin/attache usr/bin/attache-cli \
    usr/share/applications/org.attache.Attache.desktop \
    usr/share/metainfo/org.attache.Attache.metainfo.xml \
    usr/share/mime/packages/org.attache.Attache.xml \
    usr/share/icons/hicolor/scalable/apps/org.attache.Attache.svg \
    usr/share/icons/hicolor/48x48/apps/org.attache.Attache.png \
    usr/share/icons/hicolor/256x256/apps/org.attache.Attache.png; do
    [ -e "$scratch/root/$file" ] || { echo "missing from the package: /$file"; exit 1; }
done
"$scratch/root/usr/bin/attache-cli" --version
if dpkg-deb -c "$deb" | grep -E '\.(h|a|cmake)$'; then
    echo "development files leaked into the package"
    exit 1
fi
echo "package contents ok"
