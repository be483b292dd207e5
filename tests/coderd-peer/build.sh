#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds coderd-peer into OUT (a binary path) from the repo's .proto and Go files (its
# unit tests, links_test.go, run from the copy next to OUT: see tests/CMakeLists.txt):
# protoc-gen-go comes from the Go module proxy at the version go.mod pins.
#   usage: tests/coderd-peer/build.sh OUT
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1
work=$(dirname "$out")/coderd-peer-src
mkdir -p "$work/proto" "$work/gobin"
cp "$here"/*.go "$here/go.mod" "$here/go.sum" "$work/"
version=$(awk '$1 == "google.golang.org/protobuf" {print $2}' "$here/go.mod")
GOBIN="$work/gobin" go install "google.golang.org/protobuf/cmd/protoc-gen-go@$version"
protoc --plugin=protoc-gen-go="$work/gobin/protoc-gen-go" -I "$here/../../core/gateway" \
    --go_out="$work" --go_opt=module=aibi/coderdpeer "$here/../../core/gateway/aibridged.proto"
(cd "$work" && go build -o "$out" .)
