#pragma once

#include "core/layout/structlayout.h"
#include "core/layout/structparser.h"

#include <QDataStream>

namespace core {

// What the layout worker (shmscope-layout) sends back on its standard output: the layout or the error, and
// the diagnostics, in QDataStream's format. Both ends are this same build, so the format needs no version.
struct LayoutReply
{
    bool ok = false;
    StructLayout layout;  // when ok
    QString errorMessage; // when not ok
    QList<StructDiagnostic> diagnostics;
};

QDataStream &operator<<(QDataStream &out, const Enumerator &value);
QDataStream &operator>>(QDataStream &in, Enumerator &value);
QDataStream &operator<<(QDataStream &out, const StructField &field);
QDataStream &operator>>(QDataStream &in, StructField &field);
QDataStream &operator<<(QDataStream &out, const StructLayout &layout);
QDataStream &operator>>(QDataStream &in, StructLayout &layout);
QDataStream &operator<<(QDataStream &out, const StructDiagnostic &diagnostic);
QDataStream &operator>>(QDataStream &in, StructDiagnostic &diagnostic);
QDataStream &operator<<(QDataStream &out, const LayoutReply &reply);
QDataStream &operator>>(QDataStream &in, LayoutReply &reply);

} // namespace core
