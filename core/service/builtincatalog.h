// The catalogue of controls written for this application and its default baseline, shipped as resources
// (resources/catalog/). Both are read here; ControlService loads them into a registry.
#pragma once

#include "domain/baselinerule.h"
#include "domain/control.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct BuiltInCatalog
{
    // A baseline rule as shipped: the control is named by its code in the built-in catalogue.
    struct Rule
    {
        QString controlCode;
        BaselineRule rule; // controlId is not set
        // The catalogue version that added the rule to the default baseline ("1.0" when the file does not say). A
        // registry whose baseline is still an earlier version's default receives the later rules (CatalogService).
        QString since;
    };

    QString version;
    QList<Control> controls;
    QList<Rule> baseline;

    static QByteArray resourceData();
    static QByteArray baselineResourceData();
    // Parses a catalogue and a baseline in the format of the resources. Used with the resources, and by tests with
    // catalogues of later releases.
    static std::optional<BuiltInCatalog> parse(const QByteArray &catalogJson, const QByteArray &baselineJson,
                                               QString *error);
    static std::optional<BuiltInCatalog> load(QString *error);
};
