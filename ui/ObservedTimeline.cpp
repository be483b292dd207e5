// SPDX-License-Identifier: Apache-2.0
#include "ObservedTimeline.h"

#include <QPainter>
#include <QPaintEvent>

namespace {
constexpr int LaneHeight = 22;
constexpr int LabelWidth = 110;
constexpr int AxisHeight = 18;
} // namespace

ObservedTimeline::ObservedTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("observedTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ObservedTimeline::setCalls(const QList<ObservedComparison::Call> &calls, const QDateTime &end,
                                int hours)
{
    m_end = end;
    m_hours = qMax(1, hours);
    m_servers.clear();
    m_cells.clear();
    const QDateTime start = end.addSecs(-3600LL * m_hours);
    for (const ObservedComparison::Call &c : calls) {
        if (!c.at.isValid() || c.at < start || c.at > end)
            continue;
        qsizetype lane = m_servers.indexOf(c.server);
        if (lane < 0) {
            lane = m_servers.size();
            m_servers << c.server;
            m_cells << QList<Cell>(m_hours);
        }
        const int hour = qBound(0, int(start.secsTo(c.at) / 3600), m_hours - 1);
        Cell &cell = m_cells[lane][hour];
        ++cell.calls;
        cell.alarm = cell.alarm || c.kind != ObservedComparison::Kind::Confirmed;
    }
    updateGeometry();
    update();
}

int ObservedTimeline::callsAt(const QString &server, int hour) const
{
    const qsizetype lane = m_servers.indexOf(server);
    return lane < 0 || hour < 0 || hour >= m_hours ? 0 : m_cells.at(lane).at(hour).calls;
}

bool ObservedTimeline::alarmAt(const QString &server, int hour) const
{
    const qsizetype lane = m_servers.indexOf(server);
    return lane >= 0 && hour >= 0 && hour < m_hours && m_cells.at(lane).at(hour).alarm;
}

QSize ObservedTimeline::sizeHint() const
{
    return {600, AxisHeight + LaneHeight * int(qMax<qsizetype>(1, m_servers.size())) + 4};
}

QSize ObservedTimeline::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void ObservedTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(LabelWidth, 0, -24, -AxisHeight); // room for the last time
    const double slot = double(area.width()) / m_hours;
    p.setPen(palette().color(QPalette::Mid));
    for (int h = 0; h <= m_hours; h += qMax(1, m_hours / 8)) {
        const int x = area.left() + int(h * slot);
        p.drawLine(x, area.top(), x, area.bottom());
        const QDateTime at = m_end.addSecs(-3600LL * (m_hours - h)).toLocalTime();
        p.drawText(QRect(x - 30, area.bottom() + 2, 60, AxisHeight - 2), Qt::AlignCenter,
                   at.toString(QStringLiteral("HH:mm")));
    }
    if (m_servers.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No injected calls in this window."));
        return;
    }
    int most = 1;
    for (const QList<Cell> &lane : std::as_const(m_cells))
        for (const Cell &c : lane)
            most = qMax(most, c.calls);
    for (int lane = 0; lane < m_servers.size(); ++lane) {
        const int y = area.top() + lane * LaneHeight;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, y, LabelWidth - 8, LaneHeight), Qt::AlignVCenter | Qt::AlignRight,
                   fontMetrics().elidedText(m_servers.at(lane), Qt::ElideMiddle, LabelWidth - 8));
        for (int h = 0; h < m_hours; ++h) {
            const Cell &c = m_cells.at(lane).at(h);
            if (c.calls == 0)
                continue;
            const double r = 3 + 6.0 * c.calls / most;
            const QPointF centre(area.left() + (h + 0.5) * slot, y + LaneHeight / 2.0);
            p.setPen(Qt::NoPen);
            p.setBrush(c.alarm ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
            p.drawEllipse(centre, r, r);
        }
    }
}
