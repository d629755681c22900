#pragma once

#include <QIODevice>

namespace cli {

// File descriptor 1, written straight through: nothing waits in a buffer for exit() to flush, where a failure
// (a full disk, a reader gone) would go unseen. A write is all of the bytes or a failure with the system's
// reason (QFile hands back a short count and no reason when a pipe closes half way through).
class StandardOutput : public QIODevice
{
public:
    StandardOutput();

    // True once a write has failed; errorString() then says why.
    [[nodiscard]] bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool m_failed = false;
};

} // namespace cli
