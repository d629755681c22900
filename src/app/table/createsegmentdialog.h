#pragma once

#include "core/segments/segmentinfo.h"

#include <QDialog>

#include <array>
#include <memory>
#include <optional>

class QCheckBox;

namespace Ui {
class CreateSegmentDialog;
}

namespace app {

// Asks for key (or IPC_PRIVATE), size and mode, shows the shmget() call it will make, and makes it.
// Bad input and kernel refusals are shown in the dialog, which stays open: nothing is created.
class CreateSegmentDialog : public QDialog
{
    Q_OBJECT

public:
    CreateSegmentDialog(const core::ShmLimits &limits, const core::ShmUsage &usage, QWidget *parent = nullptr);
    ~CreateSegmentDialog() override;

    // The shmid made, once the dialog was accepted.
    [[nodiscard]] int createdShmid() const { return m_createdShmid; }
    [[nodiscard]] QString createdCall() const { return m_createdCall; }

    void accept() override;

protected:
    // On a language change the button box names its standard buttons again, after this dialog's
    // changeEvent(): the dialog renames OK to Create once its children are done, in event().
    bool event(QEvent *event) override;

private:
    void retranslate();
    struct Request
    {
        std::optional<qint32> key; // nullopt = IPC_PRIVATE
        quint64 size = 0;
        quint32 mode = 0;
    };
    // The request, or the sentence that says what is wrong with the input.
    [[nodiscard]] std::variant<Request, QString> readInput() const;
    [[nodiscard]] QString checkLimits(quint64 size) const;
    void updatePreview();
    // The unit box and a unit typed after the size say the same: the one changed last sets the other.
    void sizeTextChanged();
    void unitChosen();
    [[nodiscard]] QString chosenUnit() const; // "" for bytes
    void modeTextEdited();
    void checkboxToggled();

    std::unique_ptr<Ui::CreateSegmentDialog> m_ui;
    std::array<QCheckBox *, 9> m_bits{}; // from 0400 (owner read) down to 0001 (others execute)
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
    int m_createdShmid = -1;
    QString m_createdCall;
};

} // namespace app
