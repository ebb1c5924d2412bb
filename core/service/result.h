// What a service call returns: the value, or a translated message and, for validation, the problems field by field.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Problem
{
    QString field; // key of the field at fault, empty when the problem is not about one field
    QString message;
};

template <typename T> struct Result
{
    std::optional<T> value;
    QString error;
    QList<Problem> problems;
    bool conflict = false; // the record was changed by someone else since it was read
    bool notFound = false; // a lookup found no such record (as opposed to failing to read)

    bool ok() const { return value.has_value(); }
    // A result reads like the optional it holds: `if (!asset) … asset->name`.
    explicit operator bool() const { return value.has_value(); }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
    const T &operator*() const { return *value; }
    T &operator*() { return *value; }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(QString message) // NOLINT(performance-unnecessary-value-param): moved from
    {
        Result r;
        r.error = std::move(message);
        return r;
    }
    static Result missing(QString message) // NOLINT(performance-unnecessary-value-param): moved from
    {
        Result r;
        r.error = std::move(message);
        r.notFound = true;
        return r;
    }
    static Result invalid(QList<Problem> list) // NOLINT(performance-unnecessary-value-param): moved from
    {
        Result r;
        QStringList messages;
        for (const Problem &problem : list)
            messages << problem.message;
        r.error = messages.join(QLatin1Char('\n'));
        r.problems = std::move(list);
        return r;
    }
};
