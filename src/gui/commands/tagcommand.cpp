// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommand.h"

#include <QCoreApplication>

namespace Attache::Gui {

TagCommand::TagCommand(TagStore *store, Action action, Tag before, Tag after, QString *error)
    : m_store(store)
    , m_action(action)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_error(error)
{
    switch (action) {
    case Action::Add:
        setText(QCoreApplication::translate("TagCommand", "Add Tag %1").arg(m_after.name));
        break;
    case Action::Edit:
        setText(QCoreApplication::translate("TagCommand", "Edit Tag %1").arg(m_after.name));
        break;
    case Action::Remove:
        setText(QCoreApplication::translate("TagCommand", "Remove Tag %1").arg(m_before.name));
        break;
    }
}

void TagCommand::redo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        m_after.id = m_store->add(m_after, &m_message);
        ok = m_after.id > 0;
        break;
    case Action::Edit:
        ok = m_store->update(m_after, &m_message);
        break;
    case Action::Remove:
        m_removal = m_store->removal(m_before.id);
        ok = m_store->remove(m_before.id, &m_message);
        break;
    }
    if (!ok) {
        fail();
    }
}

void TagCommand::undo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        ok = m_store->remove(m_after.id, &m_message);
        break;
    case Action::Edit:
        ok = m_store->update(m_before, &m_message);
        break;
    case Action::Remove:
        ok = m_store->restore(m_removal, &m_message);
        break;
    }
    if (!ok) {
        fail();
    }
}

void TagCommand::fail()
{
    if (m_error) {
        *m_error = m_message;
    }
    setObsolete(true);
}

} // namespace Attache::Gui
