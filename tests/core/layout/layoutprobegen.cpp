// Build-time helper of tst_structparser: writes the C probe of one corpus entry (see layoutprobe.h).
//   layoutprobegen CORPUS.h OUT.c
// When StructParser refuses the entry, or the entry lists no members (layoutprobe.h), the probe it writes
// prints why and fails, so that the test reports it rather than the build stopping.

#include "core/layout/structparser.h"
#include "layoutprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

QByteArray cString(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + out + '"';
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: layoutprobegen CORPUS.h OUT.c\n", stderr);
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "layoutprobegen: cannot read %s\n", argv[1]);
        return 1;
    }
    const QByteArray text = in.readAll();
    const auto parsed = core::StructParser::parseHere(QString::fromUtf8(text));
    const auto refusal = [](const QString &why) -> QByteArray {
        return "#include <stdio.h>\nint main(void)\n{\n    puts(" + cString(why) + ");\n    return 1;\n}\n";
    };
    const QByteArray program =
        !parsed.ok() ? refusal(QStringLiteral("StructParser refused it: ") + parsed.error().message)
        : layoutprobe::listedFields(QString::fromUtf8(text)).isEmpty()
            ? refusal(QStringLiteral("the entry has no // fields: line listing its members"))
            : layoutprobe::probeProgram(parsed.value(), core::StructParser::prelude(), text,
                                        QFileInfo(in.fileName()).fileName().toUtf8());
    const QString outName = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(QFileInfo(outName).absolutePath());
    QFile out(outName);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(program) != program.size()) {
        std::fprintf(stderr, "layoutprobegen: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
