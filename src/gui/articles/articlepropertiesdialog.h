// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QDialog>

class QDateEdit;
class QCheckBox;
class QLineEdit;

namespace Attache::Gui {

/** Edits an article's metadata: title, outlet, authors, publication date, address and language. */
class ArticlePropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePropertiesDialog)

public:
    explicit ArticlePropertiesDialog(const Article &article, QWidget *parent = nullptr);

    /** The article given, with the edited metadata. */
    Article article() const;

private:
    Article m_article;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_authors = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_published = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_language = nullptr;
};

} // namespace Attache::Gui
