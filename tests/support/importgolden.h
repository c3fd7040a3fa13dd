// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Attache::Test {

/** The folder holding the importer fixtures (tests/data/import). */
QString importDataDir();

/** The fixture folders under importDataDir() that hold a file named inputName, sorted. */
QStringList importCases(const QString &inputName);

/** Reads a fixture's expected.json; an empty object if it is missing or broken. */
QJsonObject readExpected(const QString &caseDir);

/**
 * Checks an import against a golden expected.json. Keys, all optional: title, authors, published
 * (yyyy-MM-dd), outlet, url, language, clean_text (exact), clean_contains, clean_excludes,
 * excluded ([{reason, text}], exact and in order), paragraphs (count). Also checks the invariants
 * every import must hold (ranges sorted, disjoint and inside rawText). Fails the current test.
 */
void verifyGolden(const Import::ImportResult &result, const QJsonObject &expected);

} // namespace Attache::Test
