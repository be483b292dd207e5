#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian packages from a build tree, checks them with lintian, installs them
# on this machine (root), runs what they installed the way an admin would, and removes
# them again, checking that nothing of theirs is left behind.
#   usage: scripts/check-package.sh BUILD-DIR
# lintian: errors and warnings fail. Info-level tags left, and why:
#   binary-has-unneeded-section .comment  CPack strips with plain `strip`; dh_strip's
#                                         extra section removal is not available there.
#   hardening-no-fortify-functions (CLI)  built with -D_FORTIFY_SOURCE=2, but no call in
#                                         it is one glibc replaces with a _chk variant.
set -euo pipefail
build=$(cd "$1" && pwd)
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ $(id -u) == 0 ]] || { echo "check-package.sh installs packages: run it as root" >&2; exit 2; }
fail() { echo "FAIL: $*" >&2; exit 1; }
packages=(aibridge-inspector aibridge-inspector-cli)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
appid=$(sed -n 's/^AIBI_APP_ID:STRING=//p' "$build/CMakeCache.txt")
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A package this check left behind (a run that stopped halfway) is removed; one the
# admin installed is theirs: refuse rather than purge it.
marker=/var/lib/aibridge-inspector-check/installed-by-check
for p in "${packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q ' installed$'; then
        [[ -f $marker ]] || {
            echo "check-package.sh: $p is installed on this machine and not by this check;" \
                "it would be replaced and purged. Remove it first (dpkg --purge $p)," \
                "or run the check elsewhere." >&2
            exit 2
        }
    fi
done
[[ -f $marker ]] && { dpkg --purge "${packages[@]}" >/dev/null 2>&1 || true; rm -f "$marker"; }

echo "== cpack"
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=()
for p in "${packages[@]}"; do
    debs+=("$build/${p}_${version}_$(dpkg --print-architecture).deb")
    [[ -f ${debs[-1]} ]] || fail "cpack made no ${debs[-1]##*/}"
    echo "${debs[-1]##*/}: $(dpkg-deb -f "${debs[-1]}" Depends)"
done

echo "== lintian"
rc=0
out=$(lintian -I -E --pedantic --fail-on error,warning "${debs[@]}" 2>&1) || rc=$?
grep -v 'running with root privileges' <<<"$out" || true
((rc == 0)) || fail "lintian reports errors or warnings (above)"

echo "== install"
find /usr /etc /opt -xdev 2>/dev/null | sort > "$work/before"
mkdir -p "$(dirname "$marker")"
touch "$marker"
dpkg -i "${debs[@]}" >/dev/null
for p in "${packages[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p") == "install ok installed" ]] || fail "$p not installed"
done

echo "== run what was installed (clean environment, from /)"
cd /
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/xdg" "$@"; }
mkdir -p "$work/home" "$work/xdg" && chmod 700 "$work/xdg"
out=$(run aibridge-inspector-cli --version)
[[ $out == "aibridge-inspector-cli $version (commit $commit)" ]] || fail "--version said '$out'"
echo "$out"
run aibridge-inspector-cli resolve --sandbox --user alice --json > "$work/alice.json"
grep -q '"username": "alice"' "$work/alice.json" || fail "resolve --sandbox --user alice --json"
echo "resolve --sandbox --user alice --json: $(wc -c < "$work/alice.json") bytes"
# The GUI, started by the menu entry's own command, saves a screenshot and quits.
desktop=/usr/share/applications/$appid.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -r -a command <<<"$exec_line"
run QT_QPA_PLATFORM=offscreen timeout 120 "${command[@]}" --sandbox --user alice --screenshot "$work/smoke.png" ||
    fail "the installed GUI ($exec_line) did not finish"
