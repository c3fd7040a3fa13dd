// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/** The bounds of every look-back and look-ahead of the engine's stages. */
namespace Attache::Analysis::Engine {

// Every look-back or look-ahead is bounded so that the whole analysis stays linear.
inline constexpr int kWindow = 60;
inline constexpr int kAppositiveMax = 50;
inline constexpr int kNpMax = 12;
// Words a relative clause may hold between its subject and the verb: "X who requested anonymity said".
inline constexpr int kWhoClauseMax = 8;
// A statement attributed at its end has at least this many words, and at most this many follow the cue.
inline constexpr int kMinClauseWords = 4;
inline constexpr int kTrailingWordsMax = 8;
// Tokens a dateline may take before its dash: "SEOUL, South Korea (AP) —".
inline constexpr int kDatelineMax = 10;
// Words naming where a role is held: "ambassador to Kazakhstan", "spokesman for Iran's foreign ministry".
inline constexpr int kRolePlaceMax = 6;
// Words a name between commas may have: "Luiz Inácio Lula da Silva".
inline constexpr int kNameWordsMax = 5;
inline constexpr int kShortQuoteWords = 4;
// Words a role may take between its noun and the name it introduces ("envoy for the Serbia-Kosovo talks").
inline constexpr int kRoleScopeMax = 10;
// Tokens a parenthesis after a name may hold: "(R-Ohio)", "(D-N.Y.)", "(Reuters)".
inline constexpr int kAsideMax = 8;

} // namespace Attache::Analysis::Engine
