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
# The daemon claims org.freedesktop.secrets a moment after its parent returns. A client
# that comes first has D-Bus start a second daemon, without the unlocked login keyring
# ("Object does not exist at path …/collection/login"): wait for the name, 5 s at most.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "with-keyring.sh: the keyring daemon never appeared on the session bus" >&2
        exit 1
    fi
    sleep 0.05
done
"$@"
