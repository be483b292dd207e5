// SPDX-License-Identifier: Apache-2.0
// The computed token batch against the rules of coderd v2.35.1:
// coderd/aibridgedserver/aibridgedserver.go GetMCPServerAccessTokensBatch (and its Err*
// texts), coderd/externalauth/externalauth.go (*Config).ValidateToken and isRateLimited.
// Every check goes through a real GET to the peer's validate endpoint on 127.0.0.1.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	pb "aibi/coderdpeer/proto"
)

type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.b.String()
	l.b.Reset()
	return s
}

func startAuth(t *testing.T, doc *linksDoc, verbatim *pb.GetMCPServerConfigsResponse, latency time.Duration, rate int) (*externalAuth, *logBuffer) {
	t.Helper()
	e, err := newExternalAuth(doc, verbatim, newPeerStats())
	if err != nil {
		t.Fatal(err)
	}
	log := &logBuffer{}
	e.log = log
	stop, err := e.listen(latency, rate)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stop()
		e.client.CloseIdleConnections()
	})
	return e, log
}

func answerCount(s *peerStats, kind string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.answers[kind]
}

func batch(e *externalAuth, userID string, ids ...string) (*pb.GetMCPServerAccessTokensBatchResponse, error) {
	return e.batch(context.Background(), &pb.GetMCPServerAccessTokensBatchRequest{UserId: userID, McpServerConfigIds: ids})
}

const (
	alice  = "00000000-0000-4000-b000-00000000000a"
	bob    = "00000000-0000-4000-b000-00000000000b" // no links at all
	carol  = "00000000-0000-4000-b000-00000000000c" // linked only to a provider without MCP URL
	dave   = "00000000-0000-4000-b000-00000000000d" // "ok" with a token of his own that answers 401
	nobody = "00000000-0000-4000-b000-0000000000ff"
)

func rulesDoc() *linksDoc {
	providers := []linksProvider{
		{ID: "ok"},
		{ID: "unauth", Validate: "401"},
		{ID: "forbidden", Validate: "403"},
		{ID: "retryafter", Validate: "403-retry-after"},
		{ID: "remaining0", Validate: "403-remaining-0"},
		{ID: "remaining5", Validate: "403-remaining-5"},
		{ID: "toomany", Validate: "429"},
		{ID: "down", Validate: "503", Body: "maintenance window"},
		{ID: "nocontent", Validate: "204"},
		{ID: "hangup", Validate: "close"},
		{ID: "reset", Validate: "reset"},
		{ID: "refused", Validate: "refused"},
		{ID: "novalidate", Validate: "none"},
		{ID: "expired"},
		{ID: "later"},
		{ID: "nomcp"}, // no mcp_url
		{ID: "unlinked"},
	}
	var aliceLinks []linksLink
	for i := range providers {
		p := &providers[i]
		if p.ID != "nomcp" {
			p.MCPURL = "http://127.0.0.1:1/" + p.ID
		}
		l := linksLink{Provider: p.ID, Token: "tok-" + p.ID}
		switch p.ID {
		case "unlinked":
			continue
		case "expired":
			l.Expiry = "2001-02-03T04:05:06Z"
		case "later":
			l.Expiry = time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		}
		aliceLinks = append(aliceLinks, l)
	}
	return &linksDoc{
		Coder:     &linksCoder{URL: "http://127.0.0.1:1/coder"},
		Providers: providers,
		Users: []linksUser{
			{ID: alice, Username: "alice", Links: aliceLinks},
			{ID: bob, Username: "bob", Links: []linksLink{}},
			{ID: carol, Username: "carol", Links: []linksLink{{Provider: "nomcp", Token: "tok-carol"}}},
			{ID: dave, Username: "dave", Links: []linksLink{{Provider: "ok", Token: "tok-dave", Validate: "401"}}},
		},
	}
}

