#pragma once

#include <QHash>
#include <QString>

namespace core {

// The names of users and groups (getpwuid_r, getgrgid_r), each id asked once and kept: a scan names the
// owner of every row, and most rows share a few owners. The number itself when the database has no name.
class AccountNames
{
public:
    [[nodiscard]] QString user(uint uid);
    [[nodiscard]] QString group(uint gid);

private:
    QHash<uint, QString> m_users;
    QHash<uint, QString> m_groups;
};

} // namespace core
