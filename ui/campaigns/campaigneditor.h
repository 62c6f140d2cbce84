// The campaign editor: type and amounts, reach and stores (list, city or province), products
// (all, categories or SKUs, with exclusions), the window with 11.11 presets, budget, per-buyer
// limit, voucher quantity. Amounts are typed in yuan and kept as exact fen.
#pragma once

#include "app/campaigns/campaignchoices.h"
#include "app/campaigns/campaignspec.h"
#include "ui/campaigns/campaignchanges.h"
#include "ui/campaigns/choicelistmodel.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mc::ui {

class ChoicePicker;

class CampaignEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditor)

public:
    explicit CampaignEditor(QWidget *parent = nullptr);

    void setCampaign(const campaigns::CampaignSpec &campaign);
    // The campaign as edited; false (with `why`) when an amount or a list cannot be read.
    bool campaign(campaigns::CampaignSpec &out, QString &why) const;
    // Sets the window to 11.11 of `year` (00:00 to 24:00, Beijing time).
    void presetElevenEleven(int year);
    // The platform's time (the demo's 11.11 runs ahead of the computer's): the "11.11" preset
    // takes the next one from it.
    void setClock(std::function<std::int64_t()> nowMs) { m_nowMs = std::move(nowMs); }
    // This year's 11.11 until it has ended, then next year's (Beijing time, by the clock).
    int nextElevenElevenYear() const;

    // What the pickers choose from (the cached catalog and stores); typing stays possible.
    void setChoices(const campaigns::CampaignChoices &choices);
    // The cached stores' and SKUs' names, for the diff and the conflict dialog.
    const CampaignNames &names() const { return m_names; }
    enum class Picker { Stores, Products, ExcludedSkus };
    // Opens the picker for a field (window-modal; accepting writes the field). Null when the
    // field's choice is "all" or nothing is cached yet.
    ChoicePicker *openPicker(Picker which);

Q_SIGNALS:
    void edited();

private:
    void updateVisibility();
    void updatePickers();
    // The names of the stores and SKUs typed as ids, as the fields' tooltips.
    void updateNameTips();
    QPushButton *pickerButton(Picker which, QWidget *parent);

    QString m_id;
    std::function<std::int64_t()> m_nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_percent = nullptr;
    QLineEdit *m_fixedPrice = nullptr;
    QLineEdit *m_faceValue = nullptr;
    QComboBox *m_reach = nullptr;
    QComboBox *m_storesBy = nullptr;
    QLineEdit *m_stores = nullptr;
    QComboBox *m_products = nullptr;
    QLineEdit *m_productList = nullptr;
    QLineEdit *m_excluded = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    QLineEdit *m_budget = nullptr;
    QSpinBox *m_perBuyer = nullptr;
    QSpinBox *m_vouchers = nullptr;
    QList<QWidget *> m_rows; // labels and fields shown per type
    QPushButton *m_pickStores = nullptr;
    QPushButton *m_pickProducts = nullptr;
    QPushButton *m_pickExcluded = nullptr;
    // The pickers' lists, built once per setChoices().
    QList<Choice> m_skuChoices;
    QList<Choice> m_categoryChoices;
    QList<Choice> m_storeChoices;
    QList<Choice> m_cityChoices;
    QList<Choice> m_provinceChoices;
    CampaignNames m_names;
};

} // namespace mc::ui
