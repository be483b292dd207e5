// SPDX-License-Identifier: Apache-2.0
// coderd-peer: the AI Gateway side of coderd, built from the libraries coderd runs
// (coder/websocket, hashicorp/yamux, storj.io/drpc, google.golang.org/protobuf), serving
// the MCPConfigurator from snapshot files or a links table, plus the REST subset the
// inspector's CLI needs. A test peer only: the product never links Go code.
//
//	coderd-peer --listen 127.0.0.1:0 --snapshot FILE [--snapshot FILE ...]
//	coderd-peer --listen 127.0.0.1:0 --links FILE [--validate-ms D] [--validate-rate N]
//	coderd-peer --listen 127.0.0.1:0 --users N [--links-out FILE] [--validate-ms D] [--validate-rate N]
//
// The first line on stdout is "listening on http://HOST:PORT". The Owner session token
// comes from CODER_SESSION_TOKEN, the gateway key from CODER_AI_GATEWAY_KEY.
// Mirrors enterprise/coderd/aibridgeserve.go (key headers, version check, websocket ->
// yamux server -> drpc server) and coderd/aibridgedserver (the two RPCs).
//
// --snapshot and --fleet replay prepared answers. --links and --users (docs/fleet.md's
// generated population, turned into links) compute each token batch instead, by the rules
// of coderd v2.35.1 (coderd/aibridgedserver/aibridgedserver.go
// GetMCPServerAccessTokensBatch, coderd/externalauth/externalauth.go ValidateToken): each
// linked token is checked with a real GET against the peer's own validate endpoint, a
// second listener on 127.0.0.1:0 (its URL is in /peer/stats).
//
// The links table (--links FILE; --links-out FILE writes the one in use):
//
//	{"coder": {"url": "http://127.0.0.1:1/coder"},
//	 "providers": [{"id": "github", "mcp_url": "http://127.0.0.1:1/github",
//	                "allow": "RE2", "deny": "RE2", "validate": "200", "body": "..."}],
//	 "users": [{"id": "<uuid>", "username": "alice",
//	            "links": [{"provider": "github", "token": "gho_1",
//	                       "expiry": "2000-01-01T00:00:00Z", "validate": "401"}]}]}
//
// coder (optional) is the Coder MCP config, id "coder". allow/deny are the MCP tool
// regexes (RE2; a bad one stops the peer as it stops coderd). A provider without mcp_url
// can be linked to but is no MCP config (NewServer skips it): asking for it gives "no MCP
// config found". expiry (RFC 3339, optional): a past one is invalid without any call.
// validate, on a provider or on one link (that token's own answer): "200" (the default),
// any status 200..599 ("body" is its body, default the status text), "403-retry-after",
// "403-remaining-N" (X-RateLimit-Remaining: N), "close" (hang up unanswered), "reset"
// (TCP RST); on a provider only, since coderd keeps one validate URL per provider: "none"
// (no validate URL: valid without a call) and "refused" (a URL where nothing listens). A
// token the table does not list for that provider is answered 401.
//
// --validate-ms D delays every validate answer by D ms. --validate-rate N lets N validate
// requests a second through (a token bucket holding N); past that a provider at an even
// position in the table answers 429 and one at an odd position 403 with Retry-After: 1,
// both of which coderd takes as valid. GET /peer/stats on the main listener answers the
// counters as JSON: token_calls, validate_calls (GETs sent), validate_batches (token
// batches that sent at least one), yamux_streams (opened by clients), validate_requests
// (received),
// validate_rate_limited, validate_peak_inflight, validate_answers (by status, or
// close/reset) and validate_endpoint.
package main

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
	"github.com/google/uuid"
	"github.com/hashicorp/yamux"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"storj.io/drpc"
	"storj.io/drpc/drpcerr"
	"storj.io/drpc/drpcmux"
	"storj.io/drpc/drpcserver"

	pb "aibi/coderdpeer/proto"
)

type user struct {
	ID         string
	Username   string
	Configs    *pb.GetMCPServerConfigsResponse
	ConfigsErr string
	Tokens     *pb.GetMCPServerAccessTokensBatchResponse
	TokensErr  string
	// Computed: a links-table user, whose token batch is computed, not replayed.
	Computed bool
}

type snapshotList []string

func (s *snapshotList) String() string     { return strings.Join(*s, ",") }
func (s *snapshotList) Set(v string) error { *s = append(*s, v); return nil }

// readSnapshot reads the inspector's snapshot format (README "Snapshot files"): the
// two responses in protobuf JSON, or {"error": "..."} which becomes a DRPC error.
func readSnapshot(path string) (*user, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		User    struct{ ID, Username string }
		Configs json.RawMessage
		Tokens  json.RawMessage
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	u := &user{ID: doc.User.ID, Username: doc.User.Username}
	if msg, ok := errorOf(doc.Configs); ok {
		u.ConfigsErr = msg
	} else {
		u.Configs = &pb.GetMCPServerConfigsResponse{}
		// proto3 cannot carry a nil list entry: a null becomes an empty config, as it
		// would on coderd's wire.
		fixed := strings.ReplaceAll(string(nullToEmpty(doc.Configs)), "null", "{}")
		if err := protojson.Unmarshal([]byte(fixed), u.Configs); err != nil {
			return nil, fmt.Errorf("%s: configs: %w", path, err)
		}
	}
	if msg, ok := errorOf(doc.Tokens); ok {
		u.TokensErr = msg
	} else {
		// A null response cannot cross DRPC either: it arrives as an empty one.
		u.Tokens = &pb.GetMCPServerAccessTokensBatchResponse{}
		if err := protojson.Unmarshal(nullToEmpty(doc.Tokens), u.Tokens); err != nil {
			return nil, fmt.Errorf("%s: tokens: %w", path, err)
		}
	}
	return u, nil
}

func nullToEmpty(raw json.RawMessage) []byte {
	if len(raw) == 0 || string(raw) == "null" {
		return []byte("{}")
	}
	return raw
}

func errorOf(raw json.RawMessage) (string, bool) {
	var e struct {
		Error *string `json:"error"`
	}
	if json.Unmarshal(raw, &e) == nil && e.Error != nil {
		return *e.Error, true
	}
	return "", false
}

// configurator serves the two MCPConfigurator RPCs coderd/aibridgedserver answers.
type configurator struct {
	users map[string]*user
	// auth computes token batches from a links table (--links, --users); nil: replay only.
	auth *externalAuth
	// dropAfter > 0: the first gateway connection is cut after that many token calls
	// (a peer that drops the connection mid-scan).
	dropAfter   int64
	tokenCalls  atomic.Int64
	dropOnce    sync.Once
	mu          sync.Mutex
	dropCurrent func()
}

