// One term per concept (practice.md §8): the Japanese catalogue is checked against the glossary of domain terms,
// translations/glossary.tsv. An entry whose English source uses a glossary term must use the term's one Japanese
// rendering; entries whose source is the term itself must all be translated alike; renderings the glossary rules out
// (サーバー, 全ての, 未割当 …) appear nowhere.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translation;
};

struct Term
{
    QString english;
    QString japanese;
    QStringList exceptions; // English phrases in which the word is something else
};

struct Avoided
{
    QString pattern;
    QString instead;
    QString exemptComment;
};

QString catalogPath()
{
    return QStringLiteral(TRANSLATIONS_DIR "/asset-registry_ja.ts");
}

QString glossaryPath()
{
    return QStringLiteral(TRANSLATIONS_DIR "/glossary.tsv");
}

QList<Message> readCatalog(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // Plural forms are numerusform children; their texts are joined.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            message.translation = text;
            messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

void readGlossary(const QString &path, QList<Term> *terms, QList<Avoided> *avoided)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (line.startsWith(QLatin1Char('!'))) {
            avoided->append({columns.value(0).mid(1), columns.value(1), columns.value(2)});
            continue;
        }
        terms->append({columns.value(0), columns.value(1),
                       columns.value(2).isEmpty() ? QStringList() : columns.value(2).split(QLatin1Char('|'))});
    }
}

// The source as people read it: no accelerator ampersands, line breaks as spaces.
QString plainSource(const QString &source)
{
    QString text = source;
    text.remove(QRegularExpression(QStringLiteral("&(?=\\w)")));
    return text.simplified();
}

// The translation without its accelerator "(&X)", the colon of a label and an ellipsis.
QString plainTranslation(const QString &translation)
{
    QString text = translation;
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
    text.remove(QRegularExpression(QStringLiteral("[:：…]+$")));
    return text.trimmed();
}

QRegularExpression termPattern(const QString &english)
{
    QString words = QRegularExpression::escape(english);
    words.replace(QStringLiteral("\\ "), QStringLiteral("[ -]"));
    return QRegularExpression(QStringLiteral("(?<![\\w-])") + words + QStringLiteral("(s|es)?(?![\\w-])"),
                              QRegularExpression::CaseInsensitiveOption);
}

// True when the term occurs in the source outside the phrases in which it means something else.
bool usesTerm(const QString &source, const Term &term, const QRegularExpression &pattern)
{
    if (!source.contains(term.english.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive))
        return false;
    QString text = source;
    for (const QString &phrase : term.exceptions)
        text.replace(phrase, QString(phrase.size(), QLatin1Char('#')), Qt::CaseInsensitive);
    return pattern.match(text).hasMatch();
}

bool usesTerm(const QString &source, const Term &term)
{
    return usesTerm(source, term, termPattern(term.english));
}

} // namespace

class TestGlossary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void glossaryIsConsistent();
    void termUsesItsRendering_data();
    void termUsesItsRendering();
    void termTranslatedOneWay_data();
    void termTranslatedOneWay();
    void avoidedRendering_data();
    void avoidedRendering();
    void checkerFindsADeviation();

private:
    QList<Message> m_messages;
    QList<Term> m_terms;
    QList<Avoided> m_avoided;
};

void TestGlossary::initTestCase()
{
    m_messages = readCatalog(catalogPath());
    readGlossary(glossaryPath(), &m_terms, &m_avoided);
    QVERIFY(m_messages.size() > 1000);
    QVERIFY(m_terms.size() > 40);
    QVERIFY(!m_avoided.isEmpty());
}

void TestGlossary::glossaryIsConsistent()
{
    // The glossary itself gives each English term one rendering.
    QHash<QString, QString> seen;
    for (const Term &term : std::as_const(m_terms)) {
        const QString key = term.english.toLower();
        QVERIFY2(!term.japanese.isEmpty(), qPrintable(term.english + QStringLiteral(": no rendering")));
        QVERIFY2(
            !seen.contains(key) || seen.value(key) == term.japanese,
            qPrintable(
                QStringLiteral("%1 is rendered both %2 and %3").arg(term.english, seen.value(key), term.japanese)));
        seen.insert(key, term.japanese);
    }
    for (const Avoided &avoided : std::as_const(m_avoided))
        QVERIFY2(QRegularExpression(avoided.pattern).isValid(), qPrintable(avoided.pattern));
}

