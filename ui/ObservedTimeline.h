// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observe/ObservedComparison.h"

#include <QWidget>

// The user's injected calls over the window, hour by hour, one lane per server: a mark per
// hour that had calls, sized by their number, red when one was not predicted or failed.
// Drawn with QPainter: a few dozen cells need no charting library (and Qt Charts would be
// one more dependency for the packages).
class ObservedTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ObservedTimeline(QWidget *parent = nullptr);
    void setCalls(const QList<ObservedComparison::Call> &calls, const QDateTime &end, int hours);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // For tests: calls per server and hour slot (0 = the oldest hour).
    int callsAt(const QString &server, int hour) const;
    bool alarmAt(const QString &server, int hour) const;
    const QStringList &servers() const { return m_servers; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Cell
    {
        int calls = 0;
        bool alarm = false; // not predicted, unknown server or failed
    };
    QStringList m_servers;
    QList<QList<Cell>> m_cells; // [server][hour]
    QDateTime m_end;
    int m_hours = 24;
};
