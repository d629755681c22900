#include "core/kernel/uncountedmappings.h"

#include <iterator>
#include <map>

namespace core {

namespace {

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Each mapping's end by its start address; mappings never overlap.
std::map<quint64, quint64> &registry()
{
    static std::map<quint64, quint64> ends;
    return ends;
}

} // namespace

UncountedMappings::Lock UncountedMappings::lock()
{
    return Lock(registryMutex());
}

void UncountedMappings::add(const Lock &held, quint64 address, quint64 length)
{
    Q_ASSERT(held.owns_lock());
    registry()[address] = address + length;
}

void UncountedMappings::remove(const Lock &held, quint64 address)
{
    Q_ASSERT(held.owns_lock());
    registry().erase(address);
}

bool UncountedMappings::contains(quint64 address)
{
    const Lock held = lock();
    const auto &ends = registry();
    auto after = ends.upper_bound(address);
    if (after == ends.begin())
        return false;
    const auto &[start, end] = *std::prev(after);
    return address >= start && address < end;
}

} // namespace core