// One row per rule; the expected answers are read off the upstream functions named.
func TestTokenBatchRules(t *testing.T) {
	e, log := startAuth(t, rulesDoc(), nil, 0, 0)
	const invalid = "expired or invalid OAuth2 token" // ErrExpiredOrInvalidOAuthToken
	const noConfig = "no MCP config found"            // ErrNoMCPConfigFound
	const noLink = "no external auth link found"      // ErrNoExternalAuthLinkFound
	const warnInvalid = "WARN invalid/expired access token, cannot auto-configure MCP provider="
	none := map[string]string{}
	rows := []struct {
		name     string
		user     string
		ids      []string
		tokens   map[string]string
		errs     map[string]string
		err      string   // the RPC's own error
		calls    int64    // GETs ValidateToken sent
		requests int64    // requests the endpoint saw; -1: 1 or 2 (net/http resends on a hung-up reused connection)
		log      []string // each must be logged; none: nothing logged
	}{
		// GetMCPServerAccessTokensBatch: the empty list returns before user_id is parsed.
		{name: "empty id list, even for a bad user id", user: "not-a-uuid", tokens: none, errs: none},
		// uuid.Parse fails: "parse user_id: %w".
		{name: "user id not a UUID", user: "not-a-uuid", ids: []string{"ok"},
			err: "parse user_id: invalid UUID length: 10"},
		// GetExternalAuthLinksByUserID finds nothing: len(links) == 0, empty answer.
		{name: "unknown user", user: nobody, ids: []string{"ok"}, tokens: none, errs: none},
		{name: "no links at all: not even unknown ids are looked at", user: bob,
			ids: []string{"ok", "nosuch"}, tokens: none, errs: none},
		// uuid.Parse takes other spellings of the same UUID.
		{name: "same user in braces and upper case", user: "{" + strings.ToUpper(alice) + "}",
			ids: []string{"ok"}, tokens: map[string]string{"ok": "tok-ok"}, errs: none, calls: 1, requests: 1},
		// externalAuthConfigs lookup fails: ErrNoMCPConfigFound and a Warn.
		{name: "unknown id", user: alice, ids: []string{"nosuch"}, tokens: none,
			errs: map[string]string{"nosuch": noConfig}, log: []string{"WARN no MCP server config found by given ID id=nosuch"}},
		// NewServer keeps only configs with an MCP URL, so a linked provider without one is unknown.
		{name: "linked provider without MCP URL", user: alice, ids: []string{"nomcp"}, tokens: none,
			errs: map[string]string{"nomcp": noConfig}, log: []string{"id=nomcp"}},
		// No link with ProviderID == eac.ID: ErrNoExternalAuthLinkFound, no call.
		{name: "no link for the provider (other links exist)", user: carol, ids: []string{"ok"}, tokens: none,
			errs: map[string]string{"ok": noLink}},
		{name: "no link for the provider", user: alice, ids: []string{"unlinked"}, tokens: none,
			errs: map[string]string{"unlinked": noLink}},
		// ValidateToken, case http.StatusOK: valid, the link's access token.
		{name: "200 valid", user: alice, ids: []string{"ok"}, tokens: map[string]string{"ok": "tok-ok"}, errs: none,
			calls: 1, requests: 1},
		// case http.StatusUnauthorized: invalid, no error.
		{name: "401 invalid", user: alice, ids: []string{"unauth"}, tokens: none,
			errs: map[string]string{"unauth": invalid}, calls: 1, requests: 1, log: []string{warnInvalid + "unauth\n"}},
		// case http.StatusForbidden without isRateLimited: invalid.
		{name: "403 invalid", user: alice, ids: []string{"forbidden"}, tokens: none,
			errs: map[string]string{"forbidden": invalid}, calls: 1, requests: 1, log: []string{warnInvalid + "forbidden\n"}},
		// isRateLimited: Retry-After present.
		{name: "403 with Retry-After valid", user: alice, ids: []string{"retryafter"},
			tokens: map[string]string{"retryafter": "tok-retryafter"}, errs: none, calls: 1, requests: 1},
		// isRateLimited: X-RateLimit-Remaining == "0".
		{name: "403 with X-RateLimit-Remaining: 0 valid", user: alice, ids: []string{"remaining0"},
			tokens: map[string]string{"remaining0": "tok-remaining0"}, errs: none, calls: 1, requests: 1},
		{name: "403 with X-RateLimit-Remaining: 5 invalid", user: alice, ids: []string{"remaining5"}, tokens: none,
			errs: map[string]string{"remaining5": invalid}, calls: 1, requests: 1, log: []string{warnInvalid + "remaining5\n"}},
		// case http.StatusTooManyRequests: valid.
		{name: "429 valid", user: alice, ids: []string{"toomany"},
			tokens: map[string]string{"toomany": "tok-toomany"}, errs: none, calls: 1, requests: 1},
		// default: invalid with "status %d: body: %s"; the batch logs it with slog.Error.
		{name: "503 invalid, error logged", user: alice, ids: []string{"down"}, tokens: none,
			errs: map[string]string{"down": invalid}, calls: 1, requests: 1,
			log: []string{warnInvalid + `down error="status 503: body: maintenance window"`}},
		{name: "204 is not 200: invalid, error logged", user: alice, ids: []string{"nocontent"}, tokens: none,
			errs: map[string]string{"nocontent": invalid}, calls: 1, requests: 1,
			log: []string{warnInvalid + `nocontent error="status 204: body: "`}},
		// Do fails: invalid with the transport's error.
		{name: "connection closed unanswered", user: alice, ids: []string{"hangup"}, tokens: none,
			errs: map[string]string{"hangup": invalid}, calls: 1, requests: -1,
			log: []string{warnInvalid + `hangup error="Get \"http://127.0.0.1:`, `EOF"`}},
		{name: "connection reset", user: alice, ids: []string{"reset"}, tokens: none,
			errs: map[string]string{"reset": invalid}, calls: 1, requests: -1,
			log: []string{warnInvalid + "reset error=", "connection reset by peer"}},
		{name: "connection refused", user: alice, ids: []string{"refused"}, tokens: none,
			errs: map[string]string{"refused": invalid}, calls: 1,
			log: []string{warnInvalid + "refused error=", "connection refused"}},
		// c.ValidateURL == "": valid without a call.
		{name: "no validate URL: valid, no call", user: alice, ids: []string{"novalidate"},
			tokens: map[string]string{"novalidate": "tok-novalidate"}, errs: none},
		// Expiry set and before dbtime.Now: invalid, no call, no error.
		{name: "expired: invalid without an HTTP call", user: alice, ids: []string{"expired"}, tokens: none,
			errs: map[string]string{"expired": invalid}, log: []string{warnInvalid + "expired\n"}},
		{name: "expiry in the future: checked, valid", user: alice, ids: []string{"later"},
			tokens: map[string]string{"later": "tok-later"}, errs: none, calls: 1, requests: 1},
		// The request carries the link's own token (Authorization: Bearer).
		{name: "another user's token for the same provider", user: dave, ids: []string{"ok"}, tokens: none,
			errs: map[string]string{"ok": invalid}, calls: 1, requests: 1, log: []string{warnInvalid + "ok\n"}},
		// slices.Sort + slices.Compact: each distinct id is checked once.
		{name: "duplicate ids", user: alice, ids: []string{"ok", "unauth", "ok", "ok", "unauth"},
			tokens: map[string]string{"ok": "tok-ok"}, errs: map[string]string{"unauth": invalid},
			calls: 2, requests: 2, log: []string{warnInvalid + "unauth\n"}},
		{name: "one of each in one batch", user: alice, ids: []string{"toomany", "nosuch", "unlinked", "expired", "ok", "down"},
			tokens: map[string]string{"toomany": "tok-toomany", "ok": "tok-ok"},
			errs:   map[string]string{"nosuch": noConfig, "unlinked": noLink, "expired": invalid, "down": invalid},
			calls:  3, requests: 3, log: []string{"id=nosuch", warnInvalid + "expired\n", warnInvalid + "down error="}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			calls, requests := e.stats.validateCalls.Load(), e.stats.validateRequests.Load()
			resp, err := batch(e, r.user, r.ids...)
			if r.err != "" {
				if err == nil || err.Error() != r.err {
					t.Fatalf("error %v, want %q", err, r.err)
				}
				if resp != nil {
					t.Fatalf("answer %v with the error", resp)
				}
			} else {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				if got := resp.GetAccessTokens(); !maps.Equal(got, r.tokens) && len(got)+len(r.tokens) > 0 {
					t.Errorf("access_tokens %v, want %v", got, r.tokens)
				}
				if got := resp.GetErrors(); !maps.Equal(got, r.errs) && len(got)+len(r.errs) > 0 {
					t.Errorf("errors %v, want %v", got, r.errs)
				}
			}
			if got := e.stats.validateCalls.Load() - calls; got != r.calls {
				t.Errorf("%d validate GETs, want %d", got, r.calls)
			}
			got := e.stats.validateRequests.Load() - requests
			if (r.requests >= 0 && got != r.requests) || (r.requests < 0 && (got < 1 || got > 2)) {
				t.Errorf("%d requests at the endpoint, want %d", got, r.requests)
			}
			logged := log.take()
			if len(r.log) == 0 && logged != "" {
				t.Errorf("logged %q, want nothing", logged)
			}
			for _, want := range r.log {
				if !strings.Contains(logged, want) {
					t.Errorf("log %q lacks %q", logged, want)
				}
			}
		})
	}
}

