// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: parsing what a Coder deployment answers (deployment config,
// experiments, external-auth links, users, error bodies) and the configurator's JSON.
#include "coder/CoderApiCall.h"
#include "coder/CoderRestSource.h"
#include "source/ProtoJson.h"

#include <cstdint>
#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject object = document.object();
    QString note;
    CoderRestSource::configsFromDeployment(
        object, object.value(QLatin1String("experiments")).toArray(), &note);
    CoderRestSource::tokensFromLinks(object, {QStringLiteral("github"), QStringLiteral("jira")});
    CoderApiCall::coderErrorText(document);
    for (const QJsonValue &u : object.value(QLatin1String("users")).toArray())
        CoderUser::fromJson(u.toObject()).toJson();
    JsonReader reader;
    ProtoJson::readConfigsResponse(reader, object, {});
    ProtoJson::readTokensResponse(reader, object, {});
    return 0;
}
