// What is fixed when a registry is created: its classification scheme, the prefix of its asset numbers and, to start
// with, the organisation's name.
#pragma once

#include <QString>

struct RegistryCreateOptions
{
    QString scheme = QStringLiteral("ipa");
    QString assetNoPrefix = QStringLiteral("IA-");
    QString organisation;
};
