// core::LogindRemoveIpc: its parser on literal logind.conf texts, and its reader on folders laid out here as
// a machine's /etc, /run and /usr/lib are (the root-dir seam).

#include "core/leaks/logindremoveipc.h"
#include "testutils.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using core::LogindRemoveIpc;

namespace {

// Writes `text` at root/path, making its folders.
bool put(const QTemporaryDir &root, const QString &path, const QByteArray &text)
{
    return QDir(root.path()).mkpath(QFileInfo(path).path()) && testutils::writeFile(root.filePath(path), text);
}

} // namespace

class TestLogindRemoveIpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void booleans_data();
    void booleans();
    void defaultIsOnWithLogind();
    void noLogindNoRemoval();
    void mainFileSaysNo();
    void dropInsApplyByName();
    void etcHidesTheSameNameElsewhere();
};

void TestLogindRemoveIpc::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<bool>>("value");
    const std::optional<bool> none;
    QTest::newRow("Debian's shipped file: all commented")
        << QByteArray("#  This file is part of systemd.\n[Login]\n#NAutoVTs=6\n#RemoveIPC=yes\n#InhibitorsMax=8192\n")
        << none;
    QTest::newRow("no") << QByteArray("[Login]\nRemoveIPC=no\n") << std::optional<bool>(false);
    QTest::newRow("yes") << QByteArray("[Login]\nRemoveIPC=yes\n") << std::optional<bool>(true);
    QTest::newRow("spaces around") << QByteArray("[Login]\n  RemoveIPC  =  no  \n") << std::optional<bool>(false);
    QTest::newRow("last one wins") << QByteArray("[Login]\nRemoveIPC=no\nKillUserProcesses=no\nRemoveIPC=1\n")
                                   << std::optional<bool>(true);
    QTest::newRow("other section") << QByteArray("[Other]\nRemoveIPC=no\n") << none;
    QTest::newRow("before any section") << QByteArray("RemoveIPC=no\n[Login]\n") << none;
    QTest::newRow("back in Login") << QByteArray("[Other]\nRemoveIPC=yes\n[Login]\nRemoveIPC=off\n")
                                   << std::optional<bool>(false);
    QTest::newRow("semicolon comment") << QByteArray("[Login]\n;RemoveIPC=no\n") << none;
    QTest::newRow("not a boolean: passed over") << QByteArray("[Login]\nRemoveIPC=no\nRemoveIPC=maybe\n")
                                                << std::optional<bool>(false);
    QTest::newRow("another key ending alike") << QByteArray("[Login]\nXRemoveIPC=no\n") << none;
    QTest::newRow("CRLF") << QByteArray("[Login]\r\nRemoveIPC=no\r\n") << std::optional<bool>(false);
    QTest::newRow("empty") << QByteArray() << none;
}

void TestLogindRemoveIpc::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(std::optional<bool>, value);
    QCOMPARE(LogindRemoveIpc::parse(text), value);
}

void TestLogindRemoveIpc::booleans_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<std::optional<bool>>("value");
    for (const char *yes : {"1", "yes", "y", "true", "t", "on", "YES", "True"})
        QTest::newRow(yes) << QByteArray(yes) << std::optional<bool>(true);
    for (const char *no : {"0", "no", "n", "false", "f", "off", "No", "OFF"})
        QTest::newRow(no) << QByteArray(no) << std::optional<bool>(false);
    for (const char *other : {"", "2", "yess", "nope"})
        QTest::newRow(other) << QByteArray(other) << std::optional<bool>();
}

void TestLogindRemoveIpc::booleans()
{
    QFETCH(QByteArray, word);
    QFETCH(std::optional<bool>, value);
    QCOMPARE(LogindRemoveIpc::parseBoolean(word), value);
}

