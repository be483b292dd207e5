#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes a man page from a program's own --help text, so the two cannot drift: the
# build runs this against the binaries it just linked.
#   usage: help2roff.sh PROGRAM-NAME BINARY OUT [--commands]
# With --commands (the CLI), each command's `COMMAND --help` follows as a subsection.
# Help text layout (Qt's QCommandLineParser, and the CLI's own usage): "Usage: …",
# a one-line summary, then "Heading:" blocks whose items are indented two spaces, with
# the term ended by two spaces and continuation lines indented further.
set -euo pipefail
name=$1 binary=$2 out=$3 commands=${4:-}
version=$("$binary" --version | head -1 | sed -E 's/^[^ ]+ //')

# Rewrites one help text as roff; $1 is the heading level for its blocks (SH or SS).
to_roff() {
    awk -v level="$1" -v name="$name" '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function text(s) { gsub(/\\/, "\\e", s); sub(/^[.'"'"']/, "\\\\\\&&", s); return s }
    NR == 1 {
        sub(/^Usage: [^ ]*\//, "Usage: ")
        sub(/^Usage: /, "")
        usage = $0
        next
    }
    NR == 2 && level == "SH" {
        print ".SH NAME"; print esc(name) " \\- " text($0)
        print ".SH SYNOPSIS"; print ".B " esc(name); rest = usage; sub(/^[^ ]+ ?/, "", rest)
        if (rest != "") print esc(rest)
        print ".SH DESCRIPTION"; print text($0)
        next
    }
    NR == 2 { print ".SS " esc(usage); print text($0); next }
    /^$/ { next }
    /^[^ ].*:$/ {
        heading = $0; sub(/:$/, "", heading)
        if (level == "SH") print ".SH " toupper(heading); else print ".PP\n.I " heading
        inblock = 1
        next
    }
    /^  [^ ]/ && inblock {
        line = substr($0, 3); cut = index(line, "  ")
        term = cut ? substr(line, 1, cut - 1) : line
        desc = cut ? substr(line, cut) : ""
        sub(/^ +/, "", desc)
        print ".TP"; print ".B " esc(term)
        if (desc != "") print text(desc)
        next
    }
    /^   +[^ ]/ { line = $0; sub(/^ +/, "", line); print text(line); next }
    { inblock = 0; print ".PP"; print text($0) }
    '
}

{
    upper=$(echo "$name" | tr '[:lower:]' '[:upper:]')
    echo ".\\\" Generated from \`$name --help' by packaging/help2roff.sh; do not edit."
    echo ".TH \"$upper\" 1 \"\" \"$name $version\" \"User Commands\""
    "$binary" --help | to_roff SH
    if [[ $commands == --commands ]]; then
        echo ".SH \"COMMAND OPTIONS\""
        # The command names are the items of the Commands: block of the top-level help.
        "$binary" --help | awk '/^Commands:$/ { on = 1; next } /^[^ ]/ { on = 0 }
            on && /^  [a-z]/ { print $1 }' | while read -r command; do
            "$binary" "$command" --help | to_roff SS
        done
    fi
} > "$out.tmp"
mv "$out.tmp" "$out"
