// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

#include <memory>

namespace Attache {
class PersonalDictionary;
}

namespace Attache::Gui {

class HunspellChecker;
class SpellCheckHighlighter;

/**
 * The note editor: plain text with misspellings underlined as you type, suggestions and
 * "Add to Dictionary" in the context menu. Added words go to the project's personal dictionary.
 */
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;

    /** Checks in language (an installed dictionary, such as "en_US"); empty or unknown turns checking off. */
    bool setLanguage(const QString &language);
    QString language() const;
    /** dictionary (not owned) supplies and keeps the user's own words; may be null. */
    void setPersonalDictionary(PersonalDictionary *dictionary);

    /** The misspelt words of the current text, in order; what the underlines show. */
    QStringList misspeltWords() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void addToDictionary(const QString &word);

    std::unique_ptr<HunspellChecker> m_checker;
    SpellCheckHighlighter *m_highlighter = nullptr;
    PersonalDictionary *m_dictionary = nullptr;
};

} // namespace Attache::Gui
