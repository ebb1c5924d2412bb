// The assignment of one control to one asset (DESIGN.md §4): whether it applies, how far it is implemented, who is
// responsible, by when, with what evidence and when it was last checked.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

struct ControlAssignment
{
    qint64 assetId = 0;
    qint64 controlId = 0;
    bool applicable = true;
    QString reason;                                     // why the control does not apply; required when not applicable
    QString implementation = QStringLiteral("unknown"); // implemented, partial, not_implemented, unknown
    QString responsible;
    QDate dueDate;
    QString evidenceNote;
    QDate lastVerified;

    // Every field alike (the texts as stored: the service trims them when it saves).
    bool sameFields(const ControlAssignment &other) const
    {
        return assetId == other.assetId && controlId == other.controlId && applicable == other.applicable &&
               reason == other.reason && implementation == other.implementation && responsible == other.responsible &&
               dueDate == other.dueDate && evidenceNote == other.evidenceNote && lastVerified == other.lastVerified;
    }
};

// The fields a bulk assignment sets; fields left empty keep each asset's current value (or the default for a new
// assignment).
struct AssignmentPatch
{
    std::optional<bool> applicable;
    std::optional<QString> reason;
    std::optional<QString> implementation;
    std::optional<QString> responsible;
    std::optional<QDate> dueDate; // an invalid date clears the due date
    std::optional<QString> evidenceNote;
    std::optional<QDate> lastVerified;

    bool isEmpty() const
    {
        return !applicable && !reason && !implementation && !responsible && !dueDate && !evidenceNote && !lastVerified;
    }
    void applyTo(ControlAssignment *assignment) const
    {
        if (applicable)
            assignment->applicable = *applicable;
        if (reason)
            assignment->reason = *reason;
        if (implementation)
            assignment->implementation = *implementation;
        if (responsible)
            assignment->responsible = *responsible;
        if (dueDate)
            assignment->dueDate = *dueDate;
        if (evidenceNote)
            assignment->evidenceNote = *evidenceNote;
        if (lastVerified)
            assignment->lastVerified = *lastVerified;
    }
};

// Whether a control is assigned to an asset, and how, at one moment: what Edit ▸ Undo puts back.
struct AssignmentState
{
    qint64 assetId = 0;
    qint64 controlId = 0;
    std::optional<ControlAssignment> assignment; // none: the control is not assigned to the asset

    bool sameAssignment(const AssignmentState &other) const
    {
        return assignment.has_value() == other.assignment.has_value() &&
               (!assignment || assignment->sameFields(*other.assignment));
    }
};
