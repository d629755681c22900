#include "app/table/createposixdialog.h"

#include "core/inputparser.h"
#include "core/kernel/posixshm.h"
#include "core/shmname.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>
#include <optional>
#include <sys/types.h>

using core::PosixShm;

namespace app {

namespace {

// This process's umask, which shm_open() applies to the mode as open() does; read from /proc/self/status
// (Linux 4.7 and later), since umask() can only be read by changing it.
std::optional<quint32> currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Umask:")) {
            bool ok = false;
            const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
            return ok ? std::optional<quint32>(mask) : std::nullopt;
        }
    }
    return std::nullopt;
}

QString octal(quint32 mode)
{
    return QLatin1Char('0') + QString::number(mode, 8).rightJustified(3, QLatin1Char('0'));
}

} // namespace

CreatePosixDialog::CreatePosixDialog(QWidget *parent)
    : QDialog(parent), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_sizeLabel(new QLabel(this)), m_size(new QLineEdit(this)), m_modeLabel(new QLabel(this)),
      m_mode(new QLineEdit(this)), m_preview(new QLabel(this)), m_umaskNote(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("CreatePosixDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_size->setObjectName(QStringLiteral("sizeEdit"));
    m_mode->setObjectName(QStringLiteral("modeEdit"));
    m_preview->setObjectName(QStringLiteral("callPreview"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_nameLabel->setBuddy(m_name);
    m_sizeLabel->setBuddy(m_size);
    m_modeLabel->setBuddy(m_mode);
    m_name->setText(QStringLiteral("/st_pid"));
    m_size->setText(QStringLiteral("4096"));
    m_mode->setText(QStringLiteral("600"));
    m_mode->setMaxLength(4);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_umaskNote->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_modeLabel, m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_umaskNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslate();
    // The name is what a user types first: typed at once, it replaces the example after the slash.
    m_name->setFocus();
    m_name->setSelection(1, m_name->text().size() - 1);

    for (QLineEdit *edit : {m_name, m_size, m_mode})
        connect(edit, &QLineEdit::textChanged, this, &CreatePosixDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreatePosixDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreatePosixDialog::reject);
    updatePreview();
}

void CreatePosixDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CreatePosixDialog::retranslate()
{
    setWindowTitle(tr("New POSIX Object"));
    setAccessibleName(tr("New POSIX shared memory object"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setToolTip(tr("A / and then a name without another /, such as /st_pid: what processes give "
                          "shm_open() to find the object. Its file is /dev/shm/NAME."));
    m_name->setAccessibleName(tr("Name"));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setToolTip(
        tr("Bytes (4096), or a number with a unit (4 KiB, 1.5 MiB, 2 GB). 0 makes an empty object: "
           "ftruncate() can grow it later."));
    m_size->setAccessibleName(tr("Size"));
    m_modeLabel->setText(tr("&Mode (octal):"));
    m_mode->setAccessibleName(tr("Mode in octal"));
    m_preview->setAccessibleName(tr("The calls that will be made"));
    m_error->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    updatePreview();
}

std::variant<CreatePosixDialog::Request, QString> CreatePosixDialog::readInput() const
{
    Request request;
    const QString name = m_name->text();
    // A lone surrogate (pasted from a broken source) has no UTF-8 form: toUtf8() would make another name.
    if (!name.isValidUtf16())
        return tr("The name is not valid text: it cannot be written as UTF-8.");
    const auto checked = core::ShmName::check(name.toUtf8());
    if (!checked.ok())
        return checked.error().message;
    request.name = checked.value();
    const auto size = core::InputParser::size(m_size->text());
    if (!size.ok())
        return size.error().message;
    // Refused before shm_open(): the object would be made, and ftruncate() then refuse the size.
    if (size.value() > quint64(std::numeric_limits<off_t>::max()))
        return tr("%1 bytes is more than a file may hold (at most %2).")
            .arg(size.value())
            .arg(std::numeric_limits<off_t>::max());
    request.size = size.value();
    const auto mode = core::InputParser::mode(m_mode->text());
    if (!mode.ok())
        return mode.error().message;
    request.mode = mode.value();
    return request;
}

QString CreatePosixDialog::calls(const Request &request, const QString &fd)
{
    return PosixShm::createCall(request.name, request.mode) + QLatin1Char('\n') +
           PosixShm::truncateCall(fd, request.size) + QLatin1Char('\n') + PosixShm::closeCall(fd);
}

void CreatePosixDialog::updatePreview()
{
    const auto input = readInput();
    const auto *request = std::get_if<Request>(&input);
    m_preview->setText(request ? calls(*request, QStringLiteral("fd")) : QStringLiteral("shm_open(…)"));
    if (request)
        m_error->clear();
    const std::optional<quint32> umask = currentUmask();
    m_umaskNote->setVisible(request && umask && (request->mode & *umask) != 0);
    if (request && umask)
        m_umaskNote->setText(
            tr("shm_open() clears the bits of the umask (%1) from the mode, as open() does: the "
               "file gets %2.")
                .arg(octal(*umask), octal(request->mode & ~*umask & 0777)));
}

void CreatePosixDialog::accept()
{
    const auto input = readInput();
    if (const auto *problem = std::get_if<QString>(&input)) {
        m_error->setText(*problem);
        return;
    }
    const Request request = std::get<Request>(input);
    const auto created = PosixShm::create(request.name, request.mode);
    if (!created.ok()) {
        m_error->setText(created.error().toString());
        return;
    }
    const int fd = created.value();
    const QString path = PosixShm::pathOf(request.name);
    const auto truncated = PosixShm::truncate(fd, request.size, path);
    (void)PosixShm::close(fd);
    if (!truncated.ok()) {
        // Nothing half made stays behind: the object goes again, and the log shows it go.
        (void)PosixShm::unlink(request.name);
        m_error->setText(truncated.error().toString());
        return;
    }
    m_createdName = QString::fromUtf8(request.name);
    m_createdCalls = calls(request, QString::number(fd));
    QDialog::accept();
}

} // namespace app
