#pragma once

#include <QString>

class QWidget;

namespace app {

// The question asked before a removal that cannot be undone (ipcrm, shm_unlink): Cancel is the default, and
// the destructive button is named after what it does. `objectName` lets tests find the box. The texts come
// translated from the caller, in the caller's words. True when the user chose to remove.
struct RemovalQuestion
{
    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    QString removeButton;

    [[nodiscard]] bool ask(QWidget *parent) const;
};

} // namespace app
