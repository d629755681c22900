#include "core/kernel/foreignattaches.h"

#include <iterator>
#include <map>

namespace core {

namespace {

struct Range
{
    quint64 end;
    quint64 namespaceInode;
};

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// By start address; attaches never overlap.
std::map<quint64, Range> &registry()
{
    static std::map<quint64, Range> ranges;
    return ranges;
}

} // namespace

ForeignAttaches::Lock ForeignAttaches::lock()
{
    return Lock(registryMutex());
}

void ForeignAttaches::add(const Lock &held, quint64 address, quint64 length, quint64 namespaceInode)
{
    Q_ASSERT(held.owns_lock());
    registry()[address] = Range{address + length, namespaceInode};
}

void ForeignAttaches::remove(const Lock &held, quint64 address)
{
    Q_ASSERT(held.owns_lock());
    registry().erase(address);
}

quint64 ForeignAttaches::namespaceAt(quint64 address)
{
    const Lock held = lock();
    const auto &ranges = registry();
    auto after = ranges.upper_bound(address);
    if (after == ranges.begin())
        return 0;
    const auto &[start, range] = *std::prev(after);
    return address >= start && address < range.end ? range.namespaceInode : 0;
}

} // namespace core
