// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommand.h"

#include <QCoreApplication>

namespace Attache::Gui {

TagCommand::TagCommand(TagStore *store, Action action, Tag before, Tag after, QString *error)
    : StoreCommand(action, std::move(before), std::move(after), error)
    , m_store(store)
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

bool TagCommand::add(Tag &tag)
{
    tag.id = m_store->add(tag, &m_message);
    return tag.id > 0;
}

bool TagCommand::update(const Tag &tag)
{
    return m_store->update(tag, &m_message);
}

bool TagCommand::remove(const Tag &tag)
{
    // What goes with the tag (descendants, uses) is kept, so that undo can put it all back.
    m_removal = m_store->removal(tag.id);
    return m_store->remove(tag.id, &m_message);
}

bool TagCommand::restore(Tag &)
{
    return m_store->restore(m_removal, &m_message);
}

} // namespace Attache::Gui
