// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DrpcWire.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QTimer>

class YamuxStream;

// One unary DRPC call on a yamux stream: Invoke(s,1,rpc), Message(s,2,request),
// CloseSend(s,3); the answer is Message then CloseSend, or Error (code + text). Control
// frames of kinds we do not know are ignored, as drpcmanager does.
//
// coderd's own client (drpcsdk.MultiplexedConn) opens a stream per call. coderd serves
// every stream with drpcserver.ServeOne, which answers call after call on one transport
// (storj.io/drpc v0.0.34 drpcserver/server.go; coderd sets no inactivity timeout,
// drpcsdk.DefaultDRPCOptions): so a stream that answered is kept for the next call, with
// the next DRPC stream id. It saves coderd the stream's set-up (a drpcmanager and its
// goroutines) and four yamux frames a call (SYN, its ACK, a FIN each way): coderd-peer's
// CPU per token batch fell by about a fifth (bench_fleet). An idle stream costs coderd a
// drpcmanager and its goroutines until the connection ends, one per call ever in flight.
//
// Ownership: a lane's stream outlives a call that got coderd's answer (an error frame
// too: ServeOne goes on after SendError) and is reset after one that did not; the call
// deletes itself after finished().
class DrpcCall : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Ok, RemoteError, Failed, Timeout };
        Status status = Status::Failed;
        QByteArray response;
        quint64 errorCode = 0; // drpcerr code of a remote error (12: unimplemented)
        QString error;         // coderd's text, or what went wrong locally
        bool ok() const { return status == Status::Ok; }
    };

    // A stream kept for call after call, with the ids its reader has seen.
    struct Lane
    {
        QPointer<YamuxStream> stream;
        quint64 nextStreamId = 1;
        DrpcWire::PacketReader reader;
        bool usable() const;
    };
    static std::shared_ptr<Lane> newLane(YamuxStream *stream);

    DrpcCall(std::shared_ptr<Lane> lane, const QString &rpc, const QByteArray &request,
             int timeoutMs, QObject *parent = nullptr);
    void start();
    const std::shared_ptr<Lane> &lane() const { return m_lane; }

Q_SIGNALS:
    void finished(const DrpcCall::Result &result);

private:
    void onReadyRead();
    void finish(Result result);

    std::shared_ptr<Lane> m_lane;
    QPointer<YamuxStream> m_stream;
    quint64 m_streamId = 1;
    QString m_rpc;
    QByteArray m_request;
    QTimer m_timeout;
    std::optional<QByteArray> m_response;
    bool m_done = false;
};
