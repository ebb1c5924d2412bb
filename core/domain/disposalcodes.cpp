// Code lists of DESIGN.md §5. The names are translated through the catalogue: a certificate printed in another
// language than the UI's installs that language's catalogue while it is put together, and the command line accepts
// the names of either language (CodeList::fromText).
#include "disposalcodes.h"

#include "codelist.h"

namespace {

constexpr CodeName kMethods[] = {
    {"clear", QT_TRANSLATE_NOOP("DisposalCodes", "Clear")},
    {"purge", QT_TRANSLATE_NOOP("DisposalCodes", "Purge")},
    {"destroy", QT_TRANSLATE_NOOP("DisposalCodes", "Destroy")},
};

constexpr CodeName kTechniques[] = {
    {"overwrite", QT_TRANSLATE_NOOP("DisposalCodes", "Overwrite")},
    {"block_erase", QT_TRANSLATE_NOOP("DisposalCodes", "Block erase")},
    {"crypto_erase", QT_TRANSLATE_NOOP("DisposalCodes", "Cryptographic erase")},
    {"degauss", QT_TRANSLATE_NOOP("DisposalCodes", "Degauss")},
    {"shred", QT_TRANSLATE_NOOP("DisposalCodes", "Shred")},
    {"disintegrate", QT_TRANSLATE_NOOP("DisposalCodes", "Disintegrate")},
    {"melt", QT_TRANSLATE_NOOP("DisposalCodes", "Melt")},
    {"incinerate", QT_TRANSLATE_NOOP("DisposalCodes", "Incinerate")},
    // Techniques Japanese contractors offer (practice.md §5); their NIST class is in SanitisationTechniques.
    {"drill", QT_TRANSLATE_NOOP("DisposalCodes", "Drilling (punching holes)")},
    {"crush", QT_TRANSLATE_NOOP("DisposalCodes", "Crushing")},
    {"magnetic_destruction", QT_TRANSLATE_NOOP("DisposalCodes", "Magnetic destruction")},
    {"factory_reset", QT_TRANSLATE_NOOP("DisposalCodes", "Factory reset")},
    // Techniques of data deletion inside a live system or a cloud service.
    {"logical_delete", QT_TRANSLATE_NOOP("DisposalCodes", "Logical deletion")},
    {"key_destruction", QT_TRANSLATE_NOOP("DisposalCodes", "Logical deletion with key destruction")},
    {"provider_deletion", QT_TRANSLATE_NOOP("DisposalCodes", "Deletion by the service provider")},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other")},
};

constexpr CodeName kKinds[] = {
    {"media", QT_TRANSLATE_NOOP("DisposalCodes", "Media sanitisation")},
    {"data", QT_TRANSLATE_NOOP("DisposalCodes", "Data deletion in a system or service")},
};

constexpr CodeName kMediaTypes[] = {
    {"hdd", QT_TRANSLATE_NOOP("DisposalCodes", "Hard disk drive (HDD)")},
    {"ssd", QT_TRANSLATE_NOOP("DisposalCodes", "Solid-state drive (SSD)")},
    {"usb_flash", QT_TRANSLATE_NOOP("DisposalCodes", "USB flash drive")},
    {"sd_card", QT_TRANSLATE_NOOP("DisposalCodes", "SD card")},
    {"optical_disc", QT_TRANSLATE_NOOP("DisposalCodes", "Optical disc (CD, DVD, BD)")},
    {"magnetic_tape", QT_TRANSLATE_NOOP("DisposalCodes", "Magnetic tape")},
    {"mobile_device", QT_TRANSLATE_NOOP("DisposalCodes", "Smartphone or tablet")},
    {"paper", QT_TRANSLATE_NOOP("DisposalCodes", "Paper")},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other")},
};

constexpr CodeName kVerifications[] = {
    {"full", QT_TRANSLATE_NOOP("DisposalCodes", "Full verification")},
    {"sampling", QT_TRANSLATE_NOOP("DisposalCodes", "Quick sampling")},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other")},
};

constexpr CodeName kResults[] = {
    {"passed", QT_TRANSLATE_NOOP("DisposalCodes", "Passed")},
    {"failed", QT_TRANSLATE_NOOP("DisposalCodes", "Failed")},
};

constexpr CodeName kDestinations[] = {
    {"internal_reuse", QT_TRANSLATE_NOOP("DisposalCodes", "Reuse inside the organisation")},
    {"external_reuse", QT_TRANSLATE_NOOP("DisposalCodes", "Reuse outside the organisation")},
    {"recycling", QT_TRANSLATE_NOOP("DisposalCodes", "Recycling")},
    {"manufacturer", QT_TRANSLATE_NOOP("DisposalCodes", "Returned to the manufacturer")},
    {"destroyed", QT_TRANSLATE_NOOP("DisposalCodes", "Destroyed")},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other")},
};

constexpr CodeName kBackups[] = {
    {"yes", QT_TRANSLATE_NOOP("DisposalCodes", "Yes")},
    {"no", QT_TRANSLATE_NOOP("DisposalCodes", "No")},
    {"unknown", QT_TRANSLATE_NOOP("DisposalCodes", "Unknown")},
};

CodeList tableOf(DisposalCodes::List list)
{
    switch (list) {
    case DisposalCodes::List::Method:
        return CodeList("DisposalCodes", kMethods);
    case DisposalCodes::List::Technique:
        return CodeList("DisposalCodes", kTechniques);
    case DisposalCodes::List::Verification:
        return CodeList("DisposalCodes", kVerifications);
    case DisposalCodes::List::Result:
        return CodeList("DisposalCodes", kResults);
    case DisposalCodes::List::Destination:
        return CodeList("DisposalCodes", kDestinations);
    case DisposalCodes::List::Kind:
        return CodeList("DisposalCodes", kKinds);
    case DisposalCodes::List::MediaType:
        return CodeList("DisposalCodes", kMediaTypes);
    case DisposalCodes::List::Backup:
        break;
    }
    return CodeList("DisposalCodes", kBackups);
}

} // namespace

namespace DisposalCodes {

QStringList codes(List list)
{
    return tableOf(list).codes();
}

bool isCode(List list, const QString &code)
{
    return tableOf(list).contains(code);
}

QString name(List list, const QString &code)
{
    return tableOf(list).name(code);
}

QString fromText(List list, const QString &text)
{
    return tableOf(list).fromText(text);
}

QString codeList(List list)
{
    QStringList result = codes(list);
    for (QString &code : result)
        code.replace(QLatin1Char('_'), QLatin1Char('-'));
    return result.join(QStringLiteral(", "));
}

} // namespace DisposalCodes
