// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The victim of tst_crashsafety: it writes to a project as fast as it can and reports each item
// only after its transaction committed, so the parent can kill it at any moment and then check
// that everything reported survived.
//
// Usage: crashchild PROJECT SEED
//   Creates PROJECT if it does not exist (printing "created"), then loops: imports an article
//   through the real importers (printing "article ID"), then adds a burst of annotations to it
//   (printing "annotation ID" for each). Runs until killed.

#include "annotation.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "import/articleimporter.h"
#include "project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

using namespace Attache;

namespace {

/** Writes one line straight to fd 1: no stdio buffer may hold back a report when SIGKILL comes. */
void report(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            return;
        }
        written += n;
    }
}

QByteArray articleBytes(QRandomGenerator &random, quint64 serial, bool html)
{
    static const char *const kSentences[] = {
        "\"We will not accept this,\" said the foreign minister, Anna Berg.",
        "The talks resumed on Tuesday after a week of silence.",
        "\"Sanctions are working,\" a senior official told reporters.",
        "Analysts expect the summit to produce only a short statement.",
        "According to the ambassador, the agreement remains on track.",
    };
    QByteArray body;
    const int paragraphs = 3 + int(random.bounded(20));
    for (int i = 0; i < paragraphs; ++i) {
        // The serial in every paragraph keeps each article distinct even after boilerplate removal.
        const QByteArray sentence = QByteArray(kSentences[random.bounded(int(std::size(kSentences)))]) + " (Report "
            + QByteArray::number(serial) + ", part " + QByteArray::number(i) + ".)";
        body += html ? QByteArray("<p>" + sentence + "</p>\n") : QByteArray(sentence + "\n\n");
    }
    // A unique marker keeps every article distinct, so none is skipped as a duplicate.
    const QByteArray marker = "Report number " + QByteArray::number(serial) + ".";
    if (html) {
        return "<html><head><title>Crash test " + QByteArray::number(serial) + "</title></head><body><article><h1>"
            + marker + "</h1>\n" + body + "</article></body></html>";
    }
    return "Crash test " + QByteArray::number(serial) + "\n\n" + marker + "\n\n" + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: crashchild PROJECT SEED\n", stderr);
        return 1;
    }
    const QString path = args.at(1);
    const quint64 seed = args.at(2).toULongLong();
    QRandomGenerator random {quint32(seed)};

    ProjectError error;
    std::unique_ptr<Project> project;
    if (QFileInfo::exists(path)) {
        project = Project::open(path, &error);
    } else {
        project = Project::create(path, &error);
        if (project) {
            report("created");
        }
    }
    if (!project) {
        std::fprintf(stderr, "crashchild: %s\n", qPrintable(error.message));
        return 2;
    }

    // Serials start from the seed's own range so that successive runs never repeat an article.
    for (quint64 serial = seed * 1000000;; ++serial) {
        const bool html = random.bounded(2) == 0;
        const Import::ImportResult imported = Import::ArticleImporter::importBytes(
            articleBytes(random, serial, html), html ? QStringLiteral("crash.html") : QStringLiteral("crash.txt"));
        if (!imported.ok()) {
            std::fprintf(stderr, "crashchild: import failed: %s\n", qPrintable(imported.error));
            return 3;
        }
        const ArticleStore::AddResult added = project->articles()->add(imported.article);
        if (added.id == 0) {
            std::fprintf(stderr, "crashchild: add failed (duplicate of %lld): %s\n", added.duplicateOf,
                         qPrintable(added.error));
            return 3;
        }
        report("article " + QByteArray::number(added.id));

        const qsizetype length = imported.article.cleanText.size();
        const int burst = 1 + int(random.bounded(8));
        for (int i = 0; i < burst; ++i) {
            Annotation annotation;
            annotation.articleId = added.id;
            annotation.note = QStringLiteral("note %1/%2").arg(serial).arg(i);
            if (random.bounded(3) != 0 && length > 2) {
                const qsizetype start = qsizetype(random.bounded(quint64(length - 1)));
                const qsizetype end
                    = start + 1 + qsizetype(random.bounded(quint64(std::min<qsizetype>(40, length - start - 1) + 1)));
                annotation.anchor = TextAnchor();
                annotation.anchor->start = start;
                annotation.anchor->end = std::min(end, length);
            }
            QString message;
            const qint64 id = project->annotations()->add(annotation, &message);
            if (id == 0) {
                std::fprintf(stderr, "crashchild: annotate failed: %s\n", qPrintable(message));
                return 3;
            }
            report("annotation " + QByteArray::number(id));
        }
    }
}
