// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class InspectorSession;
class ObservedTableModel;
class ObservedTimeline;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The Observed tab: the user's recorded AI Bridge activity beside the prediction, as a
// timeline (per hour, per server) and a sortable, filterable table.
class ObservedPanel : public QWidget
{
    Q_OBJECT
public:
    ObservedPanel(InspectorSession *session, QWidget *parent = nullptr);
    ObservedTableModel *model() const { return m_model; }
    ObservedTimeline *timeline() const { return m_timeline; }
    void fetch(int hours);

private:
    InspectorSession *m_session;
    ObservedTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ObservedTimeline *m_timeline = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
};
