// Edits the code columns of a table (backup, verification result…) with a combo box of translated names, storing the
// code. Other columns get the default line edit.
#pragma once

#include "domain/disposalcodes.h"

#include <QHash>
#include <QStyledItemDelegate>

class CodeComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CodeComboDelegate(QObject *parent = nullptr);

    // The column holds codes of this list.
    void setCodeColumn(int column, DisposalCodes::List list);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QHash<int, DisposalCodes::List> m_columns;
};
