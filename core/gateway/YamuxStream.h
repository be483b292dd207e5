// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class YamuxSession;

// One yamux stream: a byte pipe in each direction with its own flow-control window.
// write() queues and sends as far as the peer's window allows; readAll() hands over
// what arrived and grants the window back (hashicorp/yamux stream.go sendWindowUpdate:
// once half the window is consumed).
//
// Ownership: a child of its session; the user deletes it when done (a stream deleted
// before both sides closed is reset). Signals may come from inside YamuxSession::feed.
class YamuxStream : public QObject
{
    Q_OBJECT
public:
    ~YamuxStream() override;

    quint32 id() const { return m_id; }
    void write(const QByteArray &data);
    void closeWrite(); // FIN once the queued data is out
    void reset();      // RST: abort both directions
    QByteArray readAll();
    qsizetype bytesAvailable() const { return m_readBuffer.size(); }
    bool isRemoteClosed() const { return m_remoteFin; }
    bool isAborted() const { return !m_abortReason.isEmpty(); }
    const QString &abortReason() const { return m_abortReason; }

Q_SIGNALS:
    void readyRead();
    void remoteClosed();                 // the peer sent FIN: no more data will come
    void aborted(const QString &reason); // RST, GoAway or the session's end

private:
    friend class YamuxSession;
    YamuxStream(YamuxSession *session, quint32 id);
    void flush();
    void receive(const QByteArray &data);
    void receiveWindowUpdate(quint32 delta);
    void markRemoteClosed();
    void abort(const QString &reason);
    void grantWindow();

    YamuxSession *m_session;
    quint32 m_id;
    quint32 m_sendWindow;
    quint32 m_recvWindow;
    QByteArray m_pending;
    QByteArray m_readBuffer;
    quint16 m_nextFlags = 0; // SYN or ACK still to go out with the first frame
    bool m_finQueued = false;
    bool m_finSent = false;
    bool m_remoteFin = false;
    QString m_abortReason;
};
