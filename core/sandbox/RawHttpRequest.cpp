// SPDX-License-Identifier: Apache-2.0
#include "RawHttpRequest.h"

QString RawHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QString::fromUtf8(q < 0 ? target : target.left(q));
}
