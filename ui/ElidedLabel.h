// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

// One line that never pushes its neighbours away: the text is elided to the width it
// gets, and the whole of it is the tooltip (the status bar at 1280x800 once showed two
// messages over each other).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    const QString &fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
};
