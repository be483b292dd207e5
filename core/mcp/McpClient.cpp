// SPDX-License-Identifier: Apache-2.0
#include "McpClient.h"

#include "JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

McpClient::McpClient(QNetworkAccessManager *network, const QUrl &url, const Secret &bearer,
                     QObject *parent)
    : QObject(parent), m_network(network), m_url(url), m_bearer(bearer)
{
    m_resumeTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_operation == Operation::None)
            return;
        m_resumeTimer.stop();
        if (m_current)
            m_current->abort();
        McpError error;
        error.kind = McpError::Kind::Timeout;
        error.message =
            tr("no complete answer within %1 s overall").arg(m_deadline.interval() / 1000.0);
        fail(error, QStringLiteral("overall"));
    });
}

void McpClient::startDeadline()
{
    const int overall = m_options.overallTimeoutMs > 0 ? m_options.overallTimeoutMs
                                                       : 6 * qMax(1, m_options.timeoutMs);
    m_deadline.start(overall);
}

void McpClient::listTools()
{
    m_operation = Operation::ListTools;
    m_serverRequests = 0;
    startDeadline();
    runOperation();
}

void McpClient::callTool(const QString &name, const QJsonObject &arguments)
{
    m_operation = Operation::CallTool;
    m_serverRequests = 0;
    m_callName = name;
    m_callArguments = arguments;
    startDeadline();
    runOperation();
}

void McpClient::runOperation()
{
    if (!isInitialized()) {
        if (m_options.profile.discoverFirst && !m_discovered)
            discover();
        else
            initialize();
        return;
    }
    if (m_operation == Operation::ListTools) {
        m_tools.clear();
        m_page = 0;
        m_listedBytes = 0;
        m_cursorsSeen.clear();
        m_droppedTools.clear();
        m_leftPagesUnread = false;
        requestToolsPage({});
    } else if (m_operation == Operation::CallTool) {
        sendToolCall();
    }
}

void McpClient::discover()
{
    // go-sdk v1.7.0 mcp/client.go Connect: server/discover at 2026-07-28 first (SEP-2575);
    // any answer that is not a modern one falls back to initialize. A server that does
    // speak 2026-07-28 would be used statelessly, which this tool does not model.
    m_discovered = true;
    setPhase(Phase::Initialize);
    const qint64 id = m_nextId++;
    const QJsonObject message{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("id"), id},
        {QStringLiteral("method"), QStringLiteral("server/discover")},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("_meta"),
                      QJsonObject{{QStringLiteral("io.modelcontextprotocol/protocolVersion"),
                                   QStringLiteral("2026-07-28")}}}}}};
    McpHttpRequest post;
    post.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    post.expectId = id;
    post.protocolVersion = "2026-07-28";
    exchange(post, QStringLiteral("server/discover"), [this](const McpHttpResult &result) {
        const QJsonArray supported = result.response.value(QLatin1String("result"))
                                         .toObject()
                                         .value(QLatin1String("supportedVersions"))
                                         .toArray();
        if (!result.error.isError() && supported.contains(QStringLiteral("2026-07-28"))) {
            McpError error;
            error.kind = McpError::Kind::Protocol;
            error.message = tr("the server speaks MCP 2026-07-28: %1 would use it statelessly, "
                               "which this tool does not predict")
                                .arg(m_options.profile.name());
            fail(error, QStringLiteral("server/discover"));
            return;
        }
        initialize();
    });
}

