// Small file helpers of the tests: write a fixture file, read a file's bytes to prove it was left unchanged.
#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace TestFiles {

// The bytes of a file, empty when it cannot be read.
QByteArray read(const QString &path);

// Writes `content` to `name` in `dir`; returns the file's path, or an empty string when it could not be written.
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

// The same for text, written as UTF-8.
QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text);

} // namespace TestFiles
