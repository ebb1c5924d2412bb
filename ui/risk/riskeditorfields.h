// What the tabs of the risk entry editor share: the rating combo boxes (1–3, "not estimated" first when optional),
// read-only value labels, and the captions and fields a refusal of the core marks, by the field keys of its problems.
#pragma once

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace RiskEditorFields {

// Fills a rating combo box with 3, 2, 1 as data (and "not estimated", 0, first when optional), keeping the choice.
void fillRatings(QComboBox *combo, bool optional);
void setRating(QComboBox *combo, int value);
QLabel *valueLabel(QWidget *parent);

// The captions and fields of a tab by field key, for marking what the core refused.
struct Marks
{
    QHash<QString, QLabel *> captions;
    QHash<QString, QWidget *> fields;

    // A caption for the field `key` whose buddy is `buddy` (nullptr when the row has several fields).
    QLabel *caption(const QString &key, QWidget *buddy, QWidget *parent);
};

} // namespace RiskEditorFields
