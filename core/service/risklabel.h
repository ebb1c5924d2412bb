// The default handling label of a document of risk entries (the register exported or printed): the highest label
// among the assets the entries are about (DocumentLabel). Organisation-wide entries name no asset and do not raise
// it. Each asset is read once, however many entries it has.
#pragma once

#include "domain/documentlabel.h"
#include "domain/risk.h"

#include <QHash>

class Registry;

class RiskLabel final
{
public:
    explicit RiskLabel(const Registry &registry);

    void include(const Risk &risk);
    int level() const { return m_label.level(); }

private:
    const Registry &m_registry;
    DocumentLabel m_label;
    QHash<qint64, int> m_confidentiality; // asset id → confidentiality ordinal, for the assets read so far
};
