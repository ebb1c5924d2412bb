// The default handling label of a document: the highest among its rows.
#include "documentlabel.h"

#include <algorithm>

DocumentLabel::DocumentLabel(int floor)
    : m_level(std::clamp(floor, 1, 3))
{
}

void DocumentLabel::include(int confidentialityOrdinal)
{
    // Ordinal 0 (FIPS 199 "N/A") carries the lowest label, like level 1 (ClassificationScheme::defaultHandlingLabel).
    m_level = std::max(m_level, std::clamp(confidentialityOrdinal, 1, 3));
}
