// The handling restrictions (取扱制限) of an asset as check boxes: the built-in ones, then the registry's own. A
// restriction the asset has but the registry no longer lists stays shown (and checked) until it is unchecked, so
// that opening an asset never drops what it records.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;

class RestrictionSelector final : public QWidget
{
    Q_OBJECT

public:
    RestrictionSelector(const QStringList &ownRestrictions, QWidget *parent = nullptr);

    void setRestrictions(const QStringList &restrictions);
    QStringList restrictions() const;
    void setReadOnly(bool readOnly);
    // The check box of a restriction (built-in code or own text), for tests.
    QCheckBox *checkBox(const QString &restriction) const;
    void retranslateUi();

signals:
    void changed();

private:
    void rebuild(const QStringList &entries);

    QStringList m_own;
    QStringList m_entries;
    QList<QCheckBox *> m_boxes;
    QGridLayout *m_grid = nullptr;
    bool m_readOnly = false;
};
