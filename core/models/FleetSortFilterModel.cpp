// SPDX-License-Identifier: Apache-2.0
#include "FleetSortFilterModel.h"

#include "FleetTableModel.h"

#include <algorithm>
#include <QCoreApplication>
#include <QThreadPool>

FleetSortFilterModel::FleetSortFilterModel(QObject *parent)
    : QAbstractProxyModel(parent), m_alive(std::make_shared<bool>(true))
{}

FleetSortFilterModel::~FleetSortFilterModel() = default;

void FleetSortFilterModel::setFleetModel(FleetTableModel *model)
{
    beginResetModel();
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    m_rows.clear();
    m_viewRows.clear();
    endResetModel();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &FleetSortFilterModel::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_rows.clear();
        m_viewRows.clear();
        if (m_text.isEmpty() && !m_problemsOnly) {
            // Until the order is ready, the scan's own order rather than an empty view.
            const int n = m_model->rowCount();
            m_rows.resize(n);
            m_viewRows.resize(n);
            for (int r = 0; r < n; ++r)
                m_rows[r] = m_viewRows[r] = r;
        }
        endResetModel();
        reorder();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            &FleetSortFilterModel::onSourceDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    reorder();
}

void FleetSortFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    reorder();
}

void FleetSortFilterModel::setProblemsOnly(bool on)
{
    if (m_problemsOnly == on)
        return;
    m_problemsOnly = on;
    reorder();
}

void FleetSortFilterModel::sort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    reorder();
}

QVector<int> FleetSortFilterModel::order(const FleetTableModel &model, const Request &request)
{
    const int n = model.rowCount();
    const int columns = model.columnCount();
    QVector<int> rows;
    rows.reserve(n);
    for (int u = 0; u < n; ++u) {
        if (request.problemsOnly && !model.hasProblem(u))
            continue;
        if (!request.text.isEmpty()) {
            bool any = false;
            for (int c = 0; c < columns && !any; ++c)
                any =
                    model.index(u, c).data().toString().contains(request.text, Qt::CaseInsensitive);
            if (!any)
                continue;
        }
        rows << u;
    }
    if (request.column < 0 || request.column >= columns)
        return rows; // the scan's order
    // Keys once per row, typed: ints (every column but the user's) or names. Names compare
    // as QSortFilterProxyModel compares them by default (case-sensitive, not by locale).
    const bool names = request.column == FleetTableModel::UserColumn;
    QVector<int> numbers(names ? 0 : n);
    QVector<QString> texts(names ? n : 0);
    for (const int u : std::as_const(rows)) {
        const QVariant key = model.index(u, request.column).data(FleetTableModel::SortRole);
        if (names)
            texts[u] = key.toString();
        else
            numbers[u] = key.toInt();
    }
    const bool ascending = request.order == Qt::AscendingOrder;
    if (names)
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = texts.at(a).compare(texts.at(b), Qt::CaseSensitive);
            return ascending ? c < 0 : c > 0;
        });
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return ascending ? numbers.at(a) < numbers.at(b) : numbers.at(a) > numbers.at(b);
        });
    return rows;
}

void FleetSortFilterModel::reorder()
{
    if (!m_model)
        return;
    const Request request{m_column, m_order, m_text, m_problemsOnly};
    const quint64 generation = ++m_generation;
    if (m_model->rowCount() <= SyncRows && !m_running) {
        apply(order(*m_model, request));
        Q_EMIT settled();
        return;
    }
    if (m_running) {
        m_again = true; // the worker's answer is stale: one more run follows it
        return;
    }
    m_running = true;
    Q_EMIT busyChanged(true);
    const std::weak_ptr<bool> alive = m_alive;
    // Value types only cross the thread (the scan is shared copy-on-write).
    QThreadPool::globalInstance()->start(
        [this, alive, generation, request, fleet = m_model->fleet(),
         evaluation = m_model->evaluation(), impact = m_model->impact()] {
            FleetTableModel copy;
            copy.setFleet(fleet, evaluation);
            copy.setImpact(impact);
            QVector<int> rows = order(copy, request);
            QMetaObject::invokeMethod(qApp, [this, alive, generation, rows = std::move(rows)] {
                if (alive.expired())
                    return; // the view is gone
                m_running = false;
                if (std::exchange(m_again, false) || generation != m_generation) {
                    reorder(); // may order at once (fewer rows) or start another worker
                    if (!m_running)
                        Q_EMIT busyChanged(false);
                    return;
                }
                apply(rows);
                Q_EMIT busyChanged(false);
                Q_EMIT settled();
            });
        });
}

void FleetSortFilterModel::apply(QVector<int> rows)
{
    const int sourceRows = m_model ? m_model->rowCount() : 0;
    QVector<int> viewRows(sourceRows, -1);
    for (int v = 0; v < rows.size(); ++v)
        viewRows[rows.at(v)] = v;
    // The same rows in another order: a layout change, so selections follow their rows.
    bool sameRows = rows.size() == m_rows.size() && m_viewRows.size() == sourceRows;
    for (int v = 0; sameRows && v < rows.size(); ++v)
        sameRows = m_viewRows.at(rows.at(v)) >= 0;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_viewRows = std::move(viewRows);
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &p : before)
        after << createIndex(viewRows.at(m_rows.at(p.row())), p.column());
    m_rows = std::move(rows);
    m_viewRows = std::move(viewRows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FleetSortFilterModel::onSourceDataChanged(const QModelIndex &topLeft,
                                               const QModelIndex &bottomRight)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, topLeft.column()),
                           index(int(m_rows.size()) - 1, bottomRight.column()));
    // The what-if changes the figures the order or the text filter may read.
    if ((m_column >= topLeft.column() && m_column <= bottomRight.column()) || !m_text.isEmpty())
        reorder();
}

QModelIndex FleetSortFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_model->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex FleetSortFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_viewRows.size())
        return {};
    const int row = m_viewRows.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex FleetSortFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FleetSortFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int FleetSortFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetSortFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool FleetSortFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}
