#pragma once

#include "core/bytes/bytesource.h"

#include <QCoreApplication>

#include <memory>

namespace core {

class MappedObject;

// The bytes of whatever a tab shows (a core::MappedObject) as one core::ByteSource, for everything that reads
// a whole object or a long range of it in chunks: Find (ByteSearch), Checksums (Digest), Save Bytes to File.
// Written once so that each of them reads a segment the same careful way:
// - a System V segment we attached (core::Attachment) through a core::SparseReader made now: its holes read as
//   zeros without their pages being touched, so reading a sparse segment never makes it resident (watching
//   must not change what is watched: its rss in /proc/sysvipc/shm stays what it was);
// - an object that is already a ByteSource (a POSIX object's PosixMapping, an ObservedSegment) as itself;
// - anything else (a snapshot's tab) through MappedObject::readAvailable.
// It refers to the object, which must outlive it; the reader is a snapshot of the holes when it is made.
class ObjectBytes
{
    Q_DECLARE_TR_FUNCTIONS(core::ObjectBytes)

public:
    explicit ObjectBytes(const MappedObject &object);
    ~ObjectBytes();
    ObjectBytes(const ObjectBytes &) = delete;
    ObjectBytes &operator=(const ObjectBytes &) = delete;

    [[nodiscard]] const ByteSource &source() const { return *m_source; }

private:
    std::unique_ptr<ByteSource> m_owned; // the SparseReader or the readAvailable() adapter when one is needed
    const ByteSource *m_source = nullptr;
};

} // namespace core
