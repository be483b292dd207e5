// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

// The fleet matrix filtered by text (user name or any cell) and, on request, to users
// with a problem; sorted numerically by FleetTableModel::SortRole.
class FleetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setProblemsOnly(bool on);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};
