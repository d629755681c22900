#include "core/digest/digest.h"

#include "core/bytes/bytesource.h"
#include "core/bytes/objectbytes.h"

#include <QByteArray>

#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>

namespace core {

namespace {

// Holes and addZeros() are hashed from this, never from the segment's own pages.
constexpr qsizetype ZeroBytes = 64 * 1024;
const char Zeros[ZeroBytes] = {};

} // namespace

// One context a hash of libcrypto's; CRC-32 and Adler-32 are plain numbers.
struct Digest::Hashers
{
    Algorithms asked;
    uLong crc = crc32_z(0, nullptr, 0);
    uLong adler = adler32_z(0, nullptr, 0);
    std::array<EVP_MD_CTX *, 3> contexts{}; // MD5, SHA-1, SHA-256; null when not asked or refused

    static constexpr std::array<Algorithm, 3> Hashes{Algorithm::Md5, Algorithm::Sha1, Algorithm::Sha256};

    explicit Hashers(Algorithms algorithms) : asked(algorithms)
    {
        for (size_t i = 0; i < Hashes.size(); ++i) {
            if (!asked.testFlag(Hashes[i]))
                continue;
            const EVP_MD *md = Hashes[i] == Algorithm::Md5    ? EVP_md5()
                               : Hashes[i] == Algorithm::Sha1 ? EVP_sha1()
                                                              : EVP_sha256();
            contexts[i] = EVP_MD_CTX_new();
            // A libcrypto that refuses one (MD5 under a FIPS policy) leaves its sum out, not the others.
            if (contexts[i] && EVP_DigestInit_ex(contexts[i], md, nullptr) != 1) {
                EVP_MD_CTX_free(contexts[i]);
                contexts[i] = nullptr;
            }
        }
    }
    ~Hashers()
    {
        for (EVP_MD_CTX *context : contexts)
            EVP_MD_CTX_free(context);
    }
    Hashers(const Hashers &) = delete;
    Hashers &operator=(const Hashers &) = delete;

    void add(const char *bytes, qsizetype length)
    {
        const auto *data = reinterpret_cast<const Bytef *>(bytes);
        if (asked.testFlag(Algorithm::Crc32))
            crc = crc32_z(crc, data, z_size_t(length));
        if (asked.testFlag(Algorithm::Adler32))
            adler = adler32_z(adler, data, z_size_t(length));
        for (EVP_MD_CTX *context : contexts) {
            if (context)
                EVP_DigestUpdate(context, bytes, size_t(length));
        }
    }
};

Digest::Digest(Algorithms algorithms, bool statistics) : m_hashers(std::make_unique<Hashers>(algorithms))
{
    if (statistics)
        m_statistics.emplace();
}

Digest::~Digest() = default;

void Digest::add(QByteArrayView bytes)
{
    m_hashers->add(bytes.data(), bytes.size());
    if (m_statistics)
        m_statistics->add(bytes);
    m_length += quint64(bytes.size());
}

void Digest::addZeros(quint64 count)
{
    if (m_hashers->asked) {
        for (quint64 left = count; left > 0;) {
            const qsizetype n = qsizetype(std::min<quint64>(left, ZeroBytes));
            m_hashers->add(Zeros, n);
            left -= quint64(n);
        }
    }
    if (m_statistics)
        m_statistics->addZeros(count);
    m_length += count;
}

Digest::Sums Digest::finish()
{
    Sums sums;
    sums.length = m_length;
    const auto number = [](uLong value) { return QStringLiteral("%1").arg(quint32(value), 8, 16, QLatin1Char('0')); };
    if (m_hashers->asked.testFlag(Algorithm::Crc32))
        sums.hex[index(Algorithm::Crc32)] = number(m_hashers->crc);
    if (m_hashers->asked.testFlag(Algorithm::Adler32))
        sums.hex[index(Algorithm::Adler32)] = number(m_hashers->adler);
    for (size_t i = 0; i < Hashers::Hashes.size(); ++i) {
        EVP_MD_CTX *context = m_hashers->contexts[i];
        unsigned char value[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (context && EVP_DigestFinal_ex(context, value, &size) == 1)
            sums.hex[index(Hashers::Hashes[i])] =
                QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(value), int(size)).toHex());
    }
    m_hashers = std::make_unique<Hashers>(Algorithms());
    sums.statistics = std::move(m_statistics);
    m_statistics.reset();
    m_length = 0;
    return sums;
}

Result<Digest::Sums> Digest::of(const ByteSource &source, quint64 offset, quint64 length, Algorithms algorithms,
                                bool statistics, const Control &control)
{
    if (offset > source.size() || length > source.size() - offset)
        return Error::plain(tr("Bytes %1 to %2 run past the end of %3, whose size is %4.")
                                .arg(offset)
                                .arg(offset + length)
                                .arg(source.name())
                                .arg(source.size()));
    Digest digest(algorithms, statistics);
    QByteArray chunk(qsizetype(std::min(ChunkBytes, length)), Qt::Uninitialized);
    for (quint64 done = 0; done < length;) {
        if (control.cancelled && control.cancelled->load(std::memory_order_relaxed))
            return Error::plain(cancelledMessage());
        const quint64 n = std::min(ChunkBytes, length - done);
        if (source.isHole(offset + done, n)) {
            digest.addZeros(n);
        } else {
            const Result<quint64> copied = source.readInto(offset + done, chunk.data(), n);
            if (!copied.ok())
                return copied.error();
            if (copied.value() < n)
                return Error::plain(source.shortReadReason());
            digest.add(QByteArrayView(chunk.constData(), qsizetype(n)));
        }
        done += n;
        if (control.progress)
            control.progress(double(done) / double(length));
    }
    return digest.finish();
}

Result<Digest::Sums> Digest::of(const MappedObject &object, quint64 offset, quint64 length, Algorithms algorithms,
                                bool statistics, const Control &control)
{
    return of(ObjectBytes(object).source(), offset, length, algorithms, statistics, control);
}

QString Digest::name(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc32:
        return QStringLiteral("CRC-32");
    case Algorithm::Adler32:
        return QStringLiteral("Adler-32");
    case Algorithm::Md5:
        return QStringLiteral("MD5");
    case Algorithm::Sha1:
        return QStringLiteral("SHA-1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA-256");
    }
    return {};
}

int Digest::index(Algorithm algorithm)
{
    return int(std::find(AllAlgorithms.cbegin(), AllAlgorithms.cend(), algorithm) - AllAlgorithms.cbegin());
}

QString Digest::cancelledMessage()
{
    return tr("The checksums were cancelled.");
}

} // namespace core
