// The technique × media-type table of NIST SP 800-88 Rev. 1, Appendix A, as this registry applies it.
//
// Classes of the techniques Japanese contractors offer: 破砕 (crushing into fragments) is Destroy like NIST's
// "pulverize"; 磁気破壊 is degaussing with a strong field, which NIST classes as Purge, not Destroy; 穿孔 (drilling
// holes) leaves the platters or chips between the holes readable in a laboratory, so it counts only as Clear and is
// flagged. Media type "other" keeps the general rule of DESIGN.md §5 (records made before media types existed).
#include "sanitisationtechniques.h"

#include "disposalcodes.h"

#include <QCoreApplication>

namespace {

struct Entry
{
    const char *technique;
    const char *methods; // space-separated method codes
};

struct MediaTable
{
    const char *mediaType;
    const Entry *begin;
    const Entry *end;
};

constexpr const char *kDestroy = "destroy";
constexpr const char *kAny = "clear purge destroy";

// Media type "other": every technique of a medium, as before media types were recorded.
constexpr Entry kOther[] = {
    {"overwrite", "clear purge"},
    {"block_erase", "purge"},
    {"crypto_erase", "purge"},
    {"degauss", "purge"},
    {"magnetic_destruction", "purge"},
    {"shred", kDestroy},
    {"disintegrate", kDestroy},
    {"melt", kDestroy},
    {"incinerate", kDestroy},
    {"crush", kDestroy},
    {"drill", "clear"},
    {"factory_reset", "clear"},
    {"other", kAny},
};
// ATA/SCSI hard disk drives: the only media on which an overwrite is Purge; degaussing works (and ruins the drive).
constexpr Entry kHdd[] = {
    {"overwrite", "clear purge"}, {"crypto_erase", "purge"},  {"degauss", "purge"}, {"magnetic_destruction", "purge"},
    {"shred", kDestroy},          {"disintegrate", kDestroy}, {"melt", kDestroy},   {"incinerate", kDestroy},
    {"crush", kDestroy},          {"drill", "clear"},         {"other", kAny},
};
// Flash-based drives: overwriting misses the spare blocks (Clear only); no magnetic technique works.
constexpr Entry kSsd[] = {
    {"overwrite", "clear"},     {"block_erase", "purge"}, {"crypto_erase", "purge"}, {"shred", kDestroy},
    {"disintegrate", kDestroy}, {"melt", kDestroy},       {"incinerate", kDestroy},  {"crush", kDestroy},
    {"drill", "clear"},         {"other", kAny},
};
// USB flash drives and memory cards rarely implement sanitise commands: NIST gives no Purge for them.
constexpr Entry kRemovableFlash[] = {
    {"overwrite", "clear"},   {"shred", kDestroy}, {"disintegrate", kDestroy}, {"melt", kDestroy},
    {"incinerate", kDestroy}, {"crush", kDestroy}, {"drill", "clear"},         {"other", kAny},
};
// Optical discs cannot be cleared or purged, only destroyed.
constexpr Entry kOptical[] = {
    {"shred", kDestroy}, {"disintegrate", kDestroy}, {"incinerate", kDestroy},
    {"crush", kDestroy}, {"drill", "clear"},         {"other", kAny},
};
// Magnetic tape: re-recording is Clear, degaussing Purge.
constexpr Entry kTape[] = {
    {"overwrite", "clear"},
    {"degauss", "purge"},
    {"magnetic_destruction", "purge"},
    {"shred", kDestroy},
    {"disintegrate", kDestroy},
    {"incinerate", kDestroy},
    {"crush", kDestroy},
    {"other", kAny},
};
// Smartphones and tablets: a factory reset is Clear, the reset that destroys the encryption key Purge.
constexpr Entry kMobile[] = {
    {"factory_reset", "clear"}, {"crypto_erase", "purge"}, {"shred", kDestroy}, {"disintegrate", kDestroy},
    {"incinerate", kDestroy},   {"crush", kDestroy},       {"drill", "clear"},  {"other", kAny},
};
// Paper: 裁断, 溶解, 焼却 and nothing else.
constexpr Entry kPaper[] = {
    {"shred", kDestroy},
    {"melt", kDestroy},
    {"incinerate", kDestroy},
};
// Data inside a live system or a cloud service (ISO/IEC 27001 A.8.10): no medium changes hands, Destroy is out of
// reach. Destroying the key of encrypted data is Purge; a provider's deletion is what its certificate says.
constexpr Entry kData[] = {
    {"logical_delete", "clear"},          {"overwrite", "clear"},
    {"key_destruction", "purge"},         {"crypto_erase", "purge"},
    {"provider_deletion", "clear purge"}, {"other", "clear purge"},
};

template <std::size_t N> constexpr MediaTable table(const char *mediaType, const Entry (&entries)[N])
{
    return {mediaType, entries, entries + N};
}

constexpr MediaTable kTables[] = {
    table("hdd", kHdd),
    table("ssd", kSsd),
    table("usb_flash", kRemovableFlash),
    table("sd_card", kRemovableFlash),
    table("optical_disc", kOptical),
    table("magnetic_tape", kTape),
    table("mobile_device", kMobile),
    table("paper", kPaper),
    table("other", kOther),
};

const MediaTable *tableFor(const QString &kind, const QString &mediaType)
{
    static constexpr MediaTable data = table("", kData);
    if (kind == QLatin1String("data"))
        return mediaType.isEmpty() ? &data : nullptr;
    if (kind != QLatin1String("media"))
        return nullptr;
    for (const MediaTable &candidate : kTables) {
        if (mediaType == QLatin1String(candidate.mediaType))
            return &candidate;
    }
    return nullptr;
}

} // namespace

namespace SanitisationTechniques {

QStringList methodsAchieved(const QString &kind, const QString &mediaType, const QString &technique)
{
    const MediaTable *found = tableFor(kind, mediaType);
    if (!found)
        return {};
    for (const Entry *entry = found->begin; entry != found->end; ++entry) {
        if (technique == QLatin1String(entry->technique))
            return QString::fromLatin1(entry->methods).split(QLatin1Char(' '));
    }
    return {};
}

QString strongestMethod(const QString &kind, const QString &mediaType, const QString &technique)
{
    const QStringList achieved = methodsAchieved(kind, mediaType, technique);
    return achieved.isEmpty() ? QString() : achieved.constLast();
}

QStringList techniques(const QString &kind, const QString &mediaType, const QString &method)
{
    QStringList result;
    const QStringList all = DisposalCodes::codes(DisposalCodes::List::Technique);
    for (const QString &technique : all) {
        const QStringList achieved = methodsAchieved(kind, mediaType, technique);
        if (!achieved.isEmpty() && (method.isEmpty() || achieved.contains(method)))
            result << technique;
    }
    return result;
}

QStringList methods(const QString &kind)
{
    if (kind == QLatin1String("data"))
        return {QStringLiteral("clear"), QStringLiteral("purge")};
    return DisposalCodes::codes(DisposalCodes::List::Method);
}

bool isFlagged(const QString &technique)
{
    return technique == QLatin1String("drill");
}

QString caution(const QString &technique)
{
    if (!isFlagged(technique))
        return {};
    return QCoreApplication::translate("SanitisationTechniques",
                                       "Drilling is not Destroy in NIST SP 800-88: the material between the holes can "
                                       "still be read in a laboratory. It counts as Clear only.");
}

} // namespace SanitisationTechniques
