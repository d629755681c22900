#include "app/settings.h"

#include "app/columnfitter.h"
#include "app/guilogging.h"
#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/table/kindtabbar.h"
#include "app/table/namespaceselector.h"
#include "app/table/posixtableview.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "core/segments/segmentformat.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QMetaEnum>
#include <QSettings>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTableView>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>

namespace app {

const QString Settings::GeometryKey = QStringLiteral("window/geometry");
const QString Settings::WindowStateKey = QStringLiteral("window/state");
const QString Settings::TableHeaderKey = QStringLiteral("table/header");
const QString Settings::ColumnWidthsGroup = QStringLiteral("table/columnWidths");
const QString Settings::PosixTableHeaderKey = QStringLiteral("table/posixHeader");
const QString Settings::TableKindKey = QStringLiteral("table/kind");
const QString Settings::NamespaceKey = QStringLiteral("table/namespace");
const QString Settings::RefreshIntervalKey = QStringLiteral("table/refreshIntervalMs");
const QString Settings::TickIntervalKey = QStringLiteral("hex/tickIntervalMs");
const QString Settings::BytesPerLineKey = QStringLiteral("hex/bytesPerLine");
const QString Settings::ZoomKey = QStringLiteral("view/zoom");
const QString Settings::LanguageKey = QStringLiteral("language");
const QString Settings::RecentLayoutsKey = QStringLiteral("recentLayouts");
const QString Settings::LayoutForKeyGroup = QStringLiteral("layoutForKey");
const QString Settings::LayoutForNameGroup = QStringLiteral("layoutForName");
const QString Settings::BookmarksForKeyGroup = QStringLiteral("bookmarksForKey");
const QString Settings::BookmarksForNameGroup = QStringLiteral("bookmarksForName");
const QString Settings::FreezeIntervalKey = QStringLiteral("freeze/intervalMs");
const QString Settings::RecorderBudgetKey = QStringLiteral("recorder/budgetMiB");

namespace {

// Raised when a dock or toolbar is renamed or removed: saveState() data of another version is ignored.
constexpr int StateVersion = 1;
// Wider than any screen: a column width past it was not dragged by a hand.
constexpr int MaximumColumnWidth = 100000;
// A settings file of ours holds a few kilobytes: one past this was not written by us.
constexpr qint64 MaximumFileBytes = 1024 * 1024;

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

// A file that is not ours to read is kept beside, for a look, and the next save writes a clean one. A link
// is moved itself, never what it leads to. False when it could not be moved: it is still in the way.
bool setAside(const QString &path, const QString &why)
{
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    // rename(2) itself: QFile::rename() copies what it cannot rename, which would read the file after all.
    const bool moved =
        std::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0;
    const int error = errno;
    const QString kept = moved ? QStringLiteral(" (kept as %1)").arg(aside)
                               : QStringLiteral(" (it could not be moved aside: %1)")
                                     .arg(QString::fromLocal8Bit(std::strerror(error)));
    qCWarning(lcGui).noquote()
        << QStringLiteral("settings: ignoring %1: %2%3; the window starts as new").arg(path, why, kept);
    return moved;
}

// Why the file at `path` is not one to read as settings, or nothing when it is (or there is none).
// QSettings opens and reads whatever the name leads to: a FIFO never finishes opening, /dev/zero never
// ends, a huge file fills the memory.
std::optional<QString> unreadable(const QString &path)
{
    struct stat info = {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt; // none yet, or a link to nothing: QSettings reads nothing
    QString why;
    if (S_ISREG(info.st_mode)) {
        if (info.st_size <= MaximumFileBytes)
            return std::nullopt;
        why = QStringLiteral("%1 bytes, more than the %2 a settings file may have")
                  .arg(qint64(info.st_size))
                  .arg(MaximumFileBytes);
    } else {
        const QString what = S_ISDIR(info.st_mode)    ? QStringLiteral("a folder")
                             : S_ISFIFO(info.st_mode) ? QStringLiteral("a FIFO")
                             : S_ISSOCK(info.st_mode) ? QStringLiteral("a socket")
                                                      : QStringLiteral("a device");
        why = what + QStringLiteral(", not a regular file");
    }
    if (const QString target = QFile::symLinkTarget(path); !target.isEmpty())
        why = QStringLiteral("a symbolic link to %1, %2").arg(target, why);
    return why;
}

// The files QSettings() reads from the user's folder (the application's, then the organization's), named
// without reading them. A QSettings reads the files it names as it is made, and the folder is its own
// (QSettings::setPath() moves it): it is asked for it with an organization that has no files.
QStringList userFiles()
{
    const QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty())
        return {}; // QSettings() is an error then (AccessError); the program always names its organization
    const QString application = QCoreApplication::applicationName();
    const QString probe = QStringLiteral("%1 settings folder probe").arg(organization);
    const QString probeFile =
        QSettings(QSettings::NativeFormat, QSettings::UserScope, probe, application).fileName();
    const QString probeName = probe + QLatin1Char('/') + application;
    const qsizetype at = probeFile.lastIndexOf(probeName);
    if (at < 0)
        return {};
    const QString folder = probeFile.left(at);
    const QString extension = probeFile.mid(at + probeName.size());
    return {folder + organization + QLatin1Char('/') + application + extension,
            folder + organization + extension};
}

// QSettings(), once the files it reads are known to be files to read; null when one is not and could not be
// moved aside, and then nothing is read or written this time.
std::unique_ptr<QSettings> openSettings()
{
    for (const QString &path : userFiles()) {
        if (const std::optional<QString> why = unreadable(path); why && !setAside(path, *why))
            return nullptr;
    }
    return std::make_unique<QSettings>();
}

QVariant storedValue(const QString &key)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return settings ? settings->value(key) : QVariant();
}

// An empty value removes the key.
void store(const QString &key, const QVariant &value)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    if (settings && value.isValid())
        settings->setValue(key, value);
    else if (settings)
        settings->remove(key);
}

