#pragma once

// Shared by the struct pane's tests: a field's row by name, and an int's bytes as the segment holds them.

#include "app/structs/structmodel.h"

#include <QByteArray>
#include <QModelIndex>
#include <QString>

#include <cstring>

namespace structrows {

// The row of a top-level field by name, in the given column.
inline QModelIndex fieldIndex(const app::StructModel *model, const QString &name,
                              int column = app::StructModel::ValueColumn)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, app::StructModel::NameColumn);
        if (index.data().toString() == name)
            return index.siblingAtColumn(column);
    }
    return {};
}

inline QByteArray littleEndian(qint32 value)
{
    QByteArray bytes(4, '\0');
    std::memcpy(bytes.data(), &value, 4);
    return bytes;
}

} // namespace structrows
