// One headline figure beside the GMV counter: a caption, the value, and a note below it
// (for example the change against yesterday at the same time).
#pragma once

#include "ui/dashboard/accentlabel.h"
#include "ui/dashboard/sectioncard.h"

#include <optional>

namespace mc::ui {

class KpiTile final : public SectionCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    // name: objectName prefix, "kpi.orders" gives labels "kpi.orders.value" and ".note".
    KpiTile(const QString &name, const QString &caption, QWidget *parent = nullptr);
    ~KpiTile() override;

    void setValue(const QString &value);
    QString value() const;
    void setNote(const QString &note, std::optional<Accent> accent = std::nullopt);
    void setTypeScale(qreal scale) override;

private:
    QLabel *m_value = nullptr;
    AccentLabel *m_note = nullptr;
};

} // namespace mc::ui
