#include "core/history/fieldwatch.h"

#include "core/layout/fieldcodec.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace core {

using Kind = StructField::Kind;

FieldWatch::FieldWatch(StructField field, QString name, qsizetype capacity)
    : m_field(std::move(field)), m_name(std::move(name)), m_samples(capacity)
{
    m_field.children.clear(); // only a row's own bytes are read
    m_readLength = FieldCodec::shownLength(m_field);
    switch (m_field.kind) {
    case Kind::Integer:
    case Kind::Float:
    case Kind::Bool:
    case Kind::Char:
    case Kind::Enum:
    case Kind::Pointer:
        m_numeric = true;
        break;
    default:
        m_numeric = false;
    }
}

Result<FieldWatch> FieldWatch::ofField(const StructField &field, const QString &name, qsizetype capacity)
{
    switch (field.kind) {
    case Kind::Struct:
    case Kind::Union:
    case Kind::Array:
        return Error::plain(tr("%1 is a %2 and has no value of its own: watch one of its fields.")
                                .arg(name, StructField::kindName(field.kind)));
    case Kind::Padding:
        return Error::plain(tr("%1 is padding, bytes nobody declared: watch a field.").arg(name));
    default:
        break;
    }
    if (field.size == 0)
        return Error::plain(tr("%1 has no bytes to watch.").arg(name));
    return FieldWatch(field, name, capacity);
}

Result<FieldWatch> FieldWatch::ofBytes(quint64 offset, quint64 size, qsizetype capacity)
{
    if (size != 1 && size != 2 && size != 4 && size != 8)
        return Error::plain(tr("%1 bytes cannot be read as a number: select 1, 2, 4 or 8 bytes.").arg(size));
    StructField field;
    field.kind = Kind::Integer;
    field.offset = offset;
    field.size = size;
    field.typeName = QStringLiteral("uint%1_t").arg(size * 8);
    field.name = QStringLiteral("0x%1").arg(offset, 0, 16);
    return FieldWatch(field, tr("%1 bytes at 0x%2").arg(size).arg(offset, 0, 16), capacity);
}

bool FieldWatch::observe(QByteArrayView bytes, qint64 msecs)
{
    if (quint64(bytes.size()) != m_readLength)
        return false; // a short read (a shrunk object) is no value
    if (m_hasValue && bytes == QByteArrayView(m_bytes))
        return false;
    const bool change = m_hasValue;
    m_bytes = bytes.toByteArray();
    m_previousText = m_text;
    m_text = FieldCodec::shownText(m_field, bytes);
    m_hasValue = true;
    m_samples.append(HistorySample{msecs, numberOf(bytes, m_text), m_text});
    return change;
}

double FieldWatch::numberOf(QByteArrayView bytes, const QString &text) const
{
    switch (m_field.kind) {
    case Kind::Integer:
    case Kind::Bool:
    case Kind::Char:
    case Kind::Enum:
        return FieldCodec::number(m_field, bytes).toDouble();
    case Kind::Float: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? value : std::numeric_limits<double>::quiet_NaN();
    }
    case Kind::Pointer:
        return double(text.toULongLong(nullptr, 16));
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

void FieldWatch::clear()
{
    m_samples.clear();
    m_hasValue = false;
    m_bytes.clear();
    m_text.clear();
    m_previousText.clear();
}

QString FieldWatch::csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString FieldWatch::isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString FieldWatch::csv() const
{
    QString out = QStringLiteral("time,field,value\n");
    const QString field = csvCell(m_name);
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const HistorySample &sample = m_samples.at(i);
        out += isoTime(sample.msecs) + QLatin1Char(',') + field + QLatin1Char(',') + csvCell(sample.text) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace core
