#include "app/leaks/leaksdialog.h"

#include "app/columnfitter.h"
#include "app/leaks/leaksmodel.h"
#include "app/removalquestion.h"
#include "app/table/posixobjectcommands.h"
#include "app/table/posixtablemodel.h"
#include "app/table/refreshcontroller.h"
#include "core/namespaces/segmentremover.h"
#include "core/segments/segmentformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <ctime>

using core::LeakItem;
using core::SegmentFormat;

namespace app {

namespace {

// Why an item stays whatever the user asks, or an empty string when it can be removed: a removed segment goes
// only with its last process, and some POSIX objects the window does not unlink (PosixTableModel says which).
QString whyKept(const LeakItem &item)
{
    if (item.kind == LeakItem::Kind::OrphanObject) {
        const QString why = PosixTableModel::whyNotRemovable(item.object);
        return why.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(item.object.name, why);
    }
    if (item.removable())
        return {};
    return LeaksDialog::tr("segment %1 is removed already: it goes when %2 detach or end.")
        .arg(item.segment.shmid)
        .arg(core::LeakReport::keepers(item.segment));
}

// One line of the question: what goes, and its bytes.
QString itemLine(const LeakItem &item)
{
    const QString size = SegmentFormat::humanSize(item.bytes);
    if (item.kind == LeakItem::Kind::OrphanObject)
        return LeaksDialog::tr("POSIX object %1 (%2)").arg(item.object.name, size);
    return LeaksDialog::tr("segment %1, key %2 (%3)")
        .arg(item.segment.shmid)
        .arg(SegmentFormat::creationKey(item.segment), size);
}

} // namespace

LeaksDialog::LeaksDialog(RefreshController *refresh, QWidget *parent, QString logindRoot)
    : QDialog(parent),
      m_refresh(refresh),
      m_model(new LeaksModel(this)),
      m_table(new QTableView(this)),
      m_totals(new QLabel(this)),
      m_removeIpc(new QLabel(this)),
      m_status(new QLabel(this)),
      m_removeSelected(new QPushButton(this)),
      m_removeAll(new QPushButton(this)),
      m_close(new QPushButton(this)),
      m_logindRoot(std::move(logindRoot))
{
    setObjectName(QStringLiteral("leaksDialog"));
    m_table->setObjectName(QStringLiteral("leaksTable"));
    m_totals->setObjectName(QStringLiteral("leaksTotals"));
    m_removeIpc->setObjectName(QStringLiteral("removeIpcNote"));
    m_status->setObjectName(QStringLiteral("leaksStatus"));
    m_removeSelected->setObjectName(QStringLiteral("removeSelectedLeaks"));
    m_removeAll->setObjectName(QStringLiteral("removeAllLeaks"));
    m_close->setObjectName(QStringLiteral("closeLeaks"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_columns = new ColumnFitter(m_table, m_table->horizontalHeader());
    m_columns->setSpareColumn(LeaksModel::WhyColumn, ColumnFitter::Overflow::Scroll);
    for (QLabel *label : {m_totals, m_removeIpc, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_removeIpc->hide();
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_removeSelected, QDialogButtonBox::ActionRole);
    buttons->addButton(m_removeAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_removeSelected->setAutoDefault(false);
    m_removeAll->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_removeIpc);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);

    connect(m_removeSelected, &QPushButton::clicked, this, &LeaksDialog::removeSelected);
    connect(m_removeAll, &QPushButton::clicked, this, &LeaksDialog::removeAll);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_refresh, &RefreshController::scanned, this, &LeaksDialog::takeScan);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeaksDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeaksDialog::updateButtons);
    retranslate();
}

void LeaksDialog::showView()
{
    // Read at each opening: a changed logind.conf shows without a restart, and it is a few small files.
    m_logind = core::LogindRemoveIpc::read(m_logindRoot);
    m_status->hide();
    showReport();
    show();
    raise();
    activateWindow();
    m_refresh->refreshNow();
}

void LeaksDialog::takeScan(const core::ScanResult &result)
{
    m_scan = result;
    if (isVisible())
        showReport();
}

void LeaksDialog::showReport()
{
    const QString note = removeIpcNote();
    m_removeIpc->setText(note);
    m_removeIpc->setVisible(!note.isEmpty());
    if (!m_scan) {
        m_totals->setText(tr("Waiting for the first refresh…"));
        return;
    }
    m_model->setReport(core::LeakReport::of(*m_scan, qint64(::time(nullptr))));
    m_totals->setText(m_model->report().summary());
    updateButtons();
}

QString LeaksDialog::removeIpcNote() const
{
    if (!m_logind.on)
        return {};
    const QString file =
        m_logind.decidedBy.isEmpty() ? QStringLiteral("/etc/systemd/logind.conf") : m_logind.decidedBy;
    const QString source = m_logind.decidedBy.isEmpty() ? tr("the default of RemoveIPC in %1").arg(file)
                                                        : tr("RemoveIPC=yes in %1").arg(file);
    return tr("logind removes a user's segments and POSIX objects when their last session ends (%1): what a "
              "logged-out user left is gone already, and what is listed here belongs to users still logged in, "
              "to root or to system users, which logind spares.")
        .arg(source);
}

void LeaksDialog::updateButtons()
{
    m_removeSelected->setEnabled(m_table->selectionModel()->hasSelection());
    m_removeAll->setEnabled(m_model->rowCount() > 0);
}

void LeaksDialog::removeSelected()
{
    QList<LeakItem> items;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        items << m_model->itemAt(row.row());
    remove(items);
}

void LeaksDialog::removeAll()
{
    remove(m_model->report().items());
}

void LeaksDialog::remove(const QList<LeakItem> &items)
{
    QStringList going;
    QStringList staying;
    QList<core::SegmentInfo> segments;
    QList<core::PosixObject> objects;
    for (const LeakItem &item : items) {
        if (const QString why = whyKept(item); !why.isEmpty()) {
            staying << why;
            continue;
        }
        going << itemLine(item);
        if (item.kind == LeakItem::Kind::OrphanObject)
            objects << item.object;
        else
            segments << item.segment;
    }
    if (going.isEmpty()) {
        m_status->setText(staying.isEmpty() ? tr("Select what to remove.") : staying.join(QLatin1Char('\n')));
        m_status->show();
        return;
    }
    const QString text = tr("Remove %n leftover(s)?", nullptr, int(going.size())) + QStringLiteral("\n\n")
                         + going.join(QLatin1Char('\n'));
    QString info = tr("Segments go with shmctl(IPC_RMID), what ipcrm -m does; POSIX objects with shm_unlink(). "
                      "It cannot be undone.");
    if (!staying.isEmpty())
        info += QStringLiteral("\n\n") + tr("Not removed:") + QLatin1Char('\n') + staying.join(QLatin1Char('\n'));
    if (!RemovalQuestion{QStringLiteral("removeLeaksConfirmation"), tr("Remove Leftovers"), text, info,
                         tr("&Remove")}
             .ask(this))
        return;

    QStringList errors;
    const QList<core::IpcNamespace> namespaces = m_scan ? m_scan->namespaces : QList<core::IpcNamespace>();
    for (const core::SegmentInfo &s : segments) {
        if (const auto removed = core::SegmentRemover::remove(s, namespaces); !removed.ok())
            errors << removed.error().toString();
    }
    errors += PosixObjectCommands::unlink(objects);
    errors += staying;
    m_status->setText(errors.join(QLatin1Char('\n')));
    m_status->setVisible(!errors.isEmpty());
    m_refresh->refreshNow();
}

void LeaksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LeaksDialog::retranslate()
{
    setWindowTitle(tr("Leaks"));
    setAccessibleName(tr("Leaks"));
    m_table->setAccessibleName(tr("What is left behind"));
    m_totals->setAccessibleName(tr("Totals"));
    m_removeIpc->setAccessibleName(tr("logind's RemoveIPC"));
    m_status->setAccessibleName(tr("What the last removal did"));
    m_removeSelected->setText(tr("Remove &Selected…"));
    m_removeSelected->setToolTip(tr("Remove the selected segments and POSIX objects, after one question that "
                                    "lists them"));
    m_removeAll->setText(tr("Remove &All…"));
    m_removeAll->setToolTip(tr("Remove every segment and POSIX object listed, after one question that lists "
                               "them"));
    m_close->setText(tr("&Close"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, LeaksModel::ColumnCount - 1);
    if (isVisible())
        showReport();
}

} // namespace app
