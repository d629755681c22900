#pragma once

#include <QByteArrayView>

#include <optional>

namespace core {

class Attachment;

// Finds bytes in an attached segment, reading it a chunk at a time: a search never copies the whole
// segment, however large it is.
class ByteSearch
{
public:
    // The first match at or after `from`, wrapping round to the start once; nullopt when there is none.
    [[nodiscard]] static std::optional<quint64> find(const Attachment &attachment, QByteArrayView needle, quint64 from);
};

} // namespace core
