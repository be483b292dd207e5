// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DrpcWire.h"

#include <functional>
#include <QObject>
#include <QPointer>

class YamuxStream;

// The server side of unary DRPC calls on one yamux stream (drpcserver.handleRPC): reads
// Invoke + Message + CloseSend, asks the handler, answers Message + CloseSend or an
// Error frame (8-byte code + text). Used by the sandbox, which serves coderd's protocol.
//
// Ownership: a child of the stream; goes with it.
class DrpcServerStream : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        QByteArray response;
        bool isError = false;
        quint64 errorCode = 0;
        QString errorMessage;
    };
    using Handler = std::function<Answer(const QString &rpc, const QByteArray &request)>;

    DrpcServerStream(YamuxStream *stream, Handler handler);

private:
    void onReadyRead();
    void answer();

    QPointer<YamuxStream> m_stream;
    Handler m_handler;
    DrpcWire::PacketReader m_reader;
    QString m_rpc;
    QByteArray m_request;
    quint64 m_streamId = 0;
    bool m_answered = false;
};
