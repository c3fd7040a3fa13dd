// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerkind.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QStringList>

namespace Attache::Analysis {

QString speakerKindName(SpeakerKind kind)
{
    // The stored name is the enumerator's, lower-cased: a new kind cannot be given a name in one place only.
    return QString::fromLatin1(QMetaEnum::fromType<SpeakerKind>().valueToKey(int(kind))).toLower();
}

SpeakerKind speakerKindNamed(QStringView name)
{
    for (const SpeakerKind kind : kSpeakerKinds) {
        if (speakerKindName(kind) == name) {
            return kind;
        }
    }
    return SpeakerKind::Other;
}

QStringList speakerKindNames()
{
    QStringList names;
    for (const SpeakerKind kind : kSpeakerKinds) {
        names.append(speakerKindName(kind));
    }
    return names;
}

QString speakerKindLabel(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Official:
        return QCoreApplication::translate("SpeakerKind", "official",
                                           "kind of speaker: a government or state official");
    case SpeakerKind::Expert:
        return QCoreApplication::translate("SpeakerKind", "expert",
                                           "kind of speaker: analyst, academic, think-tank fellow");
    case SpeakerKind::Journalist:
        return QCoreApplication::translate("SpeakerKind", "journalist", "kind of speaker");
    case SpeakerKind::Organization:
        return QCoreApplication::translate("SpeakerKind", "organization",
                                           "kind of speaker: a ministry, agency or company speaking as a body");
    case SpeakerKind::Unnamed:
        return QCoreApplication::translate("SpeakerKind", "unnamed source", "kind of speaker: an anonymous source");
    case SpeakerKind::Other:
        break;
    }
    return QCoreApplication::translate("SpeakerKind", "other", "kind of speaker");
}

QColor speakerKindColor(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Official:
        return QColor(0x00, 0x72, 0xB2);
    case SpeakerKind::Expert:
        return QColor(0xE6, 0x9F, 0x00);
    case SpeakerKind::Journalist:
        return QColor(0x00, 0x9E, 0x73);
    case SpeakerKind::Organization:
        return QColor(0xCC, 0x79, 0xA7);
    case SpeakerKind::Unnamed:
        return QColor(0xD5, 0x5E, 0x00);
    case SpeakerKind::Other:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace Attache::Analysis