void McpClient::initialize()
{
    setPhase(Phase::Initialize);
    const McpClientProfile &profile = m_options.profile;
    const QJsonObject params{{QStringLiteral("protocolVersion"), profile.offeredVersion},
                             {QStringLiteral("capabilities"), profile.capabilities},
                             {QStringLiteral("clientInfo"),
                              QJsonObject{{QStringLiteral("name"), m_options.clientName},
                                          {QStringLiteral("version"), m_options.clientVersion}}}};
    request(QStringLiteral("initialize"), params, QStringLiteral("initialize"),
            [this](const McpHttpResult &result) {
                if (result.error.isError()) {
                    fail(result.error, QStringLiteral("initialize"));
                    return;
                }
                const QJsonObject answer =
                    result.response.value(QLatin1String("result")).toObject();
                const QString version = answer.value(QLatin1String("protocolVersion")).toString();
                const QStringList &accepted = m_options.profile.acceptedVersions;
                if (!accepted.contains(version)) {
                    McpError error;
                    error.kind = McpError::Kind::Protocol;
                    error.message =
                        version.isEmpty()
                            ? tr("the initialize result has no protocolVersion")
                            : tr("unsupported protocol version %1 (%2 accepts %3)")
                                  .arg(version,
                                       m_options.profile.library == McpClientProfile::Library::Spec
                                           ? tr("this probe")
                                           : m_options.profile.name(),
                                       accepted.join(QLatin1String(", ")));
                    fail(error, QStringLiteral("initialize"));
                    return;
                }
                m_protocolVersion = version;
                m_serverInfo = answer.value(QLatin1String("serverInfo")).toObject();
                m_serverCapabilities = answer.value(QLatin1String("capabilities")).toObject();
                m_instructions = answer.value(QLatin1String("instructions")).toString();
                m_sessionId = result.sessionId;
                m_sessionIssued = m_sessionIssued || !m_sessionId.isEmpty();
                if (m_options.profile.standaloneGetInConnect &&
                    version < QLatin1String("2026-07-28")) {
                    openStandaloneStream();
                    return;
                }
                sendInitialized();
            });
}

void McpClient::openStandaloneStream()
{
    // go-sdk v1.7.0 (mcp/streamable.go): sessionUpdated calls connectStandaloneSSE inside
    // Connect, before notifications/initialized, and waits for the GET's response headers
    // on a context detached from Connect's. What it then does with the answer, in order:
    // 405 ignored; a content type other than text/event-stream ignored; another 4xx
    // ignored (non-strict); any other non-2xx fails the session; a 2xx stream goes to the
    // background. Checked against the real client by tests/coder-oracle.
    setPhase(Phase::Initialized);
    McpHttpRequest get;
    get.method = "GET";
    get.headersOnly = true;
    const QString name = m_options.profile.name();
    exchange(get, QStringLiteral("GET (standalone stream)"), [this, name](const McpHttpResult &r) {
        if (r.error.kind == McpError::Kind::Timeout) {
            McpError error = r.error;
            error.message = tr("the server never answered the standalone GET stream's headers: "
                               "%1 opens it inside Connect and waits with no deadline, so "
                               "Connect does not return (%2)")
                                .arg(name, r.error.message);
            fail(error, QStringLiteral("GET (standalone stream)"));
            return;
        }
        if (r.error.kind == McpError::Kind::Network) {
            McpError error = r.error;
            error.message = tr("rejected by transport: standalone SSE stream: connection failed "
                               "(%1 sends the GET 6 times, 1 + 5 retries over about 13–26 s, "
                               "then fails): %2")
                                .arg(name, r.error.message);
            fail(error, QStringLiteral("GET (standalone stream)"));
            return;
        }
        if (r.error.isError() && r.httpStatus == 0) {
            fail(r.error, QStringLiteral("GET (standalone stream)"));
            return;
        }
        const int status = r.httpStatus;
        const bool sse = r.contentType.startsWith("text/event-stream");
        if (status == 405 || !sse || (status >= 400 && status < 500) ||
            (status >= 200 && status < 300)) {
            sendInitialized();
            return;
        }
        McpError error;
        error.kind = McpError::Kind::Http;
        error.httpStatus = status;
        error.message =
            tr("rejected by transport: standalone SSE stream: %1 (HTTP %2)")
                .arg(r.reasonPhrase.isEmpty() ? tr("status %1").arg(status) : r.reasonPhrase)
                .arg(status);
        fail(error, QStringLiteral("GET (standalone stream)"));
    });
}

void McpClient::sendInitialized()
{
    setPhase(Phase::Initialized);
    // tools/list only after this notification: servers may refuse or differ before it.
    notify(QStringLiteral("notifications/initialized"), QStringLiteral("notifications/initialized"),
           [this](const McpHttpResult &result) {
               if (result.error.isError()) {
                   fail(result.error, QStringLiteral("notifications/initialized"));
                   return;
               }
               runOperation();
           });
}

