// One line of an asset's Controls tab: a control the asset requires by the baseline or has assigned, with its
// assignment and, when it is a gap, the kind of gap.
#pragma once

#include "control.h"
#include "controlassignment.h"

#include <optional>

struct AssetControl
{
    Control control;
    std::optional<ControlAssignment> assignment;
    bool required = false;
    QString gapKind; // empty when the control is not a gap for this asset
};
