// Combo box editor for code columns.
#include "codecombodelegate.h"

#include <QComboBox>

CodeComboDelegate::CodeComboDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CodeComboDelegate::setCodeColumn(int column, DisposalCodes::List list)
{
    m_columns.insert(column, list);
}

QWidget *CodeComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (!m_columns.contains(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    const DisposalCodes::List list = m_columns.value(index.column());
    const QStringList codes = DisposalCodes::codes(list);
    for (const QString &code : codes)
        combo->addItem(DisposalCodes::name(list, code), code);
    return combo;
}

void CodeComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || !m_columns.contains(index.column())) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void CodeComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || !m_columns.contains(index.column())) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}
