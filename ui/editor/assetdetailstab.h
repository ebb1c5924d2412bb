// The Asset tab of the asset editor (DESIGN.md §3): every field of an asset in its group — basic, personal
// information, data provision and outsourcing, classification (with the importance and handling label the levels
// give), lifecycle — in two columns that scroll. The editor loads, reads, checks and saves the fields; this tab makes
// them, names them in both languages and says which widget and caption belong to which field key.
#pragma once

#include "domain/assetfield.h"
#include "domain/classification.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QScrollArea>

class LevelSelector;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Registry;
class RestrictionSelector;

class AssetDetailsTab final : public QScrollArea
{
    Q_OBJECT

public:
    AssetDetailsTab(Registry &registry, const ClassificationScheme &scheme, QWidget *parent = nullptr);

    // The fields, in reading order.
    struct Fields
    {
        QLineEdit *assetNo = nullptr;
        QLineEdit *businessCategory = nullptr;
        QLineEdit *name = nullptr;
        QPlainTextEdit *remarks = nullptr;
        QComboBox *userScope = nullptr;
        QComboBox *department = nullptr;
        QLineEdit *owner = nullptr;
        QComboBox *assetType = nullptr;
        QLineEdit *storage = nullptr;
        QComboBox *mediumClass = nullptr;

        LevelSelector *confidentiality = nullptr;
        LevelSelector *integrity = nullptr;
        LevelSelector *availability = nullptr;
        QLabel *importanceCaption = nullptr;
        QLabel *importanceValue = nullptr;
        QLabel *handlingCaption = nullptr;
        QLabel *handlingValue = nullptr;
        RestrictionSelector *restrictions = nullptr;

        QComboBox *personalInfo = nullptr;
        QLineEdit *subjectCount = nullptr;
        QLineEdit *personalInfoOverride = nullptr;

        QLineEdit *provider = nullptr;
        QPlainTextEdit *receiptTerms = nullptr;
        QLineEdit *recipients = nullptr;
        QPlainTextEdit *useTerms = nullptr;
        QLineEdit *contractor = nullptr;

        QComboBox *retentionMode = nullptr;
        QDateEdit *retentionDate = nullptr;
        QLineEdit *retentionBasis = nullptr;
        QLabel *registeredOn = nullptr;
        QLabel *lastReviewed = nullptr;
        QDateEdit *nextReview = nullptr;
        QCheckBox *nextReviewAuto = nullptr;
        QComboBox *status = nullptr;
    };
    const Fields &fields() const { return m_fields; }
    // The widget and the caption of each field key (as in Problem::field).
    const QHash<QString, QWidget *> &fieldWidgets() const { return m_fieldWidgets; }
    const QHash<QString, QLabel *> &fieldLabels() const { return m_fieldLabels; }
    // The fields that suggest the registry's values once the user enters them.
    const QList<QPair<QWidget *, AssetField::Id>> &suggestions() const { return m_suggestions; }
    QGroupBox *group(int index) const { return m_groups.value(index); }
    // The two columns of groups, for the editor's size.
    QWidget *content() const { return m_content; }

    void retranslateUi();

private:
    QLabel *addLabel(const QString &fieldKey, QWidget *buddy);
    void alignLabels(const QList<QGroupBox *> &groups);

    Registry &m_registry;
    const ClassificationScheme &m_scheme;
    Fields m_fields;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QLabel *> m_fieldLabels;
    QList<QPair<QWidget *, AssetField::Id>> m_suggestions;
    QList<QGroupBox *> m_groups;
    QWidget *m_content = nullptr;
};
