// SPDX-License-Identifier: Apache-2.0
#include "DrpcCall.h"

#include "YamuxStream.h"

using DrpcWire::Kind;

bool DrpcCall::Lane::usable() const
{
    return stream && !stream->isAborted() && !stream->isRemoteClosed() && reader.error().isEmpty();
}

std::shared_ptr<DrpcCall::Lane> DrpcCall::newLane(YamuxStream *stream)
{
    auto lane = std::make_shared<Lane>();
    lane->stream = stream;
    return lane;
}

DrpcCall::DrpcCall(std::shared_ptr<Lane> lane, const QString &rpc, const QByteArray &request,
                   int timeoutMs, QObject *parent)
    : QObject(parent), m_lane(std::move(lane)), m_stream(m_lane ? m_lane->stream : nullptr),
      m_rpc(rpc), m_request(request)
{
    if (m_lane)
        m_streamId = m_lane->nextStreamId++;
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
    DrpcWire::appendFrame(out,
                          {quint8(Kind::Invoke), true, false, m_streamId, 1, m_rpc.toUtf8()});
    out += DrpcWire::encodeMessage(quint8(Kind::Message), m_streamId, 2, m_request);
    DrpcWire::appendFrame(out, {quint8(Kind::CloseSend), true, false, m_streamId, 3, {}});
    m_stream->write(out);
    // On a kept stream the lane's reader may already hold this call's answer.
    QMetaObject::invokeMethod(this, &DrpcCall::onReadyRead, Qt::QueuedConnection);
}

void DrpcCall::onReadyRead()
{
    if (m_done || !m_stream)
        return;
    DrpcWire::PacketReader &reader = m_lane->reader;
    reader.feed(m_stream->readAll());
    while (std::optional<DrpcWire::Packet> packet = reader.next()) {
        if (packet->streamId != m_streamId)
            continue; // what the server still said of an earlier call on this stream
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
    if (!reader.error().isEmpty())
        finish({Result::Status::Failed,
                {},
                0,
                tr("%1: malformed DRPC answer: %2").arg(m_rpc, reader.error())});
}

void DrpcCall::finish(Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        // A stream that answered is kept for the next call (the connection pools it); one
        // that did not is reset, so the server drops what it still holds for it.
        if (!result.ok() && result.status != Result::Status::RemoteError) {
            m_stream->deleteLater();
            m_lane->stream.clear();
        }
    }
    Q_EMIT finished(result);
    deleteLater();
}
