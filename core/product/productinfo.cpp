// Version, licence and third-party components of the program (see productinfo.h).
#include "productinfo.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ProductInfo", text);
}

} // namespace

namespace ProductInfo {

QString displayName()
{
    return translated(QT_TRANSLATE_NOOP("ProductInfo", "Information Asset Registry"));
}

QString version()
{
    return QStringLiteral(ASSET_REGISTRY_VERSION);
}

QString licence()
{
    return QStringLiteral("Apache-2.0");
}

QString licenceName()
{
    return translated(QT_TRANSLATE_NOOP("ProductInfo", "Apache License, Version 2.0"));
}

QString copyright()
{
    return QStringLiteral("Copyright 2026 The Asset Registry authors");
}

QList<ThirdPartyComponent> thirdPartyComponents()
{
    return {
        {QStringLiteral("Qt"), QStringLiteral("LGPL-3.0"), QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.qt.io/"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Windows, printing, SQL access and translations"))},
        {QStringLiteral("SQLite"), QStringLiteral("public-domain"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Public domain")), QStringLiteral("https://www.sqlite.org/"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Registry files, through Qt's SQLite driver"))},
        {QStringLiteral("libpq"), QStringLiteral("PostgreSQL"), QStringLiteral("PostgreSQL"),
         QStringLiteral("https://www.postgresql.org/"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Shared registries on a PostgreSQL server"))},
        {QStringLiteral("libxlsxwriter"), QStringLiteral("BSD-2-Clause"), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Writing Excel (XLSX) files"))},
        {QStringLiteral("libzip"), QStringLiteral("BSD-3-Clause"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://libzip.org/"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Reading Excel (XLSX) files"))},
        {QStringLiteral("Noto Sans CJK"), QStringLiteral("OFL-1.1"), QStringLiteral("OFL-1.1"),
         QStringLiteral("https://github.com/notofonts/noto-cjk"),
         translated(QT_TRANSLATE_NOOP("ProductInfo", "Japanese text on screen and in printed documents"))},
    };
}

QString versionText(const QString &program)
{
    return program + QLatin1Char(' ') + version() + QLatin1Char('\n') + copyright() + QLatin1Char('\n') +
           translated(QT_TRANSLATE_NOOP("ProductInfo", "Licence: %1 (%2).")).arg(licenceName(), licence()) +
           QLatin1Char('\n');
}

} // namespace ProductInfo
