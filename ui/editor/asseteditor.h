// The asset editor (DESIGN.md §3): every field of an asset in groups — basic, classification, personal information,
// data provision and outsourcing (provider and receipt terms, recipients and use terms, contractor), lifecycle.
// Importance and handling label follow the levels live. Saving goes through Registry::createAsset / updateAsset;
// problems are shown beside the fields, a conflict with someone else's save offers to reload. Disposed assets open
// read-only. The fields are the Asset tab (AssetDetailsTab); the controls, risks and history tabs are widgets of
// their own too.
#pragma once

#include "assetdetailstab.h"
#include "domain/asset.h"
#include "domain/assetfield.h"
#include "domain/classification.h"
#include "service/result.h"

#include <QDialog>
#include <QHash>

class AssetControlsWidget;
class AssetRisksWidget;
class HistoryWidget;
class LevelSelector;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class Registry;
class RestrictionSelector;

class AssetEditor final : public QDialog
{
    Q_OBJECT

public:
    // An asset with id 0 is new (start from Registry::newAsset()); otherwise it is the stored asset to edit.
    AssetEditor(Registry &registry, const Asset &asset, QWidget *parent = nullptr);
    ~AssetEditor() override;

    // The asset as saved, once the dialog is accepted.
    Asset savedAsset() const { return m_saved; }
    bool isNew() const { return m_asset.id == 0; }
    bool isReadOnly() const { return m_readOnly; }
    // True when a field differs from what was loaded.
    bool isModified() const;
    // What the fields say now.
    Asset assetFromFields() const;

    // The widget that edits a field (by AssetField key, as in Problem::field), for tests and focus.
    QWidget *fieldWidget(const QString &key) const { return m_fieldWidgets.value(key); }
    QLabel *fieldLabel(const QString &key) const { return m_fieldLabels.value(key); }
    LevelSelector *levelSelector(Objective objective) const;
    QLabel *importanceValue() const { return m_f->importanceValue; }
    QLabel *handlingLabelValue() const { return m_f->handlingValue; }
    RestrictionSelector *restrictionSelector() const { return m_f->restrictions; }
    QCheckBox *nextReviewFromImportance() const { return m_f->nextReviewAuto; }
    QComboBox *retentionMode() const { return m_f->retentionMode; }
    QLabel *problemsLabel() const { return m_problems; }
    // The flags and warnings shown above the fields (漏えい時に報告対象, override, 保存期限未設定, PI-4).
    QLabel *flagsLabel() const { return m_flags; }
    QPushButton *saveButton() const;
    QGroupBox *group(int index) const;
    // Field keys marked as wrong by the last save.
    QStringList markedFields() const { return m_marked; }
    // The tabs: the asset's fields, its controls and its risks (saved at once, apart from the asset's Save) and its
    // history.
    QTabWidget *tabs() const { return m_tabs; }
    AssetControlsWidget *controlsTab() const { return m_controls; }
    AssetRisksWidget *risksTab() const { return m_risks; }
    HistoryWidget *historyTab() const { return m_history; }
    void showControlsTab();
    void showRisksTab();

    enum RetentionChoice
    {
        NoRetention,
        RetentionDate,
        RetentionPermanent
    };

    QSize sizeHint() const override;

public slots:
    // Saves through the registry; returns true when the asset was saved.
    bool save();
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void load(const Asset &asset);
    void setReadOnly(bool readOnly);
    void retranslateUi();
    void updateDerived();
    void updateNextReview();
    void updateRetention();
    void updateFlags();
    void updateTitle();
    void showProblems(const QList<Problem> &problems);
    void clearProblems();
    void unmark(const QString &key);
    void reloadFromRegistry();
    void updateDateFormats();
    void connectChange(QWidget *widget, const QString &key);
    void suggestOnFocus(QWidget *widget, AssetField::Id field);
    void fillSuggestions(AssetField::Id field);

    Registry &m_registry;
    ClassificationScheme m_scheme;
    Asset m_asset;    // as loaded from the registry (or the new draft)
    Asset m_baseline; // what the fields said right after loading, to tell whether anything changed
    Asset m_saved;
    bool m_readOnly = false;
    bool m_loading = false;

    QLabel *m_banner = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_flags = nullptr;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QLabel *> m_fieldLabels;
    QStringList m_marked;
    QHash<QObject *, AssetField::Id> m_pendingSuggestions;
    AssetDetailsTab *m_details = nullptr;
    const AssetDetailsTab::Fields *m_f = nullptr; // the fields of m_details

    QDialogButtonBox *m_buttons = nullptr;
    QTabWidget *m_tabs = nullptr;
    AssetControlsWidget *m_controls = nullptr;
    AssetRisksWidget *m_risks = nullptr;
    HistoryWidget *m_history = nullptr;
};
