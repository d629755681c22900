#pragma once

#include "app/table/segmentfilterproxy.h"
#include "core/posix/posixobject.h"

namespace app {

// The POSIX table's rows of some kinds (the kind selector's choice), sorted by raw values and narrowed by
// the same filter box as the segments.
class PosixFilterProxy : public SegmentFilterProxy
{
    Q_OBJECT

public:
    explicit PosixFilterProxy(QObject *parent = nullptr);

    void setKinds(const QList<core::PosixObject::Kind> &kinds);
    [[nodiscard]] QList<core::PosixObject::Kind> kinds() const { return m_kinds; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<core::PosixObject::Kind> m_kinds;
};

} // namespace app