QString keySetting(const QString &group, qint32 key)
{
    return group + QLatin1Char('/') + core::SegmentFormat::key(key);
}

// A name's '/' would be a group separator to QSettings: one key a name, percent-encoded ("%2Fst_pid").
QString nameSetting(const QString &group, const QString &name)
{
    return group + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString layoutForKeySetting(qint32 key)
{
    return keySetting(Settings::LayoutForKeyGroup, key);
}

QString layoutForNameSetting(const QString &name)
{
    return nameSetting(Settings::LayoutForNameGroup, name);
}

QString bookmarksSetting(const core::LayoutSubject &subject)
{
    return subject.name.isEmpty() ? keySetting(Settings::BookmarksForKeyGroup, subject.key)
                                  : nameSetting(Settings::BookmarksForNameGroup, subject.name);
}

} // namespace

Settings::Settings(MainWindow *window) : QObject(window), m_window(window) {}

void Settings::restore()
{
    Q_ASSERT(m_window);
    m_window->installEventFilter(this);
    connect(m_window, &MainWindow::segmentTabOpened, this, &Settings::watchTab, Qt::UniqueConnection);
    const std::unique_ptr<const QSettings> opened = openSettings();
    if (!opened)
        return;
    const QSettings &settings = *opened;
    // QSettings has read the file as it was made: ask whether it could.
    const QStringList keys = settings.allKeys();
    if (settings.status() == QSettings::AccessError) {
        qCWarning(lcGui).noquote() << "settings: cannot read" << settings.fileName()
                                   << "- the window starts as new";
        return;
    }
    if (settings.status() == QSettings::FormatError || !isText(settings.fileName())) {
        setAside(settings.fileName(), QStringLiteral("not a settings file"));
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
    const auto segmentHeader = readState(settings, TableHeaderKey);
    if (segmentHeader)
        restoreTableHeader(m_window->segmentTable(), TableHeaderKey, *segmentHeader);
    if (const auto header = readState(settings, PosixTableHeaderKey))
        restoreTableHeader(m_window->posixTable(), PosixTableHeaderKey, *header);
    restoreColumnWidths(settings);
    if (const QVariant kind = settings.value(TableKindKey); kind.isValid()) {
        if (const auto chosen = KindTabBar::fromSettingName(kind.toString()))
            m_window->kindTabBar()->setCurrentKind(*chosen);
        else
            warnIgnored(TableKindKey, kind, QStringLiteral("not a kind of the tables"));
    }
    if (const QVariant chosen = settings.value(NamespaceKey);
        chosen.isValid() && !m_window->namespaceSelector()->setSettingValue(chosen.toString()))
        warnIgnored(NamespaceKey, chosen, QStringLiteral("not ours, all or a namespace's inode"));
    // Rows of several namespaces are told apart by their Namespace column: shown, as when the user chooses them,
    // unless a saved header says whether the user wants it.
    if (!segmentHeader && m_window->namespaceSelector()->choice().which != core::NamespaceChoice::Which::Ours)
        m_window->segmentTable()->setColumnHidden(SegmentTableModel::NamespaceColumn, false);
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

void Settings::restoreTableHeader(QTableView *table, const QString &key, const QByteArray &state)
{
    QHeaderView *header = table->horizontalHeader();
    const QByteArray before = header->saveState();
    // A table with every column hidden could not be brought back: its header is where columns are shown.
    if (!header->restoreState(state) || header->hiddenSectionCount() == header->count()) {
        header->restoreState(before);
        warnIgnored(key, state,
                    QStringLiteral("not a state of the %1 table's columns")
                        .arg(key == TableHeaderKey ? QStringLiteral("segment") : QStringLiteral("POSIX")));
        return;
    }
    table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

// The widths the user dragged; the others the window fits to what the columns hold. (The header's state
// holds every width too: those are not what the user chose, and are fitted again.)
void Settings::restoreColumnWidths(const QSettings &settings)
{
    const QMetaEnum columns = QMetaEnum::fromType<SegmentTableModel::Column>();
    QMap<int, int> widths;
    const QString prefix = ColumnWidthsGroup + QLatin1Char('/');
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!key.startsWith(prefix))
            continue;
        bool known = false;
        const int column = columns.keyToValue(key.mid(prefix.size()).toLatin1().constData(), &known);
        if (!known || column == SegmentTableModel::ColumnCount) {
            warnIgnored(key, settings.value(key), QStringLiteral("not a column of the segment table"));
            continue;
        }
        if (const auto width = readInt(settings, key, 1, MaximumColumnWidth))
            widths.insert(column, *width);
    }
    m_window->tableColumns()->setChosenWidths(widths);
}

void Settings::save()
{
    Q_ASSERT(m_window);
    // Presentation mode is for one lesson, not for the next start: remember the window as it was before.
    const QByteArray geometry =
        m_window->isPresenting() ? m_window->geometryBeforePresentation() : m_window->saveGeometry();
    m_window->setPresentation(false);
    const std::unique_ptr<QSettings> opened = openSettings();
    if (!opened)
        return;
    QSettings &settings = *opened;
    settings.setValue(GeometryKey, geometry);
    settings.setValue(WindowStateKey, m_window->saveState(StateVersion));
    settings.setValue(TableHeaderKey, m_window->segmentTable()->horizontalHeader()->saveState());
    settings.setValue(PosixTableHeaderKey, m_window->posixTable()->horizontalHeader()->saveState());
    // Only the widths the user chose: one never chosen is fitted again at the next start.
    settings.remove(ColumnWidthsGroup);
    const QMap<int, int> widths = m_window->tableColumns()->chosenWidths();
    const QMetaEnum columns = QMetaEnum::fromType<SegmentTableModel::Column>();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        settings.setValue(ColumnWidthsGroup + QLatin1Char('/') + QLatin1String(columns.valueToKey(it.key())), it.value());
    settings.setValue(TableKindKey, KindTabBar::settingName(m_window->kindTabBar()->currentKind()));
    settings.setValue(NamespaceKey, m_window->namespaceSelector()->settingValue());
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
    return storedValue(LanguageKey).toString();
}

void Settings::setLanguage(const QString &value)
{
    store(LanguageKey, value);
}

QStringList Settings::recentLayouts() const
{
    return storedValue(RecentLayoutsKey).toStringList();
}

void Settings::setRecentLayouts(const QStringList &layouts)
{
    store(RecentLayoutsKey, layouts);
}

QString Settings::layoutForKey(qint32 key) const
{
    return storedValue(layoutForKeySetting(key)).toString();
}

void Settings::setLayoutForKey(qint32 key, const QString &layout)
{
    store(layoutForKeySetting(key), layout.isEmpty() ? QVariant() : QVariant(layout));
}

QString Settings::layoutForName(const QString &name) const
{
    return storedValue(layoutForNameSetting(name)).toString();
}

void Settings::setLayoutForName(const QString &name, const QString &layout)
{
    store(layoutForNameSetting(name), layout.isEmpty() ? QVariant() : QVariant(layout));
}

QStringList Settings::storedBookmarks(const core::LayoutSubject &subject) const
{
    const QString key = bookmarksSetting(subject);
    const QVariant value = storedValue(key);
    // QSettings reads a list of one as a string: both are lines. Anything else was not written by us.
    if (value.isValid() && value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QString) {
        warnIgnored(key, value, QStringLiteral("not lines of bookmarks"));
        return {};
    }
    return value.toStringList();
}

void Settings::storeBookmarks(const core::LayoutSubject &subject, const QStringList &lines)
{
    store(bookmarksSetting(subject), lines.isEmpty() ? QVariant() : QVariant(lines));
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
    applyPreferences(tab);
    connect(this, &Settings::preferencesChanged, tab, [this, tab] { applyPreferences(tab); });
}

void Settings::applyPreferences(SegmentTab *tab) const
{
    tab->setRecorderBudget(quint64(recorderBudgetMiB()) * 1024 * 1024);
    tab->setFreezeInterval(freezeIntervalMs());
}

int Settings::freezeIntervalMs() const
{
    return storedInt(FreezeIntervalKey, MinimumFreezeIntervalMs, MaximumFreezeIntervalMs, DefaultFreezeIntervalMs);
}

int Settings::recorderBudgetMiB() const
{
    return storedInt(RecorderBudgetKey, MinimumRecorderMiB, MaximumRecorderMiB, DefaultRecorderMiB);
}

void Settings::setPreferences(int freezeIntervalMs, int recorderBudgetMiB)
{
    store(FreezeIntervalKey, std::clamp(freezeIntervalMs, MinimumFreezeIntervalMs, MaximumFreezeIntervalMs));
    store(RecorderBudgetKey, std::clamp(recorderBudgetMiB, MinimumRecorderMiB, MaximumRecorderMiB));
    emit preferencesChanged();
}

int Settings::storedInt(const QString &key, int minimum, int maximum, int fallback)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return settings ? readInt(*settings, key, minimum, maximum).value_or(fallback) : fallback;
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
