// The About dialog's layout.
#include "ui/aboutdialog.h"

#include "ui/page.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mc::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"dialog.about"_s);
    setWindowTitle(tr("About Merchant Console"));

    auto *name = new QLabel(tr("Merchant Console"), this);
    scaleFont(name, 1.6, true);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(MC_VERSION)), this);
    version->setObjectName(u"about.version"_s);
    auto *description = new QLabel(
        tr("Catalog, stock, orders, campaigns and vouchers for merchants on the platform, online and in store."), this);
    description->setWordWrap(true);
    auto *qt = new QLabel(tr("Qt version %1").arg(QString::fromLatin1(qVersion())), this);
    qt->setObjectName(u"about.qt"_s);
    makeMuted(qt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(8);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addSpacing(8);
    layout->addWidget(description);
    layout->addWidget(qt);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

AboutDialog::~AboutDialog() = default;

} // namespace mc::ui
