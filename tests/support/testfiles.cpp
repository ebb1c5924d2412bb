// Small file helpers of the tests.
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>

namespace TestFiles {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    return write(dir, name, text.toUtf8());
}

} // namespace TestFiles
