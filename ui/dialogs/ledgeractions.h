// Puts the ledger, import, export and registry settings into the main window: File ▸ Print Ledger…, Print Preview…,
// Save Ledger as PDF…, Import…, Export…, Registry Settings…, and Print on the toolbar. Printing uses the asset list's
// filter and sort, the options of LedgerPrintDialog, and the paged table renderer on a QPrinter or a QPdfWriter.
// Follows the window's registry and language.
#pragma once

#include "dialogs/ledgerprintdialog.h"

#include <QObject>

class MainWindow;
class QAction;
struct PagedDocument;

class LedgerActions final : public QObject
{
    Q_OBJECT

public:
    explicit LedgerActions(MainWindow *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *pdfAction() const { return m_pdf; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *settingsAction() const { return m_settings; }

    // The ledger options for what the list shows now, with the choices remembered from the last print.
    LedgerOptions currentOptions() const;
    // Builds the ledger and writes it as a PDF, with a progress dialog; false with *error on failure.
    bool writeLedgerPdf(const LedgerOptions &options, const QString &path, QString *error);

public slots:
    // Asks for the options (the dialog opens with this output as its default) and prints, previews or saves.
    void printLedger(LedgerPrintDialog::Output output);
    void importAssets();
    void exportAssets();
    void editSettings();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool buildDocument(const LedgerOptions &options, PagedDocument *document, QString *error);
    void retranslate();

    MainWindow *m_window;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_settings = nullptr;
};
