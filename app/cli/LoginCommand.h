// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `login --url URL`: checks the session token (from CODER_SESSION_TOKEN or the first
// line of stdin, never an argument) and saves it in the keychain.
// `logout --url URL`: removes it.
class LoginCommand
{
public:
    int run(const QStringList &arguments, bool logout);
};
