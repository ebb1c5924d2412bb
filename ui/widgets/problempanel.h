// The problems of a form, shown above its buttons: a list that follows the form as it is corrected (a fixed problem
// disappears at once) and keeps the room it once took, so that the fields and buttons do not jump while the user
// types. An empty panel takes no room until it first shows a problem; the room is given back when the form is reset.
#pragma once

#include <QLabel>
#include <QStringList>

class ProblemPanel final : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Error,  // refuses the save
        Warning // asks the user to think again but does not refuse
    };

    explicit ProblemPanel(QWidget *parent = nullptr, Tone tone = Tone::Error);

    // Shows the messages under an optional heading, or nothing (keeping the room) when messages is empty.
    void setProblems(const QStringList &messages, const QString &heading = {});
    QStringList problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    // Forgets the problems and gives the room back (a new record is loaded).
    void reset();

private:
    QStringList m_problems;
    int m_keptHeight = 0;
};
