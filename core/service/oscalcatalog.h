// Reading an OSCAL JSON catalogue (NIST's Open Security Controls Assessment Language): groups, controls and their
// enhancements, with withdrawn controls left out and parameters written out as people read them in the printed
// SP 800-53 ("[Assignment: organization-defined frequency]", "[Selection (one or more): …]"). Parsing only; the
// import into a registry is ControlService::importOscal.
#pragma once

#include "domain/control.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct OscalCatalog
{
    QString uuid;
    QString title;
    QString version;
    QString oscalVersion;
    QList<Control> controls; // in file order; catalogue ids are not set
    int withdrawn = 0;       // controls left out because they are withdrawn
    int groups = 0;

    // Parses a whole file. On failure returns nullopt and *error says what is wrong, naming the file (sourceName)
    // and the place in it.
    static std::optional<OscalCatalog> parse(const QByteArray &json, const QString &sourceName, QString *error);
};
