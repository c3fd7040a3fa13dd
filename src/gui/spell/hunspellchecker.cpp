// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunspellchecker.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

namespace Attache::Gui {

namespace {
// Very long "words" are not words; Hunspell also has its own limit near this.
constexpr qsizetype kMaxWordLength = 100;
} // namespace

struct HunspellChecker::Private
{
    std::unique_ptr<Hunspell> hunspell;
    QString language;
    QString encoding;

    std::string encode(const QString &word) const
    {
        QStringEncoder encoder(encoding.toLatin1().constData());
        if (!encoder.isValid()) {
            return word.toStdString();
        }
        const QByteArray bytes = encoder.encode(word);
        return encoder.hasError() ? std::string() : bytes.toStdString();
    }

    QString decode(const std::string &bytes) const
    {
        QStringDecoder decoder(encoding.toLatin1().constData());
        if (!decoder.isValid()) {
            return QString::fromStdString(bytes);
        }
        return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
};

HunspellChecker::HunspellChecker(const QString &affPath, const QString &dicPath, const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
    if (QFileInfo(affPath).isReadable() && QFileInfo(dicPath).isReadable()) {
        d->hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                                 QFile::encodeName(dicPath).constData());
        d->encoding = QString::fromLatin1(d->hunspell->get_dict_encoding());
    }
}

HunspellChecker::~HunspellChecker() = default;

bool HunspellChecker::isValid() const
{
    return d->hunspell != nullptr;
}

QString HunspellChecker::encoding() const
{
    return d->encoding;
}

QString HunspellChecker::language() const
{
    return d->language;
}

bool HunspellChecker::isCorrect(const QString &word) const
{
    if (!d->hunspell || word.size() > kMaxWordLength) {
        return true;
    }
    const std::string encoded = d->encode(word);
    // A word the dictionary's encoding cannot even represent is not flagged: it is foreign text.
    return encoded.empty() || d->hunspell->spell(encoded);
}

QStringList HunspellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!d->hunspell || word.size() > kMaxWordLength) {
        return result;
    }
    const std::string encoded = d->encode(word);
    if (encoded.empty()) {
        return result;
    }
    for (const std::string &suggestion : d->hunspell->suggest(encoded)) {
        result.append(d->decode(suggestion));
    }
    return result;
}

void HunspellChecker::addWord(const QString &word)
{
    const std::string encoded = d->hunspell ? d->encode(word) : std::string();
    if (!encoded.empty()) {
        d->hunspell->add(encoded);
    }
}

QStringList HunspellChecker::searchPaths()
{
    QStringList paths;
    for (const QString &path : qEnvironmentVariable("ATTACHE_HUNSPELL_PATH").split(u':', Qt::SkipEmptyParts)) {
        paths.append(path);
    }
    paths << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/local/share/hunspell")
          << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts");
    return paths;
}

QMap<QString, QString> HunspellChecker::availableDictionaries()
{
    QMap<QString, QString> found;
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        for (const QFileInfo &dic : dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable)) {
            const QString aff = dic.absolutePath() + u'/' + dic.completeBaseName() + QStringLiteral(".aff");
            // The first folder wins, so a user's own dictionaries shadow the system's.
            if (QFileInfo::exists(aff) && !found.contains(dic.completeBaseName())) {
                found.insert(dic.completeBaseName(), dic.absoluteFilePath());
            }
        }
    }
    return found;
}

std::unique_ptr<HunspellChecker> HunspellChecker::forLanguage(const QString &language)
{
    const QString dic = availableDictionaries().value(language);
    if (dic.isEmpty()) {
        return nullptr;
    }
    const QFileInfo info(dic);
    auto checker = std::make_unique<HunspellChecker>(
        info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".aff"), dic, language);
    return checker->isValid() ? std::move(checker) : nullptr;
}

} // namespace Attache::Gui
