// SPDX-License-Identifier: Apache-2.0
#include "ConnectionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("deploymentUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://coder.example.com"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("sessionToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Session token of an Owner (coder tokens create)"));
    m_gatewayKey = new QLineEdit(this);
    m_gatewayKey->setObjectName(QStringLiteral("gatewayKey"));
    m_gatewayKey->setEchoMode(QLineEdit::Password);
    m_gatewayKey->setPlaceholderText(
        tr("Optional: AI Gateway key, for exact per-user token status"));
    m_gatewayKey->setToolTip(
        tr("An AI Gateway key (coder ai-gateway keys create, Owner only) lets this tool ask "
           "coderd exactly what AI Bridge asks, for any user. It can read every user's "
           "external-auth tokens: keep it like a password."));
    m_remember = new QCheckBox(tr("Remember the token and key in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setChecked(true);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Deployment URL:"), m_url);
    form->addRow(tr("Session token:"), m_token);
    form->addRow(tr("AI Gateway key:"), m_gatewayKey);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto *buttons = new QDialogButtonBox(this);
    auto *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    auto *sandbox = buttons->addButton(tr("Open sandbox"), QDialogButtonBox::ActionRole);
    sandbox->setObjectName(QStringLiteral("sandboxButton"));
    auto *snapshot = buttons->addButton(tr("Open snapshot…"), QDialogButtonBox::ActionRole);
    snapshot->setObjectName(QStringLiteral("snapshotButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Deployment;
        accept();
    });
    connect(sandbox, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    connect(snapshot, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Snapshot;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ConnectionDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ConnectionDialog::setKeychainAvailable(bool available, const QString &why)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_keychainNote->setVisible(!available);
    m_keychainNote->setText(
        tr("No keychain is available (%1): the token is kept for this session only.").arg(why));
}

QString ConnectionDialog::url() const
{
    return m_url->text().trimmed();
}

QString ConnectionDialog::token() const
{
    return m_token->text().trimmed();
}

QString ConnectionDialog::gatewayKey() const
{
    return m_gatewayKey->text().trimmed();
}

bool ConnectionDialog::rememberToken() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
