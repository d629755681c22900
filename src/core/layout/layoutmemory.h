#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace core {

// What a layout is remembered by: a System V segment's key (0, IPC_PRIVATE: none), or a POSIX object's name
// ("/st_pid", "memfd:buffer"), which outlives the object as a key does a segment.
struct LayoutSubject
{
    LayoutSubject(qint32 segmentKey) : key(segmentKey) {} // NOLINT(google-explicit-constructor): a key is one
    explicit LayoutSubject(QString objectName) : name(std::move(objectName)) {}

    [[nodiscard]] bool isNone() const { return key == 0 && name.isEmpty(); }

    qint32 key = 0;
    QString name;
};

// Where LayoutLibrary keeps what it remembers from one run to the next: the program's settings, which the
// window owns (app::Settings). Core reads and writes no settings file of its own.
//
// A layout is remembered for a LayoutSubject, by what LayoutLibrary::load() finds it again with: a saved layout's name, the
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
    // The same for a POSIX object's name.
    [[nodiscard]] virtual QString layoutForName(const QString &name) const = 0;
    virtual void setLayoutForName(const QString &name, const QString &layout) = 0;

protected:
    LayoutMemory() = default;
    LayoutMemory(const LayoutMemory &) = default;
    LayoutMemory &operator=(const LayoutMemory &) = default;
};

} // namespace core