// The batch validates every linked provider at once (one goroutine each), so a user with
// three providers at 200 ms waits about 200 ms, not 600 (room for a loaded machine).
func TestValidateLatencyConcurrentWithinUser(t *testing.T) {
	doc := &linksDoc{Users: []linksUser{{ID: alice, Username: "alice"}}}
	for _, id := range []string{"a", "b", "c"} {
		doc.Providers = append(doc.Providers, linksProvider{ID: id, MCPURL: "http://127.0.0.1:1/" + id})
		doc.Users[0].Links = append(doc.Users[0].Links, linksLink{Provider: id, Token: "tok-" + id})
	}
	e, _ := startAuth(t, doc, nil, 200*time.Millisecond, 0)
	start := time.Now()
	resp, err := batch(e, alice, "a", "b", "c")
	elapsed := time.Since(start)
	if err != nil || len(resp.GetAccessTokens()) != 3 {
		t.Fatalf("answer %v, error %v", resp, err)
	}
	if elapsed < 200*time.Millisecond || elapsed >= 500*time.Millisecond {
		t.Errorf("took %v, want about 200ms (one latency, not three)", elapsed)
	}
	if peak := e.stats.peakInFlight.Load(); peak != 3 {
		t.Errorf("%d validate requests at once, want 3", peak)
	}
	// One provider alone still waits the latency: it is applied to every GET.
	start = time.Now()
	if _, err := batch(e, alice, "b"); err != nil || time.Since(start) < 200*time.Millisecond {
		t.Errorf("one provider took %v (error %v), want >= 200ms", time.Since(start), err)
	}
	// Two batches, each with a GET: the floor a scan's bench divides by.
	if n := e.stats.validateBatches.Load(); n != 2 {
		t.Errorf("validate_batches %d, want 2", n)
	}
}

