#include "core/segments/accountnames.h"

#include <grp.h>
#include <pwd.h>

namespace core {

namespace {

template <typename Entry, typename Id>
QString cachedName(QHash<uint, QString> &cache, Id id, int (*lookUp)(Id, Entry *, char *, size_t, Entry **),
                   char *Entry::*nameField)
{
    const auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    char buffer[4096];
    Entry entry = {};
    Entry *found = nullptr;
    QString name = QString::number(id);
    if (lookUp(id, &entry, buffer, sizeof buffer, &found) == 0 && found)
        name = QString::fromLocal8Bit(found->*nameField);
    cache.insert(id, name);
    return name;
}

} // namespace

QString AccountNames::user(uint uid)
{
    return cachedName(m_users, uid_t(uid), getpwuid_r, &passwd::pw_name);
}

QString AccountNames::group(uint gid)
{
    return cachedName(m_groups, gid_t(gid), getgrgid_r, &group::gr_name);
}

} // namespace core
