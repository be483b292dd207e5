// SPDX-License-Identifier: Apache-2.0
#include "LogPanel.h"

#include "LogFilterProxy.h"
#include "models/LogExplanationModel.h"
#include "observe/LogExplainer.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

LogPanel::LogPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new LogExplanationModel(this);
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("logInput"));
    m_input->setPlaceholderText(tr("Paste coderd log records here (slog text or JSON), or open "
                                   "a file."));
    auto *open = new QPushButton(tr("Open a log file…"), this);
    open->setObjectName(QStringLiteral("openLog"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter: step, server, text…"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LogExplanationModel::ExplanationColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(LogExplanationModel::LineColumn, 50);
    m_table->setColumnWidth(LogExplanationModel::StepColumn, 105);
    m_table->setColumnWidth(LogExplanationModel::ServerColumn, 80);
    m_table->setColumnWidth(LogExplanationModel::ActionColumn, 170);
    m_table->setColumnWidth(LogExplanationModel::SourceColumn, 150);

    auto *bar = new QHBoxLayout;
    bar->addWidget(open);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    m_summary->setMinimumWidth(m_summary->fontMetrics().horizontalAdvance(
        tr("%1 of %2 records explained").arg(9999).arg(9999)));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_input);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bar);
    lowerLayout->addWidget(m_table, 1);
    split->addWidget(lower);
    split->setStretchFactor(1, 3);
    split->setSizes({90, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_input, &QPlainTextEdit::textChanged, this, &LogPanel::explainPasted);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open coderd's log"));
        QString error;
        if (!path.isEmpty() && !openFile(path, &error))
            m_summary->setText(error);
    });
}

void LogPanel::explainPasted()
{
    showRows(LogExplainer::explain(m_input->toPlainText()), {});
}

bool LogPanel::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open (%2)").arg(path, file.errorString());
        return false;
    }
    const LogReport report = LogExplainer::explainDevice(&file);
    if (!report.error.isEmpty()) {
        *error = tr("%1: %2").arg(path, report.error);
        return false;
    }
    showRows(report.rows,
             report.records > report.rows.size()
                 ? tr("the first %1 of %2 records").arg(report.rows.size()).arg(report.records)
                 : QString());
    return true;
}

void LogPanel::showRows(const QList<LogExplanation> &rows, const QString &note)
{
    m_model->setRows(rows);
    int known = 0;
    for (const LogExplanation &e : rows)
        known += e.known;
    m_summary->setText(tr("%1 of %2 records explained").arg(known).arg(rows.size()) +
                       (note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(note)));
    m_table->resizeRowsToContents();
}
