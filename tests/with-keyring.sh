#!/bin/sh
# Runs a command with a private, throw-away Secret Service: its own D-Bus session and
# an unlocked gnome-keyring in a temporary directory. Never touches a real keyring.
if [ -z "$WITH_KEYRING_INNER" ]; then
    WITH_KEYRING_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
mkdir -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$HOME"
eval "export $(printf '%s' throwaway | gnome-keyring-daemon --unlock --components=secrets)"
"$@"
