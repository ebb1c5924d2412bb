// The registry's minimum sanitisation methods (DESIGN.md §5, practice.md §5 and PI-5): for each kind of record (media
// sanitisation, data deletion) the minimum per confidentiality level (media 1 Clear, 2 Purge, 3 Destroy; data 1 Clear,
// 2 and 3 Purge by default) and the floor per personal-information kind (personal Purge; sensitive and My Number
// Destroy for media, Purge for data). Changes are audited; a more confidential level never gets a weaker minimum.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class InputGuard;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class Registry;

class MinimumMethodsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MinimumMethodsDialog(Registry &registry, QWidget *parent = nullptr);

    // The media-sanitisation minimum of a confidentiality level (1–3).
    QComboBox *levelCombo(int level) const { return levelCombo(QStringLiteral("media"), level); }
    QComboBox *levelCombo(const QString &kind, int level) const;
    // The floor of a personal-information kind ("personal", "sensitive", "my_number").
    QComboBox *floorCombo(const QString &kind, const QString &personalInfo) const;

public slots:
    void save();
    // Asks before typed input is thrown away (Esc, the close button, Cancel).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        int level = 0;        // 1–3, or 0 for a personal-information floor
        QString personalInfo; // for a floor
        QLabel *label = nullptr;
        QList<QComboBox *> combos; // one per kind, in DisposalRule::kinds() order
    };
    QComboBox *newCombo(const QString &kind, const QString &current);
    bool saveLevels(const QString &kind, QString *error);
    bool saveFloors(const QString &kind, QString *error);
    void retranslateUi();

    Registry &m_registry;
    QLabel *m_intro = nullptr;
    QList<QLabel *> m_kindHeadings;
    QLabel *m_floorHeading = nullptr;
    QList<Row> m_rows;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
