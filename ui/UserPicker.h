// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderUser.h"

#include <QTimer>
#include <QWidget>

class InspectorSession;
class QLineEdit;
class QListView;
class QPushButton;
class QLabel;
class UserListModel;

// Type-ahead user search (debounced; a new search supersedes the running one),
// paging with "load more", arrow keys from the search field, Enter or a click picks.
class UserPicker : public QWidget
{
    Q_OBJECT
public:
    explicit UserPicker(InspectorSession *session, QWidget *parent = nullptr);

    void focusSearch();
    void search(); // now, without waiting for the debounce
    // Searches for this username and picks it when the answer has it.
    void pickWhenFound(const QString &username);
    UserListModel *model() const { return m_model; }

Q_SIGNALS:
    void userChosen(const CoderUser &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(bool append);
    void choose(const QModelIndex &index);

    InspectorSession *m_session;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_more;
    QLabel *m_status;
    UserListModel *m_model;
    QTimer m_debounce;
    QString m_pending;
};
