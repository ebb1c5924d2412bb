// A list of stored codes with their English source names, translated in a given context. The code lists of assets,
// controls and disposal records are all tables of this kind. The Japanese names are those of the translation
// catalogue, here as on screen and on paper; there is no second table of them.
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

struct CodeName
{
    const char *code;
    const char *english; // source text, translated in the list's context
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
    // The name in the language of the installed translators; the code itself when unknown.
    QString name(const QString &code) const;
    // The name in the Japanese catalogue whatever the UI language.
    QString japaneseName(const QString &code) const;
    // The code for a code or a name in English, Japanese or the UI language; empty when nothing matches. Hyphens
    // stand for underscores, as people type codes on a command line ("block-erase").
    QString fromText(const QString &text) const;

private:
    const char *m_context;
    const CodeName *m_begin;
    const CodeName *m_end;
};
