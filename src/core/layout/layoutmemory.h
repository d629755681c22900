#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Where LayoutLibrary keeps what it remembers from one run to the next: the program's settings, which the
// window owns (app::Settings). Core reads and writes no settings file of its own.
//
// A layout is remembered by what LayoutLibrary::load() finds it again with: a saved layout's name, the
// built-in's, or the absolute path of a .h file.
class LayoutMemory
{
public:
    virtual ~LayoutMemory() = default;

    [[nodiscard]] virtual QStringList recentLayouts() const = 0;
    virtual void setRecentLayouts(const QStringList &layouts) = 0;
    // Empty when none is remembered for the key.
    [[nodiscard]] virtual QString layoutForKey(qint32 key) const = 0;
    // An empty layout forgets the key's.
    virtual void setLayoutForKey(qint32 key, const QString &layout) = 0;

protected:
    LayoutMemory() = default;
    LayoutMemory(const LayoutMemory &) = default;
    LayoutMemory &operator=(const LayoutMemory &) = default;
};

} // namespace core
