// SPDX-License-Identifier: Apache-2.0
#include "HistoryTrend.h"

#include "FleetColors.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int StripHeight = 30;
constexpr int Gap = 5;
constexpr int LabelWidth = 110;
constexpr int LegendHeight = 22;
} // namespace

HistoryTrend::HistoryTrend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyTrend"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HistoryTrend::setModel(const FleetHistoryModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        update();
    });
    updateGeometry();
    update();
}

QList<int> HistoryTrend::counts(const QString &server, int scan) const
{
    if (!m_model || scan < 0 || scan >= m_model->summaries().size())
        return {};
    const FleetSummary::Server *s = m_model->summaries().at(scan).server(server);
    if (!s)
        return {0, 0, 0, 0, 0};
    const auto &t = s->tokens;
    // The Coder server needs no user token: its users count as ok, as in the bars.
    return {t[int(FleetTokenClass::Ok)] + t[int(FleetTokenClass::NotNeeded)],
            t[int(FleetTokenClass::Expired)], t[int(FleetTokenClass::NotLinked)],
            t[int(FleetTokenClass::OtherError)], t[int(FleetTokenClass::Unknown)]};
}

QSize HistoryTrend::sizeHint() const
{
    const int strips = m_model ? int(m_model->servers().size()) : 0;
    return {600, LegendHeight + strips * (StripHeight + Gap) + 4};
}

QSize HistoryTrend::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

int HistoryTrend::scanAt(int x) const
{
    const int scans = m_model ? int(m_model->summaries().size()) : 0;
    const int width = qMax(10, this->width() - LabelWidth - 8);
    if (scans == 0 || x < LabelWidth || x >= LabelWidth + width)
        return -1;
    return qBound(0, int(double(x - LabelWidth) * scans / width), scans - 1);
}

void HistoryTrend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // Legend first: colour and word, so the bars need no tooltip to be read.
    FleetColors::drawLegend(p, *this, LabelWidth, LegendHeight);
    if (!m_model)
        return;
    const int scans = int(m_model->summaries().size());
    const double width = qMax(10, this->width() - LabelWidth - 8);
    const double column = scans > 0 ? width / scans : width;
    for (int s = 0; s < m_model->servers().size(); ++s) {
        const QString &server = m_model->servers().at(s);
        const int top = LegendHeight + s * (StripHeight + Gap);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, top, LabelWidth - 10, StripHeight), Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(server, Qt::ElideMiddle, LabelWidth - 10));
        int most = 1;
        for (int i = 0; i < scans; ++i) {
            int total = 0;
            for (const int n : counts(server, i))
                total += n;
            most = qMax(most, total);
        }
        p.fillRect(QRectF(LabelWidth, top, width, StripHeight), palette().color(QPalette::Base));
        for (int i = 0; i < scans; ++i) {
            const QList<int> n = counts(server, i);
            double bottom = top + StripHeight;
            const double left = LabelWidth + i * column;
            // A gap between columns only while they are wide enough to show one.
            const double w = column >= 4 ? column - 1 : column;
            for (int k = 0; k < n.size(); ++k) {
                const double h = double(n.at(k)) * StripHeight / most;
                p.fillRect(QRectF(left, bottom - h, w, h), FleetColors::fill(FleetColors::tokenOrder().at(k)));
                bottom -= h;
            }
            if (m_model->summaries().at(i).partial) // a partial scan: marked, not hidden
                p.fillRect(QRectF(left, top, w, 3), palette().color(QPalette::Mid));
        }
    }
}

void HistoryTrend::mouseMoveEvent(QMouseEvent *event)
{
    const int scan = scanAt(int(event->position().x()));
    if (scan < 0 || !m_model || event->position().y() < LegendHeight) {
        QToolTip::hideText();
        return;
    }
    const int strip = (int(event->position().y()) - LegendHeight) / (StripHeight + Gap);
    const QString server = m_model->servers().value(strip);
    const FleetSummary &s = m_model->summaries().at(scan);
    QString text = s.scannedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (s.partial)
        text += tr(" (partial)");
    if (!server.isEmpty()) {
        const QList<int> n = counts(server, scan);
        text += QLatin1Char('\n') + tr("%1: %2 ok, %3 expired, %4 not linked, %5 other error, %6 "
                                       "unknown")
                                        .arg(server)
                                        .arg(n.value(0))
                                        .arg(n.value(1))
                                        .arg(n.value(2))
                                        .arg(n.value(3))
                                        .arg(n.value(4));
    }
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void HistoryTrend::mousePressEvent(QMouseEvent *event)
{
    const int scan = scanAt(int(event->position().x()));
    if (scan >= 0)
        Q_EMIT scanClicked(scan);
}
