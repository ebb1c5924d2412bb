// Look-ups in a code list.
#include "codelist.h"

#include "i18n/language.h"

#include <QCoreApplication>

QStringList CodeList::codes() const
{
    QStringList result;
    for (const CodeName *entry = m_begin; entry != m_end; ++entry)
        result << QString::fromLatin1(entry->code);
    return result;
}

bool CodeList::contains(const QString &code) const
{
    for (const CodeName *entry = m_begin; entry != m_end; ++entry) {
        if (code == QLatin1String(entry->code))
            return true;
    }
    return false;
}

QString CodeList::name(const QString &code) const
{
    for (const CodeName *entry = m_begin; entry != m_end; ++entry) {
        if (code == QLatin1String(entry->code))
            return QCoreApplication::translate(m_context, entry->english);
    }
    return code;
}

QString CodeList::japaneseName(const QString &code) const
{
    for (const CodeName *entry = m_begin; entry != m_end; ++entry) {
        if (code == QLatin1String(entry->code))
            return Language::catalogueText(QStringLiteral("ja"), m_context, entry->english);
    }
    return {};
}

QString CodeList::fromText(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    QString asCode = wanted.toLower();
    asCode.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const CodeName *entry = m_begin; entry != m_end; ++entry) {
        if (asCode == QLatin1String(entry->code) ||
            wanted.compare(QLatin1String(entry->english), Qt::CaseInsensitive) == 0 ||
            wanted == Language::catalogueText(QStringLiteral("ja"), m_context, entry->english) ||
            wanted == QCoreApplication::translate(m_context, entry->english))
            return QString::fromLatin1(entry->code);
    }
    return {};
}
