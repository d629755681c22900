// shmscope-layout: lays out the C declarations on its standard input with libclang and writes the layout (or
// the error) to its standard output for core::LayoutWorker, which started it with a deadline and a memory
// limit. It is not meant to be run by hand.
//   shmscope-layout [--chinese] < layout.h > reply

#include "core/layout/layoutstream.h"
#include "core/layout/structparser.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    core::Translations::instance().use(QCoreApplication::arguments().contains(QStringLiteral("--chinese"))
                                           ? core::Translations::Language::SimplifiedChinese
                                           : core::Translations::Language::English);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    // Up to one byte more than the parser takes, so that a longer text is refused as too long, not cut. A
    // pipe gives what has arrived so far: read until its end.
    QByteArray text;
    while (text.size() <= core::StructParser::MaxTextBytes) {
        const QByteArray more = in.read(core::StructParser::MaxTextBytes + 1 - text.size());
        if (more.isEmpty())
            break;
        text += more;
    }
    core::LayoutReply reply;
    const auto parsed = core::StructParser::parseHere(QString::fromUtf8(text), &reply.diagnostics);
    reply.ok = parsed.ok();
    if (parsed.ok())
        reply.layout = parsed.value();
    else
        reply.errorMessage = parsed.error().message;
    QDataStream stream(&out);
    stream << reply;
    return out.flush() ? 0 : 2;
}
