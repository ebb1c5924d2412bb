// Fuzz target: an OSCAL JSON catalogue as the control import reads it.
#include "fuzzsupport.h"
#include "service/oscalcatalog.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    OscalCatalog::parse(json, QStringLiteral("input.json"), &error);
    return 0;
}
