#include "app/table/createmessagequeuedialog.h"

#include "core/kernel/msg.h"

using core::Msg;

namespace app {

CreateMessageQueueDialog::CreateMessageQueueDialog(QWidget *parent) : IpcCreateDialog(parent)
{
    setObjectName(QStringLiteral("CreateMessageQueueDialog"));
    retranslate();
}

void CreateMessageQueueDialog::retranslate()
{
    setWindowTitle(tr("New Message Queue"));
    setAccessibleName(tr("New System V message queue"));
    setKeyToolTip(tr("The number processes agree on to find the queue: hex (0x1234) or decimal."));
    IpcCreateDialog::retranslate();
}

std::variant<QString, QString> CreateMessageQueueDialog::preview() const
{
    const auto input = readKeyAndMode();
    if (const auto *problem = std::get_if<QString>(&input))
        return std::variant<QString, QString>(std::in_place_index<1>, *problem);
    const KeyAndMode &r = std::get<KeyAndMode>(input);
    return std::variant<QString, QString>(std::in_place_index<0>,
                                          QStringLiteral("msqid = ") + Msg::createCall(r.key, r.mode));
}

QString CreateMessageQueueDialog::create()
{
    const KeyAndMode r = std::get<KeyAndMode>(readKeyAndMode());
    const auto created = Msg::create(r.key, r.mode);
    if (!created.ok())
        return created.error().toString();
    m_msqid = created.value();
    m_call = Msg::createCall(r.key, r.mode);
    return {};
}

} // namespace app
