// The shared fields of the risk entry editor's tabs.
#include "riskeditorfields.h"

#include <QCoreApplication>

namespace RiskEditorFields {

void fillRatings(QComboBox *combo, bool optional)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (optional)
        combo->addItem(QCoreApplication::translate("RiskEntryEditor", "Not estimated"), 0);
    for (int value = 3; value >= 1; --value)
        combo->addItem(QString::number(value), value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void setRating(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *Marks::caption(const QString &key, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    captions.insert(key, label);
    if (buddy)
        fields.insert(key, buddy);
    return label;
}

} // namespace RiskEditorFields