void McpClient::requestToolsPage(const QString &cursor)
{
    ++m_page;
    setPhase(Phase::ListTools, m_page);
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    const QString step = QStringLiteral("tools/list page %1").arg(m_page);
    request(QStringLiteral("tools/list"), params, step, [this](const McpHttpResult &result) {
        if (result.error.isError()) {
            if (!restartSessionIfExpired(result))
                fail(result.error, QStringLiteral("tools/list"));
            return;
        }
        // Each page is capped; so are all pages together (100 pages of 32 MiB each would
        // otherwise be held at once).
        m_listedBytes += result.bodyBytes;
        if (m_listedBytes > m_options.maxTotalBytes) {
            McpError error;
            error.kind = McpError::Kind::TooLarge;
            error.message = tr("the tool list passed %1 MiB over %2 pages: stopped")
                                .arg(m_options.maxTotalBytes / (1024 * 1024))
                                .arg(m_page);
            fail(error, QStringLiteral("tools/list"));
            return;
        }
        QJsonObject answer = result.response.value(QLatin1String("result")).toObject();
        const McpClientProfile &profile = m_options.profile;
        if (const QString problem = profile.decodeError(answer); !problem.isEmpty()) {
            McpError error;
            error.kind = McpError::Kind::InvalidJson;
            error.message =
                tr("%1 cannot decode this tools/list page: %2").arg(profile.name(), problem);
            fail(error, QStringLiteral("tools/list"));
            return;
        }
        if (!answer.value(QLatin1String("tools")).isArray()) {
            McpError error;
            error.kind = McpError::Kind::Protocol;
            error.message = tr("the tools/list result has no tools array");
            fail(error, QStringLiteral("tools/list"));
            return;
        }
        const QString next = answer.value(QLatin1String("nextCursor")).toString();
        const auto take = [this, &profile](const QJsonObject &tool) {
            if (profile.dropInvalidHeaderTools) {
                if (const QString why = profile.dropReason(tool); !why.isEmpty()) {
                    m_droppedTools << qMakePair(tool.value(QLatin1String("name")).toString(), why);
                    return;
                }
            }
            m_tools << JsonRpc::readTool(tool);
        };
        const JsonRpc::ToolSlices &slices = result.toolSlices;
        const auto nullToolPanics = [this, &profile] {
            McpError error;
            error.kind = McpError::Kind::Protocol;
            error.message = tr("a null entry in the tools array: %1 dereferences it in "
                               "filterValidTools (mcp/streamable_headers.go) and panics; go-sdk "
                               "recovers nothing, and aibridge runs each server's Init in a "
                               "goroutine without recover (aibridge/utils ConcurrentGroup at "
                               "v2.35.1), so coderd itself likely crashes, taking every user's "
                               "tools (go-sdk v1.8.0 skips such entries)")
                                .arg(profile.name());
            fail(error, QStringLiteral("tools/list"));
        };
        if (!slices.split) {
            if (profile.panicsOnNullTool)
                for (const QJsonValue &tool : answer.value(QLatin1String("tools")).toArray())
                    if (tool.isNull()) {
                        nullToolPanics();
                        return;
                    }
            for (const QJsonValue &tool : answer.value(QLatin1String("tools")).toArray())
                take(tool.toObject());
        } else {
            // A large answer: one tool parsed at a time, never the whole array at once.
            for (const JsonScan::Range &range : slices.tools) {
                const QByteArray one =
                    '[' +
                    QByteArray::fromRawData(slices.text.constData() + range.first,
                                            range.second - range.first) +
                    ']';
                QJsonParseError parseError;
                const QJsonValue tool = QJsonDocument::fromJson(one, &parseError).array().at(0);
                QString problem = parseError.error == QJsonParseError::NoError
                                      ? profile.decodeToolError(tool)
                                      : tr("invalid JSON in a tool at offset %1: %2")
                                            .arg(range.first + parseError.offset - 1)
                                            .arg(parseError.errorString());
                if (problem.isEmpty() && profile.panicsOnNullTool && tool.isNull()) {
                    nullToolPanics();
                    return;
                }
                if (!problem.isEmpty()) {
                    McpError error;
                    error.kind = McpError::Kind::InvalidJson;
                    error.message = tr("%1 cannot decode this tools/list page: %2")
                                        .arg(profile.name(), problem);
                    fail(error, QStringLiteral("tools/list"));
                    return;
                }
                take(tool.toObject());
            }
        }
        if (next.isEmpty() || !profile.allPages) {
            m_leftPagesUnread = !next.isEmpty();
            m_operation = Operation::None;
            m_deadline.stop();
            Q_EMIT toolsListed(m_tools);
            return;
        }
        if (profile.cursorLoopGuard && m_cursorsSeen.contains(next)) {
            McpError error;
            error.kind = McpError::Kind::Protocol;
            error.message = tr("the server repeats the cursor %1: %2 follows it until the "
                               "request is cancelled, so Coder's request hangs and gets no "
                               "tools from this server")
                                .arg(next, profile.name());
            fail(error, QStringLiteral("tools/list"));
            return;
        }
        m_cursorsSeen << next;
        if (m_page >= m_options.maxPages) {
            McpError error;
            error.kind = McpError::Kind::Protocol;
            error.message =
                tr("more than %1 pages of tools: stopped following nextCursor (%2 tools so far)")
                    .arg(m_options.maxPages)
                    .arg(m_tools.size());
            fail(error, QStringLiteral("tools/list"));
            return;
        }
        requestToolsPage(next);
    });
}

