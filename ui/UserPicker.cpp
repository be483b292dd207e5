// SPDX-License-Identifier: Apache-2.0
#include "UserPicker.h"

#include "models/UserListModel.h"
#include "session/InspectorSession.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int PageSize = 25;
}

UserPicker::UserPicker(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new UserListModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_more = new QPushButton(tr("Load more"), this);
    m_more->setObjectName(QStringLiteral("loadMoreUsers"));
    m_more->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("userStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { load(false); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex()); });
    connect(m_list, &QListView::activated, this, &UserPicker::choose);
    connect(m_list, &QListView::clicked, this, &UserPicker::choose);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
}

void UserPicker::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void UserPicker::search()
{
    m_debounce.stop();
    load(false);
}

void UserPicker::pickWhenFound(const QString &username)
{
    m_pending = username;
    m_search->setText(username);
    search();
}

void UserPicker::load(bool append)
{
    const int offset = append ? m_model->rowCount() : 0;
    m_status->setText(tr("Searching…"));
    m_session->searchUsers(
        m_search->text().trimmed(), offset, PageSize,
        [this, append](const CoderUserPage &page, const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("Search failed: %1").arg(error));
                return;
            }
            if (append)
                m_model->appendUsers(page.users, page.count);
            else
                m_model->setUsers(page.users, page.count);
            m_more->setVisible(m_model->canLoadMore());
            m_status->setText(tr("%1 of %2 users").arg(m_model->rowCount()).arg(page.count));
            if (!append && m_model->rowCount() > 0)
                m_list->setCurrentIndex(m_model->index(0));
            for (int row = 0; !m_pending.isEmpty() && row < m_model->rowCount(); ++row) {
                if (m_model->user(row).username == m_pending) {
                    m_pending.clear();
                    m_list->setCurrentIndex(m_model->index(row));
                    choose(m_model->index(row));
                }
            }
        });
}

void UserPicker::choose(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT userChosen(m_model->user(index.row()));
}

bool UserPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the search field walk the list, so the keyboard never has to leave it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row = qBound(0, m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1),
                                   m_model->rowCount() - 1);
            m_list->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
