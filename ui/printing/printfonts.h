// The font family of printed documents: Noto Sans CJK JP, prepared so that the text of a PDF stays exactly the text
// that was printed (DESIGN.md §9).
//
// Why a prepared copy: Noto Sans CJK maps several characters to one glyph (山 and the Kangxi radical ⼭, the
// ideographic space and the em space, ・ and ‧, ～ and 〜 …). Qt's PDF writer tells a PDF reader, for each glyph, the
// lowest character that maps to it, so pdftotext would read 山田 as ⼭⽥. The copy keeps one character per glyph (the
// one Japanese text uses); the others come from the system font through Qt's font fallback, which then names them
// correctly too. Characters outside the Basic Multilingual Plane (𠮷) print correctly but Qt 6.4's PDF writer gives
// them no text, so a reader cannot extract them.
#pragma once

#include <QFont>
#include <QString>

class PrintFonts final
{
public:
    // The family to print with; prepares and registers the fonts on first use (needs a QGuiApplication).
    static QString family();
    // A font of the print family at a size in points.
    static QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal);
    // The system family the print fonts were made from, empty when it is not installed.
    static QString sourceFamily();
};
