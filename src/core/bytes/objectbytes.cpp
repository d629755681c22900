#include "core/bytes/objectbytes.h"

#include "core/bytes/sparsereader.h"
#include "core/kernel/attachment.h"
#include "core/kernel/mappedobject.h"

namespace core {

namespace {

// A MappedObject that is not a ByteSource (a snapshot's tab) read through MappedObject::readAvailable.
class ObjectSource : public ByteSource
{
public:
    explicit ObjectSource(const MappedObject &object) : m_object(object) {}
    [[nodiscard]] QString name() const override { return m_object.name(); }
    [[nodiscard]] quint64 size() const override { return m_object.size(); }
    [[nodiscard]] Result<quint64> readInto(quint64 offset, char *out, quint64 length) const override
    {
        const std::optional<quint64> copied = m_object.readAvailable(offset, out, length);
        if (!copied)
            return Error::plain(ObjectBytes::tr("Could not read bytes %1 to %2 of %3.")
                                    .arg(offset)
                                    .arg(offset + length)
                                    .arg(m_object.name()));
        return *copied;
    }
    [[nodiscard]] QString shortReadReason() const override
    {
        return ObjectBytes::tr("%1 shrank while it was read.").arg(m_object.name());
    }

private:
    const MappedObject &m_object;
};

} // namespace

ObjectBytes::ObjectBytes(const MappedObject &object)
{
    if (const auto *segment = dynamic_cast<const Attachment *>(&object)) {
        m_owned = std::make_unique<SparseReader>(*segment);
        m_source = m_owned.get();
    } else if (const auto *source = dynamic_cast<const ByteSource *>(&object)) {
        m_source = source;
    } else {
        m_owned = std::make_unique<ObjectSource>(object);
        m_source = m_owned.get();
    }
}

ObjectBytes::~ObjectBytes() = default;

} // namespace core
