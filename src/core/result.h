#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace core {

// What went wrong, told three ways: the call as C, errno, and a sentence for a student. A refused kernel call
// fills all three; a parser, a codec or a check of the user's input before any call fills only the message.
struct Error
{
    QString call;    // e.g. "shmget(0x1234, 56, 0640|IPC_CREAT|IPC_EXCL)"; empty when no call was made
    int errnum = 0;  // errno, 0 when the error is ours (bad input caught before any call)
    QString message; // plain sentence: who may do what, which limit was hit, what the text got wrong

    // An error found by our own code (input, parser, codec, bounds): a message and no call.
    [[nodiscard]] static Error plain(QString message) { return Error{QString(), 0, std::move(message)}; }

    [[nodiscard]] QString errnoName() const;  // "EPERM"
    [[nodiscard]] QString errnoText() const;  // "Operation not permitted"
    [[nodiscard]] QString toString() const;   // message plus the call and errno, for logs and stderr
};

// A value or the error that kept us from it. Errors are values in core: nothing here throws.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}        // NOLINT: implicit on purpose, like std::expected
    Result(Error error) : m_data(std::move(error)) {} // NOLINT

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    [[nodiscard]] const T &value() const { return std::get<0>(m_data); }
    [[nodiscard]] T &value() { return std::get<0>(m_data); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For calls that give back nothing but success.
using Done = std::monostate;

} // namespace core
