// The Simplified Chinese translation: every string translated and the .ts current with the sources; the real
// main window, offscreen, in Chinese from the start and switched at run time both ways; core's messages and
// Qt's own buttons in Chinese; and the shmscope binary carrying the translation while --list stays ipcs's.
// English: its .ts gives every count its two forms, and the window and the binary say "1 byte", "2 bytes".

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/table/createsegmentdialog.h"
#include "app/table/segmenttablemodel.h"
#include "core/inputparser.h"
#include "core/kernel/attachment.h"
#include "core/kernel/shm.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include "app/segment/segmenttab.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

using app::LanguageManager;
using Choice = app::LanguageManager::Choice;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;                // the <translation> type attribute: "unfinished", "vanished", "obsolete" or ""
    QStringList translations;    // the text, or each numerus form

    [[nodiscard]] QString name() const
    {
        return context + QStringLiteral(" \"") + source + QLatin1Char('"');
    }
};

std::optional<QList<TsMessage>> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return messages;
}

// %1, %L2, %n: what arg() and tr()'s count fill in. A translation must keep every one.
std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    std::multiset<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString menuTitle(const app::MainWindow &window, const char *name)
{
    const auto *menu = window.findChild<QMenu *>(QLatin1String(name));
    return menu ? menu->title() : QStringLiteral("(no menu %1)").arg(QLatin1String(name));
}

QString ownerHeader(const app::MainWindow &window)
{
    // What the table shows: the view's model is the sort/filter proxy in front of the segment model.
    const auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    return table->model()->headerData(app::SegmentTableModel::OwnerColumn, Qt::Horizontal).toString();
}

// Every text a user or a screen reader meets in a widget tree, keyed by where it sits (object names, or class
// and place among siblings). Addresses of attaches differ from window to window and are masked; what the
// details panel says is live data, not a label, and is left out. So are Qt's own inner widgets (qt_*, such as
// a dock's float button, and a tab bar's scroll buttons): Qt names them once, when made, whatever the
// language does later.
QMap<QString, QString> textsOf(QObject *object, const QString &path = QString())
{
    QMap<QString, QString> out;
    if (object->objectName().startsWith(QLatin1String("qt_")))
        return out;
    const auto put = [&out, &path](const char *what, const QString &text) {
        static const QRegularExpression address(QStringLiteral("0x[0-9a-f]{9,}"));
        if (!text.isEmpty())
            out.insert(path + u'.' + QLatin1String(what), QString(text).replace(address, QStringLiteral("0xADDRESS")));
    };
    if (auto *w = qobject_cast<QWidget *>(object)) {
        put("windowTitle", w->windowTitle());
        put("toolTip", w->toolTip());
        put("statusTip", w->statusTip());
        put("accessibleName", w->accessibleName());
    }
    if (auto *button = qobject_cast<QAbstractButton *>(object))
        put("text", button->text());
    if (auto *label = qobject_cast<QLabel *>(object))
        put("text", label->text());
    if (auto *edit = qobject_cast<QLineEdit *>(object))
        put("placeholderText", edit->placeholderText());
    if (auto *spin = qobject_cast<QSpinBox *>(object))
        put("suffix", spin->suffix());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(object))
        put("suffix", spin->suffix());
    if (auto *combo = qobject_cast<QComboBox *>(object)) {
        for (int i = 0; i < combo->count(); ++i)
            put(qPrintable(QStringLiteral("item%1").arg(i)), combo->itemText(i));
    }
    if (auto *menu = qobject_cast<QMenu *>(object))
        put("title", menu->title());
    if (auto *action = qobject_cast<QAction *>(object)) {
        put("text", action->text());
        put("toolTip", action->toolTip());
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(object)) {
        for (int i = 0; i < tabs->count(); ++i)
            put(qPrintable(QStringLiteral("tab%1").arg(i)), tabs->tabText(i));
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(object); view && view->model()) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            put(qPrintable(QStringLiteral("header%1").arg(column)),
                view->model()->headerData(column, Qt::Horizontal).toString());
            put(qPrintable(QStringLiteral("headerTip%1").arg(column)),
                view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    if (auto *bar = qobject_cast<QTabBar *>(object)) {
        for (int i = 0; i < bar->count(); ++i)
            put(qPrintable(QStringLiteral("tab%1").arg(i)), bar->tabText(i));
        return out;
    }
    if (qobject_cast<QTextBrowser *>(object))
        return out;
    QHash<QString, int> seen;
    for (QObject *child : object->children()) {
        const QString kind = child->objectName().isEmpty() ? QLatin1String(child->metaObject()->className())
                                                          : child->objectName();
        out.insert(textsOf(child, path + u'/' + kind + u'#' + QString::number(seen[kind]++)));
    }
    return out;
}

