// The Profile menu, built from the profile list in QSettings.
#include "app/console/profilemenu.h"

#include "app/profiles/profile.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace mc::console {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("ProfileMenu", source);
}
} // namespace

void addProfileMenu(QMainWindow &window, const QString &current, bool demo,
                    const std::function<void(const QStringList &arguments)> &restartWith)
{
    QMenu *menu = new QMenu(text(QT_TRANSLATE_NOOP("ProfileMenu", "&Profile")), &window);
    menu->setObjectName(QStringLiteral("menu.profile"));
    // Before Help, after the window's own menus.
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &label, bool checked, const QStringList &arguments) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(checked);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &window, [restartWith, arguments, checked] {
            if (!checked)
                restartWith(arguments);
        });
    };
    add(text(QT_TRANSLATE_NOOP("ProfileMenu", "Demo shop")), demo, {QStringLiteral("--demo")});
    QSettings settings;
    for (const profiles::Profile &profile : profiles::readProfiles(settings))
        add(profile.name, profile.name == current, {QStringLiteral("--profile"), profile.name});
    menu->addSeparator();
    QAction *connect = menu->addAction(text(QT_TRANSLATE_NOOP("ProfileMenu", "&Connect a shop…")));
    connect->setObjectName(QStringLiteral("menu.profile.connect"));
    QObject::connect(connect, &QAction::triggered, &window,
                     [restartWith] { restartWith({QStringLiteral("--welcome")}); });
}

} // namespace mc::console
