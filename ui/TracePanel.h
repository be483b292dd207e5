// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QTableView;
class TraceModel;
struct Resolution;

// The resolver's decisions, filterable by server and by lowest level shown.
class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(QWidget *parent = nullptr);
    void setResolution(const Resolution &resolution);
    TraceModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    class Filter;
    TraceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_server;
    QComboBox *m_level;
    QTableView *m_view;
};
