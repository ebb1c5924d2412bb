// One objective of the classification in the asset editor: the level (a combo of the scheme's levels), the
// definition of the chosen level shown live under it, and the rationale, marked as required at the highest level.
#pragma once

#include "domain/classification.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

class LevelSelector final : public QWidget
{
    Q_OBJECT

public:
    LevelSelector(const ClassificationScheme &scheme, Objective objective, QWidget *parent = nullptr);

    int level() const;
    void setLevel(int ordinal);
    QString rationale() const;
    void setRationale(const QString &text);
    void setReadOnly(bool readOnly);
    // True when the chosen level is the objective's highest, where a rationale must be given.
    bool rationaleRequired() const;

    QComboBox *levelCombo() const { return m_level; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QLabel *definitionLabel() const { return m_definition; }
    QLabel *rationaleLabel() const { return m_rationaleLabel; }

    void retranslateUi();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDefinition();

    ClassificationScheme m_scheme;
    Objective m_objective;
    QComboBox *m_level = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_rationaleLabel = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
};
