// SPDX-License-Identifier: Apache-2.0
// coder-oracle: what Coder's own AI Bridge MCP client gets from one server, per era,
// using the very libraries Coder pinned. It mirrors aibridge/mcp/proxy_streamable_http.go
// as it stood in each era (written anew here, not imported: the coder/coder module
// pulls in most of coderd):
//   - eras A and B: github.com/mark3labs/mcp-go v0.38.0 — NewStreamableHttpClient with
//     the Authorization header, Start, Initialize offering mcp.LATEST_PROTOCOL_VERSION
//     with clientInfo coder/aibridge, the proxy's own ValidProtocolVersions check, then
//     ListTools (which follows every nextCursor);
//   - era C: github.com/modelcontextprotocol/go-sdk v1.7.0 — NewClient(clientInfo, nil),
//     Connect over a StreamableClientTransport whose HTTP client adds the headers, then
//     session.ListTools(ctx, nil) (page 1 only).
//
// Tool ids: era A "bmcp_<server>_<tool>" as is; eras B and C sanitised and cut to 64
// (aibridge/mcp/tool.go EncodeToolID). A test tool only: the product never links Go.
//
//	coder-oracle --era A|B|C --server NAME [--token-env VAR] [--timeout 20s] URL
//
// Prints one JSON object: {"era","library","outcome":"ok"|"fails"|"unknown","reason",
// "protocolVersion","tools":[names],"ids":[ids],"elapsedMs"}.
//
// A panic inside the client library is recovered and printed as outcome "fails" with
// reason "panic: <value> (in <func> <file>:<line>)"; in Coder nothing recovers it (no
// recover in go-sdk v1.7.0, and aibridge runs each proxy's Init in a bare goroutine),
// so it would take the whole coderd process down. A client that is still blocked one
// second after --timeout (go-sdk v1.7.0's standalone GET runs on a context detached
// from Connect's, so the deadline does not reach it) is printed as outcome "unknown":
// Coder sets no deadline, so it would wait as long as the server lets it.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"

	mcpgoclient "github.com/mark3labs/mcp-go/client"
	mcpgotransport "github.com/mark3labs/mcp-go/client/transport"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

const clientName = "coder/aibridge"
const clientVersion = "v2.99.0-oracle"

type shadowed struct {
	Tool       string `json:"tool"`
	ID         string `json:"id"`
	ReplacedBy string `json:"replacedBy"`
}

type result struct {
	Era             string     `json:"era"`
	Library         string     `json:"library"`
	Outcome         string     `json:"outcome"`
	Reason          string     `json:"reason"`
	ProtocolVersion string     `json:"protocolVersion"`
	Tools           []string   `json:"tools"`
	IDs             []string   `json:"ids"`
	Shadowed        []shadowed `json:"shadowed,omitempty"`
	ElapsedMs       int64      `json:"elapsedMs"`
}

// keep follows aibridge/mcp/proxy_streamable_http.go: fetchTools stores each tool in a
// map under its encoded id, so a later tool replaces an earlier one; ListTools returns
// the map's values sorted by id.
func keep(era, server string, names []string) (tools, ids []string, gone []shadowed) {
	byID := map[string]string{}
	for _, n := range names {
		id := encodeToolID(era, server, n)
		if prev, ok := byID[id]; ok {
			gone = append(gone, shadowed{Tool: prev, ID: id, ReplacedBy: n})
		}
		byID[id] = n
	}
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		tools = append(tools, byID[id])
	}
	return tools, ids, gone
}

var unsafeRune = regexp.MustCompile(`[^a-zA-Z0-9_-]`)

// encodeToolID follows aibridge/mcp/tool.go: raw before the sanitising change (era A).
func encodeToolID(era, server, tool string) string {
	if era == "A" {
		return "bmcp_" + server + "_" + tool
	}
	id := "bmcp_" + unsafeRune.ReplaceAllString(server, "_") + "_" + unsafeRune.ReplaceAllString(tool, "_")
	if len(id) > 64 {
		id = id[:64]
	}
	return id
}

// headerTransport adds fixed headers to every request, as Coder's withHeaders does.
type headerTransport struct {
	base    http.RoundTripper
	headers map[string]string
}

func (t headerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	for k, v := range t.headers {
		r.Header.Set(k, v)
	}
	return t.base.RoundTrip(r)
}

