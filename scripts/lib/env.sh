# shellcheck shell=bash
# Sourced by the scripts in scripts/. Decides where Attaché builds and runs:
#   - natively, when the host has Qt >= 6.8, KF6SyntaxHighlighting and Hunspell development files;
#   - otherwise, on a Debian-family host, inside a cached Debian 13 sysroot (debootstrap + unshare + chroot);
#   - otherwise it names what to install and fails.
# Overrides: ATTACHE_NATIVE=1 forces a native build, ATTACHE_SYSROOT=DIR picks the sysroot folder.

set -euo pipefail

ATTACHE_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ATTACHE_SUITE=trixie
ATTACHE_PACKAGES_FILE="$ATTACHE_REPO/scripts/sysroot-packages.txt"
ATTACHE_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/attache
ATTACHE_SYSROOT=${ATTACHE_SYSROOT:-$ATTACHE_CACHE/sysroot-$ATTACHE_SUITE}
ATTACHE_MIN_QT=6.8

attache_log() { printf 'attache: %s\n' "$*" >&2; }
attache_die() { printf 'attache: %s\n' "$*" >&2; exit 1; }

attache_version_at_least() { # $1 >= $2, dotted versions
    [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

attache_host_qt_version() {
    if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists Qt6Core 2>/dev/null; then
        pkg-config --modversion Qt6Core
    elif command -v qmake6 >/dev/null 2>&1; then
        qmake6 -query QT_VERSION
    fi
}

attache_host_has_kf6_syntax() {
    local dir
    for dir in /usr/lib/*/cmake /usr/lib64/cmake /usr/lib/cmake /usr/local/lib/*/cmake /usr/local/lib64/cmake \
        /usr/local/lib/cmake /usr/share/cmake /opt/homebrew/lib/cmake; do
        [ -f "$dir/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" ] && return 0
    done
    return 1
}

attache_host_is_native() {
    [ "${ATTACHE_NATIVE:-}" = 1 ] && return 0
    local qt
    qt=$(attache_host_qt_version || true)
    [ -n "$qt" ] && attache_version_at_least "$qt" "$ATTACHE_MIN_QT" || return 1
    attache_host_has_kf6_syntax || return 1
    pkg-config --exists hunspell 2>/dev/null
}

# The Debian mirror the host's own apt already uses (deb822 or one-line format), never a hard-coded host.
attache_host_mirror() {
    local file uri
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        uri=$(awk '
            /^[[:space:]]*$/ { if (u != "" && s !~ /security/) { print u; exit } u = ""; s = "" }
            /^URIs:/   { u = $2 }
            /^Suites:/ { s = $0 }
            END        { if (u != "" && s !~ /security/) print u }' "$file" | head -n 1)
        [ -n "$uri" ] && { echo "$uri"; return; }
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$file" ] || continue
        uri=$(awk '$1 == "deb" && $0 !~ /security/ {
                  for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$file")
        [ -n "$uri" ] && { echo "$uri"; return; }
    done
}

attache_packages() { grep -v '^[[:space:]]*\(#\|$\)' "$ATTACHE_PACKAGES_FILE"; }

attache_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        attache_die "root rights are needed to create the Debian 13 sysroot (run as root or install sudo)"
    fi
}

# The host folders the sysroot shows at the same paths, so that any file the user names can be opened:
# every top-level folder that is not one of the operating system's own (the sysroot has its own /usr, /etc
# and so on), the folders under /var that the sysroot lacks, /var/tmp, /run/media (removable drives),
# the session's runtime folder, and $HOME, the repository's parent and the current folder wherever they are.
attache_host_binds() {
    local root=$1 path name
    for path in /* /var/* /run/media "${XDG_RUNTIME_DIR:-}" "$HOME" "$(dirname "$ATTACHE_REPO")" "$PWD"; do
        [ -n "$path" ] && [ -d "$path" ] || continue
        case $path in
        /bin | /boot | /dev | /etc | /lib | /lib32 | /lib64 | /libx32 | /lost+found | /proc | /run | /sbin | /sys | /usr | /var) continue ;;
        /var/tmp) ;;
        /var/*) name=${path#/var/}; [ -e "$root/var/$name" ] && continue ;;
        esac
        printf '%s\n' "$path"
    done
}

# Runs "$@" inside the sysroot with the host's folders visible at the same paths (attache_host_binds).
# The mounts live in a private mount namespace and vanish with it.
attache_in_sysroot() {
    local root=$1
    shift
    local binds=()
    mapfile -t binds < <(attache_host_binds "$root")
    if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then binds+=("$XAUTHORITY"); fi
    local env_args=(HOME="$HOME" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        LANG=C.UTF-8 TERM="${TERM:-dumb}" USER="${USER:-$(id -un)}")
    local name
    for name in $(compgen -e); do
        case $name in
        DISPLAY | XAUTHORITY | WAYLAND_DISPLAY | XDG_RUNTIME_DIR | CI | CTEST_* | QT_* | ATTACHE_* | CCACHE_* | LC_* | DEBIAN_FRONTEND)
            env_args+=("$name=${!name}")
            ;;
        esac
    done
    local unshare_args=(--mount --propagation private)
    [ "$(id -u)" -eq 0 ] || unshare_args=(--map-root-user "${unshare_args[@]}")
    unshare "${unshare_args[@]}" /bin/bash -c '
        set -e
        root=$1; cwd=$2; nbinds=$3; nenv=$4; shift 4
        # Host folders first, recursively so that drives mounted below them (/media/usb) come along;
        # the sysroot'"'"'s own /dev, /proc and /sys mounts come after, so they are not copied into those binds.
        for ((i = 0; i < nbinds; i++)); do
            path=$1; shift
            [ -e "$path" ] || continue
            if [ -d "$path" ]; then mkdir -p "$root$path"; else mkdir -p "$root$(dirname "$path")"; touch "$root$path"; fi
            mount --rbind "$path" "$root$path" 2>/dev/null || echo "attache: $path is not visible in the sysroot" >&2
        done
        mount --rbind /dev "$root/dev"
        mount --rbind /proc "$root/proc" 2>/dev/null || mount -t proc proc "$root/proc"
        mount --rbind /sys "$root/sys" 2>/dev/null || true
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /usr/bin/env -i "${@:1:nenv}" /bin/bash -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "${@:nenv+1}"
    ' attache-sysroot "$root" "$PWD" "${#binds[@]}" "${#env_args[@]}" "${binds[@]}" "${env_args[@]}" "$@"
}

# The packages listed in scripts/sysroot-packages.txt that the sysroot does not have yet.
attache_missing_packages() {
    local installed="$ATTACHE_SYSROOT/.attache-packages"
    if [ -f "$installed" ]; then
        attache_packages | sort -u | comm -23 - <(sort -u "$installed")
    else
        attache_packages | sort -u
    fi
}

# Creates the sysroot once and installs what scripts/sysroot-packages.txt lists and it lacks.
# Serialised by a lock so that two runs racing each other wait rather than clobber.
attache_ensure_sysroot() {
    [ -x "$ATTACHE_SYSROOT/usr/bin/env" ] && [ -z "$(attache_missing_packages)" ] && return
    mkdir -p "$ATTACHE_CACHE"
    exec 9>"$ATTACHE_CACHE/sysroot.lock"
    flock 9
    if [ ! -x "$ATTACHE_SYSROOT/usr/bin/env" ]; then
        command -v apt-get >/dev/null 2>&1 ||
            attache_die "this host is not Debian-family; install Qt >= $ATTACHE_MIN_QT (Widgets, Sql, Test, Linguist), KF6 SyntaxHighlighting, Hunspell, CMake and a C++20 compiler, then rerun"
        local mirror
        mirror=$(attache_host_mirror)
        [ -n "$mirror" ] || attache_die "no Debian mirror found in /etc/apt/sources.list*; add one and rerun"
        if ! command -v debootstrap >/dev/null 2>&1; then
            attache_log "installing debootstrap on the host"
            attache_sudo apt-get update -qq
            attache_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
        fi
        local staging="$ATTACHE_SYSROOT.staging.$$"
        attache_log "creating a Debian 13 sysroot in $ATTACHE_SYSROOT (once; about a minute)"
        attache_sudo rm -rf "$staging"
        if ! attache_sudo debootstrap --variant=minbase "$ATTACHE_SUITE" "$staging" "$mirror" >"$ATTACHE_CACHE/debootstrap.log" 2>&1; then
            tail -n 20 "$ATTACHE_CACHE/debootstrap.log" >&2
            attache_sudo rm -rf "$staging"
            attache_die "debootstrap failed; the full log is $ATTACHE_CACHE/debootstrap.log"
        fi
        attache_sudo rm -rf "$ATTACHE_SYSROOT"
        attache_sudo mv "$staging" "$ATTACHE_SYSROOT"
    fi
    local missing
    missing=$(attache_missing_packages)
    if [ -n "$missing" ]; then
        attache_log "installing into the sysroot:" $missing
        local log="$ATTACHE_CACHE/apt.log"
        # shellcheck disable=SC2086
        if ! attache_sudo /bin/bash -c 'source "$1"; root=$2; shift 2
                attache_in_sysroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
                attache_in_sysroot "$root" env DEBIAN_FRONTEND=noninteractive \
                    apt-get install -y -qq --no-install-recommends "$@" &&
                attache_in_sysroot "$root" apt-get clean' attache-apt "$ATTACHE_REPO/scripts/lib/env.sh" \
            "$ATTACHE_SYSROOT" $missing >"$log" 2>&1; then
            tail -n 20 "$log" >&2
            attache_die "installing packages into the sysroot failed; the full log is $log"
        fi
        { cat "$ATTACHE_SYSROOT/.attache-packages" 2>/dev/null || true; echo "$missing"; } | sort -u |
            attache_sudo tee "$ATTACHE_SYSROOT/.attache-packages.new" >/dev/null
        attache_sudo mv "$ATTACHE_SYSROOT/.attache-packages.new" "$ATTACHE_SYSROOT/.attache-packages"
    fi
    flock -u 9
    exec 9>&-
}

# Runs a command where Attaché builds: on the host or inside the sysroot.
attache_exec() {
    if attache_host_is_native; then
        "$@"
    else
        attache_ensure_sysroot
        attache_in_sysroot "$ATTACHE_SYSROOT" "$@"
    fi
}

# Checkouts side by side (git worktrees) share compiled objects through ccache when the build has it.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$ATTACHE_REPO")}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

ATTACHE_PRESET=${ATTACHE_PRESET:-dev}
[ -n "${CI:-}" ] && [ "$ATTACHE_PRESET" = dev ] && ATTACHE_PRESET=ci
ATTACHE_BUILD="$ATTACHE_REPO/build/$ATTACHE_PRESET"

# Configures (first time) and builds; quiet unless something fails. Serialised per build folder
# so that two scripts started together do not run two builds over the same tree.
attache_build() {
    local log="$ATTACHE_REPO/build/$ATTACHE_PRESET.log"
    mkdir -p "$ATTACHE_REPO/build"
    (
        flock 8
        if ! attache_exec bash -c "cd '$ATTACHE_REPO' && { [ -f '$ATTACHE_BUILD/build.ninja' ] || cmake --preset '$ATTACHE_PRESET'; } && cmake --build --preset '$ATTACHE_PRESET'" >"$log" 2>&1; then
            grep -E -A12 'error:|Error|FAILED' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
            attache_die "build failed; the full log is $log"
        fi
    ) 8>"$ATTACHE_REPO/build/$ATTACHE_PRESET.lock"
}
