// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QAbstractProxyModel>
#include <QPointer>
#include <QVector>

class FleetTableModel;

// The fleet matrix as the view shows it: filtered by text (user name or any cell's text)
// and, on request, to users with a problem; sorted by FleetTableModel::SortRole, stable
// (ties keep the scan's order, as QSortFilterProxyModel does).
//
// At 100 000 rows a sort takes about 200 ms and a filter 45 ms: more than a frame. Above
// SyncRows the order is therefore computed on a worker thread, over a copy-on-write copy of
// the scan, and applied in one step when it is ready (busy() says one is on its way; a
// newer request supersedes an older one). Smaller fleets are ordered at once.
class FleetSortFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    static constexpr int SyncRows = 5000;

    explicit FleetSortFilterModel(QObject *parent = nullptr);
    ~FleetSortFilterModel() override;

    void setFleetModel(FleetTableModel *model);
    void setText(const QString &text);
    void setProblemsOnly(bool on);
    bool isBusy() const { return m_running; }
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // What a worker computes: the source rows in view order.
    struct Request
    {
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        QString text;
        bool problemsOnly = false;
    };
    static QVector<int> order(const FleetTableModel &model, const Request &request);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // The view's rows are in the order last asked for.
    void settled();

private:
    void reorder();
    void apply(QVector<int> rows);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<FleetTableModel> m_model;
    QVector<int> m_rows;     // view row -> source row
    QVector<int> m_viewRows; // source row -> view row, or -1
    int m_column = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_text;
    bool m_problemsOnly = false;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false; // asked again while a worker ran
    std::shared_ptr<bool> m_alive;
};