func viaMcpGo(ctx context.Context, url string, headers map[string]string) ([]string, string, error) {
	var opts []mcpgotransport.StreamableHTTPCOption
	if headers != nil {
		opts = append(opts, mcpgotransport.WithHTTPHeaders(headers))
	}
	c, err := mcpgoclient.NewStreamableHttpClient(url, opts...)
	if err != nil {
		return nil, "", fmt.Errorf("create streamable http client: %w", err)
	}
	defer c.Close()
	if err := c.Start(ctx); err != nil {
		return nil, "", fmt.Errorf("start client: %w", err)
	}
	version := mcpgo.LATEST_PROTOCOL_VERSION
	res, err := c.Initialize(ctx, mcpgo.InitializeRequest{Params: mcpgo.InitializeParams{
		ProtocolVersion: version,
		ClientInfo:      mcpgo.Implementation{Name: clientName, Version: clientVersion},
	}})
	if err != nil {
		return nil, "", fmt.Errorf("init MCP client: %w", err)
	}
	if !slices.Contains(mcpgo.ValidProtocolVersions, res.ProtocolVersion) {
		return nil, res.ProtocolVersion, fmt.Errorf("MCP version negotiation failed; requested %q, accepts %q, received %q",
			version, strings.Join(mcpgo.ValidProtocolVersions, ","), res.ProtocolVersion)
	}
	tools, err := c.ListTools(ctx, mcpgo.ListToolsRequest{})
	if err != nil {
		return nil, res.ProtocolVersion, fmt.Errorf("fetch tools: list MCP tools: %w", err)
	}
	var names []string
	for _, t := range tools.Tools {
		names = append(names, t.Name)
	}
	return names, res.ProtocolVersion, nil
}

func viaGoSdk(ctx context.Context, url string, headers map[string]string) ([]string, string, error) {
	httpClient := &http.Client{Transport: headerTransport{base: http.DefaultTransport, headers: headers}}
	tr := &gosdk.StreamableClientTransport{Endpoint: url, HTTPClient: httpClient}
	client := gosdk.NewClient(&gosdk.Implementation{Name: clientName, Version: clientVersion}, nil)
	session, err := client.Connect(ctx, tr, nil)
	if err != nil {
		return nil, "", fmt.Errorf("init MCP client: %w", err)
	}
	defer session.Close()
	version := session.InitializeResult().ProtocolVersion
	tools, err := session.ListTools(ctx, nil)
	if err != nil {
		return nil, version, fmt.Errorf("fetch tools: list MCP tools: %w", err)
	}
	var names []string
	for _, t := range tools.Tools {
		names = append(names, t.Name)
	}
	return names, version, nil
}

func main() {
	era := flag.String("era", "C", "Coder era: A (<= v2.34), B (v2.35-v2.36), C (>= v2.37)")
	server := flag.String("server", "srv", "the server key (external-auth id, or coder)")
	tokenEnv := flag.String("token-env", "", "environment variable holding the bearer token")
	timeout := flag.Duration("timeout", 20*time.Second, "give up after this long (Coder has no limit)")
	flag.Parse()
	if flag.NArg() != 1 || (*era != "A" && *era != "B" && *era != "C") {
		fmt.Fprintln(os.Stderr, "usage: coder-oracle --era A|B|C --server NAME [--token-env VAR] URL")
		os.Exit(2)
	}
	var headers map[string]string
	if *tokenEnv != "" {
		headers = map[string]string{"Authorization": "Bearer " + os.Getenv(*tokenEnv)}
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	start := time.Now()
	out := result{Era: *era, Tools: []string{}, IDs: []string{}}
	via := viaMcpGo
	out.Library = "mcp-go v0.38.0"
	if *era == "C" {
		via = viaGoSdk
		out.Library = "go-sdk v1.7.0"
	}
	type answer struct {
		names   []string
		version string
		err     error
	}
	done := make(chan answer, 1)
	go func() {
		var a answer
		defer func() {
			if p := recover(); p != nil {
				a.err = fmt.Errorf("panic: %v (in %s)", p, panicSite())
			}
			done <- a
		}()
		a.names, a.version, a.err = via(ctx, flag.Arg(0), headers)
	}()
	var names []string
	var err error
	select {
	case a := <-done:
		names, out.ProtocolVersion, err = a.names, a.version, a.err
	case <-time.After(*timeout + time.Second):
		out.ElapsedMs = time.Since(start).Milliseconds()
		out.Outcome = "unknown"
		out.Reason = fmt.Sprintf("no answer %v after the %v deadline: the client ignores it here and Coder sets none", time.Second, *timeout)
		printResult(out)
		return
	}
	out.ElapsedMs = time.Since(start).Milliseconds()
	if err != nil {
		out.Outcome, out.Reason = "fails", err.Error()
	} else {
		out.Outcome = "ok"
		tools, ids, gone := keep(*era, *server, names)
		out.Tools = append(out.Tools, tools...)
		out.IDs = append(out.IDs, ids...)
		out.Shadowed = gone
	}
	printResult(out)
}

func printResult(out result) {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}

// panicSite names the frame that panicked: called from the deferred recover, it skips
// the runtime's frames and this program's own, and reports the first library frame.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") && !strings.HasPrefix(f.Function, "main.") {
			return fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown frame"
		}
	}
}