[[ $(od -An -tx1 -N8 "$work/smoke.png" | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "no PNG screenshot"
echo "GUI ($exec_line): screenshot $(wc -c < "$work/smoke.png") bytes"
mkdir -p "$build/screenshots" && cp "$work/smoke.png" "$build/screenshots/installed-gui.png"
man -w aibridge-inspector-cli >/dev/null && man -w aibridge-inspector >/dev/null || fail "man pages not found by man"
bash -c 'source /usr/share/bash-completion/completions/aibridge-inspector-cli
    COMP_WORDS=(aibridge-inspector-cli reso); COMP_CWORD=1; _aibridge_inspector_cli; [[ ${COMPREPLY[*]} == resolve ]]' ||
    fail "installed bash completion"

echo "== the watch's systemd user units"
# Checked as a user manager loads them (--user), now that the program they start is
# installed. systemd-analyze needs a runtime directory even offline (without one:
# "Failed to initialize manager"), which root in a container lacks: run() gives one. Its
# exit status ignores unknown keys, so any output fails the check.
units=(/usr/lib/systemd/user/aibridge-inspector-fleet.service /usr/lib/systemd/user/aibridge-inspector-fleet.timer)
out=$(run systemd-analyze verify --user "${units[@]}" 2>&1) && [[ -z $out ]] ||
    fail "systemd-analyze verify --user: $out"
echo "systemd-analyze verify --user: clean"
# Installed disabled: the admin enables the timer per user.
links=$(find /etc/systemd /usr/lib/systemd -path '*.wants/aibridge-inspector-fleet.*' 2>/dev/null)
[[ -z $links ]] || fail "the watch is enabled by the package: $links"
# The unit's own command line, its specifiers expanded as for this HOME, against a
# deployment nothing answers: it must read the env file and fail to connect (1).
home=$work/home
mkdir -p "$home/.config/aibridge-inspector"
token=check-package-secret-token-4711
printf 'CODER_URL=http://127.0.0.1:1\nCODER_SESSION_TOKEN="%s"\n' "$token" >"$home/.config/aibridge-inspector/fleet.env"
chmod 600 "$home/.config/aibridge-inspector/fleet.env"
expand() { sed -n "s/^$1=//p" "${units[0]}" | sed "s|%h|$home|g; s|%E|$home/.config|g"; }
read -r -a command <<<"$(expand ExecStartPre)"
run "${command[@]}" || fail "ExecStartPre failed"
read -r -a command <<<"$(expand ExecStart)"
rc=0
out=$(run "${command[@]}" 2>&1) || rc=$?
((rc == 1)) && grep -q '127.0.0.1:1' <<<"$out" && ! grep -q "$token" <<<"$out" ||
    fail "the unit's ExecStart (exit $rc, expected 1, naming the URL, not the token): $out"
echo "ExecStart against a closed port: exit 1, $out"

echo "== validators"
out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $out ]] || fail "desktop-file-validate: $out"
echo "desktop-file-validate $desktop: clean"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$appid.metainfo.xml" || fail "appstreamcli"

echo "== remove"
installed=$(dpkg -L "${packages[@]}" | sort -u)
dpkg --purge "${packages[@]}" >/dev/null
rm -f "$marker"
rmdir "$(dirname "$marker")" 2>/dev/null || true
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q installed && fail "$p still installed"
done
while read -r path; do
    [[ -d $path ]] && continue # shared directories (/usr/share/man/man1) stay
    [[ -e $path ]] && fail "$path left behind"
done <<<"$installed"
find /usr /etc /opt -xdev 2>/dev/null | sort > "$work/after"
# Anything new is a leftover; caches the desktop's own triggers rebuild are listed only.
new=$(comm -13 "$work/before" "$work/after")
ours=$(grep -iE 'aibridge' <<<"$new" || true)
[[ -z $ours ]] || fail "left behind: $ours"
[[ -z $new ]] || echo "system caches rebuilt by triggers (not ours): $new"
echo "removed: $(wc -l <<<"$installed") paths gone, none of ours left"
echo "package check: passed"