QStringList differences(const QMap<QString, QString> &switched, const QMap<QString, QString> &born)
{
    QStringList out;
    QStringList keys = switched.keys() + born.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (switched.value(key) != born.value(key))
            out << key + QStringLiteral(": \"") + switched.value(key) + QStringLiteral("\" after the switch, \"")
                       + born.value(key) + QStringLiteral("\" when opened so");
    }
    return out;
}

// A main window with a segment attached in a tab, once its list shows the segment.
std::unique_ptr<app::MainWindow> windowWith(int shmid)
{
    auto window = std::make_unique<app::MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!window->attachSegment(shmid, core::Attachment::Mode::ReadOnly))
        return nullptr;
    if (!QTest::qWaitFor([&] { return window->segmentModel()->rowOfShmid(shmid) >= 0; }))
        return nullptr;
    return window;
}

void switchTo(Choice choice)
{
    LanguageManager::instance()->setChoice(choice);
    // Qt posts QEvent::LanguageChange to each window: deliver them before looking.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void everyMessageIsTranslated();
    void englishGivesEveryCountItsForms();
    void tsMatchesTheSources_data();
    void tsMatchesTheSources();
    void translationIsBuiltIn();
    void countsAreEnglishInTheWindow();
    void windowOpensInChinese();
    void languageMenuSwitchesWithoutRestart();
    void openDialogFollowsTheSwitch();
    void switchedWindowMatchesOneOpenedInThatLanguage();
    void coreMessagesComeOutInChinese();
    void binarySpeaksTheLocale();
    void binaryCountsInEnglish();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the choice the menu saves goes to a test folder
    // CTest runs us with LC_ALL=C: the system's language is English, so "System default" means English here.
    QCOMPARE(LanguageManager::instance()->language(), Choice::English);
}

void TestTranslations::cleanup()
{
    LanguageManager::instance()->setChoice(Choice::System);
}

void TestTranslations::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("language"));
}

void TestTranslations::everyMessageIsTranslated()
{
    QString error;
    const auto messages = readTs(QStringLiteral(SHMSCOPE_TS_FILE), &error);
    QVERIFY2(messages, qPrintable(error));
    QVERIFY(messages->size() > 100);
    QStringList problems;
    for (const TsMessage &m : *messages) {
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + m.name();
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("empty: ") + m.name();
            continue;
        }
        for (const QString &translation : m.translations) {
            if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + m.name() + QStringLiteral(" -> \"") + translation
                                + QLatin1Char('"');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages need work:\n")
                                                .arg(problems.size())
                                                .arg(messages->size())
                                            + problems.join(QLatin1Char('\n'))));
}

// English is the source text, but a count is written once, "%n segment(s)": shmscope_en.ts must give each
// such message its two English forms, and leave every other message untranslated, so that it reads as
// written.
void TestTranslations::englishGivesEveryCountItsForms()
{
    QString error;
    const auto messages = readTs(QStringLiteral(SHMSCOPE_EN_TS_FILE), &error);
    QVERIFY2(messages, qPrintable(error));
    QStringList problems;
    int counts = 0;
    for (const TsMessage &m : *messages) {
        if (!m.numerus) {
            if (m.type != QLatin1String("unfinished") || m.translations != QStringList{QString()})
                problems << QStringLiteral("translated, so not shown as written: ") + m.name();
            continue;
        }
        ++counts;
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + m.name();
            continue;
        }
        if (m.translations.size() != 2 || m.translations.contains(QString())) {
            problems << QStringLiteral("not one form for 1 and one for more: ") + m.name();
            continue;
        }
        for (const QString &form : m.translations) {
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + m.name() + QStringLiteral(" -> \"") +
                                form + QLatin1Char('"');
            if (form.contains(QLatin1String("(s)")) || form.contains(QLatin1String("(es)")))
                problems << QStringLiteral("still \"(s)\": ") + m.name() + QStringLiteral(" -> \"") + form +
                                QLatin1Char('"');
        }
    }
    QVERIFY2(counts >= 30, qPrintable(QStringLiteral("only %1 counted messages").arg(counts)));
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 of %2 messages need work:\n").arg(problems.size()).arg(messages->size()) +
                 problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsMatchesTheSources_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("zh_CN") << QStringLiteral(SHMSCOPE_TS_FILE);
    QTest::newRow("en") << QStringLiteral(SHMSCOPE_EN_TS_FILE);
}

