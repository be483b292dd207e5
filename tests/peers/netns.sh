#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command in a private network namespace that has only a loopback interface,
# so peer servers that listen on every interface can reach nothing but 127.0.0.1.
# Without the rights for that (not root), exits 77 (ctest: skipped) — except in CI,
# where the peer tests must run, so it fails.
set -u
if [ -z "${AIBI_IN_NETNS:-}" ]; then
    if ! unshare -n true 2>/dev/null; then
        echo "cannot create a network namespace (needs root / CAP_SYS_ADMIN)" >&2
        [ -n "${CI:-}" ] && exit 1
        exit 77
    fi
    AIBI_IN_NETNS=1 exec unshare -n "$0" "$@"
fi
ip link set lo up || exit 1
exec "$@"
