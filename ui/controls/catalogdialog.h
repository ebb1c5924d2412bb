// The control catalogues of the registry: the built-in one, imported OSCAL catalogues and the registry's own
// controls, with the controls of the chosen catalogue and the description of the chosen control. Imports OSCAL files
// and adds, edits, retires and reinstates own controls.
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class Registry;

class CatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    CatalogDialog(Registry &registry, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    QListWidget *catalogList() const { return m_catalogs; }
    QTreeWidget *controlList() const { return m_controls; }
    qint64 currentCatalogId() const;
    qint64 currentControlId() const;

public slots:
    // Asks for a file (FileDialog) and imports it; returns whether a catalogue was imported.
    bool importOscal();
    bool addOwnControl();
    bool editOwnControl();
    bool toggleRetired();
    void selectCatalog(qint64 catalogId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCatalogs();
    void fillControls();
    void updateDetails();

    Registry &m_registry;
    QListWidget *m_catalogs = nullptr;
    QLabel *m_catalogInfo = nullptr;
    QTreeWidget *m_controls = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_close = nullptr;
};
