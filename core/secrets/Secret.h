// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDebug>
#include <QString>

// A token that must never reach a log, an export or a window title. Reading the
// value takes an explicit reveal(); every printable form is masked.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString value) : m_value(std::move(value)) {}
    Secret(const Secret &) = default;
    Secret(Secret &&) = default;
    Secret &operator=(const Secret &) = default;
    Secret &operator=(Secret &&) = default;
    ~Secret() { wipe(); }

    // Overwrites the characters when this is the last copy (QString shares its buffer
    // between copies: zeroing a shared one would detach and miss the original), then
    // forgets the value.
    void wipe();

    bool isEmpty() const { return m_value.isEmpty(); }
    const QString &reveal() const { return m_value; }
    QString masked() const { return masked(m_value); }
    // `text` with every occurrence of this secret masked: for server-supplied text that
    // may echo the token it was sent.
    QString maskIn(QString text) const;
    static QString masked(const QString &value);

    bool operator==(const Secret &other) const { return m_value == other.m_value; }
    bool operator!=(const Secret &other) const { return !(*this == other); }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);
