// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// How an MCP client behaves on the wire. `spec()` is this tool's own, spec-perfect
// probe; `mcpGo()` and `goSdk()` are the two Go clients Coder's AI Bridge has shipped
// (docs/coder-clients.md, checked against the libraries by tests/coder-oracle):
//   mcp-go v0.38.0 (client/client.go, client/transport/streamable_http.go, mcp/tools.go)
//   go-sdk v1.7.0 (mcp/client.go, mcp/streamable.go, mcp/protocol.go,
//                  mcp/streamable_headers.go)
struct McpClientProfile
{
    enum class Library { Spec, McpGo, GoSdk };

    Library library = Library::Spec;
    QString offeredVersion = QStringLiteral("2025-11-25");
    QStringList acceptedVersions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                 QStringLiteral("2025-03-26")};
    QJsonObject capabilities;            // declared in initialize
    bool discoverFirst = false;          // go-sdk: POST server/discover (2026-07-28) first
    bool allPages = true;                // follow nextCursor (go-sdk reads page 1 only)
    bool cursorLoopGuard = false;        // mcp-go: a repeating cursor loops forever upstream
    bool restartSession = true;          // re-initialize once after a lost session
    int maxResumes = 3;                  // GET + Last-Event-ID after an early end
    bool lastDataLineOnly = false;       // mcp-go keeps only an event's last data: line
    bool strictTools = false;            // a wrong-typed known field fails the whole page
    bool dropInvalidHeaderTools = false; // go-sdk filterValidTools (x-mcp-header)
    // go-sdk v1.7.0: a null entry in tools/list's array is dereferenced in
    // filterValidTools (mcp/streamable_headers.go, fixed in v1.8.0) and panics.
    bool panicsOnNullTool = false;
    // go-sdk v1.7.0: after initialize negotiates a version before 2026-07-28, Connect
    // opens the standalone GET stream itself and waits for its response headers, with no
    // deadline (mcp/streamable.go sessionUpdated, connectStandaloneSSE).
    bool standaloneGetInConnect = false;

    static McpClientProfile spec();
    static McpClientProfile mcpGo();
    static McpClientProfile goSdk();
    QString name() const;

    // The Go decoding error a tools/list result fails with in this client ("" when it
    // decodes): encoding/json into the library's ListToolsResult and Tool types.
    QString decodeError(const QJsonObject &result) const;
    // The same for one element of the tools array.
    QString decodeToolError(const QJsonValue &tool) const;
    // Why go-sdk leaves this tool out of the list ("" when it keeps it).
    QString dropReason(const QJsonObject &tool) const;
    // The JSON-RPC response this client sends back for a request the server makes
    // (roots/list, sampling/createMessage, elicitation/create, ping …) while it answers
    // ours: servers may wait for it before they go on.
    QJsonObject answerServerRequest(const QJsonObject &request) const;
};