// --validate-rate: past the rate, a provider at an even position answers 429 and one at
// an odd position 403 with Retry-After; ValidateToken takes both as valid, even for a
// token the provider would have refused. The bucket's clock is held still.
func TestValidateRateLimitCountsValid(t *testing.T) {
	doc := &linksDoc{
		Providers: []linksProvider{{ID: "even", MCPURL: "http://x/even"}, {ID: "odd", MCPURL: "http://x/odd"},
			{ID: "refuses", MCPURL: "http://x/refuses", Validate: "401"}},
		Users: []linksUser{{ID: alice, Username: "alice", Links: []linksLink{
			{Provider: "even", Token: "t1"}, {Provider: "odd", Token: "t2"}, {Provider: "refuses", Token: "t3"}}}},
	}
	e, _ := startAuth(t, doc, nil, 0, 1)
	now := time.Unix(1_000_000, 0)
	e.limiter.now = func() time.Time { return now }
	steps := []struct {
		id, want string // want: the token, or the error text
		advance  time.Duration
		answer   string
	}{
		{id: "even", want: "t1", answer: "200"},    // the bucket's one request
		{id: "even", want: "t1", answer: "429"},    // limited: 429, valid
		{id: "odd", want: "t2", answer: "403"},     // limited: 403 + Retry-After, valid
		{id: "refuses", want: "t3", answer: "429"}, // limited before the 401: valid
		{id: "refuses", want: "expired or invalid OAuth2 token", advance: time.Second, answer: "401"},
		{id: "odd", want: "t2", answer: "403"},
	}
	for n, s := range steps {
		now = now.Add(s.advance)
		before := answerCount(e.stats, s.answer)
		resp, err := batch(e, alice, s.id)
		if err != nil {
			t.Fatal(err)
		}
		got := resp.GetAccessTokens()[s.id]
		if got == "" {
			got = resp.GetErrors()[s.id]
		}
		if got != s.want {
			t.Errorf("step %d (%s): %q, want %q", n, s.id, got, s.want)
		}
		if answerCount(e.stats, s.answer) != before+1 {
			t.Errorf("step %d (%s): not answered %s (%v)", n, s.id, s.answer, e.stats.answers)
		}
	}
	if got := e.stats.rateLimited.Load(); got != 4 {
		t.Errorf("%d rate-limited answers, want 4", got)
	}

	// All at once in one batch: N go through, the rest are limited, every one valid.
	doc = &linksDoc{Users: []linksUser{{ID: bob, Username: "bob"}}}
	var ids []string
	for i := 0; i < 5; i++ {
		id := fmt.Sprintf("p%d", i)
		ids = append(ids, id)
		doc.Providers = append(doc.Providers, linksProvider{ID: id, MCPURL: "http://x/" + id})
		doc.Users[0].Links = append(doc.Users[0].Links, linksLink{Provider: id, Token: "tok-" + id})
	}
	e, _ = startAuth(t, doc, nil, 0, 2)
	e.limiter.now = func() time.Time { return now }
	resp, err := batch(e, bob, ids...)
	if err != nil || len(resp.GetAccessTokens()) != 5 || len(resp.GetErrors()) != 0 {
		t.Fatalf("answer %v, error %v; want 5 tokens", resp, err)
	}
	if got, calls := e.stats.rateLimited.Load(), e.stats.validateRequests.Load(); got != 3 || calls != 5 {
		t.Errorf("%d of %d requests rate-limited, want 3 of 5", got, calls)
	}
}

