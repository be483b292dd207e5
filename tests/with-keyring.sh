#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command with a private, throw-away Secret Service: its own D-Bus session and
# an unlocked gnome-keyring in a temporary directory. Never touches a real keyring.
if [ -z "$WITH_KEYRING_INNER" ]; then
    WITH_KEYRING_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
mkdir -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$HOME"
# The daemon prints GNOME_KEYRING_CONTROL=…; take that one variable only. A bare
# `export` (when it prints nothing) would list the whole environment into the log.
vars=$(printf '%s' throwaway | gnome-keyring-daemon --unlock --components=secrets) || exit 1
control=$(printf '%s\n' "$vars" | sed -n 's/^GNOME_KEYRING_CONTROL=//p' | head -n 1)
# It prints nothing when it is reached over D-Bus instead; the test then finds the
# keyring there (or fails, with AIBI_KEYCHAIN=require).
[ -n "$control" ] && export GNOME_KEYRING_CONTROL="$control"
"$@"
