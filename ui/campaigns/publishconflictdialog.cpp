#include "ui/campaigns/publishconflictdialog.h"

#include "ui/campaigns/campaignchanges.h"
#include "ui/campaigns/campaigntext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

PublishConflictDialog::PublishConflictDialog(const campaigns::CampaignConflict &c, const CampaignNames &names,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Campaign changed on the platform"));
    setObjectName(u"campaigns.conflict"_s);
    auto *layout = new QVBoxLayout(this);
    // The platform's "yyyy-MM-dd HH:mm:ss" (Beijing) read back and shown as the rest of the page shows times.
    QDateTime modified = QDateTime::fromString(c.modified, u"yyyy-MM-dd HH:mm:ss"_s);
    modified.setTimeZone(QTimeZone(8 * 3600));
    const QString when = modified.isValid() ? tr("%1 Beijing time").arg(campaignTime(modified.toMSecsSinceEpoch()))
                         : c.modified.isEmpty() ? tr("an unknown time")
                                                : c.modified;
    auto *intro =
        new QLabel(tr("“%1” was published from elsewhere meanwhile: the platform is at version %2 (saved %3), "
                      "newer than the version this console last saw. Your version %4 was not published.")
                       .arg(c.ours.name.isEmpty() ? c.theirs.name : c.ours.name)
                       .arg(c.platformVersion)
                       .arg(when)
                       .arg(c.localVersion),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<CampaignChange> changes = campaignChanges(c.ours, c.theirs, names);
    m_table = new QTableWidget(int(changes.size()), 3, this);
    m_table->setObjectName(u"campaigns.conflict.fields"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Mine (version %1)").arg(c.localVersion), tr("Platform (version %1)").arg(c.platformVersion)});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    for (int r = 0; r < changes.size(); ++r) {
        auto *field = new QTableWidgetItem(changes[r].label);
        field->setData(Qt::UserRole, changes[r].field); // the JSON name, for tests and support
        m_table->setItem(r, 0, field);
        m_table->setItem(r, 1, new QTableWidgetItem(changes[r].before));
        m_table->setItem(r, 2, new QTableWidgetItem(changes[r].after));
    }
    layout->addWidget(m_table, 1);
    auto *same = new QLabel(changes.isEmpty() ? tr("Both sides are the same campaign; only the version numbers differ.")
                                              : tr("Every other field is the same on both sides."),
                            this);
    same->setWordWrap(true);
    layout->addWidget(same);

    auto *buttons = new QDialogButtonBox(this);
    auto *mine = buttons->addButton(tr("Keep mine (publish over theirs)"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(u"campaigns.conflict.keepMine"_s);
    auto *theirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(u"campaigns.conflict.takeTheirs"_s);
    buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    connect(mine, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { done(Later); });
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace mc::ui