// docs/fleet.md "The generated population", answered through the links table: the same
// answers the replayed generator gave, and an expired link costs no request.
func TestGeneratedPopulation(t *testing.T) {
	for _, configs := range []*pb.GetMCPServerConfigsResponse{
		defaultGeneratedConfigs(),
		// One external config: a "not linked" user still has a link (elsewhere).
		{ExternalAuthMcpConfigs: []*pb.MCPServerConfig{{Id: "coder", Url: "http://127.0.0.1:1/mcp"}}},
	} {
		const n = 75
		e, _ := startAuth(t, generateLinks(n, configs), configs, 0, 0)
		if !proto.Equal(e.configs, configs) {
			t.Fatalf("configs %v, want %v", e.configs, configs)
		}
		var ids []string
		for _, c := range configs.GetExternalAuthMcpConfigs() {
			ids = append(ids, c.GetId())
		}
		wantCalls := int64(0)
		for i := 1; i <= n; i++ {
			tokens, errs := map[string]string{}, map[string]string{}
			for p, id := range ids {
				if i%25 == 0 {
					break
				}
				switch h := (7*i + 13*p) % 20; {
				case h < 14:
					tokens[id] = fmt.Sprintf("gen_%d_%s", i, id)
					wantCalls++
				case h < 17:
					errs[id] = "expired or invalid OAuth2 token"
				default:
					errs[id] = "no external auth link found"
				}
			}
			resp, err := batch(e, fmt.Sprintf("00000000-0000-4000-a000-%012d", i), ids...)
			if err != nil || !maps.Equal(resp.GetAccessTokens(), tokens) || !maps.Equal(resp.GetErrors(), errs) {
				t.Fatalf("user %d: %v (error %v), want tokens %v errors %v", i, resp, err, tokens, errs)
			}
		}
		if got := e.stats.validateRequests.Load(); got != wantCalls {
			t.Errorf("%d validate requests, want %d (one per linked, unexpired token)", got, wantCalls)
		}
	}
}

