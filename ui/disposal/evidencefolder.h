// Where evidence files are put for viewing (DESIGN.md §5): a private temporary folder of this run (owner-only, 0700),
// one sub-folder per evidence file so that two files of the same name never meet, each file owner-only (0600). The
// folder and everything in it are removed when the application ends. Every file operation is checked and its failure
// reported with a translated message.
#pragma once

#include <QString>
#include <QTemporaryDir>

class QByteArray;

class EvidenceFolder final
{
public:
    // The folder of this run, created on first use.
    static EvidenceFolder &instance();

    // A folder of its own under the system's temporary location (tests make their own).
    EvidenceFolder();
    EvidenceFolder(const EvidenceFolder &) = delete;
    EvidenceFolder &operator=(const EvidenceFolder &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    // Writes `content` as `originalName` (its file name only) for evidence `evidenceId`, replacing an earlier copy;
    // returns its path, or an empty string with *error set.
    QString write(qint64 evidenceId, const QString &originalName, const QByteArray &content, QString *error);

private:
    QTemporaryDir m_dir;
};
