// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "hunspellchecker.h"
#include "personaldictionary.h"
#include "spellcheckhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace Attache::Gui {

namespace {
constexpr int kMaxSuggestions = 8;
}

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SpellCheckHighlighter(document()))
{
}

NoteEditor::~NoteEditor() = default;

bool NoteEditor::setLanguage(const QString &language)
{
    m_highlighter->setSpellChecker(nullptr);
    m_checker = language.isEmpty() ? nullptr : HunspellChecker::forLanguage(language);
    if (m_checker && m_dictionary) {
        for (const QString &word : m_dictionary->words()) {
            m_checker->addWord(word);
        }
    }
    m_highlighter->setSpellChecker(m_checker.get());
    return m_checker != nullptr;
}

QString NoteEditor::language() const
{
    return m_checker ? m_checker->language() : QString();
}

void NoteEditor::setPersonalDictionary(PersonalDictionary *dictionary)
{
    m_dictionary = dictionary;
    setLanguage(language());
}

QStringList NoteEditor::misspeltWords() const
{
    QStringList result;
    if (!m_checker) {
        return result;
    }
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const auto &[start, length] : SpellCheckHighlighter::words(text)) {
            const QString word = text.mid(start, length);
            if (!m_checker->isCorrect(word)) {
                result.append(word);
            }
        }
    }
    return result;
}

void NoteEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor cursor = cursorForPosition(event->pos());
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    if (m_checker && !word.isEmpty() && !m_checker->isCorrect(word)) {
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_checker->suggestions(word).mid(0, kMaxSuggestions);
        for (const QString &suggestion : suggestions) {
            QAction *action = new QAction(suggestion, menu.get());
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, cursor, suggestion]() mutable {
                cursor.insertText(suggestion);
                setTextCursor(cursor);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        QAction *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu.get());
        connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void NoteEditor::addToDictionary(const QString &word)
{
    QString error;
    if (m_dictionary && !m_dictionary->add(word, &error)) {
        return;
    }
    if (m_checker) {
        m_checker->addWord(word);
        m_highlighter->rehighlight();
    }
}

} // namespace Attache::Gui