// --links-out then --links: the written table answers as the generated one did.
func TestLinksOutReadsBack(t *testing.T) {
	configs := defaultGeneratedConfigs()
	doc := generateLinks(30, configs)
	path := filepath.Join(t.TempDir(), "links.json")
	if err := writeLinks(path, doc); err != nil {
		t.Fatal(err)
	}
	back, err := readLinks(path)
	if err != nil {
		t.Fatal(err)
	}
	generated, _ := startAuth(t, doc, configs, 0, 0)
	read, _ := startAuth(t, back, nil, 0, 0)
	if !proto.Equal(read.configs, configs) {
		t.Errorf("configs from the table %v, want %v", read.configs, configs)
	}
	for _, u := range doc.Users {
		a, errA := batch(generated, u.ID, "github", "jira")
		b, errB := batch(read, u.ID, "github", "jira")
		if errA != nil || errB != nil || !proto.Equal(a, b) {
			t.Fatalf("%s: %v / %v, errors %v / %v", u.Username, a, b, errA, errB)
		}
	}
}

// The RPC handlers: replayed users keep their prepared answers, links-table users and
// unknown ids go to the computed batch, configs are deployment-wide.
func TestConfiguratorDispatch(t *testing.T) {
	e, _ := startAuth(t, rulesDoc(), nil, 0, 0)
	replayed := &pb.GetMCPServerAccessTokensBatchResponse{AccessTokens: map[string]string{"x": "prepared"}}
	c := &configurator{auth: e, users: map[string]*user{
		"snap": {ID: "snap", Configs: &pb.GetMCPServerConfigsResponse{}, Tokens: replayed},
		alice:  {ID: alice, Configs: e.configs, Computed: true},
	}}
	ctx := context.Background()
	if got, _ := c.GetMCPServerAccessTokensBatch(ctx, &pb.GetMCPServerAccessTokensBatchRequest{UserId: "snap", McpServerConfigIds: []string{"ok"}}); !proto.Equal(got, replayed) {
		t.Errorf("replayed user: %v", got)
	}
	if got, _ := c.GetMCPServerAccessTokensBatch(ctx, &pb.GetMCPServerAccessTokensBatchRequest{UserId: alice, McpServerConfigIds: []string{"ok"}}); got.GetAccessTokens()["ok"] != "tok-ok" {
		t.Errorf("links user: %v", got)
	}
	if _, err := c.GetMCPServerAccessTokensBatch(ctx, &pb.GetMCPServerAccessTokensBatchRequest{UserId: "stranger", McpServerConfigIds: []string{"ok"}}); err == nil {
		t.Error("a non-UUID stranger got no error")
	}
	got, _ := c.GetMCPServerConfigs(ctx, &pb.GetMCPServerConfigsRequest{UserId: "stranger"})
	if !proto.Equal(got, e.configs) || got.GetCoderMcpConfig().GetId() != "coder" {
		t.Errorf("configs for a stranger: %v", got)
	}
	// NewServer: only providers with an MCP URL are configs (so not "nomcp"), in table order.
	var ids []string
	for _, cfg := range got.GetExternalAuthMcpConfigs() {
		ids = append(ids, cfg.GetId())
	}
	if strings.Join(ids, ",") != "ok,unauth,forbidden,retryafter,remaining0,remaining5,toomany,down,nocontent,hangup,reset,refused,novalidate,expired,later,unlinked" {
		t.Errorf("config ids %v", ids)
	}
}

