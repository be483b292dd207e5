// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/FleetHistoryModel.h"

#include <QWidget>

// Each server's users per token status over the saved scans: one strip per server, a
// stacked column per scan (ok, expired, not linked, other error, unknown), the matrix's
// colours. Drawn with QPainter as the fleet's bars and the Observed timeline are: a few
// hundred columns per strip need no charting library, and the colours and legend stay
// the ones the Fleet tab uses. A click picks a scan (the table follows).
class HistoryTrend : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTrend(QWidget *parent = nullptr);
    void setModel(const FleetHistoryModel *model);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // For tests: a server's counts per scan, in the strip's order (ok, expired, not
    // linked, other error, unknown).
    QList<int> counts(const QString &server, int scan) const;

Q_SIGNALS:
    void scanClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int scanAt(int x) const;
    const FleetHistoryModel *m_model = nullptr;
};
