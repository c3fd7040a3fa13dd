// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QUrl>

namespace Attache::Gui {

ArticlePropertiesDialog::ArticlePropertiesDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_title(new QLineEdit(article.title, this))
    , m_outlet(new QLineEdit(article.outlet, this))
    , m_authors(new QLineEdit(article.authors.join(QStringLiteral("; ")), this))
    , m_hasDate(new QCheckBox(this))
    , m_published(new QDateEdit(this))
    , m_url(new QLineEdit(article.url, this))
    , m_language(new QLineEdit(article.language, this))
{
    setWindowTitle(tr("Article Properties"));
    m_authors->setPlaceholderText(tr("Separate several authors with ;"));
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setDate(article.published.isValid() ? article.published : QDate::currentDate());
    m_hasDate->setChecked(article.published.isValid());
    m_published->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_language->setPlaceholderText(QStringLiteral("en"));
    m_language->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{0,3}([-_][A-Za-z]{2,4})?")), this));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_published, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Only web addresses are kept: an article's link must never point at a local file or a script.
    const auto validateUrl = [this, buttons] {
        const QString text = m_url->text().trimmed();
        const QUrl url(text);
        const bool ok = text.isEmpty() || (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(m_url, &QLineEdit::textChanged, this, validateUrl);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Outlet:"), m_outlet);
    layout->addRow(tr("&Authors:"), m_authors);
    layout->addRow(tr("&Published:"), dateRow);
    layout->addRow(tr("&Address:"), m_url);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(buttons);
    resize(520, sizeHint().height());
    validateUrl();
}

Article ArticlePropertiesDialog::article() const
{
    Article result = m_article;
    result.title = m_title->text().trimmed();
    result.outlet = m_outlet->text().trimmed();
    result.authors.clear();
    for (const QString &author : m_authors->text().split(u';', Qt::SkipEmptyParts)) {
        if (!author.trimmed().isEmpty()) {
            result.authors.append(author.trimmed());
        }
    }
    result.published = m_hasDate->isChecked() ? m_published->date() : QDate();
    result.url = m_url->text().trimmed();
    result.language = m_language->text().trimmed();
    return result;
}

} // namespace Attache::Gui
