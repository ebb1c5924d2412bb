// Fuzz target: a file opened as a registry (the checks before opening, migrations, the first reads of the window
// and of an export); whatever is refused must be refused with a message, and nothing may crash or leak.
#include "fuzzsupport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"

#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(data, size, QStringLiteral("input.sqlite"));
    if (path.isEmpty())
        return 0;
    {
        QString error;
        std::unique_ptr<Registry> registry = Registry::open(path, &error);
        if (registry) {
            registry->assets().count({}, &error);
            registry->assets().page({}, {}, 0, 50, &error);
            registry->audit().count();
        } else if (error.isEmpty()) {
            __builtin_trap(); // a refusal always says why
        }
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return 0;
}
