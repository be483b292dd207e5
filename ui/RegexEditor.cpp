// SPDX-License-Identifier: Apache-2.0
#include "RegexEditor.h"

#include "resolve/ResolvedServer.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RegexEditor::RegexEditor(QWidget *parent) : QWidget(parent)
{
    m_server = new QLabel(tr("Select a server to edit its tool regexes."), this);
    m_server->setObjectName(QStringLiteral("regexServer"));
    m_allow = new QLineEdit(this);
    m_allow->setObjectName(QStringLiteral("allowEdit"));
    m_allow->setPlaceholderText(tr("no allow regex: every tool is allowed"));
    m_deny = new QLineEdit(this);
    m_deny->setObjectName(QStringLiteral("denyEdit"));
    m_deny->setPlaceholderText(tr("no deny regex"));
    m_allowError = new QLabel(this);
    m_allowError->setObjectName(QStringLiteral("allowError"));
    m_denyError = new QLabel(this);
    m_denyError->setObjectName(QStringLiteral("denyError"));
    for (QLabel *error : {m_allowError, m_denyError}) {
        error->setStyleSheet(QStringLiteral("color: #c62828"));
        error->setWordWrap(true);
        // Room for two wrapped lines: the grid gives a label only its one-line hint.
        error->setMinimumHeight(2 * error->fontMetrics().lineSpacing() + 4);
        error->hide();
    }
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countLabel"));
    m_reset = new QPushButton(tr("Reset to deployment value"), this);
    m_reset->setObjectName(QStringLiteral("resetRegex"));
    m_copyEnv = new QPushButton(tr("Copy as env lines"), this);
    m_copyEnv->setObjectName(QStringLiteral("copyEnv"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_server, 0, 0, 1, 4);
    grid->addWidget(new QLabel(tr("Allow:"), this), 1, 0);
    grid->addWidget(m_allow, 1, 1, 1, 3);
    grid->addWidget(m_allowError, 2, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Deny:"), this), 3, 0);
    grid->addWidget(m_deny, 3, 1, 1, 3);
    grid->addWidget(m_denyError, 4, 1, 1, 3);
    grid->addWidget(m_counts, 5, 0, 1, 2);
    grid->addWidget(m_reset, 5, 2);
    grid->addWidget(m_copyEnv, 5, 3);
    grid->setColumnStretch(1, 1);

    const auto emitEdit = [this] {
        Q_EMIT edited(m_allow->text(), m_deny->text());
    };
    connect(m_allow, &QLineEdit::textEdited, this, emitEdit);
    connect(m_deny, &QLineEdit::textEdited, this, emitEdit);
    connect(m_reset, &QPushButton::clicked, this, &RegexEditor::resetRequested);
    connect(m_copyEnv, &QPushButton::clicked, this, &RegexEditor::copyEnvRequested);
    showServer(nullptr, nullptr, false);
}

void RegexEditor::showServer(const ResolvedServer *deployed, const ResolvedServer *effective,
                             bool edited)
{
    // coderd has no regex setting for its own MCP server (aibridgedserver.go
    // getCoderMCPServerConfig): nothing to edit there.
    const bool coder = effective && effective->kind == ResolvedServer::Kind::Coder;
    const bool enabled = deployed && effective && !coder;
    for (QWidget *w : std::initializer_list<QWidget *>{m_allow, m_deny, m_copyEnv})
        w->setEnabled(enabled);
    m_reset->setEnabled(enabled && edited);
    if (coder)
        m_server->setText(tr("The Coder MCP server has no tool regexes: coderd offers no such "
                             "setting for it, so every tool it lists is injected."));
    if (!enabled) {
        m_allow->clear();
        m_deny->clear();
        m_allowError->hide();
        m_denyError->hide();
        return;
    }
    m_server->setText(edited ? tr("Tool regexes of %1 (edited, not deployed)").arg(effective->id)
                             : tr("Tool regexes of %1 (as deployed)").arg(effective->id));
    // Only rewrite the text when it differs, so the cursor stays where the user types.
    if (m_allow->text() != effective->allowRegex)
        m_allow->setText(effective->allowRegex);
    if (m_deny->text() != effective->denyRegex)
        m_deny->setText(effective->denyRegex);
    const GoRegex &allow = effective->filter.allow();
    const GoRegex &deny = effective->filter.deny();
    // coderd compiles every external-auth MCP regex at start-up and refuses to start on a
    // bad one (coderd/externalauth ConvertConfig); only other configurators reach the
    // factory's "compile tool regex" drop.
    const bool external = effective->kind == ResolvedServer::Kind::External;
    const auto message = [&](const GoRegex &regex, const char *which) {
        return external ? tr("RE2 rejects this: %1 — coderd will not start with this value "
                             "(\"compile MCP tool %2 regex for external auth provider %3\")")
                              .arg(regex.error(), QLatin1String(which), effective->id)
                        : tr("RE2 rejects this: %1 — Coder drops the server (compile tool regex)")
                              .arg(regex.error());
    };
    m_allowError->setVisible(!allow.isValid());
    m_allowError->setText(message(allow, "allow"));
    m_denyError->setVisible(!deny.isValid());
    m_denyError->setText(message(deny, "deny"));
}

void RegexEditor::setCounts(int deployedInjected, int editedInjected, bool edited)
{
    m_counts->setText(
        edited
            ? tr("Injected tools: %1 → %2 with your edit").arg(deployedInjected).arg(editedInjected)
            : tr("Injected tools: %1").arg(deployedInjected));
}
