// The History tab of the asset editor (DESIGN.md §6): every event about one asset — its own changes and those of its
// control assignments — newest first, with who, when (local time), what was done and each changed field as old → new,
// in the UI language with codes shown as their labels.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;
class Registry;

class HistoryWidget final : public QWidget
{
    Q_OBJECT

public:
    HistoryWidget(Registry &registry, const QString &assetNo, QWidget *parent = nullptr);

    // Reads the history again (after a save); a new asset gets its number when it is first saved.
    void reload();
    void setAssetNo(const QString &assetNo);
    QTreeWidget *tree() const { return m_tree; }
    int eventCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Registry &m_registry;
    QString m_assetNo;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};
