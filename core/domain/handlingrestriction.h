// Handling restrictions (取扱制限, practice.md §3): what may not be done with an asset's information, several per
// asset. Six are built in and stored as codes; a registry adds its own, stored as their text. The list of an asset
// is kept in the order of the built-in list, then the registry's own in the order they were chosen.
#pragma once

#include <QString>
#include <QStringList>

namespace HandlingRestrictions {

// no_copy 複製禁止, no_removal 持出禁止, no_distribution 配付禁止, no_redistribution 再配付禁止,
// encryption_required 暗号化必須, destroy_after_reading 読後廃棄.
QStringList builtinCodes();
bool isBuiltin(const QString &code);
// The name people read: the translated name of a built-in code, the text of one of the registry's own.
QString name(const QString &restriction);
// A built-in code for its code or its name in English, Japanese or the UI language; empty when it is not built in.
QString builtinFromText(const QString &text);

// An asset's list as one text for files and the command line: codes and own texts joined by "; ".
QString joinCodes(const QStringList &restrictions);
// The names as the editor, the table, the ledger and exports show them: joined by "; " (Japanese "、").
QString joinNames(const QStringList &restrictions);
// Splits what a person typed ("複製禁止、持出禁止", "no_copy; no_removal") into entries: built-in ones become their
// code, anything else is kept as typed (the registry's own, checked by the asset service). Separators: ; ； 、 , ，
// and line breaks. Duplicates are dropped; built-in entries come first, in their order.
QStringList fromText(const QString &text);
// Puts a list into its stored order (built-in first, in their order), without duplicates or empty entries.
QStringList normalised(const QStringList &restrictions);

// The stored form in the asset table: entries separated by line breaks.
QString toStored(const QStringList &restrictions);
QStringList fromStored(const QString &stored);

} // namespace HandlingRestrictions
