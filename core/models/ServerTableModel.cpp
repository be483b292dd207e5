// SPDX-License-Identifier: Apache-2.0
#include "ServerTableModel.h"

void ServerTableModel::setResolution(const Resolution &resolution, const QList<ProbeState> &probes)
{
    beginResetModel();
    m_resolution = resolution;
    m_probes = probes;
    m_probes.resize(m_resolution.servers.size());
    endResetModel();
}

void ServerTableModel::setProbeState(int serverIndex, const ProbeState &state)
{
    if (serverIndex < 0 || serverIndex >= m_probes.size())
        return;
    m_probes[serverIndex] = state;
    Q_EMIT dataChanged(index(serverIndex, ProbeColumn), index(serverIndex, ProbeColumn));
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resolution.servers.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerTableModel::text(const ResolvedServer &s, const ProbeState &probe, int column) const
{
    switch (column) {
    case ServerColumn:
        return s.id.isEmpty() ? tr("(empty config)") : s.id;
    case KindColumn:
        return s.kind == ResolvedServer::Kind::Coder ? tr("Coder") : tr("External auth");
    case OutcomeColumn:
        switch (s.outcome) {
        case ResolvedServer::Outcome::Proxied:
            return tr("proxied");
        case ResolvedServer::Outcome::Unknown:
            return tr("unknown");
        case ResolvedServer::Outcome::Dropped:
            return tr("dropped: %1").arg(reasonLabel(s.reason));
        }
        return {};
    case TokenColumn: {
        const QString status = tokenLabel(s.tokenStatus);
        return s.tokenError.isEmpty() || s.tokenStatus == ResolvedServer::TokenStatus::Unknown
                   ? status
                   : status + QStringLiteral(": ") + s.tokenError;
    }
    case RegexColumn:
        if (!s.regexError.isEmpty())
            return s.regexError;
        if (s.allowRegex.isEmpty() && s.denyRegex.isEmpty())
            return tr("no filter");
        return tr("ok");
    case ProbeColumn: {
        const auto view = s.coderViews.constFind(int(m_resolution.displayEra()));
        if (view != s.coderViews.constEnd() && view->outcome != CoderPrediction::Outcome::Ok)
            return tr("%1 — Coder (era %2) gets no tools: 0, cached for 15 minutes")
                .arg(probe.describe(), CoderEra::name(view->era));
        if (probe.stage == ProbeState::Stage::Failed)
            return tr("%1 — if AI Bridge fails too: 0 tools, cached for 15 minutes")
                .arg(probe.describe());
        return probe.describe();
    }
    case ToolsColumn:
        return s.toolsKnown ? tr("%1 / %2").arg(s.injectedToolCount).arg(s.tools.size())
                            : QStringLiteral("–");
    case UrlColumn:
        return s.url;
    }
    return {};
}

ServerTableModel::Status ServerTableModel::status(const ResolvedServer &s, const ProbeState &probe,
                                                  int column) const
{
    switch (column) {
    case OutcomeColumn:
        return s.outcome == ResolvedServer::Outcome::Proxied   ? StatusOk
               : s.outcome == ResolvedServer::Outcome::Unknown ? StatusUnknown
                                                               : StatusError;
    case TokenColumn:
        switch (s.tokenStatus) {
        case ResolvedServer::TokenStatus::Ok:
        case ResolvedServer::TokenStatus::NotNeeded:
            return StatusOk;
        case ResolvedServer::TokenStatus::Unknown:
            return StatusUnknown;
        default:
            return StatusError;
        }
    case RegexColumn:
        return s.regexError.isEmpty() ? StatusOk : StatusError;
    case ProbeColumn:
        if (const auto view = s.coderViews.constFind(int(m_resolution.displayEra()));
            view != s.coderViews.constEnd() && view->outcome != CoderPrediction::Outcome::Ok &&
            probe.stage == ProbeState::Stage::Done)
            return StatusError;
        switch (probe.stage) {
        case ProbeState::Stage::Done:
            return StatusOk;
        case ProbeState::Stage::Failed:
            return StatusError;
        case ProbeState::Stage::NotProbed:
            return StatusUnknown;
        default:
            return StatusBusy;
        }
    case ToolsColumn:
        return !s.toolsKnown                          ? StatusUnknown
               : s.injectedToolCount < s.tools.size() ? StatusWarning
                                                      : StatusOk;
    default:
        return StatusOk;
    }
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResolvedServer &s = m_resolution.servers.at(index.row());
    const ProbeState &probe = m_probes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(s, probe, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn || index.column() == ServerColumn)
            return s.detail;
        if (index.column() == ProbeColumn) {
            const auto view = s.coderViews.constFind(int(m_resolution.displayEra()));
            if (view != s.coderViews.constEnd() && view->outcome != CoderPrediction::Outcome::Ok)
                return view->summary();
        }
        return text(s, probe, index.column());
    case StatusRole:
        switch (index.column()) {
        case OutcomeColumn:
        case TokenColumn:
        case RegexColumn:
        case ProbeColumn:
        case ToolsColumn:
            return int(status(s, probe, index.column()));
        default:
            return {};
        }
    case ServerIndexRole:
        return index.row();
    case ProbeStageRole:
        return int(probe.stage);
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ProbeColumn)
        return tr("Probed from this workstation: what a server answers here may differ from "
                  "what it answers coderd.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case KindColumn:
        return tr("Kind");
    case OutcomeColumn:
        return tr("Outcome");
    case TokenColumn:
        return tr("Token");
    case RegexColumn:
        return tr("Regex");
    case ProbeColumn:
        return tr("Probe (here)");
    case ToolsColumn:
        return tr("Tools injected / total");
    case UrlColumn:
        return tr("URL");
    }
    return {};
}

QString ServerTableModel::tokenLabel(ResolvedServer::TokenStatus status)
{
    // The window's words; JSON and the CLI keep tokenStatusName's stable names.
    switch (status) {
    case ResolvedServer::TokenStatus::Ok:
        return tr("ok");
    case ResolvedServer::TokenStatus::Error:
        return tr("error");
    case ResolvedServer::TokenStatus::Missing:
        return tr("not linked");
    case ResolvedServer::TokenStatus::NotNeeded:
        return tr("not needed");
    case ResolvedServer::TokenStatus::Unknown:
        return tr("unknown");
    }
    return {};
}

QString ServerTableModel::reasonLabel(ResolvedServer::Reason reason)
{
    switch (reason) {
    case ResolvedServer::Reason::None:
        return {};
    case ResolvedServer::Reason::NoSessionKey:
        return tr("no session key");
    case ResolvedServer::Reason::TokenError:
        return tr("token error");
    case ResolvedServer::Reason::NoToken:
        return tr("no token");
    case ResolvedServer::Reason::RegexCompile:
        return tr("regex does not compile");
    case ResolvedServer::Reason::EmptyConfig:
        return tr("empty config");
    case ResolvedServer::Reason::Replaced:
        return tr("replaced");
    }
    return {};
}
