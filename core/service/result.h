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

    bool ok() const { return value.has_value(); }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(QString message)
    {
        Result r;
        r.error = std::move(message);
        return r;
    }
    static Result invalid(QList<Problem> list)
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