// lupdate run now over the same folders as `update_translations` must find exactly the messages of the .ts:
// a string added to the code and not to the .ts, or one left in the .ts after the code dropped it, fails here.
void TestTranslations::tsMatchesTheSources()
{
    QFETCH(QString, tsFile);
    const QString lupdate = QStringLiteral(SHMSCOPE_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(lupdate + QStringLiteral(" is not installed (Debian package qt6-l10n-tools)")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QFileInfo(tsFile).fileName());
    const QString root = QStringLiteral(SHMSCOPE_SOURCE_DIR);
    QProcess process;
    process.setWorkingDirectory(root);
    process.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-I"), root + QStringLiteral("/src"), root + QStringLiteral("/src/app"),
                            root + QStringLiteral("/src/cli"), root + QStringLiteral("/src/core"),
                            root + QStringLiteral("/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QString error;
    const auto extracted = readTs(fresh, &error);
    QVERIFY2(extracted, qPrintable(error));
    const auto committed = readTs(tsFile, &error);
    QVERIFY2(committed, qPrintable(error));
    const auto keys = [](const QList<TsMessage> &messages) {
        std::set<QString> out;
        for (const TsMessage &m : messages)
            out.insert(m.name() + (m.comment.isEmpty() ? QString() : QStringLiteral(" (") + m.comment + u')'));
        return out;
    };
    const std::set<QString> inCode = keys(*extracted);
    const std::set<QString> inTs = keys(*committed);
    QStringList problems;
    for (const QString &key : inCode) {
        if (!inTs.count(key))
            problems << QStringLiteral("not in the .ts: ") + key;
    }
    for (const QString &key : inTs) {
        if (!inCode.count(key))
            problems << QStringLiteral("no longer in the code: ") + key;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("the .ts is out of date; run cmake --build BUILD --target update_translations "
                                       "and translate what is new:\n")
                        + problems.join(QLatin1Char('\n'))));
    QCOMPARE(extracted->size(), committed->size());
}

void TestTranslations::translationIsBuiltIn()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/shmscope_zh_CN.qm")), "the .qm is not in the library's resources");
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QCOMPARE(translator.translate("MainWindow", "&View"), QStringLiteral("视图(&V)"));

    QTranslator english;
    QVERIFY2(english.load(QStringLiteral(":/i18n/shmscope_en.qm")),
             "the English .qm is not in the library's resources");
    QCOMPARE(english.translate("app::MainWindow", "%n segment(s)", nullptr, 1), QStringLiteral("%n segment"));
    QCOMPARE(english.translate("app::MainWindow", "%n segment(s)", nullptr, 2),
             QStringLiteral("%n segments"));
    // Only the counts: every other message is its source text.
    QCOMPARE(english.translate("MainWindow", "&View"), QString());
}

