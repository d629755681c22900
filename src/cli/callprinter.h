#pragma once

#include <QMetaObject>

namespace cli {

// --verbose: each call the command line makes into the kernel (and each memcpy into a segment) as C on
// stderr, as the window's call log shows it (core::CallRecord::statement()), for as long as this lives:
//   shmat(5, NULL, 0) = 0x7f3a5c000000
//   memcpy(0x7f3a5c000000 + 0x0, "\x01\x02", 2)
//   shmdt(0x7f3a5c000000) = 0
// stdout keeps the bytes alone (--dump --format raw | sha256sum).
class CallPrinter
{
public:
    CallPrinter();
    ~CallPrinter();
    CallPrinter(const CallPrinter &) = delete;
    CallPrinter &operator=(const CallPrinter &) = delete;

private:
    QMetaObject::Connection m_connection;
};

} // namespace cli
