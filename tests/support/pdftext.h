// Reads PDFs back with poppler's pdftotext and pdfinfo (poppler-utils), so that tests check the text a PDF reader
// extracts rather than how it was drawn.
#pragma once

#include <QString>
#include <QStringList>

namespace PdfText {

// Whether pdftotext and pdfinfo are installed; tests that need them skip or fail with that reason.
bool available();

// The text of a PDF as pdftotext extracts it, with its options (e.g. "-raw", "-layout", "-f 2 -l 2"); empty when
// pdftotext failed.
QString text(const QString &path, const QStringList &options = {QStringLiteral("-raw")});

// What pdfinfo says about a PDF (page count, page size…); empty when it failed.
QString info(const QString &path);

// The number of pages pdfinfo counts, -1 when it failed.
int pages(const QString &path);

} // namespace PdfText
