// The About dialog's layout.
#include "ui/aboutdialog.h"

#include "ui/page.h"

#include "app/buildinfo/buildinfo.h"

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
    const QString described = buildinfo::commit();
    auto *commit = new QLabel(described.isEmpty() ? tr("Commit: unknown (not built from a git checkout)")
                                                  : tr("Commit %1").arg(described),
                              this);
    commit->setObjectName(u"about.commit"_s);
    commit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The versions found at run time: what a bug report needs, whatever the build linked against.
    QList<QLabel *> libraries;
    for (const buildinfo::Library &library : buildinfo::libraries()) {
        //: %1 is a library's name (Qt, SQLite, OpenSSL), %2 its version
        auto *label = new QLabel(tr("%1 version %2").arg(library.name, library.running), this);
        label->setObjectName(u"about."_s + library.name.toLower());
        makeMuted(label);
        libraries.append(label);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(8);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addWidget(commit);
    layout->addSpacing(8);
    layout->addWidget(description);
    for (QLabel *label : libraries)
        layout->addWidget(label);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

AboutDialog::~AboutDialog() = default;

} // namespace mc::ui
