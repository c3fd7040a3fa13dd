// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeView;

namespace Attache {
class PersonalDictionary;
class TagStore;
} // namespace Attache

namespace Attache::Gui {

class NoteEditor;
class TagTreeModel;

/** Edits an annotation's note, colour and tags. The passage itself is shown, not edited. */
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDialog)

public:
    AnnotationDialog(const Annotation &annotation, TagStore *tags, PersonalDictionary *dictionary,
                     QWidget *parent = nullptr);

    /** The annotation given, with the user's note, colour and tags. */
    Annotation annotation() const;

    /** The highlight colours offered, as (name, #rrggbb). */
    static QList<std::pair<QString, QString>> palette();

private:
    Annotation m_annotation;
    NoteEditor *m_note = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_color = nullptr;
    TagTreeModel *m_tagModel = nullptr;
};

} // namespace Attache::Gui
