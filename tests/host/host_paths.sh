#!/usr/bin/env bash
# Checks, through scripts/attache-cli as a user runs it, that files outside /tmp, /home and the
# repository's parent open at their own paths: a project, an imported article and an export in a
# folder under / (or /srv, /opt, /var/tmp where / is not writable), and that a missing path says so.
# Run by .ci/run on the host; needs a built tree (scripts/test builds one).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cli="$repo/scripts/attache-cli"

dir=
for parent in / /srv /opt /mnt /var/tmp; do
    dir=$(mktemp -d "${parent%/}/attache-host-paths.XXXXXX" 2>/dev/null) && break
done
[ -n "$dir" ] || { echo "host_paths: no writable folder outside /tmp and /home" >&2; exit 1; }
trap 'rm -rf "$dir"' EXIT
fail() { echo "host_paths: $*" >&2; exit 1; }

cp "$repo/tests/data/articles/black-sea-shipping-pact.txt" "$dir/article.txt"
"$cli" new "$dir/p.attache" >/dev/null
out=$("$cli" import "$dir/p.attache" "$dir/article.txt")
case $out in
*"Black Sea Shipping Pact"*) ;;
*) fail "importing $dir/article.txt printed: $out" ;;
esac
"$cli" export "$dir/p.attache" --format md -o "$dir/report.md" >/dev/null
grep -q "Black Sea Shipping Pact" "$dir/report.md" || fail "$dir/report.md lacks the article"

status=0
err=$("$cli" import "$dir/p.attache" "$dir/missing.txt" 2>&1) || status=$?
[ "$status" -ne 0 ] || fail "importing a missing file succeeded"
case $err in
*"$dir/missing.txt"*"no such file"*) ;;
*) fail "importing a missing file printed: $err" ;;
esac
echo "host_paths: a project, an import and an export in $dir work; a missing file says so"
