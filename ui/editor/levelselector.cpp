// Level, definition and rationale of one objective.
#include "levelselector.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

LevelSelector::LevelSelector(const ClassificationScheme &scheme, Objective objective, QWidget *parent)
    : QWidget(parent)
    , m_scheme(scheme)
    , m_objective(objective)
{
    m_level = new QComboBox(this);
    const QList<int> ordinals = m_scheme.ordinals(m_objective);
    for (int ordinal : ordinals)
        m_level->addItem(QString(), ordinal);
    m_level->setMinimumContentsLength(10);

    m_definition = new QLabel(this);
    m_definition->setWordWrap(true);
    m_definition->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_definition->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_definition->setPalette(palette);
    // Room for the longest definition (two or three lines) so that the dialog does not jump as levels change.
    m_definition->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 4);

    m_rationaleLabel = new QLabel(this);
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_rationaleLabel->setBuddy(m_rationale);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_level, 0, 0, Qt::AlignTop);
    layout->addWidget(m_definition, 0, 1);
    layout->addWidget(m_rationaleLabel, 1, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_rationale, 1, 1);
    layout->setColumnStretch(1, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        updateDefinition();
        emit changed();
    });
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &LevelSelector::changed);
    retranslateUi();
}

int LevelSelector::level() const
{
    return m_level->currentData().toInt();
}

void LevelSelector::setLevel(int ordinal)
{
    const int index = m_level->findData(ordinal);
    m_level->setCurrentIndex(index >= 0 ? index : 0);
    updateDefinition();
}

QString LevelSelector::rationale() const
{
    return m_rationale->toPlainText();
}

void LevelSelector::setRationale(const QString &text)
{
    m_rationale->setPlainText(text);
}

void LevelSelector::setReadOnly(bool readOnly)
{
    m_level->setEnabled(!readOnly);
    m_rationale->setReadOnly(readOnly);
}

bool LevelSelector::rationaleRequired() const
{
    return level() == m_scheme.highest(m_objective);
}

void LevelSelector::updateDefinition()
{
    const QString definition = m_scheme.levelDefinition(m_objective, level());
    m_definition->setText(definition);
    m_level->setToolTip(definition);
    const bool required = rationaleRequired();
    // The marker says why the field matters before the user tries to save.
    m_rationaleLabel->setText(required ? tr("Rationale (required):") : tr("Rationale:"));
    QFont font = m_rationaleLabel->font();
    font.setBold(required);
    m_rationaleLabel->setFont(font);
    m_rationale->setPlaceholderText(required ? tr("Required at the highest level: why the impact would be this grave")
                                             : tr("Why this level was chosen"));
}

void LevelSelector::retranslateUi()
{
    // The first column is as wide as the longer rationale label, so it does not jump when the level changes.
    QFont bold = m_rationaleLabel->font();
    bold.setBold(true);
    const int labelWidth = std::max(QFontMetrics(bold).horizontalAdvance(tr("Rationale (required):")),
                                    fontMetrics().horizontalAdvance(tr("Rationale:")));
    m_level->setMinimumWidth(std::max(labelWidth + 4, m_level->minimumSizeHint().width()));
    for (int index = 0; index < m_level->count(); ++index) {
        const int ordinal = m_level->itemData(index).toInt();
        m_level->setItemText(index, m_scheme.levelLabel(m_objective, ordinal));
        m_level->setItemData(index, m_scheme.levelDefinition(m_objective, ordinal), Qt::ToolTipRole);
    }
    updateDefinition();
}

void LevelSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
