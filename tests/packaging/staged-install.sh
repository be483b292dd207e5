#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The install rules, staged into a temporary prefix: every file the packages carry is
# there, the desktop entry and AppStream metainfo pass their validators, the man pages
# render without a warning, and the installed CLI runs.
#   usage: staged-install.sh BUILD-DIR VERSION APP-ID   (run in the source tree)
set -euo pipefail
build=$1 version=$2 appid=$3
# The commit the programs must name: git's, asked now (a stale build fails here).
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
d=$root/usr
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$d" >/dev/null
for f in bin/aibridge-inspector bin/aibridge-inspector-cli; do
    [[ -x $d/$f ]] || fail "$f missing"
done
expected=(
    share/icons/hicolor/scalable/apps/aibridge-inspector.svg
    share/applications/$appid.desktop
    share/metainfo/$appid.metainfo.xml
    share/man/man1/aibridge-inspector.1.gz
    share/man/man1/aibridge-inspector-cli.1.gz
    share/bash-completion/completions/aibridge-inspector-cli
    share/doc/aibridge-inspector/copyright share/doc/aibridge-inspector/changelog.gz
    share/doc/aibridge-inspector-cli/copyright share/doc/aibridge-inspector-cli/changelog.gz
    lib/systemd/user/aibridge-inspector-fleet.service lib/systemd/user/aibridge-inspector-fleet.timer
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=(share/icons/hicolor/${size}x${size}/apps/aibridge-inspector.png)
done
for f in "${expected[@]}"; do
    [[ -f $d/$f ]] || fail "$f missing"
done
# Nothing else: no test peer, no sandbox data, no build helper.
extra=$(cd "$d" && find . -type f | sed 's|^\./||' | grep -vxF -e bin/aibridge-inspector \
    -e bin/aibridge-inspector-cli $(printf -- '-e %s ' "${expected[@]}") || true)
[[ -z $extra ]] || fail "unexpected files installed: $extra"

# Each PNG is a PNG of its size (the IHDR width and height, bytes 16-23).
for size in 16 48 256; do
    png=$d/share/icons/hicolor/${size}x${size}/apps/aibridge-inspector.png
    header=$(od -An -tx1 -j0 -N24 "$png" | tr -d ' \n')
    [[ ${header:0:16} == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
    [[ $((16#${header:32:8})) == "$size" && $((16#${header:40:8})) == "$size" ]] ||
        fail "$png is not ${size}x${size}"
done

# Validators: any message at all (desktop-file-validate's hints too) fails.
out=$(desktop-file-validate "$d/share/applications/$appid.desktop" 2>&1) || fail "desktop-file-validate: $out"
[[ -z $out ]] || fail "desktop-file-validate: $out"
grep -qx 'Exec=aibridge-inspector' "$d/share/applications/$appid.desktop" || fail "desktop Exec"
out=$(appstreamcli validate --no-net --pedantic "$d/share/metainfo/$appid.metainfo.xml" 2>&1) ||
    fail "appstreamcli: $out"
# The tree as a whole: the metainfo's launchable names the installed desktop entry,
# whose icon is in the theme (a missing entry is a warning, and fails).
out=$(appstreamcli validate-tree --no-net --pedantic "$root" 2>&1) || fail "appstreamcli validate-tree: $out"
grep -q "<id>$appid</id>" "$d/share/metainfo/$appid.metainfo.xml" || fail "metainfo id"
grep -q "<release version=\"$version\"" "$d/share/metainfo/$appid.metainfo.xml" || fail "metainfo release"
zcat "$d/share/doc/aibridge-inspector/changelog.gz" | head -1 | grep -q "^aibridge-inspector ($version) " ||
    fail "changelog version"

# Man pages: groff's own warnings (as lintian runs it), and the CLI page documents every
# command's options (a sample the help texts give: resolve's --coder-era, probe's --token-env).
for page in aibridge-inspector aibridge-inspector-cli; do
    out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$d/share/man/man1/$page.1.gz" 2>&1 >/dev/null) ||
        fail "man $page failed"
    [[ -z $out ]] || fail "man $page: $out"
done
cli_page=$(MANWIDTH=200 man -l "$d/share/man/man1/aibridge-inspector-cli.1.gz" 2>/dev/null)
for needle in 'aibridge-inspector-cli resolve [options]' '--coder-era <era>' 'aibridge-inspector-cli probe [options]' \
    '--token-env' 'aibridge-inspector-cli explain-log [options] [FILE|-]' 'Exit codes: 0 ok'; do
    grep -qF -- "$needle" <<<"$cli_page" || fail "CLI man page lacks '$needle'"
done
gui_page=$(MANWIDTH=200 man -l "$d/share/man/man1/aibridge-inspector.1.gz" 2>/dev/null)
for needle in '--sandbox' '--screenshot <png>' "aibridge-inspector $version (commit $commit)"; do
    grep -qF -- "$needle" <<<"$gui_page" || fail "GUI man page lacks '$needle'"
done

# The installed CLI runs, away from the build tree.
cd /
out=$("$d/bin/aibridge-inspector-cli" --version)
[[ $out == "aibridge-inspector-cli $version (commit $commit)" ]] || fail "--version said '$out'"
"$d/bin/aibridge-inspector-cli" resolve --sandbox --user alice --json | grep -q '"username": "alice"' ||
    fail "installed resolve --sandbox"
echo "staged install: ${#expected[@]} files and 2 programs, validators clean"
