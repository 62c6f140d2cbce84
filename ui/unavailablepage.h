// A page whose feature is not built yet: says so plainly, and what will be there, instead
// of showing made-up data.
#pragma once

#include "ui/page.h"

namespace mc::ui {

class UnavailablePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailablePage)

public:
    // upcoming: one sentence on what the page will show once its feature exists.
    UnavailablePage(const QString &title, const QString &summary, const QString &upcoming, QWidget *parent = nullptr);
    ~UnavailablePage() override;
};

} // namespace mc::ui
