#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every source file names its licence in an SPDX line within its first three lines.
#   usage: spdx.sh SOURCE-DIR
set -euo pipefail
cd "$1"
if git rev-parse --git-dir >/dev/null 2>&1; then
    list() { git ls-files; }
else
    list() { find . -type f -not -path './build*' -not -path './.git/*' | sed 's|^\./||'; }
fi
missing=0 checked=0
while read -r f; do
    case $f in
    *.cpp | *.h | *.go | *.proto | *.cjs | *.sh | *CMakeLists.txt | *.cmake | *.desktop | *.service | *.timer | .ci/run | *.metainfo.xml.in) ;;
    *) continue ;;
    esac
    checked=$((checked + 1))
    if ! head -3 "$f" | grep -qE 'SPDX-License-Identifier: (Apache-2\.0|CC0-1\.0)'; then
        echo "no SPDX line: $f"
        missing=$((missing + 1))
    fi
done < <(list)
((checked > 100)) || { echo "only $checked files checked: wrong directory?"; exit 1; }
echo "SPDX: $checked files, $missing without a licence line"
exit $((missing > 0))
