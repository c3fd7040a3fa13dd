// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchcommand.h"

#include "savedsearchstore.h"

#include <QCoreApplication>

namespace Attache::Gui {

SavedSearchCommand::SavedSearchCommand(SavedSearchStore *store, Action action, SavedSearch before, SavedSearch after,
                                       QString *error)
    : StoreCommand(action, std::move(before), std::move(after), error)
    , m_store(store)
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

bool SavedSearchCommand::add(SavedSearch &search)
{
    search.id = m_store->add(search, &m_message);
    return search.id > 0;
}

bool SavedSearchCommand::update(const SavedSearch &search)
{
    return m_store->update(search, &m_message);
}

bool SavedSearchCommand::remove(const SavedSearch &search)
{
    return m_store->remove(search.id, &m_message);
}

bool SavedSearchCommand::restore(SavedSearch &search)
{
    // The same id comes back, so that later steps naming it stay valid.
    return m_store->add(search, &m_message) == search.id;
}

QString SavedSearchCommand::unexplainedFailure() const
{
    return QCoreApplication::translate("SavedSearchCommand", "the saved searches could not be changed");
}

} // namespace Attache::Gui
