#include "app/removalquestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace app {

bool RemovalQuestion::ask(QWidget *parent) const
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.setInformativeText(informativeText);
    QPushButton *remove = box.addButton(removeButton, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace app
