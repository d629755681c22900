#include "app/settings.h"

#include "app/guilogging.h"
#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/table/refreshcontroller.h"
#include "core/segments/segmentformat.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTableView>

#include <algorithm>

namespace app {

const QString Settings::GeometryKey = QStringLiteral("window/geometry");
const QString Settings::WindowStateKey = QStringLiteral("window/state");
const QString Settings::TableHeaderKey = QStringLiteral("table/header");
const QString Settings::RefreshIntervalKey = QStringLiteral("table/refreshIntervalMs");
const QString Settings::TickIntervalKey = QStringLiteral("hex/tickIntervalMs");
const QString Settings::BytesPerLineKey = QStringLiteral("hex/bytesPerLine");
const QString Settings::ZoomKey = QStringLiteral("view/zoom");
const QString Settings::LanguageKey = QStringLiteral("language");
const QString Settings::RecentLayoutsKey = QStringLiteral("recentLayouts");
const QString Settings::LayoutForKeyGroup = QStringLiteral("layoutForKey");

namespace {

// Raised when a dock or toolbar is renamed or removed: saveState() data of another version is ignored.
constexpr int StateVersion = 1;

void warnIgnored(const QString &key, const QVariant &value, const QString &why)
{
    QString shown;
    if (value.typeId() == QMetaType::QByteArray)
        shown = QStringLiteral("%1 bytes of data").arg(value.toByteArray().size()); // binary: not printable
    else if (value.typeId() == QMetaType::QStringList)
        shown = QLatin1Char('"') + value.toStringList().join(QStringLiteral(", ")) + QLatin1Char('"');
    else
        shown = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    qCWarning(lcGui).noquote() << QStringLiteral("settings: ignoring %1 = %2: %3").arg(key, shown, why);
}

// QSettings writes plain text, and reads nearly anything as keys; bytes that are not text (binary garbage,
// a truncated write) were not written by it, whatever it makes of them.
bool isText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // none yet: nothing to doubt
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.readAll());
    return !utf8.hasError() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t';
    });
}

// A file that is not ours to read is kept beside, for a look, and the next save writes a clean one.
void setAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    const QString kept = QFile::rename(path, aside) ? QStringLiteral(" (kept as %1)").arg(aside) : QString();
    qCWarning(lcGui).noquote()
        << QStringLiteral("settings: ignoring %1: not a settings file%2; the window starts as new")
               .arg(path, kept);
}

QString layoutForKeySetting(qint32 key)
{
    return Settings::LayoutForKeyGroup + QLatin1Char('/') + core::SegmentFormat::key(key);
}

} // namespace

Settings::Settings(MainWindow *window) : QObject(window), m_window(window) {}

void Settings::restore()
{
    Q_ASSERT(m_window);
    m_window->installEventFilter(this);
    connect(m_window, &MainWindow::segmentTabOpened, this, &Settings::watchTab, Qt::UniqueConnection);
    const QSettings settings;
    // QSettings reads the file on first use: read it, then ask whether it could be.
    const QStringList keys = settings.allKeys();
    if (settings.status() == QSettings::AccessError) {
        qCWarning(lcGui).noquote() << "settings: cannot read" << settings.fileName()
                                   << "- the window starts as new";
        return;
    }
    if (settings.status() == QSettings::FormatError || !isText(settings.fileName())) {
        setAside(settings.fileName());
        return;
    }
    if (keys.isEmpty())
        return; // the first start: nothing saved yet
    if (const auto geometry = readState(settings, GeometryKey);
        geometry && !m_window->restoreGeometry(*geometry))
        warnIgnored(GeometryKey, *geometry, QStringLiteral("not a window geometry"));
    if (const auto state = readState(settings, WindowStateKey);
        state && !m_window->restoreState(*state, StateVersion))
        warnIgnored(WindowStateKey, *state, QStringLiteral("not a state of this window's docks and toolbar"));
    if (const auto header = readState(settings, TableHeaderKey))
        restoreTableHeader(*header);
    if (const auto ms = readInt(settings, RefreshIntervalKey, RefreshController::MinimumIntervalMs,
                                RefreshController::MaximumIntervalMs)) {
        // Through the tool bar's spin box, which sets the refresh, so that both say the same.
        m_window->refreshIntervalBox()->setValue(*ms / 1000.0);
    }
    m_tickMs =
        readInt(settings, TickIntervalKey, SegmentDocument::MinimumTickMs, SegmentDocument::MaximumTickMs);
    m_bytesPerLine =
        readInt(settings, BytesPerLineKey, HexView::MinimumBytesPerLine, HexView::MaximumBytesPerLine);
    if (const auto zoom = readInt(settings, ZoomKey, MainWindow::MinimumZoom, MainWindow::MaximumZoom))
        m_window->setZoom(*zoom);
}

