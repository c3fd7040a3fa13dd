// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QCryptographicHash>

#include <array>
#include <utility>

namespace Attache {

namespace {
constexpr std::array kSourceKindNames = {
    std::pair {Article::SourceKind::Text, "text"},         std::pair {Article::SourceKind::Html, "html"},
    std::pair {Article::SourceKind::Markdown, "markdown"}, std::pair {Article::SourceKind::Pdf, "pdf"},
    std::pair {Article::SourceKind::Url, "url"},           std::pair {Article::SourceKind::Other, "other"},
};
} // namespace

QString Article::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(cleanText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Article::sourceKindName(SourceKind kind)
{
    for (const auto &[value, name] : kSourceKindNames) {
        if (value == kind) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("other");
}

Article::SourceKind Article::sourceKindFromName(const QString &name)
{
    for (const auto &[value, text] : kSourceKindNames) {
        if (name == QLatin1StringView(text)) {
            return value;
        }
    }
    return SourceKind::Other;
}

} // namespace Attache
