// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QString>

// The answer to one Coder API call: JSON, or a typed error with a readable message
// built from Coder's error body ({message, detail, validations}).
struct CoderApiResult
{
    enum class Error {
        None,
        Network,
        Tls,
        Timeout,
        Unauthorized,
        Forbidden,
        NotFound,
        Http,
        InvalidJson,
        TooLarge,
        Redirect
    };

    Error error = Error::None;
    int httpStatus = 0;
    QString message;
    QJsonDocument json;

    bool ok() const { return error == Error::None; }
};
