// SPDX-License-Identifier: Apache-2.0
#include "DrpcServerStream.h"

#include "YamuxStream.h"

using DrpcWire::Kind;

DrpcServerStream::DrpcServerStream(YamuxStream *stream, Handler handler)
    : QObject(stream), m_stream(stream), m_handler(std::move(handler))
{
    connect(stream, &YamuxStream::readyRead, this, &DrpcServerStream::onReadyRead);
    connect(stream, &YamuxStream::remoteClosed, this, &DrpcServerStream::onReadyRead);
    connect(stream, &YamuxStream::aborted, stream, &QObject::deleteLater);
}

void DrpcServerStream::onReadyRead()
{
    if (!m_stream)
        return;
    m_reader.feed(m_stream->readAll());
    while (std::optional<DrpcWire::Packet> packet = m_reader.next()) {
        switch (Kind(packet->kind)) {
        case Kind::Invoke:
            m_rpc = QString::fromUtf8(packet->data);
            m_streamId = packet->streamId;
            m_answered = false;
            break;
        case Kind::Message:
            m_request = packet->data;
            break;
        case Kind::CloseSend:
            answer();
            break;
        default:
            break;
        }
    }
    if (!m_reader.error().isEmpty()) {
        m_stream->reset();
        return;
    }
    if (m_stream->isRemoteClosed() && m_answered) {
        m_stream->closeWrite();
        m_stream->deleteLater();
    }
}

void DrpcServerStream::answer()
{
    if (m_answered || m_rpc.isEmpty())
        return;
    m_answered = true;
    const Answer a = m_handler(m_rpc, m_request);
    QByteArray out;
    if (a.isError) {
        out = DrpcWire::encodeMessage(quint8(Kind::Error), m_streamId, 1,
                                      DrpcWire::encodeError(a.errorCode, a.errorMessage));
    } else {
        out = DrpcWire::encodeMessage(quint8(Kind::Message), m_streamId, 1, a.response);
        DrpcWire::appendFrame(out, {quint8(Kind::CloseSend), true, false, m_streamId, 2, {}});
    }
    m_stream->write(out);
}
