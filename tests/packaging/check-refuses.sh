#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# scripts/check-package.sh must not purge a package the admin installed: with dpkg
# shimmed to say aibridge-inspector is installed (and no marker of an earlier check),
# it refuses with exit 2 and never calls dpkg to remove anything.
#   usage: check-refuses.sh SOURCE-DIR BUILD-DIR
set -euo pipefail
src=$1
build=$2
shims=$(mktemp -d)
trap 'rm -rf "$shims"' EXIT
cat > "$shims/id" <<'SH'
#!/bin/sh
echo 0
SH
cat > "$shims/dpkg-query" <<'SH'
#!/bin/sh
printf 'install ok installed'
SH
cat > "$shims/dpkg" <<SH
#!/bin/sh
echo "\$*" >> "$shims/dpkg-called"
SH
chmod +x "$shims"/*
[[ -f /var/lib/aibridge-inspector-check/installed-by-check ]] && { echo "a marker exists here: skip the shimmed run" >&2; exit 1; }
set +e
err=$(PATH="$shims:$PATH" bash "$src/scripts/check-package.sh" "$build" 2>&1 >/dev/null)
code=$?
set -e
[[ $code == 2 ]] || { echo "FAIL: exit $code, expected 2: $err" >&2; exit 1; }
[[ $err == *"not by this check"* ]] || { echo "FAIL: no refusal message: $err" >&2; exit 1; }
[[ ! -e $shims/dpkg-called ]] || { echo "FAIL: dpkg was called: $(cat "$shims/dpkg-called")" >&2; exit 1; }
echo "refused, nothing purged"