func (c *configurator) GetMCPServerConfigs(_ context.Context, in *pb.GetMCPServerConfigsRequest) (*pb.GetMCPServerConfigsResponse, error) {
	u, ok := c.users[in.GetUserId()]
	if !ok {
		if c.auth != nil {
			// Deployment-wide upstream: coderd never looks at the user id here.
			return c.auth.configs, nil
		}
		return &pb.GetMCPServerConfigsResponse{}, nil // configs are deployment-wide upstream
	}
	if u.ConfigsErr != "" {
		return nil, fmt.Errorf("%s", u.ConfigsErr)
	}
	return u.Configs, nil
}

func (c *configurator) GetMCPServerAccessTokensBatch(ctx context.Context, in *pb.GetMCPServerAccessTokensBatchRequest) (*pb.GetMCPServerAccessTokensBatchResponse, error) {
	if n := c.tokenCalls.Add(1); c.dropAfter > 0 && n == c.dropAfter {
		c.dropOnce.Do(func() {
			c.mu.Lock()
			drop := c.dropCurrent
			c.mu.Unlock()
			if drop != nil {
				go drop() // cut mid-call: this answer never arrives
			}
		})
		select {} // the connection goes; this call never answers
	}
	u, ok := c.users[in.GetUserId()]
	if (!ok || u.Computed) && c.auth != nil {
		return c.auth.batch(ctx, in)
	}
	if !ok {
		return &pb.GetMCPServerAccessTokensBatchResponse{}, nil // no links: empty answer
	}
	if u.TokensErr != "" {
		return nil, fmt.Errorf("%s", u.TokensErr)
	}
	return u.Tokens, nil
}

// protoEncoding is drpc's protobuf encoding (what protoc-gen-go-drpc generates).
type protoEncoding struct{}

func (protoEncoding) Marshal(msg drpc.Message) ([]byte, error) {
	return proto.Marshal(msg.(proto.Message))
}
func (protoEncoding) Unmarshal(buf []byte, msg drpc.Message) error {
	return proto.Unmarshal(buf, msg.(proto.Message))
}

// description is what protoc-gen-go-drpc would generate for service MCPConfigurator.
type description struct{}

func (description) NumMethods() int { return 2 }
func (description) Method(n int) (string, drpc.Encoding, drpc.Receiver, interface{}, bool) {
	switch n {
	case 0:
		return "/proto.MCPConfigurator/GetMCPServerConfigs", protoEncoding{},
			func(srv interface{}, ctx context.Context, in1, _ interface{}) (drpc.Message, error) {
				return srv.(*configurator).GetMCPServerConfigs(ctx, in1.(*pb.GetMCPServerConfigsRequest))
			}, (*configurator).GetMCPServerConfigs, true
	case 1:
		return "/proto.MCPConfigurator/GetMCPServerAccessTokensBatch", protoEncoding{},
			func(srv interface{}, ctx context.Context, in1, _ interface{}) (drpc.Message, error) {
				return srv.(*configurator).GetMCPServerAccessTokensBatch(ctx, in1.(*pb.GetMCPServerAccessTokensBatchRequest))
			}, (*configurator).GetMCPServerAccessTokensBatch, true
	}
	return "", nil, nil, nil, false
}

var _ = drpcerr.Code // error codes travel as drpcerr codes (0 for plain errors)

