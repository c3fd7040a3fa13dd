// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languageguesser.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <memory>

#include <textcat.h>

namespace Attache::Import {

namespace {

/** A few hundred words decide; more only costs time. */
constexpr qsizetype kSampleLength = 2000;
/** Fewer UTF-8 bytes than this (a headline, a name) say too little to tell languages apart. */
constexpr int kMinimumBytes = 40;

struct TextcatDone
{
    void operator()(void *handle) const { textcat_Done(handle); }
};

/**
 * This thread's classifier, loaded once from libexttextcat's fingerprints; null when they are
 * missing. A classifier keeps scratch state while it works, so threads do not share one.
 */
void *classifier()
{
    thread_local const std::unique_ptr<void, TextcatDone> handle = [] {
        std::unique_ptr<void, TextcatDone> loaded(
            special_textcat_Init(ATTACHE_TEXTCAT_DATA "/fpdb.conf", ATTACHE_TEXTCAT_DATA "/"));
        if (loaded) {
            textcat_SetProperty(loaded.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, kMinimumBytes);
        }
        return loaded;
    }();
    return handle.get();
}

} // namespace

QString LanguageGuesser::guess(const QString &text)
{
    void *handle = classifier();
    if (!handle) {
        return {};
    }
    const QByteArray sample = text.left(kSampleLength).toUtf8();
    // "[en--utf8][de--utf8]" with the likeliest first, or "SHORT" / "UNKNOWN".
    const QByteArray categories(textcat_Classify(handle, sample.constData(), size_t(sample.size())));
    if (!categories.startsWith('[')) {
        return {};
    }
    // Chinese written in traditional characters shares its n-grams with Japanese kanji; Japanese
    // prose always has kana as well, so without any the guess is not Japanese.
    const bool kana = std::ranges::any_of(text.left(kSampleLength), [](QChar c) {
        return c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana;
    });
    for (const QByteArray &candidate : categories.split('[')) {
        const QByteArray code = candidate.left(candidate.indexOf('-'));
        if (!code.isEmpty() && (code != "ja" || kana)) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

} // namespace Attache::Import
