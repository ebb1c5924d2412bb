// Check boxes for the handling restrictions of an asset.
#include "restrictionselector.h"

#include "domain/handlingrestriction.h"

#include <QCheckBox>
#include <QGridLayout>

namespace {
constexpr int kColumns = 2;
} // namespace

RestrictionSelector::RestrictionSelector(const QStringList &ownRestrictions, QWidget *parent)
    : QWidget(parent)
    , m_own(ownRestrictions)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("handlingRestrictions"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    rebuild(HandlingRestrictions::builtinCodes() + m_own);
}

void RestrictionSelector::rebuild(const QStringList &entries)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_entries = entries;
    for (int index = 0; index < m_entries.size(); ++index) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("restriction_") + m_entries.at(index));
        box->setEnabled(!m_readOnly);
        connect(box, &QCheckBox::toggled, this, &RestrictionSelector::changed);
        m_grid->addWidget(box, index / kColumns, index % kColumns);
        m_boxes << box;
    }
    retranslateUi();
}

void RestrictionSelector::setRestrictions(const QStringList &restrictions)
{
    QStringList entries = HandlingRestrictions::builtinCodes() + m_own;
    for (const QString &restriction : restrictions) {
        if (!entries.contains(restriction))
            entries << restriction;
    }
    if (entries != m_entries)
        rebuild(entries);
    for (int index = 0; index < m_entries.size(); ++index) {
        const QSignalBlocker blocker(m_boxes.at(index));
        m_boxes.at(index)->setChecked(restrictions.contains(m_entries.at(index)));
    }
}

QStringList RestrictionSelector::restrictions() const
{
    QStringList result;
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_boxes.at(index)->isChecked())
            result << m_entries.at(index);
    }
    return HandlingRestrictions::normalised(result);
}

void RestrictionSelector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
}

QCheckBox *RestrictionSelector::checkBox(const QString &restriction) const
{
    const qsizetype index = m_entries.indexOf(restriction);
    return index < 0 ? nullptr : m_boxes.at(index);
}

void RestrictionSelector::retranslateUi()
{
    for (int index = 0; index < m_entries.size(); ++index) {
        const QString &entry = m_entries.at(index);
        QString text = HandlingRestrictions::name(entry);
        if (!HandlingRestrictions::isBuiltin(entry) && !m_own.contains(entry))
            text = tr("%1 (no longer listed in the registry settings)").arg(text);
        m_boxes.at(index)->setText(text);
    }
}
