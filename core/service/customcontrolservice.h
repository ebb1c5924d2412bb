// The registry's own (custom) controls (DESIGN.md §4): code, a title in at least one language, area 1–10, reference
// IDs checked against ISO/IEC 27001:2022 Annex A and NIST SP 800-53. A retired control is no longer offered nor
// required; its assignments stay.
#pragma once

#include "domain/control.h"
#include "result.h"

#include <QList>

class RegistryContext;

class CustomControlService final
{
public:
    explicit CustomControlService(RegistryContext &context);

    QList<Problem> validate(const Control &control, bool isNew) const;
    Result<Control> addOwnControl(const Control &draft);
    Result<Control> updateOwnControl(const Control &edited);
    // Retiring takes a control out of use; reinstating undoes it.
    Result<Control> setRetired(qint64 controlId, bool retired);

private:
    RegistryContext &m_context;
};