void TestGlossary::termUsesItsRendering_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < m_terms.size(); ++index)
        QTest::newRow(qPrintable(m_terms.at(index).english)) << index;
}

void TestGlossary::termUsesItsRendering()
{
    QFETCH(int, index);
    const Term &term = m_terms.at(index);
    const QRegularExpression pattern = termPattern(term.english);
    QStringList deviations;
    for (const Message &message : std::as_const(m_messages)) {
        if (usesTerm(plainSource(message.source), term, pattern) && !message.translation.contains(term.japanese))
            deviations << QStringLiteral("  [%1] \"%2\" -> \"%3\"")
                              .arg(message.context, message.source.left(100), message.translation.left(80));
    }
    QVERIFY2(deviations.isEmpty(),
             qPrintable(QStringLiteral("\"%1\" must be rendered %2 (translations/glossary.tsv), but %3 entries do "
                                       "not use it:\n%4")
                            .arg(term.english, term.japanese)
                            .arg(deviations.size())
                            .arg(deviations.mid(0, 15).join(QLatin1Char('\n')))));
}

void TestGlossary::termTranslatedOneWay_data()
{
    termUsesItsRendering_data();
}

void TestGlossary::termTranslatedOneWay()
{
    // Entries whose whole source is the term ("Destination", "Destination:", "&Destination…") are translated the same
    // way in every window, the CLI and print: one English term is never translated two ways.
    QFETCH(int, index);
    const Term &term = m_terms.at(index);
    QMap<QString, QStringList> renderings;
    for (const Message &message : std::as_const(m_messages)) {
        QString source = plainSource(message.source);
        source.remove(QRegularExpression(QStringLiteral("[:…]+$")));
        // The plural is left out: "Assets" and "Gaps" head columns of counts (資産数, ギャップ数).
        if (source.compare(term.english, Qt::CaseInsensitive) != 0)
            continue;
        renderings[plainTranslation(message.translation)] << message.context;
    }
    QVERIFY2(renderings.size() <= 1,
             qPrintable(
                 QStringLiteral("\"%1\" is translated %2 ways:\n%3").arg(term.english).arg(renderings.size()).arg([&] {
                     QStringList lines;
                     for (auto it = renderings.cbegin(); it != renderings.cend(); ++it)
                         lines << QStringLiteral("  %1 in %2").arg(it.key(), it.value().join(", "));
                     return lines.join(QLatin1Char('\n'));
                 }())));
}

void TestGlossary::avoidedRendering_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < m_avoided.size(); ++index)
        QTest::newRow(qPrintable(m_avoided.at(index).pattern)) << index;
}

void TestGlossary::avoidedRendering()
{
    QFETCH(int, index);
    const Avoided &avoided = m_avoided.at(index);
    const QRegularExpression pattern(avoided.pattern);
    QStringList found;
    for (const Message &message : std::as_const(m_messages)) {
        if (!avoided.exemptComment.isEmpty() && message.comment == avoided.exemptComment)
            continue;
        if (pattern.match(message.translation).hasMatch())
            found << QStringLiteral("  [%1] \"%2\"").arg(message.context, message.translation.left(100));
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 found %2 times; write %3 instead:\n%4")
                                             .arg(avoided.pattern)
                                             .arg(found.size())
                                             .arg(avoided.instead, found.mid(0, 15).join(QLatin1Char('\n')))));
}

void TestGlossary::checkerFindsADeviation()
{
    // The check is not vacuous: a translation that renders a term another way is caught, and the glossary's
    // exceptions are honoured.
    const Term destination{QStringLiteral("destination"), QStringLiteral("消去後の処分先"), {}};
    QVERIFY(usesTerm(plainSource(QStringLiteral("&Destination after sanitisation:")), destination));
    QVERIFY(!usesTerm(QStringLiteral("Destinations-file"), destination));
    const Term control{QStringLiteral("control"), QStringLiteral("管理策"), {QStringLiteral("--control")}};
    QVERIFY(!usesTerm(QStringLiteral("The option --control is required."), control));
    QVERIFY(usesTerm(QStringLiteral("Assign controls to --control"), control));
    QVERIFY(termPattern(QStringLiteral("handling label")).match(QStringLiteral("handling-labels")).hasMatch());
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "test_glossary.moc"
