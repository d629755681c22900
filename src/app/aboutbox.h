#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace app {

// Help > About: what ShmScope is, its version and licence (MIT, the LICENSE file), the Qt it runs on, and
// where its home page is.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(app::AboutBox)

public:
    [[nodiscard]] static QString text();
    static void show(QWidget *parent);
};

} // namespace app
