// SPDX-License-Identifier: Apache-2.0
// coderd-peer: the AI Gateway side of coderd, built from the libraries coderd runs
// (coder/websocket, hashicorp/yamux, storj.io/drpc, google.golang.org/protobuf), serving
// the MCPConfigurator from snapshot files plus the REST subset the inspector's CLI
// needs. A test peer only: the product never links Go code.
//
//	coderd-peer --listen 127.0.0.1:0 --snapshot FILE [--snapshot FILE ...]
//
// The first line on stdout is "listening on http://HOST:PORT". The Owner session token
// comes from CODER_SESSION_TOKEN, the gateway key from CODER_AI_GATEWAY_KEY.
// Mirrors enterprise/coderd/aibridgeserve.go (key headers, version check, websocket ->
// yamux server -> drpc server) and coderd/aibridgedserver (the two RPCs).
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
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
		return &pb.GetMCPServerConfigsResponse{}, nil // configs are deployment-wide upstream
	}
	if u.ConfigsErr != "" {
		return nil, fmt.Errorf("%s", u.ConfigsErr)
	}
	return u.Configs, nil
}

func (c *configurator) GetMCPServerAccessTokensBatch(_ context.Context, in *pb.GetMCPServerAccessTokensBatchRequest) (*pb.GetMCPServerAccessTokensBatchResponse, error) {
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

// versionAccepted: the client's major must equal the server's and its minor must not be
// newer (enterprise/coderd/aibridgeserve.go's check, "Incompatible or unparsable version").
func versionAccepted(client, server string) bool {
	parse := func(v string) (int, int, bool) {
		parts := strings.SplitN(v, ".", 2)
		major, err := strconv.Atoi(parts[0])
		if err != nil {
			return 0, 0, false
		}
		minor := 0
		if len(parts) == 2 {
			if minor, err = strconv.Atoi(parts[1]); err != nil {
				return 0, 0, false
			}
		}
		return major, minor, true
	}
	cm, cn, ok1 := parse(client)
	sm, sn, ok2 := parse(server)
	return ok1 && ok2 && cm == sm && cn <= sn
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
	flag.Parse()

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
	if *generated > 0 {
		var configs *pb.GetMCPServerConfigsResponse
		if len(order) > 0 && order[0].Configs != nil {
			configs = order[0].Configs
		} else {
			configs = &pb.GetMCPServerConfigsResponse{
				CoderMcpConfig: &pb.MCPServerConfig{Id: "coder", Url: "http://127.0.0.1:1/coder"},
				ExternalAuthMcpConfigs: []*pb.MCPServerConfig{
					{Id: "github", Url: "http://127.0.0.1:1/github"},
					{Id: "jira", Url: "http://127.0.0.1:1/jira"},
				},
			}
		}
		for i := 1; i <= *generated; i++ {
			u := generatedUser(i, configs)
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
	conf := &configurator{users: users, dropAfter: *dropAfter}
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
			// Same major, minor no newer than ours; MCPConfigurator exists since 1.0.
			if !versionAccepted(r.URL.Query().Get("version"), *serverVersion) {
				coderError(w, 400, "Incompatible or unparsable version",
					fmt.Sprintf("version %q, server speaks %s", r.URL.Query().Get("version"), *serverVersion))
				return
			}
			conn, err := websocket.Accept(w, r, nil)
			if err != nil {
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
			_ = drpcSrv.Serve(ctx, session)
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

// generatedUser follows the sandbox's population rule (core/sandbox/SandboxScenario.cpp,
// docs/fleet.md): for the external config at position p, h = (7i + 13p) mod 20 gives
// h < 14 linked and ok, h < 17 "expired or invalid OAuth2 token", else "no external auth
// link found"; every 25th user has no links at all (an empty answer).
func generatedUser(i int, configs *pb.GetMCPServerConfigsResponse) *user {
	u := &user{
		ID:       fmt.Sprintf("00000000-0000-4000-a000-%012d", i),
		Username: fmt.Sprintf("user%05d", i),
		Configs:  configs,
		Tokens:   &pb.GetMCPServerAccessTokensBatchResponse{AccessTokens: map[string]string{}, Errors: map[string]string{}},
	}
	if i%25 == 0 {
		return u
	}
	for p, c := range configs.GetExternalAuthMcpConfigs() {
		switch h := (7*i + 13*p) % 20; {
		case h < 14:
			u.Tokens.AccessTokens[c.GetId()] = fmt.Sprintf("gen_%d_%s", i, c.GetId())
		case h < 17:
			u.Tokens.Errors[c.GetId()] = "expired or invalid OAuth2 token"
		default:
			u.Tokens.Errors[c.GetId()] = "no external auth link found"
		}
	}
	return u
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
