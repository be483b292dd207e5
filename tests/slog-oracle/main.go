// SPDX-License-Identifier: Apache-2.0
// slog-oracle: coderd's log records about AI Bridge's MCP setup, written by cdr.dev/slog
// v3.1.0 (the version coder/coder v2.35.1 pins) through its own human and JSON sinks, so
// the explainer is tested on the formats as slog really writes them (multi-line fields
// included), not on lines typed by hand. Each record repeats an upstream call site at
// v2.35.1: its logger names, level, message and fields, named in the comment above it.
// A test tool only: the product never links Go.
//
//	slog-oracle --format human|json --manifest FILE   (the log goes to stdout)
//
// The manifest lists, record by record, what the explanation must say: {"step",
// "server", "has"} (step "" means the record must stay unknown).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"cdr.dev/slog/v3"
	"cdr.dev/slog/v3/sloggers/sloghuman"
	"cdr.dev/slog/v3/sloggers/slogjson"
	"github.com/hashicorp/go-multierror"
	"golang.org/x/xerrors"
)

type expect struct {
	Step   string `json:"step"`
	Server string `json:"server"`
	Has    string `json:"has"`
}

func main() {
	format := flag.String("format", "human", "human or json")
	manifest := flag.String("manifest", "", "where the expectations go")
	flag.Parse()
	var sink slog.Sink
	switch *format {
	case "human":
		sink = sloghuman.Sink(os.Stdout)
	case "json":
		sink = slogjson.Sink(os.Stdout)
	default:
		fmt.Fprintln(os.Stderr, "usage: slog-oracle --format human|json --manifest FILE")
		os.Exit(2)
	}
	ctx := context.Background()
	coderd := slog.Make(sink).Leveled(slog.LevelDebug).Named("coderd")
	aibridged := coderd.Named("aibridged") // cli/aibridged.go: coderAPI.Logger.Named("aibridged")
	pool := aibridged.Named("pool")        // cli/aibridged.go: logger.Named("pool")
	var want []expect

	// coderd/aibridged/pool.go:259, with mcpServers.Init's multierror (one cause per
	// server: the Coder MCP server refusing a chat's placeholder key, github refusing).
	var initErr error
	initErr = multierror.Append(initErr, xerrors.New("init MCP client: failed to unmarshal response: unexpected end of JSON input"))
	initErr = multierror.Append(initErr, xerrors.New("init MCP client: Unauthorized"))
	pool.Warn(ctx, "failed to initialize MCP server proxier(s)", slog.F("request_id", "5b0e6f39"), slog.Error(initErr))
	want = append(want, expect{"init", "", "init MCP client: Unauthorized"})

	// aibridge/mcp/proxy_streamable_http.go:101, under the proxy's logger from
	// coderd/aibridged/mcp.go:197 (Named("mcp-server-proxy-<id>")).
	proxy := aibridged.Named("mcp-server-proxy-everything")
	proxy.Debug(ctx, "mcp client initialized", slog.F("name", "mcp-servers/everything"), slog.F("server_version", "2.0.0"))
	want = append(want, expect{"init", "everything", "mcp-servers/everything"})

	// aibridge/mcp/tool.go:167, logger p.logger.Named("tool-filterer")
	// (proxy_streamable_http.go:109).
	aibridged.Named("mcp-server-proxy-github").Named("tool-filterer").Warn(ctx, "tool filtering conflict; marking tool disallowed", slog.F("name", "tool_3"))
	want = append(want, expect{"filterTools", "github", "tool_3"})

	// coderd/aibridgedserver/aibridgedserver.go:136, under enterprise/coderd/
	// aibridgeserve.go's Named("aigateway-serve") for a gateway connection.
	coderd.Named("aigateway-serve").Warn(ctx, "inject MCP tools option is deprecated and will be removed in a future release", slog.F("ai_gateway_key_name", "aibridge-inspector-ws1"))
	want = append(want, expect{"startup", "", "deprecated"})

	// coderd/aibridgedserver/aibridgedserver.go:571 (the token check; no error value).
	coderd.Named("aibridgedserver").Warn(ctx, "invalid/expired access token, cannot auto-configure MCP", slog.F("provider", "github"), slog.Error(nil))
	want = append(want, expect{"tokenCheck", "github", "expired"})

	// The same call site when ValidateToken's GET itself failed
	// (coderd/externalauth/externalauth.go: a status outside 200/401/403/429 returns
	// "status %d: body: %s"; a transport failure returns the client's error).
	coderd.Named("aibridgedserver").Warn(ctx, "invalid/expired access token, cannot auto-configure MCP", slog.F("provider", "github"), slog.Error(xerrors.Errorf("status %d: body: %s", 503, "upstream connect error")))
	want = append(want, expect{"tokenCheck", "github", "validate endpoint failed (status 503"})
	coderd.Named("aibridgedserver").Warn(ctx, "invalid/expired access token, cannot auto-configure MCP", slog.F("provider", "jira"), slog.Error(errors.New(`Get "https://jira.example.com/rest/api/2/myself": dial tcp: lookup jira.example.com: no such host`)))
	want = append(want, expect{"tokenCheck", "jira", "validate endpoint failed"})

	// coderd/aibridged/mcp.go: the token error the factory reads back.
	aibridged.Debug(ctx, "failed to get access token", slog.F("mcp_server_id", "github"), slog.F("error", "expired or invalid OAuth2 token"))
	want = append(want, expect{"addExternalServer", "github", "expired or invalid OAuth2 token"})

	// coderd/aibridged/http.go:82, with the request fields of http.go:38.
	aibridged.With(slog.F("method", "GET"), slog.F("path", "/api/v2/aibridge/interceptions")).Warn(ctx, "no auth key provided")
	want = append(want, expect{"auth", "", "no authentication key provided"})

	// coderd/aibridged/pool.go:252: Build failed as a whole (a wrapped error chain).
	buildErr := xerrors.Errorf("resolve configs: %w", xerrors.Errorf("get MCP server configs: %w", errors.New("context deadline exceeded")))
	pool.Warn(ctx, "failed to create MCP server proxiers", slog.Error(buildErr))
	want = append(want, expect{"fetchConfigs", "", "context deadline exceeded"})

	// Something else coderd logs: stays unknown.
	coderd.Named("provisionerd").Info(ctx, "acquired job", slog.F("job_id", "7d1f"))
	want = append(want, expect{"", "", ""})

	out, _ := json.Marshal(want)
	if *manifest != "" {
		if err := os.WriteFile(*manifest, out, 0o600); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
