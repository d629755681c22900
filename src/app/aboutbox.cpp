#include "app/aboutbox.h"

#include <QMessageBox>

namespace app {

QString AboutBox::text()
{
    const QString homepage = QStringLiteral(SHMSCOPE_HOMEPAGE);
    return tr("<h3>ShmScope %1</h3>"
              "<p>Inspect and edit Linux System V shared memory: the segments ipcs -m lists, live, with "
              "their "
              "bytes, their structs and every call made to the kernel.</p>"
              "<p>Copyright (c) 2026 the ShmScope authors. Free software under the MIT License.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p><a href=\"%4\">%4</a></p>")
        .arg(QStringLiteral(SHMSCOPE_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), homepage);
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About ShmScope"), text());
}

} // namespace app
