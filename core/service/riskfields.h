// The audited fields of a risk entry, as its audit events and the value lists of entries created in a batch hold
// them (internal to core). On their own so that what writes an entry's events (RiskSupport) and what writes a batch's
// value lists (RiskBatch) share them without including each other.
#pragma once

#include "domain/risk.h"

#include <QList>
#include <QPair>
#include <QString>

namespace RiskFields {

// Every audited field of an entry as (key, text), in a fixed order; "" for none.
QList<QPair<QString, QString>> audited(const Risk &risk);

} // namespace RiskFields
