// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class LogExplanationModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class LogFilterProxy;
class QTableView;

// The "Explain a log" tab: paste coderd's log or open a file; each record becomes a row
// (line, step, server, explanation, what to do, upstream file), unknown ones greyed, and a
// filter narrows the rows.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);
    LogExplanationModel *model() const { return m_model; }
    // Reads a file as the CLI does: streamed, bounded (LogRecordReader).
    bool openFile(const QString &path, QString *error);

private:
    void explainPasted();
    void showRows(const QList<struct LogExplanation> &rows, const QString &note);

    QPlainTextEdit *m_input = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    LogExplanationModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
};
