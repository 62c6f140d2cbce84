// The settings form. Each change is saved at once; nothing here needs an "Apply" button.
#include "ui/settingspage.h"

#include "ui/settingskeys.h"
#include "ui/uilanguage.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {
// A field with an explanation under it, as one cell of the form.
QWidget *withHint(QWidget *field, Qt::Alignment alignment, const QString &hint)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field, 0, alignment);
    auto *label = new QLabel(hint, cell);
    label->setWordWrap(true);
    makeMuted(label);
    layout->addWidget(label);
    return cell;
}
} // namespace

SettingsPage::SettingsPage(const QString &title, const QString &summary, const QString &dataFolder, QWidget *parent)
    : Page(title, summary, parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(u"settings.language"_s);
    m_language->addItem(tr("Same as the system"), QString());
    for (const UiLanguage &language : supportedLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int saved = m_language->findData(readSetting(settings::kLanguage));
    m_language->setCurrentIndex(qMax(saved, 0));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);

    auto *folder = new QLineEdit(QDir::toNativeSeparators(dataFolder), this);
    folder->setObjectName(u"settings.dataFolder"_s);
    folder->setReadOnly(true);

    // The form keeps a readable width on wide windows instead of stretching across.
    auto *formArea = new QWidget(this);
    formArea->setMaximumWidth(720);
    auto *form = new QFormLayout(formArea);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(20);
    auto *languageLabel = new QLabel(tr("&Language"), formArea);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel,
                 withHint(m_language, Qt::AlignLeft, tr("Takes effect the next time Merchant Console starts.")));
    auto *folderLabel = new QLabel(tr("&Data folder"), formArea);
    folderLabel->setBuddy(folder);
    form->addRow(folderLabel, withHint(folder, {},
                                       tr("Local databases: cached platform data and this computer's "
                                          "redemption ledger.")));
    auto *rebuild = new QPushButton(tr("&Rebuild cache…"), formArea);
    rebuild->setObjectName(u"settings.rebuildCache"_s);
    connect(rebuild, &QPushButton::clicked, this, &SettingsPage::confirmRebuild);
    form->addRow(tr("Local cache"),
                 withHint(rebuild, Qt::AlignLeft,
                          tr("Sets the cached orders, catalog and stock aside and fetches them again from the "
                             "platform. The redemption ledger is kept as it is.")));
    body()->addWidget(formArea);
    body()->addStretch(1);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::confirmRebuild()
{
    // Window-modal and asynchronous: no nested event loop on the GUI thread.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rebuild cache"),
                                tr("Fetch all orders, catalog and stock again from the platform?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"settings.rebuildCache.confirm"_s);
    box->setInformativeText(tr("The current cache is set aside, not deleted. Until the download finishes, the "
                               "figures show only what has arrived. The redemption ledger is not touched."));
    QPushButton *rebuild = box->addButton(tr("Rebuild"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, rebuild] {
        if (box->clickedButton() == rebuild)
            Q_EMIT rebuildCacheRequested();
    });
    box->open();
}

void SettingsPage::saveLanguage()
{
    writeSetting(settings::kLanguage, m_language->currentData().toString());
}

} // namespace mc::ui
