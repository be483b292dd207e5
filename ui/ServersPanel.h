// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>
#include <QWidget>

class InspectorSession;
class QLabel;
class QTableView;
class ServerTableModel;

// The chosen user's servers as the factory resolves them: a headline, the warnings
// that matter first (gateway refused, over the tool budget, era unknown), and the
// server table over ServerTableModel. Selection is announced, never acted on here.
class ServersPanel : public QWidget
{
    Q_OBJECT
public:
    ServersPanel(InspectorSession *session, QWidget *parent = nullptr);
    ServerTableModel *model() const { return m_model; }
    int selectedServer() const;
    void selectServer(int row);
    // Reloads the table from the session (keeping the selection) and the texts.
    void refresh();
    void refreshTexts();

Q_SIGNALS:
    void currentServerChanged(int row);
    void trustRequested(const QUrl &url);

private:
    void fitColumns();
    void showContextMenu(const QPoint &at);

    InspectorSession *m_session;
    ServerTableModel *m_model;
    QLabel *m_header;
    QLabel *m_eraLabel;
    QLabel *m_banner;
    QLabel *m_cacheNote;
    QTableView *m_view;
};
