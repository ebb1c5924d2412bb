// One finding of a domain rule about an asset: the rule's code (PI-1 … of design/practice.md, RET-… for retention),
// the field to fix and a translated message that names the field and the fix.
#pragma once

#include "assetfield.h"

#include <QList>
#include <QString>

struct AssetRuleFinding
{
    QString rule;
    AssetField::Id field = AssetField::Name;
    QString message;
};
