// The certificate of sanitisation (DESIGN.md §5, §9): one disposal record — the whole job or one of its items — as a
// printed document for the paged table renderer, A4 portrait, in Japanese or English whatever the UI language. It
// shows every field of the record as corrected, the override flag and reason where present, the evidence files with
// their SHA-256, the amendments next to the original values, and signature lines for the performer and the validator.
#pragma once

#include "pageddocument.h"

#include "domain/disposal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

class DisposalService;
class QPagedPaintDevice;
class Registry;

struct CertificateData
{
    QString language; // "en" or "ja": the language the certificate is printed in, independent of the UI
    QString organisation;
    QString schemeCode;                    // classification scheme of the registry ("ipa", "government", "fips199")
    std::array<QString, 3> handlingLabels; // the registry's handling labels for confidentiality 1–3, in that language
    DisposalJob job;                       // as recorded; the certificate applies the amendments itself
    QList<DisposalAmendment> amendments;
    QList<DisposalEvidence> evidence;
    qint64 itemId = 0;   // 0: the whole job; else the certificate covers this item only
    QDateTime printedAt; // the registry clock's time when the data were collected, printed on the certificate

    // Reads everything a certificate in language ("en" or "ja") shows from the registry. itemId 0 for the whole job.
    static std::optional<CertificateData> collect(const Registry &registry, const DisposalService &service,
                                                  qint64 jobId, qint64 itemId, const QString &language, QString *error);
};

// Every text of the certificate comes from the translation catalogue of data.language: the translators of that
// language are installed while the document is put together (PrintLanguage).
class SanitisationCertificate final
{
public:
    static PagedDocument document(const CertificateData &data, const QDateTime &printedAt = QDateTime());
    // Writes the certificate as a PDF file (through QSaveFile). progress, when given, is called after every page;
    // returning false stops and leaves no file.
    static bool writePdf(const CertificateData &data, const QString &fileName, QString *error,
                         const std::function<bool(int page, int pages)> &progress = {});
    // Prints on a device the user set up (a QPrinter from the print dialog or preview).
    static bool print(const CertificateData &data, QPagedPaintDevice *device, QString *error);
    // A file name to offer when saving, e.g. "D-000001_certificate.pdf".
    static QString suggestedFileName(const CertificateData &data);
};