// The English window says "1 process" and "2 processes", "1 byte" and "2 bytes", never "process(es)": a dest
// segment's Status tooltip with two real processes attached, then one, and a read past a segment's end.
void TestTranslations::countsAreEnglishInTheWindow()
{
    testutils::SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(9), 4096), std::strerror(errno));
    switchTo(Choice::English);

    {
        const auto attached = core::Attachment::attach(guard.id());
        QVERIFY2(attached.ok(), qPrintable(attached.ok() ? QString() : attached.error().message));
        const core::Attachment &attachment = *attached.value();
        const auto refusal = [&attachment](quint64 offset, quint64 length) {
            const auto read = attachment.read(offset, length);
            return read.ok() ? QStringLiteral("(read)") : read.error().message;
        };
        QCOMPARE(refusal(4096, 1),
                 QStringLiteral("Reading 1 byte at offset 4096 would pass the end of segment %1, "
                                "whose last byte is at offset 4095.")
                     .arg(guard.id()));
        QCOMPARE(refusal(4095, 2),
                 QStringLiteral("Reading 2 bytes at offset 4095 would pass the end of segment %1, "
                                "whose last byte is at offset 4095.")
                     .arg(guard.id()));
        switchTo(Choice::SimplifiedChinese);
        QCOMPARE(
            refusal(4096, 1),
            QStringLiteral("在偏移 4096 处读取 1 字节会越过段 %1 的末尾，它的最后一个字节位于偏移 4095。")
                .arg(guard.id()));
        switchTo(Choice::English);
    } // detached: the processes attached below are the only ones

    testutils::AttachedPeer first;
    testutils::AttachedPeer second;
    QVERIFY2(first.start(guard.id(), false), qPrintable(first.errorText()));
    QVERIFY2(second.start(guard.id(), false), qPrintable(second.errorText()));
    QCOMPARE(shmctl(guard.id(), IPC_RMID, nullptr), 0);
    const auto statusTip = [&guard] {
        app::SegmentTableModel model;
        const std::optional<core::SegmentInfo> segment = core::SegmentScanner::find(guard.id());
        if (!segment)
            return QStringLiteral("(segment %1 is gone)").arg(guard.id());
        model.merge({*segment});
        return model.index(0, app::SegmentTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(statusTip(),
             QStringLiteral("dest: removed with IPC_RMID, but still attached by 2 processes. The memory "
                            "is freed when the last one detaches."));
    second.stop();
    QCOMPARE(statusTip(),
             QStringLiteral("dest: removed with IPC_RMID, but still attached by 1 process. The memory is "
                            "freed when it detaches."));
}

void TestTranslations::windowOpensInChinese()
{
    LanguageManager::instance()->setChoice(Choice::SimplifiedChinese);
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("共享内存段(&S)"));
    QCOMPARE(menuTitle(window, "menuView"), QStringLiteral("视图(&V)"));
    QCOMPARE(menuTitle(window, "menuHelp"), QStringLiteral("帮助(&H)"));
    QCOMPARE(menuTitle(window, "menuLanguage"), QStringLiteral("语言(&L)"));
    QCOMPARE(ownerHeader(window), QStringLiteral("所有者"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->isChecked());
}

void TestTranslations::languageMenuSwitchesWithoutRestart()
{
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitle(window, "menuView"), QStringLiteral("&View"));
    QCOMPARE(ownerHeader(window), QStringLiteral("Owner"));
    auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguageSystem"));
    auto *english = window.findChild<QAction *>(QStringLiteral("actionLanguageEnglish"));
    auto *chinese = window.findChild<QAction *>(QStringLiteral("actionLanguageChinese"));
    QVERIFY(system && english && chinese);
    QVERIFY(system->isChecked());

    chinese->trigger();
    QTRY_COMPARE(menuTitle(window, "menuView"), QStringLiteral("视图(&V)"));
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("共享内存段(&S)"));
    QCOMPARE(menuTitle(window, "menuLanguage"), QStringLiteral("语言(&L)"));
    QCOMPARE(system->text(), QStringLiteral("跟随系统(&S)"));
    QCOMPARE(ownerHeader(window), QStringLiteral("所有者"));
    QVERIFY(chinese->isChecked() && !system->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));

    english->trigger();
    QTRY_COMPARE(menuTitle(window, "menuView"), QStringLiteral("&View"));
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&Segment"));
    QCOMPARE(system->text(), QStringLiteral("&System default"));
    QCOMPARE(ownerHeader(window), QStringLiteral("Owner"));
    QVERIFY(english->isChecked() && !chinese->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    // The language names are written in their own language, whatever the current one is.
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
}

// A dialog open during the switch follows it, Qt's own Cancel (qtbase_zh_CN.qm) and our Create alike.
void TestTranslations::openDialogFollowsTheSwitch()
{
    app::CreateSegmentDialog dialog(core::ShmLimits{}, core::ShmUsage{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New Segment"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Create"));

    LanguageManager::instance()->setChoice(Choice::SimplifiedChinese);
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("新建段"));
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("创建(&C)"));

    LanguageManager::instance()->setChoice(Choice::English);
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("New Segment"));
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Create"));
}

