// SPDX-License-Identifier: Apache-2.0
#include "DrpcCall.h"

#include "YamuxStream.h"

using DrpcWire::Kind;

DrpcCall::DrpcCall(YamuxStream *stream, const QString &rpc, const QByteArray &request,
                   int timeoutMs, QObject *parent)
    : QObject(parent), m_stream(stream), m_rpc(rpc), m_request(request)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({Result::Status::Timeout,
                {},
                0,
                tr("%1: no answer within %2 s").arg(m_rpc).arg(m_timeout.interval() / 1000.0)});
    });
}

void DrpcCall::start()
{
    if (!m_stream) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish({Result::Status::Failed, {}, 0, tr("no stream")});
            },
            Qt::QueuedConnection);
        return;
    }
    connect(m_stream, &YamuxStream::readyRead, this, &DrpcCall::onReadyRead);
    connect(m_stream, &YamuxStream::remoteClosed, this, [this] {
        onReadyRead();
        if (!m_done)
            finish({Result::Status::Failed,
                    {},
                    0,
                    tr("%1: the stream closed before an answer").arg(m_rpc)});
    });
    connect(m_stream, &YamuxStream::aborted, this, [this](const QString &reason) {
        finish({Result::Status::Failed, {}, 0, reason});
    });
    m_timeout.start();
    QByteArray out;
    DrpcWire::appendFrame(out, {quint8(Kind::Invoke), true, false, 1, 1, m_rpc.toUtf8()});
    out += DrpcWire::encodeMessage(quint8(Kind::Message), 1, 2, m_request);
    DrpcWire::appendFrame(out, {quint8(Kind::CloseSend), true, false, 1, 3, {}});
    m_stream->write(out);
}

void DrpcCall::onReadyRead()
{
    if (m_done || !m_stream)
        return;
    m_reader.feed(m_stream->readAll());
    while (std::optional<DrpcWire::Packet> packet = m_reader.next()) {
        switch (Kind(packet->kind)) {
        case Kind::Message:
            if (!m_response)
                m_response = packet->data;
            break;
        case Kind::Error: {
            const DrpcWire::RemoteError e = DrpcWire::parseError(packet->data);
            finish({Result::Status::RemoteError, {}, e.code, e.message});
            return;
        }
        case Kind::CloseSend:
        case Kind::Close:
            if (m_response) {
                finish({Result::Status::Ok, *m_response, 0, {}});
            } else {
                finish({Result::Status::Failed,
                        {},
                        0,
                        tr("%1: the server closed the call without an answer").arg(m_rpc)});
            }
            return;
        case Kind::Cancel:
            finish({Result::Status::Failed, {}, 0, tr("%1: cancelled by the server").arg(m_rpc)});
            return;
        default:
            if (packet->control)
                break; // drpcmanager ignores control packets of kinds it does not know
            finish({Result::Status::Failed,
                    {},
                    0,
                    tr("%1: unexpected DRPC packet kind %2").arg(m_rpc).arg(packet->kind)});
            return;
        }
    }
    if (!m_reader.error().isEmpty())
        finish({Result::Status::Failed,
                {},
                0,
                tr("%1: malformed DRPC answer: %2").arg(m_rpc, m_reader.error())});
}

void DrpcCall::finish(Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        if (result.ok())
            m_stream->closeWrite(); // already half-closed by CloseSend's FIN below
        m_stream->deleteLater();
    }
    Q_EMIT finished(result);
    deleteLater();
}