// versionRefusal mirrors apiversion.(*APIVersion).Validate (apiversion/apiversion.go at
// v2.35.1), which enterprise/coderd/aibridgeserve.go asks before the upgrade: "" when
// accepted, else its error text. No additional majors: coderd v2.35.1 lists none.
func versionRefusal(client, server string) string {
	parse := func(v string) (int, int, string) {
		parts := strings.Split(v, ".")
		if len(parts) != 2 {
			return 0, 0, "invalid version string: " + v
		}
		major, err := strconv.Atoi(parts[0])
		if err != nil {
			return 0, 0, "invalid major version: " + v
		}
		minor, err := strconv.Atoi(parts[1])
		if err != nil {
			return 0, 0, "invalid minor version: " + v
		}
		return major, minor, ""
	}
	cm, cn, bad := parse(client)
	if bad != "" {
		return bad
	}
	sm, sn, _ := parse(server)
	switch {
	case cm > sm:
		return fmt.Sprintf("server is at version %d.%d, behind requested major version %s", sm, sn, client)
	case cm == sm && cn > sn:
		return fmt.Sprintf("server is at version %d.%d, behind requested minor version %s", sm, sn, client)
	case cm == sm:
		return ""
	}
	return fmt.Sprintf("version %s is no longer supported", client)
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func coderError(w http.ResponseWriter, status int, message, detail string) {
	writeJSON(w, status, map[string]string{"message": message, "detail": detail})
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	pingMs := flag.Int("ping-interval-ms", 30000, "yamux keep-alive interval (coderd: 30 s)")
	noGateway := flag.Bool("no-gateway", false, "serve no AI Gateway route (an older or OSS build: 404)")
	pingFloodSeconds := flag.Int("ping-flood-seconds", 0, "a hostile gateway: flood yamux pings for this long, reading nothing")
	aiGateway := flag.String("ai-gateway", "enabled", "the AI Gateway feature: enabled, disabled (CODER_AI_GATEWAY_ENABLED=false) or not-licensed")
	serverVersion := flag.String("api-version", "1.0", "the AI Gateway API version this coderd speaks (same major, minor <= it is accepted)")
	var snapshots snapshotList
	flag.Var(&snapshots, "snapshot", "a snapshot file (one user each); repeatable")
	generated := flag.Int("users", 0, "add N generated users (docs/fleet.md: the sandbox's --sandbox-population rule)")
	fleetFile := flag.String("fleet", "", "a fleet snapshot: its configs (deployment-wide) and each user's token answer")
	dropAfter := flag.Int64("drop-after-tokens", 0, "cut the first gateway connection at the Nth token call")
	linksFile := flag.String("links", "", "a links table (see the top of main.go): token batches computed as coderd does")
	linksOut := flag.String("links-out", "", "write the links table in use (--links or --users) to this file")
	validateMs := flag.Int("validate-ms", 0, "delay every answer of the validate endpoint by this many ms")
	validateRate := flag.Int("validate-rate", 0, "validate requests allowed per second in total (0: no limit); past it 429 or 403+Retry-After")
	flag.Parse()
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "coderd-peer:", err)
		os.Exit(2)
	}
	if *linksFile != "" && *generated > 0 {
		fail(errors.New("--links and --users each make the links table: give one"))
	}
	if *linksFile == "" && *generated <= 0 && (*linksOut != "" || *validateMs != 0 || *validateRate != 0) {
		fail(errors.New("--links-out, --validate-ms and --validate-rate need --links or --users"))
	}
	if *validateMs < 0 || *validateRate < 0 {
		fail(errors.New("--validate-ms and --validate-rate take a number >= 0"))
	}

	sessionToken := os.Getenv("CODER_SESSION_TOKEN")
	gatewayKey := os.Getenv("CODER_AI_GATEWAY_KEY")
	users := map[string]*user{}
	var order []*user
	for _, path := range snapshots {
		u, err := readSnapshot(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "coderd-peer:", err)
			os.Exit(2)
		}
		users[u.ID] = u
		order = append(order, u)
	}
	if *fleetFile != "" {
		fleet, err := readFleet(*fleetFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "coderd-peer:", err)
			os.Exit(2)
		}
		for _, u := range fleet {
			users[u.ID] = u
			order = append(order, u)
		}
	}
	stats := newPeerStats()
	var auth *externalAuth
	if *linksFile != "" || *generated > 0 {
		var err error
		if *linksFile != "" {
			var doc *linksDoc
			if doc, err = readLinks(*linksFile); err == nil {
				auth, err = newExternalAuth(doc, nil, stats)
			}
		} else {
			configs := defaultGeneratedConfigs()
			if len(order) > 0 && order[0].Configs != nil {
				configs = order[0].Configs
			}
			auth, err = newExternalAuth(generateLinks(*generated, configs), configs, stats)
		}
		if err == nil && *linksOut != "" {
			err = writeLinks(*linksOut, auth.doc)
		}
		if err == nil {
			_, err = auth.listen(time.Duration(*validateMs)*time.Millisecond, *validateRate)
		}
		if err != nil {
			fail(err)
		}
		for _, lu := range auth.doc.Users {
			u := &user{ID: lu.ID, Username: lu.Username, Configs: auth.configs, Computed: true}
			users[u.ID] = u
			order = append(order, u)
		}
	}
	owner := map[string]interface{}{
		"id": "00000000-0000-4000-8000-00000000a0a0", "username": "admin", "email": "admin@example.com",
		"status": "active", "roles": []map[string]string{{"name": "owner", "display_name": "Owner"}},
	}
	userJSON := func(u *user) map[string]interface{} {
		return map[string]interface{}{"id": u.ID, "username": u.Username, "email": u.Username + "@example.com",
			"status": "active", "roles": []interface{}{}}
	}

	mux := drpcmux.New()
	conf := &configurator{users: users, auth: auth, dropAfter: *dropAfter}
	if err := mux.Register(conf, description{}); err != nil {
		panic(err)
	}
	drpcSrv := drpcserver.New(mux)

	authed := func(w http.ResponseWriter, r *http.Request) bool {
		token := r.Header.Get("Coder-Session-Token")
		if token == "" {
			coderError(w, 401, "Cookie \"coder_session_token\" or query parameter must be provided.", "")
			return false
		}
		if sessionToken == "" || token != sessionToken {
			coderError(w, 401, "Invalid session token.", "")
			return false
		}
		return true
	}
	http.HandleFunc("/peer/stats", statsHandler(stats, conf, auth))
	http.HandleFunc("/api/v2/buildinfo", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]string{"version": "v2.36.0-coderd-peer", "external_url": "https://github.com/coder/coder"})
	})
	http.HandleFunc("/api/v2/users/", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		key := strings.TrimPrefix(r.URL.Path, "/api/v2/users/")
		if key == "me" {
			writeJSON(w, 200, owner)
			return
		}
		for _, u := range order {
			if u.ID == key || u.Username == key {
				writeJSON(w, 200, userJSON(u))
				return
			}
		}
		coderError(w, 404, "Resource not found or you do not have access to this resource", "")
	})
	http.HandleFunc("/api/v2/users", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		q := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("q")))
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		if limit <= 0 {
			limit = 25
		}
		var matches []map[string]interface{}
		for _, u := range order {
			if q == "" || strings.Contains(strings.ToLower(u.Username), q) || strings.Contains(u.ID, q) {
				matches = append(matches, userJSON(u))
			}
		}
		page := []map[string]interface{}{}
		for i := offset; i < len(matches) && i < offset+limit; i++ {
			page = append(page, matches[i])
		}
		writeJSON(w, 200, map[string]interface{}{"users": page, "count": len(matches)})
	})
	// The deployment-wide REST view (what the inspector falls back to without a gateway):
	// every external config any snapshot user has, experiments off, no links for the admin.
	http.HandleFunc("/api/v2/deployment/config", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		seen := map[string]bool{}
		external := []map[string]string{}
		for _, u := range order {
			if u.Configs == nil {
				continue
			}
			for _, c := range u.Configs.GetExternalAuthMcpConfigs() {
				if c.GetId() == "" || seen[c.GetId()] {
					continue
				}
				seen[c.GetId()] = true
				external = append(external, map[string]string{"id": c.GetId(), "type": c.GetId(),
					"mcp_url": c.GetUrl(), "mcp_tool_allow_regex": c.GetToolAllowRegex(),
					"mcp_tool_deny_regex": c.GetToolDenyRegex()})
			}
		}
		writeJSON(w, 200, map[string]interface{}{"config": map[string]interface{}{
			"access_url": "http://" + r.Host, "external_auth": map[string]interface{}{"value": external},
			"ai": map[string]interface{}{"bridge": map[string]interface{}{"enabled": *aiGateway != "disabled"}},
		}, "options": []interface{}{}})
	})
	// codersdk.Entitlements (v2.35.1): features[aibridge].enabled is the config switch,
	// forced false when not entitled (enterprise/coderd/license/license.go).
	http.HandleFunc("/api/v2/entitlements", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		entitlement := "entitled"
		if *aiGateway == "not-licensed" {
			entitlement = "not_entitled"
		}
		writeJSON(w, 200, map[string]interface{}{
			"features": map[string]interface{}{"aibridge": map[string]interface{}{
				"entitlement": entitlement, "enabled": *aiGateway == "enabled"}},
			"errors": []string{}, "warnings": []string{}, "has_license": *aiGateway != "not-licensed",
		})
	})
	http.HandleFunc("/api/v2/experiments", func(w http.ResponseWriter, r *http.Request) {
		if authed(w, r) {
			writeJSON(w, 200, []string{})
		}
	})
	http.HandleFunc("/api/v2/external-auth", func(w http.ResponseWriter, r *http.Request) {
		if authed(w, r) {
			writeJSON(w, 200, map[string]interface{}{"providers": []interface{}{}, "links": []interface{}{}})
		}
	})
	if !*noGateway {
		http.HandleFunc("/api/v2/ai-gateway/serve", func(w http.ResponseWriter, r *http.Request) {
			if *aiGateway != "enabled" {
				// enterprise/coderd/templates.go RequireFeatureMW, one text for both causes.
				coderError(w, 403, "AI Gateway is a Premium feature. Contact sales!", "")
				return
			}
			key := r.Header.Get("X-Coder-AI-Governance-Gateway-Key")
			if key == "" {
				key = r.Header.Get("X-AI-Governance-Gateway-Key")
			}
			if key == "" {
				coderError(w, 401, "AI Gateway key required.", "")
				return
			}
			if gatewayKey == "" || key != gatewayKey {
				coderError(w, 401, "AI Gateway key invalid.", "")
				return
			}
			// coderd's answer: a message and three validations, no detail.
			client := r.URL.Query().Get("version")
			if refusal := versionRefusal(client, *serverVersion); refusal != "" {
				field := func(name, detail string) map[string]string {
					return map[string]string{"field": name, "detail": detail}
				}
				writeJSON(w, 400, map[string]interface{}{
					"message": "Incompatible or unparsable version",
					"validations": []map[string]string{
						field("version", refusal),
						field("client_api_version", client),
						field("server_api_version", *serverVersion),
					},
				})
				return
			}
			conn, err := websocket.Accept(w, r, nil)
			if err != nil {
				// coderd's JSON follows coder/websocket's own answer in the same body; its
				// status is Accept's (enterprise/coderd/aibridgeserve.go).
				_ = json.NewEncoder(w).Encode(map[string]string{
					"message": "Failed to accept websocket connection.", "detail": err.Error()})
				return
			}
			conn.SetReadLimit(256 << 10)
			ctx, cancel := context.WithCancel(r.Context())
			defer cancel()
			conf.mu.Lock()
			conf.dropCurrent = func() {
				cancel()
				_ = conn.Close(websocket.StatusGoingAway, "dropped mid-scan")
			}
			conf.mu.Unlock()
			netConn := websocket.NetConn(ctx, conn, websocket.MessageBinary)
			if *pingFloodSeconds > 0 {
				// A hostile gateway: yamux pings (SYN, 12-byte frames) as fast as the
				// socket takes them, answers never read, for the given time.
				frame := make([]byte, 12*4096)
				for i := 0; i < 4096; i++ {
					frame[i*12+1] = 2                             // typePing
					binary.BigEndian.PutUint16(frame[i*12+2:], 1) // flagSYN
					binary.BigEndian.PutUint32(frame[i*12+8:], uint32(i))
				}
				deadline := time.Now().Add(time.Duration(*pingFloodSeconds) * time.Second)
				for time.Now().Before(deadline) {
					if _, err := netConn.Write(frame); err != nil {
						break
					}
				}
				_ = conn.Close(websocket.StatusNormalClosure, "flood over")
				return
			}
			cfg := yamux.DefaultConfig()
			cfg.LogOutput = io.Discard
			cfg.KeepAliveInterval = time.Duration(*pingMs) * time.Millisecond
			session, err := yamux.Server(netConn, cfg)
			if err != nil {
				_ = conn.Close(websocket.StatusInternalError, err.Error())
				return
			}
			_ = drpcSrv.Serve(ctx, countingListener{session, &stats.yamuxStreams})
			_ = session.Close()
		})
	}

	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintln(os.Stderr, "coderd-peer:", err)
		os.Exit(1)
	}
	fmt.Printf("listening on http://%s\n", ln.Addr().String())
	_ = os.Stdout.Sync()
	_ = http.Serve(ln, nil)
}

