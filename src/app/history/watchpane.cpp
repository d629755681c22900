#include "app/history/watchpane.h"

#include "app/history/historyplot.h"
#include "app/segment/segmentdocument.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

#include <climits>

namespace app {

WatchPane::WatchPane(SegmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("watchPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    auto *inside = new QWidget(m_scroll);
    m_list = new QVBoxLayout(inside);
    m_list->addStretch(1);
    m_scroll->setWidget(inside);
    layout->addWidget(m_scroll, 1);
    connect(m_document, &SegmentDocument::ticked, this, &WatchPane::poll);
    retranslate();
    hide();
}

core::Result<core::Done> WatchPane::add(core::FieldWatch watch)
{
    if (m_watches.indexOf(watch.name(), watch.offset()) >= 0)
        return core::Error::plain(tr("%1 is watched already.").arg(watch.name()));
    if (watch.offset() > m_document->size() || watch.readLength() > m_document->size() - watch.offset())
        return core::Error::plain(tr("%1 lies past the end of the segment: there is nothing of it to watch.")
                                      .arg(watch.name()));
    const core::FieldWatch &added = m_watches.add(std::move(watch));
    Row row;
    row.box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(row.box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    row.title = new QLabel(row.box);
    row.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.pause = new QPushButton(row.box);
    row.pause->setCheckable(true);
    row.exportCsv = new QPushButton(row.box);
    row.remove = new QPushButton(row.box);
    top->addWidget(row.title, 1);
    top->addWidget(row.pause);
    top->addWidget(row.exportCsv);
    top->addWidget(row.remove);
    boxLayout->addLayout(top);
    row.plot = new HistoryPlot(&added, row.box);
    boxLayout->addWidget(row.plot);
    connect(row.pause, &QPushButton::toggled, this,
            [this](bool paused) { setPaused(rowOf(sender()), paused); });
    connect(row.exportCsv, &QPushButton::clicked, this, [this] { askExport(rowOf(sender())); });
    connect(row.remove, &QPushButton::clicked, this, [this] { remove(rowOf(sender())); });
    m_list->insertWidget(m_list->count() - 1, row.box); // above the stretch
    m_rows.push_back(row);
    poll();
    retranslate();
    // A scroll area asks for no height of its own: without this, the splitter may leave the first plot a
    // strip too thin to read. More watches scroll.
    m_scroll->setMinimumHeight(std::max(m_scroll->minimumHeight(),
                                        row.box->minimumSizeHint().height() + 2 * m_scroll->frameWidth()));
    updateVisibility();
    return core::Done{};
}

void WatchPane::remove(qsizetype i)
{
    if (i < 0 || i >= m_watches.size())
        return;
    // The plot reads the watch: it goes first.
    delete m_rows.at(size_t(i)).box;
    m_rows.erase(m_rows.begin() + i);
    m_watches.remove(i);
    retranslate();
    updateVisibility();
}

void WatchPane::setPresentation(bool on)
{
    m_presenting = on;
    updateVisibility();
}

void WatchPane::updateVisibility()
{
    setVisible(!m_presenting && !m_watches.isEmpty());
}

void WatchPane::setPaused(qsizetype i, bool paused)
{
    if (i < 0 || i >= m_watches.size())
        return;
    m_watches.at(i).setPaused(paused);
    const Row &row = m_rows.at(size_t(i));
    if (row.pause->isChecked() != paused)
        row.pause->setChecked(paused); // comes back here once, with nothing left to do
    updateRow(i);
    row.plot->refresh();
}

qsizetype WatchPane::rowOf(const QObject *button) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (button == row.pause || button == row.exportCsv || button == row.remove)
            return qsizetype(i);
    }
    return -1;
}

void WatchPane::poll()
{
    if (m_watches.isEmpty())
        return;
    const core::WatchList::Reader read = [this](quint64 offset, char *out, quint64 length) {
        return m_document->readInto(offset, out, length);
    };
    m_watches.poll(read, QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = 0; i < m_watches.size(); ++i) {
        updateRow(i);
        // A live plot's time axis runs on to now even when nothing changed.
        if (!m_watches.at(i).isPaused())
            m_rows.at(size_t(i)).plot->refresh();
    }
}

void WatchPane::updateRow(qsizetype i)
{
    const core::FieldWatch &watch = m_watches.at(i);
    const Row &row = m_rows.at(size_t(i));
    const qsizetype kept = watch.samples().size();
    //: A watched field: its name, its value now, and how many values its history keeps.
    row.title->setText(tr("%1 = %2 · %n value(s)", nullptr, int(std::min<qsizetype>(kept, INT_MAX)))
                           .arg(watch.name(), watch.hasValue() ? watch.text() : tr("(not read)")));
    row.pause->setText(watch.isPaused() ? tr("Resume") : tr("Pause"));
}

void WatchPane::retranslate()
{
    m_heading->setText(tr("History of watched fields (%1)").arg(m_watches.size()));
    for (qsizetype i = 0; i < m_watches.size(); ++i) {
        const Row &row = m_rows.at(size_t(i));
        row.pause->setToolTip(tr("Stop recording this field's changes, or record them again"));
        row.exportCsv->setText(tr("Export CSV…"));
        row.exportCsv->setToolTip(tr("Save the values kept, with their times, as a CSV file"));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Stop watching this field and forget its history"));
        row.plot->setToolTip(tr("Each change of %1 the refresh saw; point at the plot to read a value and its time")
                                 .arg(m_watches.at(i).name()));
        updateRow(i);
    }
}

void WatchPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

core::Result<core::Done> WatchPane::exportCsv(qsizetype i, const QString &path) const
{
    QSaveFile file(path);
    const QByteArray text = m_watches.at(i).csv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return core::Error::plain(tr("Could not save %1: %2").arg(path, file.errorString()));
    return core::Done{};
}

void WatchPane::askExport(qsizetype i)
{
    if (i < 0)
        return;
    QString name = m_watches.at(i).name();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto saved = exportCsv(i, path); !saved.ok())
        QMessageBox::warning(this, tr("Export History"), saved.error().message);
}

} // namespace app
