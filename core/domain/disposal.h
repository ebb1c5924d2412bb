// A recorded disposal (DESIGN.md §5): a job covering one or more items, each the sanitisation of one asset's medium,
// with the evidence files and the amendments appended later. Values are codes (disposalcodes.h); dates are local
// calendar dates, times are UTC.
#pragma once

#include "asset.h"
#include "disposalrule.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

struct DisposalPerson
{
    QString name;
    QString title;
    QString organisation;
    QDate date;
};

struct DisposalItem
{
    qint64 id = 0;
    qint64 assetId = 0;
    // what: the asset as it was when disposed of, and its medium
    QString assetNo;
    QString assetName;
    QString mediaType;        // code (DisposalCodes::List::MediaType); empty in a data deletion
    QString mediaDescription; // free text: size, interface, what the medium is ("2.5-inch SATA, 500 GB")
    QString make;
    QString model;
    QString serialNo;
    QString propertyNo;
    QString source; // user or host the medium came from
    int confidentiality = 1;
    int integrity = 1;
    int availability = 1;
    QString personalInfo = QStringLiteral("none"); // the asset's personal-information kind (practice.md PI-5)
    // backup
    QString backup = QStringLiteral("unknown");
    QString backupLocation;
    // the rule as it applied when recorded, and the verification result of this item
    QString minimumMethod;
    QString result = QStringLiteral("passed");

    bool isOverride(const QString &method) const { return DisposalRule::isWeaker(method, minimumMethod); }
};

struct DisposalJob
{
    qint64 id = 0;
    QString jobNo;
    // media sanitisation ("media": devices, media, paper) or data deletion in a live system or cloud service ("data")
    QString kind = QStringLiteral("media");
    // how
    QString method;
    QString technique;
    QString tool;
    QString toolVersion;
    // verification
    QString verification = QStringLiteral("full");
    // after
    QString destination = QStringLiteral("destroyed");
    // who
    DisposalPerson performedBy;
    DisposalPerson validatedBy;
    QString contractor;
    QString certificateNo; // the contractor's certificate number
    // why a method weaker than the minimum was used; required when any item is below its minimum
    QString overrideReason;
    QString notes;
    QString recordedBy;
    QDateTime recordedAt;
    QList<DisposalItem> items;

    bool hasOverride() const
    {
        for (const DisposalItem &item : items) {
            if (item.isOverride(method))
                return true;
        }
        return false;
    }
};

// An evidence file kept in the registry; the content is read separately, it can be large.
struct DisposalEvidence
{
    qint64 id = 0;
    qint64 jobId = 0;
    QString originalName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lowercase hex
    QString addedBy;
    QDateTime addedAt;
};

// A file about to be attached: its name without the folder, type and content.
struct EvidenceFile
{
    QString originalName;
    QString mimeType;
    QByteArray content;
};

// A correction appended to a final record; the original value stays as it was recorded.
struct DisposalAmendment
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 itemId = 0; // 0: a field of the job
    QString field;     // key of DisposalField
    QString oldValue;  // the value in force before this amendment
    QString newValue;
    QString reason;
    QString amendedBy;
    QDateTime amendedAt;
};

// An asset that is due for disposal: its retention has passed or ends soon, or it is marked disposal pending.
struct DueAsset
{
    enum class Reason
    {
        RetentionPassed,
        RetentionEnding,
        Pending
    };
    Asset asset; // the list's columns only: id, number, name, department, owner, type, medium, C/I/A, retention,
                 // status, row version
    Reason reason = Reason::Pending;
};

// What re-hashing the evidence found.
struct EvidenceCheck
{
    struct Mismatch
    {
        QString jobNo;
        qint64 evidenceId = 0;
        QString originalName;
        QString expected;
        QString actual;
    };
    int checked = 0;
    QList<Mismatch> mismatches;
    QStringList errors; // files that could not be read at all
};
