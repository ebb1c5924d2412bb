// Verifying the audit chain from the window (DESIGN.md §6, §12): the check of asset-registry-cli verify with a progress
// dialog that can be cancelled, optionally against a checkpoint the user types in, and the result in a message.
#pragma once

#include "service/auditlog.h"

class QWidget;
class Registry;

namespace VerifyHistory {

// Runs the check in the GUI thread, keeping the window responsive through the progress dialog; shows the outcome.
ChainCheck run(QWidget *parent, Registry &registry, const std::optional<AuditCheckpoint> &checkpoint = std::nullopt);
// Asks for an optional checkpoint, then runs the check. Returns false when the user cancelled the question.
bool ask(QWidget *parent, Registry &registry);

} // namespace VerifyHistory
