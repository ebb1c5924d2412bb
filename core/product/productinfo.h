// What the program is and under which terms it is given out: its version and licence, and the third-party components
// it is built on with theirs. One list for the About dialog, --version of both executables and the tests that keep
// the Debian copyright file (packaging/copyright) in step with it.
#pragma once

#include <QList>
#include <QString>

struct ThirdPartyComponent
{
    QString name;
    QString licence;      // short name as in the Debian copyright file, e.g. "BSD-3-Clause", "public-domain"
    QString licenceShown; // as shown to people: the same, or translated where it is not an identifier
    QString url;
    QString use; // translated: what the program uses it for
};

namespace ProductInfo {

// "Information Asset Registry", translated.
QString displayName();
QString version();
// SPDX identifier of the project's licence.
QString licence();
QString licenceName(); // translated: "Apache License, Version 2.0"
QString copyright();
// The components the installed program runs on, in the order shown.
QList<ThirdPartyComponent> thirdPartyComponents();
// What --version prints: "<program> <version>", the copyright and the licence, one per line.
QString versionText(const QString &program);

} // namespace ProductInfo
