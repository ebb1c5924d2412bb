// A list of stored codes with their English source names (translated in a given context) and Japanese names. The
// code lists of assets, controls and disposal records are all tables of this kind.
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

struct CodeName
{
    const char *code;
    const char *english;  // source text, translated in the list's context
    const char *japanese; // accepted in files whatever the UI language, and printed on Japanese documents
};

class CodeList final
{
public:
    template <std::size_t N>
    constexpr CodeList(const char *context, const CodeName (&entries)[N])
        : m_context(context)
        , m_begin(entries)
        , m_end(entries + N)
    {
    }

    QStringList codes() const;
    bool contains(const QString &code) const;
    // The name in the UI language, or in "ja" / "en" when language is given; the code itself when unknown.
    QString name(const QString &code, const QString &language = QString()) const;
    QString japaneseName(const QString &code) const;
    // The code for a code or a name in English, Japanese or the UI language; empty when nothing matches. Hyphens
    // stand for underscores, as people type codes on a command line ("block-erase").
    QString fromText(const QString &text) const;

private:
    const char *m_context;
    const CodeName *m_begin;
    const CodeName *m_end;
};
