#!/usr/bin/env bash
# Installs every dependency (Debian bookworm, as root), builds, and then either starts
# the GUI on the sandbox deployment (`run`) or runs the whole test suite (`test`).
#   usage: scripts/bootstrap.sh run|test [extra ctest args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-}
case "$mode" in
run | test) shift ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

# The packages tried in shared/spec/qt-env.md, plus the build tools we call.
PACKAGES=(qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev libre2-dev pkg-config cmake ninja-build g++
    libqt6svg6 xvfb xauth dbus gnome-keyring libsecret-1-0 nodejs npm curl)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# nodejs/npm may come from elsewhere on a developer machine: a working node will do.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]}")
fi
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

BUILD=${AIBI_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=${AIBI_BUILD_TYPE:-RelWithDebInfo} ${AIBI_CMAKE_ARGS:-}
cmake --build "$BUILD" --parallel "$(nproc)"

if [[ $mode == test ]]; then
    # Real MCP peers and the conformance suite from the npm registry (git-ignored).
    bash tests/peers/install.sh "$BUILD/peers"
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    exec ctest --test-dir "$BUILD" --output-on-failure --timeout 600 "$@"
fi

# run: the GUI on the in-process sandbox deployment. Without a display, start a
# virtual one so the program still runs (e.g. for screenshots).
app="$BUILD/app/aibridge-inspector"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "no display found: starting the GUI under xvfb-run" >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$app" --sandbox "$@"
fi
exec "$app" --sandbox "$@"
