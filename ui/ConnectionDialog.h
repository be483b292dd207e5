// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QLabel;

// Where to connect: a deployment URL and session token (masked), optionally an
// AI Gateway key; or the sandbox; or a snapshot file. Non-blocking: show it
// with open() and read choice() in finished(), so tests never sit in exec().
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Deployment, Sandbox, Snapshot };

    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    void setKeychainAvailable(bool available, const QString &why);
    Choice choice() const { return m_choice; }
    QString url() const;
    QString token() const;
    QString gatewayKey() const;
    bool rememberToken() const;

private:
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_gatewayKey;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    Choice m_choice = Choice::None;
};
