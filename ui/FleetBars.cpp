// SPDX-License-Identifier: Apache-2.0
#include "FleetBars.h"

#include "FleetColors.h"

#include <QPainter>

namespace {
constexpr int BarHeight = 20;
constexpr int LabelWidth = 110;
constexpr int LegendHeight = 22;
} // namespace

FleetBars::FleetBars(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fleetBars"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FleetBars::setFleet(const FleetResult &fleet, const FleetEvaluation &e)
{
    m_bars.clear();
    for (int s = 0; s < fleet.servers.size() && s < e.servers.size(); ++s) {
        const auto &t = e.servers.at(s).tokens;
        Bar bar;
        bar.server = fleet.servers.at(s).id;
        // The Coder server needs no user token: its users count as ok.
        bar.counts = {t[int(FleetTokenClass::Ok)] + t[int(FleetTokenClass::NotNeeded)],
                      t[int(FleetTokenClass::Expired)], t[int(FleetTokenClass::NotLinked)],
                      t[int(FleetTokenClass::OtherError)], t[int(FleetTokenClass::Unknown)]};
        for (const int n : std::as_const(bar.counts))
            bar.total += n;
        m_bars << bar;
    }
    updateGeometry();
    update();
}

QList<int> FleetBars::counts(const QString &server) const
{
    for (const Bar &bar : m_bars)
        if (bar.server == server)
            return bar.counts;
    return {};
}

QSize FleetBars::sizeHint() const
{
    return {600, LegendHeight + int(m_bars.size()) * (BarHeight + 4) + 4};
}

QSize FleetBars::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void FleetBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // Legend first: colour and word, so the bars need no tooltip to be read.
    FleetColors::drawLegend(p, *this, LabelWidth, LegendHeight);
    int most = 1;
    for (const Bar &bar : std::as_const(m_bars))
        most = qMax(most, bar.total);
    const int width = qMax(10, this->width() - LabelWidth - 8);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int y = LegendHeight + i * (BarHeight + 4);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, y, LabelWidth - 10, BarHeight), Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(bar.server, Qt::ElideMiddle, LabelWidth - 10));
        double left = LabelWidth;
        for (int k = 0; k < bar.counts.size(); ++k) {
            const double w = double(bar.counts.at(k)) * width / most;
            const QRectF segment(left, y, w, BarHeight);
            p.fillRect(segment, FleetColors::fill(FleetColors::tokenOrder().at(k)));
            if (w > fontMetrics().horizontalAdvance(QString::number(bar.counts.at(k))) + 6)
                p.drawText(segment, Qt::AlignCenter, QString::number(bar.counts.at(k)));
            left += w;
        }
    }
}
