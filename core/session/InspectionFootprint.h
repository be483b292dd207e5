// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// What an inspection leaves on the deployment, so an admin does not take it for users'
// failures (checked against coderd v2.35.1's call sites).
class InspectionFootprint
{
public:
    static QString text(); // plain text, a paragraph per item
};
