#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes bash completion for aibridge-inspector-cli from its own --help texts (the
# command list, and each command's options), so completion cannot drift from the CLI.
#   usage: help2completion.sh BINARY OUT
set -euo pipefail
binary=$1 out=$2

commands=$("$binary" --help | awk '/^Commands:$/ { on = 1; next } /^[^ ]/ { on = 0 }
    on && /^  [a-z]/ { print $1 }')
# Each option of a command, and whether it takes a value ("--snapshot <file>" does).
options() { "$binary" "$1" --help | awk '/^  -/ { line = substr($0, 3); cut = index(line, "  ")
    term = cut ? substr(line, 1, cut - 1) : line; n = split(term, w, /,? /)
    for (i = 1; i <= n; i++) if (w[i] ~ /^--/) { printf "%s", w[i]; if (n > i && w[i + 1] ~ /^</) printf "=%s", w[i + 1]; print "" } }'; }
{
    echo "# bash completion for aibridge-inspector-cli"
    echo "# Generated from \`aibridge-inspector-cli --help' by packaging/help2completion.sh."
    echo "_aibridge_inspector_cli() {"
    echo '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words="" files=0'
    echo '    if ((COMP_CWORD == 1)); then'
    echo "        COMPREPLY=(\$(compgen -W \"$(echo $commands) --help --version\" -- \"\$cur\"))"
    echo '        return'
    echo '    fi'
    echo '    case ${COMP_WORDS[1]} in'
    for command in $commands; do
        opts=$(options "$command")
        plain=$(echo "$opts" | sed 's/=.*//' | tr '\n' ' ' | sed 's/ $//')
        # Options whose value is a file complete file names; other values are free text.
        filevalued=$(echo "$opts" | { grep -E '=<(file|png)>$' || true; } | sed 's/=.*//' | tr '\n' '|' | sed 's/|$//')
        valued=$(echo "$opts" | { grep '=' || true; } | { grep -vE '=<(file|png)>$' || true; } | sed 's/=.*//' | tr '\n' '|' | sed 's/|$//')
        echo "    $command)"
        echo "        words=\"$plain\""
        echo '        case $prev in'
        [[ -n $filevalued ]] && echo "        $filevalued) files=1 ;;"
        [[ -n $valued ]] && echo "        $valued) COMPREPLY=(); return ;;"
        echo '        esac'
        # A command whose argument is a file (explain-log FILE) completes files too.
        if "$binary" "$command" --help | head -1 | grep -q 'FILE'; then
            echo '        [[ $cur == -* ]] || files=1'
        fi
        echo '        ;;'
    done
    echo '    esac'
    echo '    if ((files)); then'
    echo '        compopt -o filenames 2>/dev/null'
    echo '        COMPREPLY=($(compgen -f -- "$cur"))'
    echo '    else'
    echo '        COMPREPLY=($(compgen -W "$words" -- "$cur"))'
    echo '    fi'
    echo '}'
    echo 'complete -F _aibridge_inspector_cli aibridge-inspector-cli'
} > "$out.tmp"
bash -n "$out.tmp"
mv "$out.tmp" "$out"
