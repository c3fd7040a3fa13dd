// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * Every size limit that protects Attaché from hostile or runaway input, in one place; the classes
 * that enforce them refer here. docs/limits.md explains each one and names the test that proves
 * its message. A limit is refused with a one-line reason; nothing is ever silently cut, except
 * where a line below says so.
 */
namespace Attache::Limits {

/** An imported file, or bytes handed to the importers: bigger is refused before it is read. */
inline constexpr qint64 kMaxFileSize = 50LL * 1024 * 1024;
/** A downloaded page: the transfer is aborted once it grows past this. */
inline constexpr qint64 kMaxDownloadSize = 50LL * 1024 * 1024;
/** Redirects followed for one download (never from https to http). */
inline constexpr int kMaxRedirects = 5;
/** HTML element nesting: deeper pages are refused before parsing, so recursion cannot exhaust the stack. */
inline constexpr int kMaxHtmlDepth = 1000;
/** HTML elements in one page: more are refused before parsing. */
inline constexpr int kMaxHtmlElements = 500000;
/** An HTML attribute value longer than this (inline images, mostly) is ignored, not read. */
inline constexpr qsizetype kMaxAttributeSize = 1024 * 1024;
/** Pages in one PDF: more are refused. */
inline constexpr int kMaxPdfPages = 2000;
/** Files in one import (a folder is walked to at most this many); the GUI imports the first ones, the CLI refuses. */
inline constexpr qsizetype kMaxImportFiles = 20000;

} // namespace Attache::Limits