void Settings::restoreTableHeader(const QByteArray &state)
{
    QTableView *table = m_window->segmentTable();
    QHeaderView *header = table->horizontalHeader();
    const QByteArray before = header->saveState();
    // A table with every column hidden could not be brought back: its header is where columns are shown.
    if (!header->restoreState(state) || header->hiddenSectionCount() == header->count()) {
        header->restoreState(before);
        warnIgnored(TableHeaderKey, state, QStringLiteral("not a state of the segment table's columns"));
        return;
    }
    table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // The window fits the columns to the rows of its first scan, which comes later: the saved widths win.
    connect(
        m_window->refreshController(), &RefreshController::scanned, header,
        [header, state] { header->restoreState(state); }, Qt::SingleShotConnection);
}

void Settings::save()
{
    Q_ASSERT(m_window);
    // Presentation mode is for one lesson, not for the next start: remember the window as it was before.
    const QByteArray geometry =
        m_window->isPresenting() ? m_window->geometryBeforePresentation() : m_window->saveGeometry();
    m_window->setPresentation(false);
    QSettings settings;
    settings.setValue(GeometryKey, geometry);
    settings.setValue(WindowStateKey, m_window->saveState(StateVersion));
    settings.setValue(TableHeaderKey, m_window->segmentTable()->horizontalHeader()->saveState());
    settings.setValue(RefreshIntervalKey, m_window->refreshController()->intervalMs());
    if (m_tickMs)
        settings.setValue(TickIntervalKey, *m_tickMs);
    if (m_bytesPerLine)
        settings.setValue(BytesPerLineKey, *m_bytesPerLine);
    settings.setValue(ZoomKey, m_window->zoom());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcGui).noquote() << "settings: could not write" << settings.fileName();
}

QString Settings::language() const
{
    return QSettings().value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &value)
{
    QSettings().setValue(LanguageKey, value);
}

QStringList Settings::recentLayouts() const
{
    return QSettings().value(RecentLayoutsKey).toStringList();
}

void Settings::setRecentLayouts(const QStringList &layouts)
{
    QSettings().setValue(RecentLayoutsKey, layouts);
}

QString Settings::layoutForKey(qint32 key) const
{
    return QSettings().value(layoutForKeySetting(key)).toString();
}

void Settings::setLayoutForKey(qint32 key, const QString &layout)
{
    QSettings settings;
    if (layout.isEmpty())
        settings.remove(layoutForKeySetting(key));
    else
        settings.setValue(layoutForKeySetting(key), layout);
}

bool Settings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

void Settings::watchTab(SegmentTab *tab)
{
    if (m_tickMs)
        tab->tickIntervalBox()->setValue(*m_tickMs);
    connect(tab->tickIntervalBox(), &QSpinBox::valueChanged, this, [this](int ms) { m_tickMs = ms; });
    if (m_bytesPerLine)
        tab->bytesPerLineBox()->setValue(*m_bytesPerLine);
    connect(tab->bytesPerLineBox(), &QSpinBox::valueChanged, this,
            [this](int count) { m_bytesPerLine = count; });
}

std::optional<int> Settings::readInt(const QSettings &settings, const QString &key, int minimum, int maximum)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        warnIgnored(key, value, QStringLiteral("not a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return number;
}

// Data from saveState() or saveGeometry(), which QSettings writes as @ByteArray(...): text is not that.
std::optional<QByteArray> Settings::readState(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return std::nullopt;
    if (value.typeId() != QMetaType::QByteArray) {
        warnIgnored(key, value, QStringLiteral("not saved state data"));
        return std::nullopt;
    }
    return value.toByteArray();
}

} // namespace app