// Every label, tooltip, accessible name, menu, action, header and tab of a window switched at run time reads
// as in a window opened in that language: nothing set in a constructor is left in the old language.
void TestTranslations::switchedWindowMatchesOneOpenedInThatLanguage()
{
    testutils::SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(5), 4096), std::strerror(errno));

    switchTo(Choice::English);
    const auto window = windowWith(guard.id());
    QVERIFY(window);
    const QMap<QString, QString> english = textsOf(window.get());

    switchTo(Choice::SimplifiedChinese);
    const auto chineseWindow = windowWith(guard.id());
    QVERIFY(chineseWindow);
    const QMap<QString, QString> chinese = textsOf(chineseWindow.get());
    QStringList problems = differences(textsOf(window.get()), chinese);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The comparison has teeth: most texts are not the same in the two languages.
    QVERIFY2(differences(english, chinese).size() > english.size() / 2,
             qPrintable(QStringLiteral("only %1 of %2 texts differ between English and Chinese")
                            .arg(differences(english, chinese).size())
                            .arg(english.size())));

    switchTo(Choice::English);
    const auto englishAgain = windowWith(guard.id());
    QVERIFY(englishAgain);
    problems = differences(textsOf(window.get()), textsOf(englishAgain.get()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::coreMessagesComeOutInChinese()
{
    // A key nobody holds: one made and removed again (each test runs in its own IPC namespace where it can).
    testutils::SegmentGuard guard;
    const key_t key = testutils::uniqueKey(7);
    QVERIFY2(guard.create(key, 64), std::strerror(errno));
    guard.reset();

    LanguageManager::instance()->setChoice(Choice::SimplifiedChinese);
    QCOMPARE(core::InputParser::key(QString()).error().message, QStringLiteral("请输入 key：一个数字，例如 0x1234 或 4660。"));
    const auto missing = core::Shm::idOfKey(key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().errnum, ENOENT);
    QCOMPARE(missing.error().message, QStringLiteral("当前没有 key 为 0x%1 的段。").arg(quint32(key), 8, 16, QLatin1Char('0')));
    // The C call stays C.
    QCOMPARE(missing.error().call, QStringLiteral("shmget(0x%1, 0, 0)").arg(quint32(key), 8, 16, QLatin1Char('0')));

    LanguageManager::instance()->setChoice(Choice::English);
    QCOMPARE(core::Shm::idOfKey(key).error().message,
             QStringLiteral("No segment has key 0x%1 now.").arg(quint32(key), 8, 16, QLatin1Char('0')));
}

// The real program: in a Chinese locale its help is Chinese (the .qm is in the executable), while --list
// prints the table of `ipcs -m` word for word.
void TestTranslations::binarySpeaksTheLocale()
{
    const QString program = QStringLiteral(SHMSCOPE_BIN_DIR "/shmscope");
    const auto runIn = [&program](const QString &locale, const QStringList &args) {
        QProcessEnvironment env = testutils::headlessEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, args);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString help = runIn(QStringLiteral("zh_CN.UTF-8"), {QStringLiteral("--help")});
    QVERIFY2(help.contains(QStringLiteral("查看和编辑 Linux System V 共享内存")), qPrintable(help));
    QVERIFY2(runIn(QStringLiteral("C"), {QStringLiteral("--help")}).contains(QStringLiteral("Inspect and edit")),
             "the C locale gets the English help");
    const QString list = runIn(QStringLiteral("zh_CN.UTF-8"), {QStringLiteral("--list")});
    QVERIFY2(list.startsWith(QStringLiteral("\n------ Shared Memory Segments --------\n"
                                            "key        shmid      owner      perms      bytes      nattch     status")),
             qPrintable(list));
}

// The command line in the C locale takes the English translator too, before any QApplication: --dump past a
// segment's end says "1 byte ... runs" and "2 bytes ... run".
void TestTranslations::binaryCountsInEnglish()
{
    testutils::SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, 4096), std::strerror(errno));
    const QString id = QString::number(guard.id());
    const auto refusal = [&id](const char *offset, const char *length) {
        const testutils::Run run =
            testutils::run(testutils::shmscopePath,
                           {QStringLiteral("--dump"), id, QStringLiteral("--offset"), QLatin1String(offset),
                            QStringLiteral("--length"), QLatin1String(length)});
        return run.exitCode == 0 ? QStringLiteral("(dumped)") : QString::fromUtf8(run.err);
    };
    const QString one = refusal("4096", "1");
    QVERIFY2(
        one.contains(QStringLiteral("1 byte from offset 4096 runs past the end of segment %1: from there, "
                                    "--length can be at most 0.")
                         .arg(id)),
        qPrintable(one));
    const QString two = refusal("4095", "2");
    QVERIFY2(
        two.contains(QStringLiteral("2 bytes from offset 4095 run past the end of segment %1: from there, "
                                    "--length can be at most 1.")
                         .arg(id)),
        qPrintable(two));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
