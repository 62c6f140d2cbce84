// Everything the desktop app keeps in QSettings, one typed key per setting with its default.
// Secrets (app secret, session tokens) never go here: they belong in the OS keychain.
#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace mc::ui {

template<typename T> struct SettingKey
{
    QLatin1String key;
    T defaultValue;
};

namespace settings {
// A language code such as "zh_CN"; empty follows the system. Read once at start-up.
inline const SettingKey<QString> kLanguage{QLatin1String("ui/language"), QString()};
// QWidget::saveGeometry() of the main window.
inline const SettingKey<QByteArray> kWindowGeometry{QLatin1String("ui/windowGeometry"), QByteArray()};
// The operator on duty at the counter, recorded with each redemption.
inline const SettingKey<QString> kCounterOperator{QLatin1String("counter/operator"), QString()};
// Who makes stock adjustments on this console, recorded with each (default: the system user).
inline const SettingKey<QString> kStockOperator{QLatin1String("stock/operator"), QString()};
} // namespace settings

template<typename T> T readSetting(const SettingKey<T> &setting)
{
    return QSettings().value(setting.key, QVariant::fromValue(setting.defaultValue)).template value<T>();
}

template<typename T> void writeSetting(const SettingKey<T> &setting, const T &value)
{
    QSettings().setValue(setting.key, QVariant::fromValue(value));
}

} // namespace mc::ui
