// SPDX-License-Identifier: Apache-2.0
// The AI Gateway stack's cost, against coderd-peer (coderd's own Go stack, a separate
// process on loopback): resolving 100 users in a row over one connection vs a new
// connection per user, and one GetMCPServerConfigs call over WebSocket + yamux + DRPC
// vs the same request's protobuf encode/decode alone. Figures, not a test.
//   bench_gateway [path/to/coderd-peer] [users]
#include "gateway/GatewaySource.h"
#include "resolve/Resolver.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

namespace {
const QString Key = QStringLiteral("bench-gateway-key");

qint64 resolveAll(QNetworkAccessManager *network, const QUrl &url, const QStringList &users,
                  bool reuse)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<GatewaySource> shared;
    for (const QString &user : users) {
        std::unique_ptr<GatewaySource> own;
        if (reuse && !shared)
            shared = std::make_unique<GatewaySource>(network, url, Secret(Key));
        if (!reuse)
            own = std::make_unique<GatewaySource>(network, url, Secret(Key));
        Resolver resolver(reuse ? shared.get() : own.get());
        bool done = false;
        QObject::connect(&resolver, &Resolver::resolved, [&](const Resolution &r) {
            if (r.failed())
                QTextStream(stderr) << "failed: " << r.error << '\n';
            done = true;
        });
        resolver.resolve({user, {}, true, {}});
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return clock.elapsed();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString peerPath = app.arguments().value(1, QStringLiteral(AIBI_CODERD_PEER));
    const int users = app.arguments().value(2, QStringLiteral("100")).toInt();
    QProcess peer;
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    QStringList ids;
    for (const QString &f : QDir(QStringLiteral(AIBI_FIXTURES "/snapshots"))
                                .entryList({QStringLiteral("*.json")}, QDir::Files)) {
        arguments << QStringLiteral("--snapshot") << QStringLiteral(AIBI_FIXTURES "/snapshots/") + f;
    }
    // The healthy user (three servers, two tokens) asked about again and again.
    for (int i = 0; i < users; ++i)
        ids << QStringLiteral("1f2a3b4c-0000-4000-8000-000000000001");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CODER_AI_GATEWAY_KEY"), Key);
    peer.setProcessEnvironment(env);
    peer.start(peerPath, arguments);
    if (!peer.waitForStarted(10000) || !peer.waitForReadyRead(10000)) {
        QTextStream(stderr) << "cannot start " << peerPath << '\n';
        return 1;
    }
    const QUrl url(QString::fromUtf8(peer.readLine().trimmed().mid(int(strlen("listening on ")))));
    QNetworkAccessManager network;

    resolveAll(&network, url, ids.mid(0, 5), true); // warm-up
    const qint64 reused = resolveAll(&network, url, ids, true);
    const qint64 fresh = resolveAll(&network, url, ids, false);

    // One call at a time over an open connection vs encode + decode alone.
    GatewaySource source(&network, url, Secret(Key));
    QList<double> stack, raw;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        source.fetchConfigs(ids.first(), [&](const ConfigsResult &) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (i >= 10) // the first calls include connecting
            stack << t.nsecsElapsed() / 1000.0;
    }
    const QByteArray sample = GatewaySource::encodeConfigsRequest(ids.first());
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer t;
        t.start();
        ServerConfigsResponse response;
        const QByteArray request = GatewaySource::encodeConfigsRequest(ids.first());
        GatewaySource::decodeConfigs(sample, &response);
        raw << t.nsecsElapsed() / 1000.0;
    }
    QTextStream out(stdout);
    out << "resolve " << users << " users, one gateway connection:      " << reused << " ms ("
        << double(reused) / users << " ms/user)\n";
    out << "resolve " << users << " users, a new connection per user:  " << fresh << " ms ("
        << double(fresh) / users << " ms/user)\n";
    out << "GetMCPServerConfigs over WebSocket+yamux+DRPC (loopback, median of 190): "
        << median(stack) << " us\n";
    out << "the same request's protobuf encode + decode alone (median of 2000):      "
        << median(raw) << " us\n";
    peer.terminate();
    peer.waitForFinished(5000);
    return 0;
}
