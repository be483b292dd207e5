// SPDX-License-Identifier: Apache-2.0
// Resolve + probe wall time against the lower bound, for N servers that each answer
// after D ms. Each server is listed by the spec probe and, beside it, as Coder's client
// of the era does. Era B (mcp-go): 2 configurator round trips + initialize +
// initialized + one tools/list page + the session's DELETE, waited for so the server
// logs no cancelled request = 6 * D. Era unknown adds go-sdk's server/discover first:
// 7 * D. A ratio near 1 means everything ran fully concurrently.
// Figures, not a test: run it by hand.
#include "mcp/ProbeRunner.h"
#include "RawHttpServer.h"
#include "resolve/Resolver.h"
#include "SandboxMcpServer.h"
#include "source/Source.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace {
qint64 runOnce(int servers, int delayMs, CoderEra::Era era)
{
    std::vector<std::unique_ptr<SandboxMcpServer>> mcp;
    QJsonArray configs;
    QJsonObject tokens;
    for (int i = 0; i < servers; ++i) {
        SandboxMcpServer::Options options;
        options.tools = SandboxMcpServer::syntheticTools(QStringLiteral("t"), 5);
        options.delayMs = delayMs;
        options.json = true;
        mcp.push_back(std::make_unique<SandboxMcpServer>(options));
        mcp.back()->listen();
        const QString id = QStringLiteral("srv%1").arg(i);
        configs << QJsonObject{{"id", id}, {"url", mcp.back()->url().toString()}};
        tokens.insert(id, QStringLiteral("token-%1").arg(i));
    }
    // The two configurator answers arrive after D ms each, as from a remote coderd.
    class DelayedSource : public Source
    {
    public:
        DelayedSource(QJsonArray configs, QJsonObject tokens, int delayMs)
            : m_configs(std::move(configs)), m_tokens(std::move(tokens)), m_delayMs(delayMs)
        {}
        void fetchConfigs(const QString &, ConfigsCallback done) override
        {
            ServerConfigsResponse response;
            for (const QJsonValue &c : std::as_const(m_configs))
                response.externalAuthMcpConfigs << McpServerConfig{
                    c[QLatin1String("id")].toString(), c[QLatin1String("url")].toString(), {}, {}};
            QTimer::singleShot(m_delayMs, this, [done, response] { done({response, {}}); });
        }
        void fetchAccessTokens(const QString &, const QStringList &, TokensCallback done) override
        {
            AccessTokensResponse response;
            for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
                response.accessTokens.insert(it.key(), Secret(it.value().toString()));
            QTimer::singleShot(m_delayMs, this, [done, response] { done({response, {}, {}}); });
        }
        QString displayName() const override { return QStringLiteral("bench"); }

    private:
        QJsonArray m_configs;
        QJsonObject m_tokens;
        int m_delayMs;
    };
    DelayedSource source(configs, tokens, delayMs);
    QNetworkAccessManager network;
    Resolver resolver(&source);
    ProbeRunner runner(&network);
    QElapsedTimer clock;
    qint64 elapsed = -1;
    int tools = 0;
    QObject::connect(&resolver, &Resolver::resolved, &runner, [&](const Resolution &r) {
        Resolution withEra = r;
        withEra.era = era;
        runner.probe(withEra);
    });
    QObject::connect(&runner, &ProbeRunner::finished, &runner, [&](const Resolution &r) {
        elapsed = clock.elapsed();
        tools = r.injectedToolCount;
        QCoreApplication::quit();
    });
    clock.start();
    resolver.resolve({QStringLiteral("bench-user"), {}, true, {}});
    QCoreApplication::exec();
    if (tools != servers * 5)
        QTextStream(stderr) << "warning: " << tools << " tools injected, expected " << servers * 5
                            << "\n";
    return elapsed;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "era      servers  delay_ms  lower_bound_ms  median_ms  ratio   (3 runs each)\n";
    for (const CoderEra::Era era : {CoderEra::Era::B, CoderEra::Era::Unknown})
        for (const int delay : {50, 100}) {
            for (const int n : {1, 5, 20, 50}) {
                QList<qint64> runs;
                for (int i = 0; i < 3; ++i)
                    runs << runOnce(n, delay, era);
                std::sort(runs.begin(), runs.end());
                const qint64 bound = (era == CoderEra::Era::Unknown ? 7 : 6) * delay;
                out << QStringLiteral("%1 %2  %3  %4  %5  %6\n")
                           .arg(CoderEra::name(era), -7)
                           .arg(n, 7)
                           .arg(delay, 8)
                           .arg(bound, 14)
                           .arg(runs.at(1), 9)
                           .arg(double(runs.at(1)) / bound, 5, 'f', 3);
                out.flush();
            }
        }
    return 0;
}
