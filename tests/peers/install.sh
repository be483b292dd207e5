#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the real MCP peers from the npm registry into DIR (git-ignored, under the
# build folder): the reference "everything" server (which brings the official SDK
# and express along), the MCP conformance suite with the Node 22 it needs, and
# yamux-js (a second yamux implementation for the interop test).
# Idempotent: a second run with the same versions does nothing.
#   usage: install.sh DIR
set -euo pipefail
DIR=${1:?usage: $0 DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
cd "$DIR"
# Exact versions from the committed lockfile; no package runs an install script (none of
# them has one, and root should not run what a registry hands it).
stamp=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ "$(cat .installed 2>/dev/null)" != "$stamp" ]; then
    start=$(date +%s%N)
    cp "$here/package.json" "$here/package-lock.json" "$DIR/"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    echo "$stamp" > .installed
    echo "peers installed in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
fi
# The project's own configurable test server (tests/peers/mcp-test-server.mjs) needs the
# SDK next to it: ESM ignores NODE_PATH.
cp "$here/mcp-test-server.mjs" "$DIR/"
cp "$here/yamux-peer.cjs" "$DIR/"
