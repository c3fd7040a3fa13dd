#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack, unpacks it into a scratch root and checks what it holds;
# checks that apt can satisfy its dependencies here, installs and removes it with dpkg in a scratch
# root, and runs the packaged reader in Russian to show the translations are built in.
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
for library in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libkf6syntaxhighlighting6 libkf6codecs6 libmd4c0 \
    libexttextcat-2.0-0 libexttextcat-data; do
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

# Every dependency is satisfiable from this system's packages (apt resolves versions and alternatives).
if ! apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 ||
    ! grep -q '^Inst attache ' "$scratch/apt.log"; then
    cat "$scratch/apt.log"
    echo "apt cannot install the package here"
    exit 1
fi
echo "dependencies satisfiable"

# A real dpkg install into an empty root: its own database, so the dependencies are not there (forced).
instroot="$scratch/instroot"
mkdir -p "$instroot/var/lib/dpkg/info" "$instroot/var/lib/dpkg/updates"
touch "$instroot/var/lib/dpkg/status" "$instroot/var/lib/dpkg/available"
dpkg_root=(dpkg --root="$instroot" --log=/dev/null --force-not-root --force-depends --force-script-chrootless)
"${dpkg_root[@]}" --install "$deb" >"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log"; exit 1; }
"${dpkg_root[@]}" --status attache | grep -q '^Status: install ok installed' || { echo "dpkg did not install it"; exit 1; }
[ -x "$instroot/usr/bin/attache" ] || { echo "dpkg installed no /usr/bin/attache"; exit 1; }
"${dpkg_root[@]}" --remove attache >>"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log"; exit 1; }
if [ -n "$(find "$instroot/usr" -type f 2>/dev/null)" ]; then
    echo "files left behind after removal:"
    find "$instroot/usr" -type f
    exit 1
fi
echo "dpkg install and removal ok"

# The translations are compiled into the reader: its command-line help comes out in Russian.
help=$(env -i PATH="$PATH" HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=offscreen \
    LANGUAGE=ru "$scratch/root/usr/bin/attache" --help 2>&1 || true)
grep -q 'Читайте статьи и смотрите, кто что сказал.' <<<"$help" || {
    printf '%s\n' "$help"
    echo "the packaged reader does not speak Russian"
    exit 1
}
echo "translations built in"
echo "package contents ok"
