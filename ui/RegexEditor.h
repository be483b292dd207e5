// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
struct ResolvedServer;

// The allow and deny regexes of the selected server, editable: each keystroke is
// handed on at once (RE2 compiles in microseconds); RE2's message shows inline.
class RegexEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RegexEditor(QWidget *parent = nullptr);

    // Shows the server as edited (effective) beside its deployed values; no signal.
    void showServer(const ResolvedServer *deployed, const ResolvedServer *effective, bool edited);
    void setCounts(int deployedInjected, int editedInjected, bool edited);

Q_SIGNALS:
    void edited(const QString &allow, const QString &deny);
    void resetRequested();
    void copyEnvRequested();

private:
    QLineEdit *m_allow;
    QLineEdit *m_deny;
    QLabel *m_allowError;
    QLabel *m_denyError;
    QLabel *m_server;
    QLabel *m_counts;
    QPushButton *m_reset;
    QPushButton *m_copyEnv;
};
