#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
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

# Qt 6 and its modules, QtKeychain, RE2, protobuf, the build tools, and what the tests run.
PACKAGES=(qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev libre2-dev pkg-config protobuf-compiler libprotobuf-dev cmake ninja-build g++ clang libclang-rt-14-dev
    libqt6svg6 qt6-qpa-plugins xvfb xauth dbus gnome-keyring libsecret-1-0 nodejs npm curl iproute2 util-linux)
# The tests also build, lint, validate and install the Debian packages (systemd for
# systemd-analyze, which checks the watch's user units; a container has no systemd).
[[ $mode == test ]] && PACKAGES+=(dpkg-dev lintian desktop-file-utils appstream man-db systemd python3-prometheus-client)

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

# Go builds the test peers and oracles (tests/coderd-peer, tests/coder-oracle,
# tests/slog-oracle; the product links no Go code). Their modules need Go >= 1.25;
# bookworm's golang-go is 1.19. When no new enough Go is on PATH, Debian's Go fetches
# the Go toolchain module from the Go module proxy (as GOTOOLCHAIN does from Go 1.21 on)
# into ~/.cache/aibi-go, and that Go is used.
GO_TOOLCHAIN=go1.25.5
go_ok() { command -v go >/dev/null && go version | grep -Eq 'go1\.(2[5-9]|[3-9][0-9])'; }
if ! go_ok; then
    goroot=${XDG_CACHE_HOME:-$HOME/.cache}/aibi-go/$GO_TOOLCHAIN
    if [[ ! -x $goroot/bin/go ]]; then
        dpkg-query -W -f='${Status}' golang-go 2>/dev/null | grep -q "ok installed" ||
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends golang-go
        scratch=$(mktemp -d)
        dir=$(cd "$scratch" && GOMODCACHE="$scratch/mod" GOFLAGS=-modcacherw /usr/lib/go/bin/go \
            mod download -json "golang.org/toolchain@v0.0.1-$GO_TOOLCHAIN.linux-amd64" |
            sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
        [[ -n $dir && -d $dir ]] || { echo "could not fetch the Go toolchain $GO_TOOLCHAIN" >&2; exit 1; }
        mkdir -p "$(dirname "$goroot")"
        rm -rf "$goroot"
        cp -r "$dir" "$goroot"
        chmod -R u+w "$goroot"
        chmod +x "$goroot"/bin/* "$goroot"/pkg/tool/*/*
        rm -rf "$scratch"
    fi
    export PATH="$goroot/bin:$PATH" GOTOOLCHAIN=local
    go_ok || { echo "Go $GO_TOOLCHAIN did not install" >&2; exit 1; }
fi

BUILD=${AIBI_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=${AIBI_BUILD_TYPE:-RelWithDebInfo} ${AIBI_CMAKE_ARGS:-}
cmake --build "$BUILD" --parallel "$(nproc)"

if [[ $mode == test ]]; then
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    # Real MCP peers and the conformance suite from the npm registry (git-ignored).
    PEERS="$PWD/$BUILD/peers"
    bash tests/peers/install.sh "$PEERS"
    passed=0 failed=0 skipped=0
    count() { # adds each test's result line of a ctest log to the totals
        local p f k
        p=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* +Passed ' "$1" || true)
        f=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .*(\*\*\*Failed|\*\*\*Exception|\*\*\*Timeout|Not Run)' "$1" || true)
        k=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .*\*\*\*Skipped' "$1" || true)
        passed=$((passed + p))
        failed=$((failed + f))
        skipped=$((skipped + k))
        # A run that ran nothing is a failure, not a pass.
        if ((p + f + k == 0)); then
            echo "no test ran in this pass" >&2
            failed=$((failed + 1))
        fi
    }
    status=0
    log=$(mktemp)
    # Tests run four at a time: most of their wall time is waiting (time-outs, the
    # three-minute hold under coderd's pings), not CPU, so the longest set the pace
    # (their COST in tests/CMakeLists.txt starts them first).
    jobs=${AIBI_TEST_JOBS:-4}
    ctest --test-dir "$BUILD" --parallel "$jobs" --output-on-failure --no-tests=error --timeout 600 "$@" 2>&1 | tee "$log" || status=1
    count "$log"

    # CMake's default generator (Unix Makefiles) as a newcomer runs it: configure, and the
    # protobuf target whose output folder only Ninja made (a full second build would cost
    # CI minutes for little: the sources are the same).
    make_log=$(mktemp)
    if cmake -S . -B "$BUILD-make" >"$make_log" 2>&1 && cmake --build "$BUILD-make" --target aibi_proto >>"$make_log" 2>&1; then
        echo "default generator: configured, aibi_proto built"
        passed=$((passed + 1))
    else
        tail -20 "$make_log"
        echo "default generator: FAILED"
        failed=$((failed + 1))
        status=1
    fi
    rm -f "$make_log"

    # The Debian packages: built, linted, installed, run, removed (needs root: dpkg).
    if [[ $(id -u) == 0 ]]; then
        if bash scripts/check-package.sh "$BUILD"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            status=1
        fi
    else
        echo "package check skipped: it installs packages and needs root" >&2
        skipped=$((skipped + 1))
    fi

    # The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (clang, which
    # also builds the libFuzzer targets), then each fuzzer for a short run.
    if [[ ${AIBI_SANITIZERS:-1} == 1 ]]; then
        ASAN_BUILD=${AIBI_ASAN_BUILD_DIR:-build-asan}
        cmake -S . -B "$ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DAIBI_SANITIZE=ON -DAIBI_FUZZ=ON -DAIBI_LONG_TESTS=OFF -DAIBI_PEERS_DIR="$PEERS"
        cmake --build "$ASAN_BUILD" --parallel "$(nproc)"
        # Leak reports are off for the suite: Qt's plugins and fontconfig keep
        # allocations until exit. The fuzzers below run with leak detection on.
        ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            ctest --test-dir "$ASAN_BUILD" --parallel "$jobs" --output-on-failure --no-tests=error --timeout 900 "$@" 2>&1 | tee "$log" || status=1
        count "$log"
        seconds=${AIBI_FUZZ_SECONDS:-15}
        targets=(sse jsonrpc snapshot coderjson drpc yamux fleetsnapshot whatif logrecords)
        fuzz_dir=$(mktemp -d)
        fuzz_bin=$(cd "$ASAN_BUILD/tests/fuzz" && pwd) # absolute: names only this tree's fuzzers
        fuzz_one() { # target: one fuzzer on a copy of its corpus; its status into rc
            local dir="$fuzz_dir/$1" rc
            # A failed copy is this fuzzer's failure, not the script's exit under set -e
            # with the others still running.
            mkdir -p "$dir/corpus" || return 0 # no rc file: reported as a failure below
            { cp tests/fuzz/corpus/$1/* "$dir/corpus/" &&
                ASAN_OPTIONS=detect_leaks=1 "$fuzz_bin/fuzz_$1" -max_total_time="$seconds" \
                    -rss_limit_mb=4096 -print_final_stats=1 "$dir/corpus"; } > "$dir/log" 2>&1 && rc=0 || rc=$?
            echo "$rc" > "$dir/rc"
        }
        # One fuzzer per core: each is CPU-bound and single-threaded, so each still gets
        # its whole time on a core of its own.
        pids=()
        # Interrupted: this tree's fuzzers are stopped, and their subshells, which wait for
        # them, are waited for.
        stop_fuzzers() {
            pkill -TERM -f "$fuzz_bin/fuzz_" || true
            wait || true
            rm -rf "$fuzz_dir"
        }
        trap 'stop_fuzzers; exit 130' INT
        trap 'stop_fuzzers; exit 143' TERM
        for target in "${targets[@]}"; do
            fuzz_one "$target" &
            pids+=($!)
            if ((${#pids[@]} >= $(nproc))); then
                wait "${pids[0]}" || true
                pids=("${pids[@]:1}")
            fi
        done
        for pid in "${pids[@]}"; do wait "$pid" || true; done
        trap - INT TERM
        for target in "${targets[@]}"; do
            if [[ $(cat "$fuzz_dir/$target/rc" 2>/dev/null) == 0 ]]; then
                echo "fuzz_$target: $(grep -E 'stat::number_of_executed_units' "$fuzz_dir/$target/log" | awk '{print $2}') runs in ${seconds} s, no finding"
                passed=$((passed + 1))
            else
                tail -40 "$fuzz_dir/$target/log" || true
                echo "fuzz_$target: FINDING (see above)"
                failed=$((failed + 1))
                status=1
            fi
        done
        rm -rf "$fuzz_dir"
    fi
    rm -f "$log"
    # In CI a skipped test is a failed test: the peer, conformance and keyring tests
    # must run there.
    if [[ -n ${CI:-} ]] && ((skipped > 0)); then
        echo "CI: $skipped test(s) skipped" >&2
        status=1
    fi
    ((failed > 0)) && status=1
    echo "suite: $passed passed, $failed failed, $skipped skipped"
    exit $status
fi

# run: the GUI on the in-process sandbox deployment. Without a display, start a
# virtual one so the program still runs (e.g. for screenshots).
app="$BUILD/app/aibridge-inspector"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "no display found: starting the GUI under xvfb-run" >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$app" --sandbox "$@"
fi
exec "$app" --sandbox "$@"
