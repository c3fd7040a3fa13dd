// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchcommand.h"

#include "savedsearchstore.h"

#include <QCoreApplication>

namespace Attache::Gui {

SavedSearchCommand::SavedSearchCommand(SavedSearchStore *store, Action action, SavedSearch before, SavedSearch after,
                                       QString *error)
    : m_store(store)
    , m_action(action)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_error(error)
{
    switch (action) {
    case Action::Add:
        setText(QCoreApplication::translate("SavedSearchCommand", "Save Search %1").arg(m_after.name));
        break;
    case Action::Edit:
        setText(m_before.name == m_after.name
                    ? QCoreApplication::translate("SavedSearchCommand", "Change Saved Search %1").arg(m_after.name)
                    : QCoreApplication::translate("SavedSearchCommand", "Rename Saved Search %1 to %2")
                          .arg(m_before.name, m_after.name));
        break;
    case Action::Remove:
        setText(QCoreApplication::translate("SavedSearchCommand", "Delete Saved Search %1").arg(m_before.name));
        break;
    }
}

void SavedSearchCommand::redo()
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
        ok = m_store->remove(m_before.id, &m_message);
        break;
    }
    if (!ok) {
        fail();
    }
}

void SavedSearchCommand::undo()
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
        ok = m_store->add(m_before, &m_message) == m_before.id;
        break;
    }
    if (!ok) {
        fail();
    }
}

void SavedSearchCommand::fail()
{
    if (m_error) {
        // The caller tells success by an empty error, so a failure always says something.
        *m_error = m_message.isEmpty()
            ? QCoreApplication::translate("SavedSearchCommand", "the saved searches could not be changed")
            : m_message;
    }
    setObsolete(true);
}

} // namespace Attache::Gui
