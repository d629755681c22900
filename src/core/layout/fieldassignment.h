#pragma once

#include "core/layout/structlayout.h"

#include <QByteArrayView>
#include <QString>

namespace core {

// A write into a field as the C statement a student writes for it, for the call log beside the memcpy
// that made it: "stpid->pid = 4242;", "strcpy(stpid->names, \"Bob\");", "p->inner.flags[2] = 7;".
class FieldAssignment
{
public:
    // The pointer a program reads the segment through: stpid for the lesson's struct st_pid, as the lesson's
    // code names it, p for any other; the `record`th of several records back to back is p[record].
    [[nodiscard]] static QString recordName(const StructLayout &layout, quint64 record);
    // What writing `bytes` (the field's own bytes, as FieldCodec::encode gives them) does, in C. `lvalue`
    // names the field: "stpid->names". A char array written up to its NUL is a strcpy; bytes that are not
    // one value of the field (an undo's bytes of a longer name) are a memcpy into it.
    [[nodiscard]] static QString statement(const StructField &field, const QString &lvalue,
                                           QByteArrayView bytes);
};

} // namespace core
