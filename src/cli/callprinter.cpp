#include "cli/callprinter.h"

#include "core/kernel/calllog.h"

#include <QTextStream>

namespace cli {

CallPrinter::CallPrinter()
{
    // Direct: the calls are made on this thread, and each line is out before the next call is made.
    m_connection = QObject::connect(&core::CallLog::instance(), &core::CallLog::recorded,
                                    [](const core::CallRecord &record) {
                                        QTextStream(stderr) << record.statement() << '\n';
                                    });
}

CallPrinter::~CallPrinter()
{
    QObject::disconnect(m_connection);
}

} // namespace cli
