// The handling label of a risk document, from the assets of its entries.
#include "risklabel.h"
#include "assetservice.h"
#include "registry.h"

RiskLabel::RiskLabel(const Registry &registry)
    : m_registry(registry)
{
}

void RiskLabel::include(const Risk &risk)
{
    if (risk.assetId <= 0)
        return;
    auto known = m_confidentiality.constFind(risk.assetId);
    if (known == m_confidentiality.constEnd()) {
        const Result<Asset> asset = m_registry.assets().byId(risk.assetId);
        // An entry whose asset cannot be read counts as the most confidential: a banner must never understate.
        known = m_confidentiality.insert(risk.assetId, asset.ok() ? asset.value->confidentiality : 3);
    }
    m_label.include(known.value());
}
