// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class InspectorSession;
class QCheckBox;
class QLineEdit;
class QTableView;
class RegexEditor;
class ToolFilterProxy;
class ToolTableModel;

// Tools and regexes: the selected server's allow and deny regexes, editable live, over
// the table of every tool with its verdict (ToolTableModel), filterable by name.
class ToolsPanel : public QWidget
{
    Q_OBJECT
public:
    ToolsPanel(InspectorSession *session, QWidget *parent = nullptr);
    ToolTableModel *model() const { return m_model; }
    // The server whose regexes the editor shows and whose tools the table lists.
    void setServer(int index);
    // Reloads the tools from the session; resizeColumns on a new resolution only, as
    // measuring 10 000 rows per keystroke would miss a frame.
    void refresh(bool resizeColumns);
    void refreshEditor();

Q_SIGNALS:
    void message(const QString &text);

private:
    InspectorSession *m_session;
    ToolTableModel *m_model;
    ToolFilterProxy *m_proxy;
    RegexEditor *m_editor;
    QLineEdit *m_filter;
    QCheckBox *m_allServers;
    QTableView *m_view;
    int m_server = -1;
};
