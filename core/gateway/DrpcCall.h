// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DrpcWire.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QTimer>

class YamuxStream;

// One unary DRPC call on its own yamux stream, as coderd's drpcsdk.MultiplexedConn
// makes them: Invoke(1,1,rpc), Message(1,2,request), CloseSend(1,3); the answer is
// Message then CloseSend, or Error (code + text). Control frames of kinds we do not
// know are ignored, as drpcmanager does.
//
// Ownership: takes the stream (deletes it when done); deletes itself after finished().
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

    DrpcCall(YamuxStream *stream, const QString &rpc, const QByteArray &request, int timeoutMs,
             QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const DrpcCall::Result &result);

private:
    void onReadyRead();
    void finish(Result result);

    QPointer<YamuxStream> m_stream;
    QString m_rpc;
    QByteArray m_request;
    QTimer m_timeout;
    DrpcWire::PacketReader m_reader;
    std::optional<QByteArray> m_response;
    bool m_done = false;
};
