// The threat catalogue (脅威カタログ, design/risk.md "Threat"): the built-in threats written from the policy's §3 and
// the registry's own, with category, objectives, this registry's likelihood, related controls and whether retired;
// add an own threat, edit one (a built-in one: its likelihood only), retire and reinstate, and record that the
// catalogue was reviewed (policy §3: follow new threats). Every change through ThreatService, audited.
#pragma once

#include "domain/threat.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class Registry;
class ThreatEditDialog;

class ThreatCatalogWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit ThreatCatalogWindow(Registry &registry, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QCheckBox *showRetiredCheck() const { return m_showRetired; }
    QLabel *reviewedLabel() const { return m_reviewed; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *reinstateButton() const { return m_reinstate; }
    QPushButton *reviewedButton() const { return m_markReviewed; }
    // Selects the threat with this code; false when it is not listed.
    bool select(const QString &code);
    std::optional<Threat> currentThreat() const;

public slots:
    void refresh();
    // Open window-modal without blocking (tests fill them in).
    ThreatEditDialog *addThreat();
    ThreatEditDialog *editThreat();
    bool retireThreat();
    bool reinstateThreat();
    bool markReviewed(const QDate &on);

signals:
    void catalogChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    ThreatEditDialog *showEditor(ThreatEditDialog *dialog);

    Registry &m_registry;
    QList<Threat> m_threats;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLabel *m_reviewed = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_reinstate = nullptr;
    QPushButton *m_markReviewed = nullptr;
    QPushButton *m_close = nullptr;
};