// readFleet reads a fleet snapshot (README "Fleet snapshots"): the configs once for
// everyone, and each user's token answer in protobuf JSON.
func readFleet(path string) ([]*user, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Configs json.RawMessage
		Users   []struct {
			ID, Username string
			Tokens       json.RawMessage
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	configs := &pb.GetMCPServerConfigsResponse{}
	configsErr := ""
	if msg, ok := errorOf(doc.Configs); ok {
		configsErr = msg
	} else {
		fixed := strings.ReplaceAll(string(nullToEmpty(doc.Configs)), "null", "{}")
		if err := protojson.Unmarshal([]byte(fixed), configs); err != nil {
			return nil, fmt.Errorf("%s: configs: %w", path, err)
		}
	}
	var out []*user
	for _, d := range doc.Users {
		u := &user{ID: d.ID, Username: d.Username, Configs: configs, ConfigsErr: configsErr}
		if msg, ok := errorOf(d.Tokens); ok {
			u.TokensErr = msg
		} else {
			u.Tokens = &pb.GetMCPServerAccessTokensBatchResponse{}
			if err := protojson.Unmarshal(nullToEmpty(d.Tokens), u.Tokens); err != nil {
				return nil, fmt.Errorf("%s: %s: tokens: %w", path, d.Username, err)
			}
		}
		out = append(out, u)
	}
	return out, nil
}

// ---- Computed token batches: a links table, coderd's rules and a validate endpoint ----

// Texts of coderd/aibridgedserver/aibridgedserver.go's Err* variables (v2.35.1).
const (
	errExpiredOrInvalidOAuthToken = "expired or invalid OAuth2 token"
	errNoMCPConfigFound           = "no MCP config found"
	errNoExternalAuthLinkFound    = "no external auth link found"
)

// linksDoc is the --links file (format at the top of this file).
type linksDoc struct {
	Coder     *linksCoder     `json:"coder,omitempty"`
	Providers []linksProvider `json:"providers"`
	Users     []linksUser     `json:"users"`
}

type linksCoder struct {
	URL string `json:"url"`
}

type linksProvider struct {
	ID       string `json:"id"`
	MCPURL   string `json:"mcp_url,omitempty"`
	Allow    string `json:"allow,omitempty"`
	Deny     string `json:"deny,omitempty"`
	Validate string `json:"validate,omitempty"`
	Body     string `json:"body,omitempty"`
}

type linksUser struct {
	ID       string      `json:"id"`
	Username string      `json:"username"`
	Links    []linksLink `json:"links"`
}

type linksLink struct {
	Provider string `json:"provider"`
	Token    string `json:"token"`
	Expiry   string `json:"expiry,omitempty"`
	Validate string `json:"validate,omitempty"`
	Body     string `json:"body,omitempty"`
}

func readLinks(path string) (*linksDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields() // a misspelt key would silently change the answers
	doc := &linksDoc{}
	if err := dec.Decode(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

func writeLinks(path string, doc *linksDoc) error {
	raw, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(raw, '\n'), 0o644)
}

func defaultGeneratedConfigs() *pb.GetMCPServerConfigsResponse {
	return &pb.GetMCPServerConfigsResponse{
		CoderMcpConfig: &pb.MCPServerConfig{Id: "coder", Url: "http://127.0.0.1:1/coder"},
		ExternalAuthMcpConfigs: []*pb.MCPServerConfig{
			{Id: "github", Url: "http://127.0.0.1:1/github"},
			{Id: "jira", Url: "http://127.0.0.1:1/jira"},
		},
	}
}

// generateLinks turns the population rule (docs/fleet.md, core/sandbox/SandboxScenario.cpp)
// into links: for the external config at position p, h = (7i + 13p) mod 20; h < 14 a link
// whose token validates (200), h < 17 a link that expired (so "expired or invalid OAuth2
// token" without a call), else no link ("no external auth link found"); every 25th user
// has no links at all (an empty answer). A config id listed twice takes its last
// position's rule, as the replayed answers' maps did.
//
// With a single external config, h >= 17 would leave a user no link at all, and coderd
// answers that user empty, not "no external auth link found" as the rule says; so such a
// user gets a link to a provider without an MCP URL instead (coderd keeps no MCP config
// for it), which is what a real user "not linked" to the one MCP provider looks like.
func generateLinks(n int, configs *pb.GetMCPServerConfigsResponse) *linksDoc {
	doc := &linksDoc{Providers: []linksProvider{}, Users: make([]linksUser, 0, n)}
	if c := configs.GetCoderMcpConfig(); c != nil {
		doc.Coder = &linksCoder{URL: c.GetUrl()}
	}
	var ids []string
	for _, c := range configs.GetExternalAuthMcpConfigs() {
		if !slices.Contains(ids, c.GetId()) {
			ids = append(ids, c.GetId())
			doc.Providers = append(doc.Providers, linksProvider{ID: c.GetId(), MCPURL: c.GetUrl(),
				Allow: c.GetToolAllowRegex(), Deny: c.GetToolDenyRegex(), Validate: "200"})
		}
	}
	elsewhere := "no-mcp"
	for slices.Contains(ids, elsewhere) {
		elsewhere += "-"
	}
	for i := 1; i <= n; i++ {
		u := linksUser{ID: fmt.Sprintf("00000000-0000-4000-a000-%012d", i),
			Username: fmt.Sprintf("user%05d", i), Links: []linksLink{}}
		if i%25 != 0 {
			rule := map[string]int{}
			for p, c := range configs.GetExternalAuthMcpConfigs() {
				rule[c.GetId()] = (7*i + 13*p) % 20
			}
			for _, id := range ids {
				switch h := rule[id]; {
				case h < 14:
					u.Links = append(u.Links, linksLink{Provider: id, Token: fmt.Sprintf("gen_%d_%s", i, id)})
				case h < 17:
					u.Links = append(u.Links, linksLink{Provider: id, Token: fmt.Sprintf("gen_%d_%s", i, id),
						Expiry: "2000-01-01T00:00:00Z"})
				}
			}
			if len(u.Links) == 0 && len(ids) > 0 {
				if doc.Providers[len(doc.Providers)-1].ID != elsewhere {
					doc.Providers = append(doc.Providers, linksProvider{ID: elsewhere, Validate: "200"})
				}
				u.Links = append(u.Links, linksLink{Provider: elsewhere, Token: fmt.Sprintf("gen_%d_%s", i, elsewhere)})
			}
		}
		doc.Users = append(doc.Users, u)
	}
	return doc
}

// validateAnswer is what the validate endpoint does for a provider, or for one token.
type validateAnswer struct {
	spec    string
	none    bool   // no validate URL at all
	refused bool   // a validate URL where nothing listens
	hangup  string // "close" or "reset": no HTTP answer
	status  int
	header  string // with value: the rate-limit header of a 403
	value   string
	body    string
}

func parseValidate(spec, body string) (validateAnswer, error) {
	a := validateAnswer{spec: spec, body: body}
	switch spec {
	case "", "200":
		a.spec, a.status = "200", http.StatusOK
	case "none":
		a.none = true
	case "refused":
		a.refused = true
	case "close", "reset":
		a.hangup = spec
	case "403-retry-after":
		a.status, a.header, a.value = http.StatusForbidden, "Retry-After", "1"
	default:
		// 403-remaining-N: only N = "0" is a rate limit to isRateLimited.
		if n, ok := strings.CutPrefix(spec, "403-remaining-"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			a.status, a.header, a.value = http.StatusForbidden, "X-RateLimit-Remaining", n
			break
		}
		n, err := strconv.Atoi(spec)
		if err != nil || len(spec) != 3 || n < 200 || n > 599 {
			return a, fmt.Errorf("validate %q: want a status 200..599, 403-retry-after, "+
				"403-remaining-N, close, reset, refused or none", spec)
		}
		a.status = n
	}
	if a.status != 0 && a.body == "" {
		a.body = http.StatusText(a.status)
	}
	return a, nil
}

type authProvider struct {
	id    string
	index int  // position in the table: picks the kind of rate-limited answer
	mcp   bool // one of coderd's externalAuthConfigs (NewServer keeps those with an MCP URL)
	// answer is the provider's default; validateURL is "" for "none".
	answer      validateAnswer
	validateURL string
}

type authLink struct {
	provider string
	token    string
	expiry   time.Time
}

// externalAuth is coderd's side of a links table: the configs answer, each user's links
// (keyed by UUID, as the database is), and the validate endpoint that stands in for the
// providers.
type externalAuth struct {
	doc       *linksDoc
	configs   *pb.GetMCPServerConfigsResponse
	providers map[string]*authProvider
	links     map[uuid.UUID][]authLink
	answers   map[string]validateAnswer // provider + "\x00" + token
	client    *http.Client
	stats     *peerStats
	endpoint  string // the validate endpoint's base URL, once listening

	latency time.Duration
	limiter *rateBucket // nil: no limit

	logMu sync.Mutex
	log   io.Writer
}

// newExternalAuth checks a links table and indexes it. verbatim (the --users case) is the
// configs answer to serve as it is, so the generated population answers exactly what it
// did when its answers were replayed; a provider then counts as an MCP config when
// verbatim lists it (whatever its URL).
// Otherwise the configs answer is built as GetMCPServerConfigs builds it (in table order,
// where upstream's order is Go map order) and the regexes must compile, as coderd's
// ConvertConfig (coderd/externalauth/externalauth.go) demands at start-up.
func newExternalAuth(doc *linksDoc, verbatim *pb.GetMCPServerConfigsResponse, stats *peerStats) (*externalAuth, error) {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.Proxy = nil              // the endpoint is on loopback
	transport.MaxIdleConnsPerHost = 64 // keep-alive across concurrent checks: less CPU than redialling
	e := &externalAuth{
		doc: doc, configs: verbatim, stats: stats, log: os.Stderr,
		providers: map[string]*authProvider{}, links: map[uuid.UUID][]authLink{},
		answers: map[string]validateAnswer{},
		// No Timeout: ValidateToken's client has none ("TODO: timeout" in aibridgedserver.go).
		client: &http.Client{Transport: transport},
	}
	if verbatim == nil {
		e.configs = &pb.GetMCPServerConfigsResponse{}
		if doc.Coder != nil {
			e.configs.CoderMcpConfig = &pb.MCPServerConfig{Id: "coder", Url: doc.Coder.URL}
		}
	}
	for i, lp := range doc.Providers {
		if verbatim == nil {
			if lp.ID == "" {
				return nil, fmt.Errorf("provider %d: no id", i)
			}
			if _, dup := e.providers[lp.ID]; dup {
				return nil, fmt.Errorf("provider %q: listed twice", lp.ID)
			}
			for _, re := range []string{lp.Allow, lp.Deny} {
				if _, err := regexp.Compile(re); err != nil {
					return nil, fmt.Errorf("convert external auth config: compile MCP tool allow/deny regex for external auth provider %q: %w", lp.ID, err)
				}
			}
			if lp.MCPURL != "" {
				e.configs.ExternalAuthMcpConfigs = append(e.configs.ExternalAuthMcpConfigs, &pb.MCPServerConfig{
					Id: lp.ID, Url: lp.MCPURL, ToolAllowRegex: lp.Allow, ToolDenyRegex: lp.Deny})
			}
		}
		a, err := parseValidate(lp.Validate, lp.Body)
		if err != nil {
			return nil, fmt.Errorf("provider %q: %w", lp.ID, err)
		}
		mcp := lp.MCPURL != ""
		if verbatim != nil {
			mcp = slices.ContainsFunc(verbatim.GetExternalAuthMcpConfigs(),
				func(c *pb.MCPServerConfig) bool { return c.GetId() == lp.ID })
		}
		e.providers[lp.ID] = &authProvider{id: lp.ID, index: i, mcp: mcp, answer: a}
	}
	for _, lu := range doc.Users {
		id, err := uuid.Parse(lu.ID)
		if err != nil {
			return nil, fmt.Errorf("user %q: %w", lu.ID, err)
		}
		if _, dup := e.links[id]; dup {
			return nil, fmt.Errorf("user %q: listed twice", lu.ID)
		}
		links := make([]authLink, 0, len(lu.Links))
		for _, ll := range lu.Links {
			p := e.providers[ll.Provider]
			if p == nil {
				return nil, fmt.Errorf("user %q: link to provider %q, which the table does not list "+
					"(list it without mcp_url for a link coderd has no MCP config for)", lu.ID, ll.Provider)
			}
			for _, l := range links {
				if l.provider == ll.Provider {
					// external_auth_links' key is (provider_id, user_id).
					return nil, fmt.Errorf("user %q: two links to %q", lu.ID, ll.Provider)
				}
			}
			l := authLink{provider: ll.Provider, token: ll.Token}
			if ll.Expiry != "" {
				if l.expiry, err = time.Parse(time.RFC3339Nano, ll.Expiry); err != nil {
					return nil, fmt.Errorf("user %q: link to %q: expiry: %w", lu.ID, ll.Provider, err)
				}
			}
			a := p.answer
			if ll.Validate != "" || ll.Body != "" {
				spec := ll.Validate
				if spec == "" {
					spec = p.answer.spec
				}
				if a, err = parseValidate(spec, ll.Body); err != nil {
					return nil, fmt.Errorf("user %q: link to %q: %w", lu.ID, ll.Provider, err)
				}
				if a.none || a.refused || p.answer.none || p.answer.refused {
					return nil, fmt.Errorf("user %q: link to %q: none and refused are a provider's "+
						"(its validate URL), not a token's", lu.ID, ll.Provider)
				}
			}
			key := ll.Provider + "\x00" + ll.Token
			if old, seen := e.answers[key]; seen && old != a {
				return nil, fmt.Errorf("user %q: link to %q: the same token answers differently "+
					"for another user", lu.ID, ll.Provider)
			}
			e.answers[key] = a
			links = append(links, l)
		}
		e.links[id] = links
	}
	return e, nil
}

// listen starts the validate endpoint on 127.0.0.1:0 and points every provider's validate
// URL at it. The returned func stops it.
func (e *externalAuth) listen(latency time.Duration, rate int) (func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	e.latency = latency
	if rate > 0 {
		e.limiter = newRateBucket(rate, time.Now)
	}
	e.endpoint = "http://" + ln.Addr().String() + "/validate"
	for _, p := range e.providers {
		switch {
		case p.answer.none:
			p.validateURL = ""
		case p.answer.refused:
			p.validateURL = "http://127.0.0.1:1/validate" // port 1: nothing listens there
		default:
			p.validateURL = e.endpoint + "?provider=" + url.QueryEscape(p.id)
		}
	}
	var (
		mu     sync.Mutex
		conns  = map[net.Conn]struct{}{}
		closed bool
	)
	go func() {
		for {
			conn, err := ln.Accept()
			if errors.Is(err, net.ErrClosed) {
				return
			}
			if err != nil {
				// Out of file descriptors and the like: net/http's Serve waits and goes on too.
				time.Sleep(5 * time.Millisecond)
				continue
			}
			mu.Lock()
			if closed {
				mu.Unlock()
				_ = conn.Close()
				return
			}
			conns[conn] = struct{}{}
			mu.Unlock()
			go func() {
				e.serveConn(conn)
				mu.Lock()
				delete(conns, conn)
				mu.Unlock()
			}()
		}
	}()
	// Stopping closes the listener and every connection, as http.Server.Close did.
	return func() {
		_ = ln.Close()
		mu.Lock()
		closed = true
		for conn := range conns {
			_ = conn.Close()
		}
		mu.Unlock()
	}, nil
}

// The validate endpoint speaks HTTP/1.1 by hand, as far as a client asks one GET at a
// time per connection: net/http's server side cost about a seventh of the peer's CPU in a
// fleet scan, and that cost is the provider's, not coderd's. coderd's side stays net/http's
// client (validateToken below), though it keeps connections that coderd's would redial.
type validateRequest struct {
	target        string
	authorization string
	close         bool // "Connection: close", or HTTP/1.0
}

// A request head may hold this much (a long token included); a line must fit the reader.
const maxValidateHead = 64 << 10

// readValidateRequest reads one request head. Bodies are not expected (a GET).
func readValidateRequest(br *bufio.Reader) (*validateRequest, error) {
	line, err := br.ReadSlice('\n')
	if err != nil {
		return nil, err
	}
	method, rest, ok1 := strings.Cut(strings.TrimRight(string(line), "\r\n"), " ")
	target, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || method == "" || !strings.HasPrefix(proto, "HTTP/1.") {
		return nil, errors.New("malformed request line")
	}
	req := &validateRequest{target: target, close: proto == "HTTP/1.0"}
	size := len(line)
	for {
		line, err = br.ReadSlice('\n')
		if err != nil {
			return nil, err
		}
		if size += len(line); size > maxValidateHead {
			return nil, errors.New("request head too large")
		}
		header := strings.TrimRight(string(line), "\r\n")
		if header == "" {
			return req, nil
		}
		name, value, ok := strings.Cut(header, ":")
		if !ok {
			return nil, errors.New("malformed header")
		}
		value = strings.TrimSpace(value)
		switch {
		case strings.EqualFold(name, "Authorization"):
			req.authorization = value
		case strings.EqualFold(name, "Connection"):
			req.close = req.close || strings.EqualFold(value, "close")
		case strings.EqualFold(name, "Content-Length") && value != "0",
			strings.EqualFold(name, "Transfer-Encoding"):
			return nil, errors.New("a request body is not expected")
		}
	}
}

func (e *externalAuth) serveConn(conn net.Conn) {
	defer conn.Close()
	br := bufio.NewReaderSize(conn, maxValidateHead)
	for {
		req, err := readValidateRequest(br)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				_, _ = io.WriteString(conn, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			}
			return
		}
		if !e.serveValidate(conn, br, req) || req.close {
			return
		}
	}
}

// writeAnswer writes one response; plain says it is http.Error's (nosniff, a newline).
func writeAnswer(conn net.Conn, status int, header, value, body string, plain bool) bool {
	if plain {
		body += "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\n", status, http.StatusText(status))
	if status == http.StatusNoContent || status == http.StatusNotModified {
		body = "" // no body may follow (RFC 9110 15.3.5, 15.4.5), as net/http's server has it
	} else {
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(body))
	}
	if plain {
		b.WriteString("X-Content-Type-Options: nosniff\r\n")
	}
	if header != "" {
		fmt.Fprintf(&b, "%s: %s\r\n", header, value)
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	_, err := io.WriteString(conn, b.String())
	return err == nil
}

func (e *externalAuth) warn(format string, args ...interface{}) {
	e.logMu.Lock()
	defer e.logMu.Unlock()
	fmt.Fprintf(e.log, "coderd-peer: WARN "+format+"\n", args...)
}

// batch is GetMCPServerAccessTokensBatch as coderd/aibridgedserver/aibridgedserver.go
// (v2.35.1) computes it.
func (e *externalAuth) batch(ctx context.Context, in *pb.GetMCPServerAccessTokensBatchRequest) (*pb.GetMCPServerAccessTokensBatchResponse, error) {
	// The empty list is answered before the user id is even parsed.
	if len(in.GetMcpServerConfigIds()) == 0 {
		return &pb.GetMCPServerAccessTokensBatchResponse{}, nil
	}
	userID, err := uuid.Parse(in.GetUserId())
	if err != nil {
		return nil, fmt.Errorf("parse user_id: %w", err)
	}
	// No links at all (an unknown user included): empty, before any id is looked at.
	links := e.links[userID]
	if len(links) == 0 {
		return &pb.GetMCPServerAccessTokensBatchResponse{}, nil
	}
	ids := slices.Clone(in.GetMcpServerConfigIds())
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var (
		wg        sync.WaitGroup
		mu        sync.Mutex
		errs      []error
		tokens    = make(map[string]string, len(ids))
		tokenErrs = make(map[string]string)
		sent      atomic.Bool // at least one validate GET left for this user
	)
nextID:
	for _, id := range ids {
		p := e.providers[id]
		if p == nil || !p.mcp {
			mu.Lock()
			e.warn("no MCP server config found by given ID id=%s", id)
			tokenErrs[id] = errNoMCPConfigFound
			mu.Unlock()
			continue
		}
		for _, link := range links {
			if link.provider != id {
				continue
			}
			// Every linked provider is checked at once, within this user.
			wg.Add(1)
			go func() {
				defer wg.Done()
				valid, validateErr := e.validateToken(ctx, p, link, &sent)
				mu.Lock()
				defer mu.Unlock()
				if !valid {
					if validateErr != nil {
						e.warn("invalid/expired access token, cannot auto-configure MCP provider=%s error=%q",
							link.provider, validateErr.Error())
					} else {
						e.warn("invalid/expired access token, cannot auto-configure MCP provider=%s", link.provider)
					}
					tokenErrs[id] = errExpiredOrInvalidOAuthToken
					return
				}
				// ValidateToken never answers valid with an error, so this branch (and the
				// batch's error, a go-multierror upstream) never fires; kept as upstream has it.
				if validateErr != nil {
					errs = append(errs, validateErr)
					tokenErrs[id] = validateErr.Error()
				} else {
					tokens[id] = link.token
				}
			}()
			continue nextID
		}
		mu.Lock()
		tokenErrs[id] = errNoExternalAuthLinkFound
		mu.Unlock()
	}
	wg.Wait()
	if sent.Load() {
		e.stats.validateBatches.Add(1)
	}
	return &pb.GetMCPServerAccessTokensBatchResponse{AccessTokens: tokens, Errors: tokenErrs}, errors.Join(errs...)
}

// validateToken is (*Config).ValidateToken of coderd/externalauth/externalauth.go
// (v2.35.1), with isRateLimited for a 403.
func (e *externalAuth) validateToken(ctx context.Context, p *authProvider, link authLink, sent *atomic.Bool) (bool, error) {
	// dbtime.Now: UTC, to the microsecond.
	if !link.expiry.IsZero() && link.expiry.Before(time.Now().UTC().Round(time.Microsecond)) {
		return false, nil
	}
	if p.validateURL == "" {
		return true, nil // no validate URL: taken as valid
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.validateURL, nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Authorization", "Bearer "+link.token)
	e.stats.validateCalls.Add(1)
	sent.Store(true)
	res, err := e.client.Do(req)
	if err != nil {
		return false, err
	}
	defer func() {
		// Drained so the connection is kept (CPU); upstream only closes the body.
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		_ = res.Body.Close()
	}()
	switch res.StatusCode {
	case http.StatusUnauthorized:
		return false, nil
	case http.StatusForbidden:
		// isRateLimited: a Retry-After of any value, or X-RateLimit-Remaining exactly "0".
		return res.Header.Get("Retry-After") != "" || res.Header.Get("X-RateLimit-Remaining") == "0", nil
	case http.StatusTooManyRequests:
		return true, nil
	case http.StatusOK:
		return true, nil
	default:
		data, _ := io.ReadAll(res.Body)
		return false, fmt.Errorf("status %d: body: %s", res.StatusCode, data)
	}
}

// waitUnlessGone holds an answer for d, unless the client hangs up first: a client that
// waits for its answer sends nothing meanwhile, so a read that ends says it left.
func waitUnlessGone(conn net.Conn, br *bufio.Reader, d time.Duration) bool {
	gone := make(chan struct{})
	reading := make(chan struct{})
	go func() {
		defer close(reading)
		if _, err := br.Peek(1); err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
			close(gone)
		}
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		_ = conn.SetReadDeadline(time.Now()) // ends the Peek; bufio forgets the error once read
		<-reading
		_ = conn.SetReadDeadline(time.Time{})
		select {
		case <-gone:
			return false
		default:
			return true
		}
	case <-gone:
		return false
	}
}

// serveValidate stands in for every provider's validate URL. It says whether the
// connection stays open for the next request.
func (e *externalAuth) serveValidate(conn net.Conn, br *bufio.Reader, r *validateRequest) bool {
	e.stats.validateRequests.Add(1)
	done := e.stats.enter()
	defer done()
	var provider string
	if u, err := url.ParseRequestURI(r.target); err == nil {
		provider = u.Query().Get("provider")
	}
	p := e.providers[provider]
	// The rate is counted as requests arrive; the latency holds every answer alike.
	limited := p != nil && e.limiter != nil && !e.limiter.allow()
	if e.latency > 0 && !waitUnlessGone(conn, br, e.latency) {
		return false // the client went away (coderd's 10 s context ended the call)
	}
	switch {
	case p == nil:
		e.stats.answered("404")
		return writeAnswer(conn, http.StatusNotFound, "", "", "404 page not found", true)
	case limited:
		e.stats.rateLimited.Add(1)
		if p.index%2 == 0 {
			e.stats.answered("429")
			return writeAnswer(conn, http.StatusTooManyRequests, "", "", "rate limited", true)
		}
		e.stats.answered("403")
		return writeAnswer(conn, http.StatusForbidden, "Retry-After", "1", "secondary rate limit", true)
	}
	token, bearer := strings.CutPrefix(r.authorization, "Bearer ")
	a, known := e.answers[p.id+"\x00"+token]
	if !bearer || !known {
		e.stats.answered("401")
		return writeAnswer(conn, http.StatusUnauthorized, "", "", "Bad credentials", true)
	}
	if a.hangup != "" {
		e.stats.answered(a.hangup)
		if tcp, ok := conn.(*net.TCPConn); ok && a.hangup == "reset" {
			_ = tcp.SetLinger(0) // close sends RST
		}
		return false
	}
	e.stats.answered(strconv.Itoa(a.status))
	return writeAnswer(conn, a.status, a.header, a.value, a.body, false)
}

// rateBucket lets rate requests a second through: a bucket holding rate, refilled evenly.
type rateBucket struct {
	mu     sync.Mutex
	rate   float64
	tokens float64
	last   time.Time
	now    func() time.Time
}

func newRateBucket(rate int, now func() time.Time) *rateBucket {
	return &rateBucket{rate: float64(rate), tokens: float64(rate), now: now}
}

func (b *rateBucket) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	if !b.last.IsZero() && now.After(b.last) {
		b.tokens = min(b.rate, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// countingListener counts the yamux streams a client opens (each served by
// drpcserver.ServeOne, call after call).
type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

// peerStats are the counters /peer/stats answers.
type peerStats struct {
	validateCalls    atomic.Int64 // GETs ValidateToken sent (coderd's side)
	validateBatches  atomic.Int64 // token batches that sent at least one of them
	yamuxStreams     atomic.Int64 // streams the gateway's clients opened
	validateRequests atomic.Int64 // requests the endpoint received (net/http may resend a GET once whose reused connection was hung up)
	rateLimited      atomic.Int64 // answers --validate-rate turned into 429 or 403+Retry-After
	inFlight         atomic.Int64
	peakInFlight     atomic.Int64 // most validate requests answered at once
	mu               sync.Mutex
	answers          map[string]int64 // by status, or close/reset
}

func newPeerStats() *peerStats { return &peerStats{answers: map[string]int64{}} }

func (s *peerStats) enter() func() {
	n := s.inFlight.Add(1)
	for {
		peak := s.peakInFlight.Load()
		if n <= peak || s.peakInFlight.CompareAndSwap(peak, n) {
			break
		}
	}
	return func() { s.inFlight.Add(-1) }
}

func (s *peerStats) answered(kind string) {
	s.mu.Lock()
	s.answers[kind]++
	s.mu.Unlock()
}

func statsHandler(s *peerStats, conf *configurator, auth *externalAuth) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			http.Error(w, "GET only", http.StatusMethodNotAllowed)
			return
		}
		s.mu.Lock()
		answers := make(map[string]int64, len(s.answers))
		for k, v := range s.answers {
			answers[k] = v
		}
		s.mu.Unlock()
		endpoint := ""
		if auth != nil {
			endpoint = auth.endpoint
		}
		writeJSON(w, http.StatusOK, map[string]interface{}{
			"token_calls":            conf.tokenCalls.Load(),
			"validate_calls":         s.validateCalls.Load(),
			"validate_batches":       s.validateBatches.Load(),
			"yamux_streams":          s.yamuxStreams.Load(),
			"validate_requests":      s.validateRequests.Load(),
			"validate_rate_limited":  s.rateLimited.Load(),
			"validate_peak_inflight": s.peakInFlight.Load(),
			"validate_answers":       answers,
			"validate_endpoint":      endpoint,
		})
	}
}
