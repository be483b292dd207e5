#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts the real MCP servers on loopback (inside netns.sh), runs the given test
# command with their URLs in the environment, then stops each server by its PID and
# waits for it.
#   usage: with-peers.sh PEERS_DIR COMMAND...
set -u
DIR=${1:?usage: $0 PEERS_DIR COMMAND...}
shift
NODE=${NODE:-node}
[ -d "$DIR/node_modules/@modelcontextprotocol/server-everything" ] || {
    echo "peers not installed in $DIR (run tests/peers/install.sh)" >&2
    exit 1
}
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
}
trap stop_all EXIT

wait_ready() { # url pid log
    for _ in $(seq 1 150); do
        kill -0 "$2" 2>/dev/null || { echo "server exited early:" >&2; cat "$3" >&2; return 1; }
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -X POST "$1" \
            -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
            -d '{"jsonrpc":"2.0","id":0,"method":"ping"}' || true)
        [ "$code" != "000" ] && return 0
        sleep 0.1
    done
    echo "server at $1 did not answer" >&2
    return 1
}

logs=$(mktemp -d)
PORT=39300 "$NODE" "$DIR/node_modules/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp \
    > "$logs/everything.log" 2>&1 < /dev/null &
pids+=($!)
wait_ready http://127.0.0.1:39300/mcp "${pids[-1]}" "$logs/everything.log" || exit 1
export AIBI_EVERYTHING_URL=http://127.0.0.1:39300/mcp

# The project's own SDK test server: paging behind a bearer token, and JSON-only stateless.
"$NODE" "$DIR/mcp-test-server.mjs" --port 39301 --token peer-token-7f3a --tools 5 --page-size 2 \
    > "$logs/sdk-token.log" 2>&1 < /dev/null &
pids+=($!)
"$NODE" "$DIR/mcp-test-server.mjs" --port 39302 --json --stateless --tools 3 \
    > "$logs/sdk-json.log" 2>&1 < /dev/null &
pids+=($!)
wait_ready http://127.0.0.1:39301/mcp "${pids[-2]}" "$logs/sdk-token.log" || exit 1
wait_ready http://127.0.0.1:39302/mcp "${pids[-1]}" "$logs/sdk-json.log" || exit 1
export AIBI_SDK_TOKEN_URL=http://127.0.0.1:39301/mcp AIBI_SDK_TOKEN=peer-token-7f3a
export AIBI_SDK_JSON_URL=http://127.0.0.1:39302/mcp

"$@"
rc=$?
stop_all
trap - EXIT
rm -rf "$logs"
exit $rc