void TestLogindRemoveIpc::defaultIsOnWithLogind()
{
    QTemporaryDir root;
    QVERIFY(put(root, QStringLiteral("usr/lib/systemd/systemd-logind"), "\x7f" "ELF"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf"), "[Login]\n#RemoveIPC=yes\n"));
    const LogindRemoveIpc setting = LogindRemoveIpc::read(root.path());
    QVERIFY(setting.logind);
    QVERIFY(setting.on);
    QCOMPARE(setting.decidedBy, QString());
}

void TestLogindRemoveIpc::noLogindNoRemoval()
{
    QTemporaryDir root;
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf"), "[Login]\nRemoveIPC=yes\n"));
    const LogindRemoveIpc setting = LogindRemoveIpc::read(root.path());
    QVERIFY(!setting.logind);
    QVERIFY(!setting.on);
}

void TestLogindRemoveIpc::mainFileSaysNo()
{
    QTemporaryDir root;
    QVERIFY(put(root, QStringLiteral("lib/systemd/systemd-logind"), "\x7f" "ELF"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf"), "[Login]\nRemoveIPC=no\n"));
    const LogindRemoveIpc setting = LogindRemoveIpc::read(root.path());
    QVERIFY(setting.logind);
    QVERIFY(!setting.on);
    QCOMPARE(setting.decidedBy, root.filePath(QStringLiteral("etc/systemd/logind.conf")));
}

// Drop-ins after the main file, in the order of their names whatever their folder: the later name wins.
void TestLogindRemoveIpc::dropInsApplyByName()
{
    QTemporaryDir root;
    QVERIFY(put(root, QStringLiteral("usr/lib/systemd/systemd-logind"), "\x7f" "ELF"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf"), "[Login]\nRemoveIPC=yes\n"));
    QVERIFY(put(root, QStringLiteral("usr/lib/systemd/logind.conf.d/20-vendor.conf"), "[Login]\nRemoveIPC=no\n"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf.d/10-admin.conf"), "[Login]\nRemoveIPC=yes\n"));
    QVERIFY(put(root, QStringLiteral("run/systemd/logind.conf.d/15-runtime.conf"), "[Login]\nKillUserProcesses=no\n"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf.d/30-notes.txt"), "[Login]\nRemoveIPC=yes\n"));
    QCOMPARE(LogindRemoveIpc::files(root.path()),
             QStringList({root.filePath(QStringLiteral("etc/systemd/logind.conf")),
                          root.filePath(QStringLiteral("etc/systemd/logind.conf.d/10-admin.conf")),
                          root.filePath(QStringLiteral("run/systemd/logind.conf.d/15-runtime.conf")),
                          root.filePath(QStringLiteral("usr/lib/systemd/logind.conf.d/20-vendor.conf"))}));
    const LogindRemoveIpc setting = LogindRemoveIpc::read(root.path());
    QVERIFY(!setting.on);
    QCOMPARE(setting.decidedBy, root.filePath(QStringLiteral("usr/lib/systemd/logind.conf.d/20-vendor.conf")));
}

// A drop-in of /etc masks the one of the same name in /run and /usr/lib (an administrator's override).
void TestLogindRemoveIpc::etcHidesTheSameNameElsewhere()
{
    QTemporaryDir root;
    QVERIFY(put(root, QStringLiteral("usr/lib/systemd/systemd-logind"), "\x7f" "ELF"));
    QVERIFY(put(root, QStringLiteral("usr/lib/systemd/logind.conf.d/50-ipc.conf"), "[Login]\nRemoveIPC=no\n"));
    QVERIFY(put(root, QStringLiteral("etc/systemd/logind.conf.d/50-ipc.conf"), "[Login]\nRemoveIPC=yes\n"));
    const LogindRemoveIpc setting = LogindRemoveIpc::read(root.path());
    QVERIFY(setting.on);
    QCOMPARE(setting.decidedBy, root.filePath(QStringLiteral("etc/systemd/logind.conf.d/50-ipc.conf")));
    QCOMPARE(LogindRemoveIpc::files(root.path()).size(), 1);
}

QTEST_GUILESS_MAIN(TestLogindRemoveIpc)
#include "tst_logindremoveipc.moc"
