// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mcp/ProbeState.h"
#include "resolve/Resolution.h"

#include <QAbstractTableModel>

// One row per MCP server config of the resolution: what the factory decided, the
// token and regex status, and the live probe. Colour and icons are the view's
// business (StatusRole says which); every cell also says it in text.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static QString tokenLabel(ResolvedServer::TokenStatus status);
    static QString reasonLabel(ResolvedServer::Reason reason);
    enum Column {
        ServerColumn,
        KindColumn,
        OutcomeColumn,
        TokenColumn,
        RegexColumn,
        ProbeColumn,
        ToolsColumn,
        UrlColumn,
        ColumnCount
    };
    enum Status { StatusOk, StatusWarning, StatusError, StatusUnknown, StatusBusy };
    enum Role { StatusRole = Qt::UserRole + 1, ServerIndexRole, ProbeStageRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setResolution(const Resolution &resolution, const QList<ProbeState> &probes);
    void setProbeState(int serverIndex, const ProbeState &state);
    const Resolution &resolution() const { return m_resolution; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ResolvedServer &server, const ProbeState &probe, int column) const;
    Status status(const ResolvedServer &server, const ProbeState &probe, int column) const;

    Resolution m_resolution;
    QList<ProbeState> m_probes;
};