void McpClient::sendToolCall()
{
    setPhase(Phase::CallTool);
    const QJsonObject params{{QStringLiteral("name"), m_callName},
                             {QStringLiteral("arguments"), m_callArguments}};
    request(QStringLiteral("tools/call"), params, QStringLiteral("tools/call %1").arg(m_callName),
            [this](const McpHttpResult &result) {
                if (result.error.isError()) {
                    if (!restartSessionIfExpired(result))
                        fail(result.error, QStringLiteral("tools/call"));
                    return;
                }
                m_operation = Operation::None;
                m_deadline.stop();
                // isError: true is a result the tool reports, not a transport failure.
                Q_EMIT toolCalled(result.response.value(QLatin1String("result")).toObject());
            });
}

void McpClient::close()
{
    m_operation = Operation::None;
    m_deadline.stop();
    m_resumeTimer.stop();
    if (m_sessionId.isEmpty()) {
        Q_EMIT closed();
        return;
    }
    setPhase(Phase::Close);
    McpHttpRequest del;
    del.method = "DELETE";
    // Waited for, but bounded: a DELETE cut short makes the server log an error (coderd's
    // MCP server logs a 500 "context canceled"), a slow one must not hold the caller.
    QTimer::singleShot(qMin(m_options.timeoutMs, CloseBoundMs), this, [this] {
        if (m_phase != Phase::Close || m_sessionId.isEmpty())
            return;
        if (m_current)
            m_current->abort();
    });
    exchange(del, QStringLiteral("DELETE session"), [this](const McpHttpResult &) {
        // A server may refuse DELETE (405): the session then simply times out there.
        m_sessionId.clear();
        Q_EMIT closed();
    });
}

void McpClient::cancel()
{
    m_operation = Operation::None;
    m_resumeTimer.stop();
    if (m_current)
        m_current->abort();
}

bool McpClient::restartSessionIfExpired(const McpHttpResult &result)
{
    if (result.error.kind != McpError::Kind::SessionExpired || m_sessionRestarts > 0 ||
        !m_options.profile.restartSession)
        return false;
    ++m_sessionRestarts;
    m_sessionId.clear();
    m_protocolVersion.clear();
    runOperation();
    return true;
}

void McpClient::request(const QString &method, const QJsonObject &params, const QString &step,
                        Handler done)
{
    const qint64 id = m_nextId++;
    QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("method"), method}};
    if (!params.isEmpty() || method == QLatin1String("initialize"))
        message.insert(QStringLiteral("params"), params);
    McpHttpRequest post;
    post.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    post.expectId = id;
    post.splitTools = method == QLatin1String("tools/list");
    exchange(post, step, std::move(done));
}

