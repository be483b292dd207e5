// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/FleetEvaluation.h"

#include <QWidget>

// One stacked bar per server: how many users are ok, expired, not linked, with another
// token error, unknown; the same colours as the matrix. Drawn with QPainter, like the
// Observed timeline: a handful of bars need no charting library.
class FleetBars : public QWidget
{
    Q_OBJECT
public:
    explicit FleetBars(QWidget *parent = nullptr);
    void setFleet(const FleetResult &fleet, const FleetEvaluation &evaluation);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // For tests: a server's users per class, in the bar's order.
    QList<int> counts(const QString &server) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bar
    {
        QString server;
        QList<int> counts; // ok, expired, not linked, other error, unknown
        int total = 0;
    };
    QList<Bar> m_bars;
};
