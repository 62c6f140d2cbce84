// OrderFilterBar: the Orders page's filters in one row: search (order id, buyer nick or
// product title), period (with 11.11 presets), status, channel, store, province and the paid
// amount range. Emits the whole filter, debounced while typing.
#pragma once

#include "app/core/location.h"
#include "app/workspace/orderfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace mc::ui {

class OrderFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterBar(QWidget *parent = nullptr);

    // The filter as set now; `nowMs` anchors the relative periods (today, last 7 days, ...).
    workspace::OrderFilter filter(std::int64_t nowMs) const;
    void setLocations(const QList<core::Location> &locations);
    // Why the amount fields are not a valid range (empty: they are).
    QString amountProblem() const;
    void focusSearch();

Q_SIGNALS:
    void changed();

private:
    QComboBox *combo(const QString &objectName, const QString &accessibleName);
    void fillPeriods();

    QLineEdit *m_search = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace mc::ui
