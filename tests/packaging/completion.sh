#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The generated bash completion, driven as bash drives it (COMP_WORDS/COMP_CWORD).
# Expected words are written out by hand from the CLI's usage text and each command's
# --help (app/cli/*Command.cpp), not taken from the generator.
#   usage: completion.sh COMPLETION-FILE
set -uo pipefail
# shellcheck disable=SC1090
source "$1"
complete -p aibridge-inspector-cli | grep -q -- '-F _aibridge_inspector_cli' || { echo "FAIL: not registered"; exit 1; }
failures=0
expect() { # expect "EXPECTED WORDS" WORD...  (the last word is the one being completed)
    local want=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _aibridge_inspector_cli
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
    want=$(tr ' ' '\n' <<<"$want" | sort | tr '\n' ' ' | sed 's/ $//')
    if [[ $got != "$want" ]]; then
        echo "FAIL: '$*' completed to '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/alice.json" "$tmp/alice.log"

expect "resolve" aibridge-inspector-cli res
expect "explain-log" aibridge-inspector-cli exp
expect "fleet" aibridge-inspector-cli fle
expect "login logout" aibridge-inspector-cli log
expect "resolve users login logout probe filter observed explain-log fleet --help --version" aibridge-inspector-cli ""
expect "--sandbox --sandbox-ai-gateway --sandbox-population --sandbox-version --save-snapshot --snapshot" aibridge-inspector-cli resolve --s
expect "--chat --coder-era --client-tools" aibridge-inspector-cli resolve --c
expect "--token-env --timeout" aibridge-inspector-cli probe --t
expect "--gateway-key" aibridge-inspector-cli login --g
expect "--since" aibridge-inspector-cli observed --si
expect "$tmp/alice.json" aibridge-inspector-cli resolve --snapshot "$tmp/alice.j"
expect "$tmp/alice.json $tmp/alice.log" aibridge-inspector-cli explain-log "$tmp/alice."
expect "" aibridge-inspector-cli resolve --user al
expect "" aibridge-inspector-cli filter --allow "^get"
((failures == 0)) && echo "completion: 13 cases"
exit $((failures > 0))