void McpClient::notify(const QString &method, const QString &step, Handler done)
{
    const QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), method}};
    McpHttpRequest post;
    post.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    exchange(post, step, std::move(done));
}

void McpClient::exchange(McpHttpRequest request, const QString &step, Handler done)
{
    request.url = m_url;
    request.bearer = m_bearer;
    request.sessionId = m_sessionId;
    if (m_phase != Phase::Initialize)
        request.protocolVersion = m_protocolVersion.toLatin1();
    auto *job = new McpHttpExchange(m_network, request, m_options, this);
    m_current = job;
    connect(job, &McpHttpExchange::serverRequest, this, &McpClient::answerServerRequest);
    connect(job, &McpHttpExchange::finished, this,
            [this, job, request, step, done = std::move(done)](const McpHttpResult &result) {
                m_timings << Timing{step, job->elapsedMs()};
                job->deleteLater();
                const bool resumable = result.error.kind == McpError::Kind::StreamEnded &&
                                       !result.lastEventId.isEmpty() &&
                                       m_streamResumes < m_options.profile.maxResumes &&
                                       !request.expectId.isNull();
                if (!resumable) {
                    done(result);
                    return;
                }
                // 2025-11-25: the server may close the stream before answering; wait
                // the retry delay it set, then GET the stream back from the last id.
                ++m_streamResumes;
                // The POST's answer carried the Mcp-Session-Id (initialize hands it out):
                // the GET must send it, and its answer keeps it.
                const QByteArray issuedSession = result.sessionId;
                if (m_sessionId.isEmpty() && !issuedSession.isEmpty())
                    m_sessionId = issuedSession;
                Handler keepSession = [done, issuedSession](const McpHttpResult &r) {
                    McpHttpResult withSession = r;
                    if (withSession.sessionId.isEmpty())
                        withSession.sessionId = issuedSession;
                    done(withSession);
                };
                McpHttpRequest resume;
                resume.method = "GET";
                resume.expectId = request.expectId;
                resume.lastEventId = result.lastEventId;
                m_resumeTimer.disconnect();
                connect(&m_resumeTimer, &QTimer::timeout, this, [this, resume, step, keepSession] {
                    exchange(resume, step + QStringLiteral(" (resumed)"), keepSession);
                });
                // Obeyed, but never longer than one request may take.
                m_resumeTimer.start(qMin(result.retryMs.value_or(1000), m_options.timeoutMs));
            });
    job->start();
}

void McpClient::answerServerRequest(const QJsonObject &request)
{
    // Coder's clients answer at once, each as its library does (McpClientProfile), and
    // the server goes on; one that waits for an answer it never gets would hold the
    // listing until a timeout. The answer is its own POST beside the open stream.
    if (m_serverRequests >= MaxServerRequests || m_operation == Operation::None)
        return;
    ++m_serverRequests;
    McpHttpRequest post;
    post.url = m_url;
    post.bearer = m_bearer;
    post.sessionId = m_sessionId;
    post.protocolVersion = m_protocolVersion.toLatin1();
    post.body = QJsonDocument(m_options.profile.answerServerRequest(request))
                    .toJson(QJsonDocument::Compact);
    auto *job = new McpHttpExchange(m_network, post, m_options, this);
    const QString step =
        QStringLiteral("answer %1").arg(request.value(QLatin1String("method")).toString());
    connect(job, &McpHttpExchange::finished, this, [this, job, step](const McpHttpResult &) {
        // The server's 202 (or its refusal) changes nothing for our own request.
        m_timings << Timing{step, job->elapsedMs()};
        job->deleteLater();
    });
    job->start();
}

void McpClient::fail(McpError error, const QString &phase)
{
    m_operation = Operation::None;
    m_deadline.stop();
    if (error.phase.isEmpty())
        error.phase = phase;
    Q_EMIT failed(error);
}

void McpClient::setPhase(Phase phase, int page)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase, page);
}
