// Result<T>: a value or a user-readable error message that the caller must look at.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace broadsheet {

// A failure told as a sentence a user understands ("library.sqlite is not a Broadsheet library: …").
struct Error {
    QString message;
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` does not run over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    // The message; empty for a success, so building a diagnostic never throws.
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<Error>(m_data).message;
    }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Unit { };
using Status = Result<Unit>;
inline Status success() { return Unit {}; }

} // namespace broadsheet
