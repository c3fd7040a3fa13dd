// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringView>

#include <array>

namespace Attache::Analysis {
Q_NAMESPACE

/** What sort of source a speaker is. The one list of kinds: names, labels and colours derive from it. */
enum class SpeakerKind { Official, Expert, Journalist, Organization, Unnamed, Other };
Q_ENUM_NS(SpeakerKind)

/** Every kind, in the order menus, filters and legends list them. */
inline constexpr std::array kSpeakerKinds {SpeakerKind::Official,     SpeakerKind::Expert,  SpeakerKind::Journalist,
                                           SpeakerKind::Organization, SpeakerKind::Unnamed, SpeakerKind::Other};

/** "official", "expert", "journalist", "organization", "unnamed" or "other": the name projects and reports store. */
QString speakerKindName(SpeakerKind kind);
/** The kind whose speakerKindName is name; Other for any other text. */
SpeakerKind speakerKindNamed(QStringView name);
/** The names of kSpeakerKinds, in that order. */
QStringList speakerKindNames();
/** The kind as the interface language calls it ("unnamed source"). */
QString speakerKindLabel(SpeakerKind kind);
/**
 * The kind's colour wherever kinds are told apart: the reader's underline, the docks, the chart and
 * every report. Okabe–Ito colours, which stay distinct for colour-blind readers and in greyscale print.
 */
QColor speakerKindColor(SpeakerKind kind);

} // namespace Attache::Analysis
