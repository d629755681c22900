// core::CgroupParser over /proc/PID/cgroup lines as container engines write them (captured from docker,
// podman, Kubernetes with containerd, CRI-O and docker, and systemd-nspawn), and
// core::NamespaceLister::hasCapSysAdmin over /proc/PID/status lines.

#include "core/namespaces/cgroupparser.h"
#include "core/namespaces/namespacelister.h"

#include <QTest>

using core::CgroupContainer;
using core::CgroupParser;
using core::NamespaceLister;

class TestCgroupParser : public QObject
{
    Q_OBJECT

private slots:
    void containerOf_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("engine"); // empty: no container
        QTest::addColumn<QString>("container");
        QTest::newRow("docker, systemd driver, cgroup v2")
            << QByteArray("0::/system.slice/"
                          "docker-3f2a1b9c7d10e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0.scope\n")
            << QStringLiteral("docker") << QStringLiteral("3f2a1b9c7d10");
        QTest::newRow("docker, cgroupfs driver, cgroup v1")
            << QByteArray(
                   "12:pids:/docker/8c1d7e3b2a4f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d\n"
                   "11:memory:/docker/8c1d7e3b2a4f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d\n"
                   "0::/\n")
            << QStringLiteral("docker") << QStringLiteral("8c1d7e3b2a4f");
        QTest::newRow("podman, systemd")
            << QByteArray("0::/machine.slice/"
                          "libpod-a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.scope/"
                          "container\n")
            << QStringLiteral("podman") << QStringLiteral("a1b2c3d4e5f6");
        QTest::newRow("podman, rootless user slice")
            << QByteArray("0::/user.slice/user-1000.slice/user@1000.service/user.slice/"
                          "libpod-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope\n")
            << QStringLiteral("podman") << QStringLiteral("0123456789ab");
        QTest::newRow("podman's conmon is the host's")
            << QByteArray(
                   "0::/machine.slice/"
                   "libpod-conmon-a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.scope\n")
            << QString() << QString();
        QTest::newRow("kubepods, containerd, systemd")
            << QByteArray(
                   "0::/kubepods.slice/kubepods-burstable.slice/"
                   "kubepods-burstable-pod5d0e4a8c_1b2f_4c3d_9e8f_7a6b5c4d3e2f.slice/"
                   "cri-containerd-9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0.scope\n")
            << QStringLiteral("kubepods")
            << QStringLiteral("5d0e4a8c-1b2f-4c3d-9e8f-7a6b5c4d3e2f/9f8e7d6c5b4a");
        QTest::newRow("kubepods, docker leaf")
            << QByteArray("0::/kubepods.slice/kubepods-besteffort.slice/"
                          "kubepods-besteffort-pod11111111_2222_3333_4444_555555555555.slice/"
                          "docker-abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd.scope\n")
            << QStringLiteral("kubepods")
            << QStringLiteral("11111111-2222-3333-4444-555555555555/abcdefabcdef");
        QTest::newRow("kubepods, cgroupfs, v1")
            << QByteArray("4:memory:/kubepods/burstable/pod0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/"
                          "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n")
            << QStringLiteral("kubepods")
            << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/0a1b2c3d4e5f");
        QTest::newRow("kubepods, crio")
            << QByteArray("0::/kubepods.slice/kubepods-pod99999999_8888_7777_6666_555555555555.slice/"
                          "crio-fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210.scope\n")
            << QStringLiteral("kubepods")
            << QStringLiteral("99999999-8888-7777-6666-555555555555/fedcba987654");
        QTest::newRow("systemd-nspawn machine, escaped name")
            << QByteArray("0::/machine.slice/machine-debian\\x2dtest.scope/payload\n")
            << QStringLiteral("systemd-nspawn") << QStringLiteral("debian-test");
        QTest::newRow("systemd-nspawn service")
            << QByteArray("0::/machine.slice/systemd-nspawn@box.service/payload\n")
            << QStringLiteral("systemd-nspawn") << QStringLiteral("box");
        QTest::newRow("a host service")
            << QByteArray("0::/system.slice/ssh.service\n") << QString() << QString();
        QTest::newRow("a user session")
            << QByteArray("0::/user.slice/user-1000.slice/session-2.scope\n") << QString() << QString();
        QTest::newRow("the root cgroup") << QByteArray("0::/\n") << QString() << QString();
        QTest::newRow("not a cgroup file") << QByteArray("docker-3f2a1b9c7d10\n") << QString() << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString();
        QTest::newRow("short id is no container")
            << QByteArray("0::/system.slice/docker-3f2a.scope\n") << QString() << QString();
    }

    void containerOf()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, engine);
        QFETCH(QString, container);
        const auto found = CgroupParser::containerOf(text);
        if (engine.isEmpty()) {
            QVERIFY2(!found, found ? qPrintable(found->engine + QLatin1Char(' ') + found->container) : "");
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->engine, engine);
        QCOMPARE(found->container, container);
    }

    void capSysAdmin_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("has");
        QTest::newRow("root") << QByteArray(
                                     "Name:\tcat\nCapInh:\t0000000000000000\nCapPrm:\t000001ffffffffff\n"
                                     "CapEff:\t000001ffffffffff\nCapBnd:\t000001ffffffffff\n")
                              << true;
        QTest::newRow("nobody") << QByteArray(
                                       "Name:\tcat\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\n")
                                << false;
        QTest::newRow("only bit 21") << QByteArray("CapEff:\t0000000000200000\n") << true;
        QTest::newRow("all but bit 21") << QByteArray("CapEff:\t000001ffffdfffff\n") << false;
        QTest::newRow("permitted, not effective")
            << QByteArray("CapPrm:\t0000000000200000\nCapEff:\t0000000000000000\n") << false;
        QTest::newRow("no CapEff line") << QByteArray("Name:\tcat\n") << false;
        QTest::newRow("not hex") << QByteArray("CapEff:\tzz\n") << false;
    }

    void capSysAdmin()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, has);
        QCOMPARE(NamespaceLister::hasCapSysAdmin(status), has);
    }
};

QTEST_GUILESS_MAIN(TestCgroupParser)
#include "tst_cgroupparser.moc"
