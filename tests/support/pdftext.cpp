// Reading PDFs back through poppler-utils.
#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace PdfText {

namespace {

QString output(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString text(const QString &path, const QStringList &options)
{
    return output(QStringLiteral("pdftotext"), QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8")} + options +
                                                   QStringList{path, QStringLiteral("-")});
}

QString info(const QString &path)
{
    return output(QStringLiteral("pdfinfo"), {path});
}

int pages(const QString &path)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace PdfText