func TestPeerStatsEndpoint(t *testing.T) {
	e, _ := startAuth(t, rulesDoc(), nil, 0, 0)
	c := &configurator{auth: e}
	c.tokenCalls.Add(7)
	if _, err := batch(e, alice, "ok", "unauth", "expired"); err != nil {
		t.Fatal(err)
	}
	h := statsHandler(e.stats, c, e)
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest(http.MethodGet, "/peer/stats", nil))
	var got struct {
		TokenCalls       int64            `json:"token_calls"`
		ValidateCalls    int64            `json:"validate_calls"`
		ValidateRequests int64            `json:"validate_requests"`
		RateLimited      int64            `json:"validate_rate_limited"`
		Answers          map[string]int64 `json:"validate_answers"`
		Endpoint         string           `json:"validate_endpoint"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 {
		t.Fatalf("%d %s: %v", rec.Code, rec.Body, err)
	}
	if got.TokenCalls != 7 || got.ValidateCalls != 2 || got.ValidateRequests != 2 || got.RateLimited != 0 ||
		got.Answers["200"] != 1 || got.Answers["401"] != 1 || !strings.HasPrefix(got.Endpoint, "http://127.0.0.1:") {
		t.Errorf("stats %+v", got)
	}
	rec = httptest.NewRecorder()
	h(rec, httptest.NewRequest(http.MethodPost, "/peer/stats", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

func TestLinksTableRejected(t *testing.T) {
	p := func(id string) linksProvider { return linksProvider{ID: id, MCPURL: "http://x/" + id} }
	u := func(links ...linksLink) []linksUser { return []linksUser{{ID: alice, Username: "a", Links: links}} }
	rows := []struct {
		name string
		doc  linksDoc
		want string
	}{
		{"provider without id", linksDoc{Providers: []linksProvider{{MCPURL: "http://x"}}}, "no id"},
		{"provider twice", linksDoc{Providers: []linksProvider{p("a"), p("a")}}, "listed twice"},
		// ConvertConfig: a regex RE2 rejects stops coderd.
		{"bad regex", linksDoc{Providers: []linksProvider{{ID: "a", MCPURL: "http://x", Deny: "^(?!get_).*"}}}, "compile MCP tool allow/deny regex"},
		{"bad validate", linksDoc{Providers: []linksProvider{{ID: "a", Validate: "teapot"}}}, "validate \"teapot\""},
		{"user id not a UUID", linksDoc{Users: []linksUser{{ID: "u1"}}}, "invalid UUID length"},
		{"link to an unlisted provider", linksDoc{Users: u(linksLink{Provider: "a"})}, "does not list"},
		{"two links to one provider", linksDoc{Providers: []linksProvider{p("a")},
			Users: u(linksLink{Provider: "a", Token: "1"}, linksLink{Provider: "a", Token: "2"})}, "two links"},
		{"bad expiry", linksDoc{Providers: []linksProvider{p("a")}, Users: u(linksLink{Provider: "a", Expiry: "yesterday"})}, "expiry"},
		{"none on a link", linksDoc{Providers: []linksProvider{p("a")}, Users: u(linksLink{Provider: "a", Validate: "none"})}, "provider's"},
		{"one token, two answers", linksDoc{Providers: []linksProvider{p("a")}, Users: []linksUser{
			{ID: alice, Links: []linksLink{{Provider: "a", Token: "same"}}},
			{ID: bob, Links: []linksLink{{Provider: "a", Token: "same", Validate: "401"}}}}}, "answers differently"},
	}
	for _, r := range rows {
		if _, err := newExternalAuth(&r.doc, nil, newPeerStats()); err == nil || !strings.Contains(err.Error(), r.want) {
			t.Errorf("%s: error %v, want %q", r.name, err, r.want)
		}
	}
	// A misspelt key is an error, not a silently different table.
	path := filepath.Join(t.TempDir(), "typo.json")
	if err := os.WriteFile(path, []byte(`{"providers": [{"id": "a", "mcp_ur": "http://x"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readLinks(path); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("misspelt key: %v", err)
	}
}
