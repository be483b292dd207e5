// Resolve + probe wall time against the lower bound, for N servers that each answer
// after D ms. Lower bound: 2 configurator round trips + initialize + initialized +
// one tools/list page of a single server = 5 * D. A ratio near 1 means the servers
// are probed fully concurrently. Figures, not a test: run it by hand.
#include "RawHttpServer.h"
#include "SandboxMcpServer.h"
#include "coder/ConfiguratorSource.h"
#include "mcp/ProbeRunner.h"
#include "resolve/Resolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {
qint64 runOnce(int servers, int delayMs)
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
    RawHttpServer configurator;
    configurator.setHandler([&](const RawHttpRequest &request, RawHttpResponder *responder) {
        const QByteArray body = request.path().endsWith(QLatin1String("GetMCPServerConfigs"))
                                    ? QJsonDocument(QJsonObject{{"externalAuthMcpConfigs", configs}}).toJson()
                                    : QJsonDocument(QJsonObject{{"accessTokens", tokens}}).toJson();
        QPointer<RawHttpResponder> guard(responder);
        QTimer::singleShot(delayMs, responder, [guard, body] {
            if (guard)
                guard->respond(200, "application/json", body);
        });
    });
    configurator.listen();

    QNetworkAccessManager network;
    ConfiguratorSource source(&network, configurator.url(QString()), {});
    Resolver resolver(&source);
    ProbeRunner runner(&network);
    QElapsedTimer clock;
    qint64 elapsed = -1;
    int tools = 0;
    QObject::connect(&resolver, &Resolver::resolved, &runner, [&](const Resolution &r) { runner.probe(r); });
    QObject::connect(&runner, &ProbeRunner::finished, &runner, [&](const Resolution &r) {
        elapsed = clock.elapsed();
        tools = r.injectedToolCount;
        QCoreApplication::quit();
    });
    clock.start();
    resolver.resolve({QStringLiteral("bench-user"), {}, true, {}});
    QCoreApplication::exec();
    if (tools != servers * 5)
        QTextStream(stderr) << "warning: " << tools << " tools injected, expected " << servers * 5 << "\n";
    return elapsed;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "servers  delay_ms  lower_bound_ms  median_ms  ratio   (3 runs each)\n";
    for (const int delay : {50, 100}) {
        for (const int n : {1, 5, 20, 50}) {
            QList<qint64> runs;
            for (int i = 0; i < 3; ++i)
                runs << runOnce(n, delay);
            std::sort(runs.begin(), runs.end());
            const qint64 bound = 5 * delay;
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
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
