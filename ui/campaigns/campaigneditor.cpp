#include "ui/campaigns/campaigneditor.h"

#include "app/core/money.h"
#include "ui/campaigns/campaigntext.h"
#include "ui/campaigns/choicepicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

const QTimeZone kBeijing(8 * 3600);

// The edits show Beijing wall time whatever the machine's zone (Qt 6.4 edits have no zone of their own).
void setBeijing(QDateTimeEdit *edit, std::int64_t ms)
{
    const QDateTime bj = QDateTime::fromMSecsSinceEpoch(ms, kBeijing);
    edit->setDateTime(QDateTime(bj.date(), bj.time()));
}

std::int64_t beijingMs(const QDateTimeEdit *edit)
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), kBeijing).toMSecsSinceEpoch();
}

QString yuan(std::int64_t fen) { return core::Money::fromMinor(fen).toDecimalString(); }

bool readYuan(const QLineEdit *edit, std::int64_t &fen)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        fen = 0;
        return true;
    }
    auto money = core::Money::parse(QStringView(text));
    if (!money || money.value().isNegative())
        return false;
    fen = money.value().minor();
    return true;
}

// Ids as typed: separated by commas (either width) or spaces.
QStringList idTexts(const QLineEdit *edit)
{
    return edit->text().split(QRegularExpression(u"[,，\\s]+"_s), Qt::SkipEmptyParts);
}

template<typename T> bool readIds(const QLineEdit *edit, QList<T> &out)
{
    out.clear();
    for (const QString &part : idTexts(edit)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        out.append(id);
    }
    return true;
}

QStringList readNames(const QLineEdit *edit)
{
    return edit->text().split(QRegularExpression(u"[,，]+"_s), Qt::SkipEmptyParts).replaceInStrings(
        QRegularExpression(u"^\\s+|\\s+$"_s), QString());
}

template<typename T> QString joinIds(const QList<T> &ids)
{
    QStringList parts;
    for (T id : ids)
        parts.append(QString::number(id));
    return parts.join(u", "_s);
}

} // namespace

CampaignEditor::CampaignEditor(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto money = [this](const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textEdited, this, &CampaignEditor::edited);
        return e;
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"campaign.name"_s);
    connect(m_name, &QLineEdit::textEdited, this, &CampaignEditor::edited);
    form->addRow(tr("Name"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"campaign.type"_s);
    m_type->addItem(tr("Every threshold, amount off (满减)"), int(campaigns::CampaignType::ThresholdOff));
    m_type->addItem(tr("Percentage off"), int(campaigns::CampaignType::PercentOff));
    m_type->addItem(tr("Fixed price"), int(campaigns::CampaignType::FixedPrice));
    m_type->addItem(tr("Voucher of a face value"), int(campaigns::CampaignType::Voucher));
    form->addRow(tr("Type"), m_type);

    m_threshold = money(tr("e.g. 300.00"));
    m_amount = money(tr("e.g. 40.00"));
    m_percent = money(tr("e.g. 15 for 15 % off"));
    m_fixedPrice = money(tr("price per unit, e.g. 99.00"));
    m_faceValue = money(tr("e.g. 50.00"));
    form->addRow(tr("Every (¥) / minimum spend (¥)"), m_threshold);
    form->addRow(tr("Amount off (¥)"), m_amount);
    form->addRow(tr("Percentage off"), m_percent);
    form->addRow(tr("Fixed price (¥)"), m_fixedPrice);
    form->addRow(tr("Face value (¥)"), m_faceValue);

    m_reach = new QComboBox(this);
    m_reach->addItem(tr("Online and in store"), int(campaigns::Reach::Both));
    m_reach->addItem(tr("Online only"), int(campaigns::Reach::Online));
    m_reach->addItem(tr("In store only"), int(campaigns::Reach::InStore));
    form->addRow(tr("Reach"), m_reach);
    auto *stores = new QWidget(this);
    auto *storesRow = new QHBoxLayout(stores);
    storesRow->setContentsMargins(0, 0, 0, 0);
    m_storesBy = new QComboBox(stores);
    m_storesBy->addItem(tr("All stores"), int(campaigns::StoreSelection::All));
    m_storesBy->addItem(tr("Stores"), int(campaigns::StoreSelection::List));
    m_storesBy->addItem(tr("Cities"), int(campaigns::StoreSelection::City));
    m_storesBy->addItem(tr("Provinces"), int(campaigns::StoreSelection::Province));
    m_stores = new QLineEdit(stores);
    m_stores->setPlaceholderText(tr("store ids, cities or provinces, comma-separated"));
    storesRow->addWidget(m_storesBy);
    storesRow->addWidget(m_stores, 1);
    storesRow->addWidget(pickerButton(Picker::Stores, stores));
    form->addRow(tr("In stores"), stores);

    auto *products = new QWidget(this);
    auto *productsRow = new QHBoxLayout(products);
    productsRow->setContentsMargins(0, 0, 0, 0);
    m_products = new QComboBox(products);
    m_products->addItem(tr("All products"), int(campaigns::ProductScope::All));
    m_products->addItem(tr("Categories"), int(campaigns::ProductScope::Categories));
    m_products->addItem(tr("SKUs"), int(campaigns::ProductScope::Skus));
    m_productList = new QLineEdit(products);
    m_productList->setPlaceholderText(tr("categories or SKU ids, comma-separated"));
    productsRow->addWidget(m_products);
    productsRow->addWidget(m_productList, 1);
    productsRow->addWidget(pickerButton(Picker::Products, products));
    form->addRow(tr("Products"), products);
    auto *excluded = new QWidget(this);
    auto *excludedRow = new QHBoxLayout(excluded);
    excludedRow->setContentsMargins(0, 0, 0, 0);
    m_excluded = new QLineEdit(excluded);
    m_excluded->setPlaceholderText(tr("SKU ids never discounted"));
    excludedRow->addWidget(m_excluded, 1);
    excludedRow->addWidget(pickerButton(Picker::ExcludedSkus, excluded));
    form->addRow(tr("Except SKUs"), excluded);

    auto *window = new QWidget(this);
    auto *windowRow = new QHBoxLayout(window);
    windowRow->setContentsMargins(0, 0, 0, 0);
    m_starts = new QDateTimeEdit(window);
    m_ends = new QDateTimeEdit(window);
    for (QDateTimeEdit *e : {m_starts, m_ends}) {
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setCalendarPopup(true);
    }
    auto *preset = new QPushButton(tr("11.11"), window);
    preset->setObjectName(u"campaign.preset1111"_s);
    preset->setToolTip(tr("The next 11.11, 00:00 to 24:00 Beijing time"));
    connect(preset, &QPushButton::clicked, this, [this] { presetElevenEleven(nextElevenElevenYear()); });
    windowRow->addWidget(m_starts, 1);
    windowRow->addWidget(new QLabel(u"–"_s, window));
    windowRow->addWidget(m_ends, 1);
    windowRow->addWidget(preset);
    form->addRow(tr("Window (Beijing)"), window);

    m_budget = money(tr("empty: no cap"));
    form->addRow(tr("Budget (¥)"), m_budget);
    m_perBuyer = new QSpinBox(this);
    m_perBuyer->setRange(0, 1'000'000);
    m_perBuyer->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Per buyer"), m_perBuyer);
    m_vouchers = new QSpinBox(this);
    m_vouchers->setRange(0, 100'000);
    m_vouchers->setSingleStep(100);
    form->addRow(tr("Vouchers to issue"), m_vouchers);

    m_rows = {m_threshold, m_amount, m_percent, m_fixedPrice, m_faceValue, m_vouchers};
    // Names for tests and screenshots scripts.
    m_threshold->setObjectName(u"campaign.threshold"_s);
    m_amount->setObjectName(u"campaign.amountOff"_s);
    m_faceValue->setObjectName(u"campaign.faceValue"_s);
    m_budget->setObjectName(u"campaign.budget"_s);
    m_starts->setObjectName(u"campaign.starts"_s);
    m_ends->setObjectName(u"campaign.ends"_s);
    m_vouchers->setObjectName(u"campaign.vouchers"_s);
    m_reach->setObjectName(u"campaign.reach"_s);
    m_storesBy->setObjectName(u"campaign.storesBy"_s);
    m_stores->setObjectName(u"campaign.stores"_s);
    m_products->setObjectName(u"campaign.products"_s);
    m_productList->setObjectName(u"campaign.productList"_s);
    m_excluded->setObjectName(u"campaign.excluded"_s);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    for (QComboBox *c : {m_reach, m_storesBy, m_products}) {
        connect(c, &QComboBox::currentIndexChanged, this, &CampaignEditor::updatePickers);
        connect(c, &QComboBox::currentIndexChanged, this, &CampaignEditor::edited);
    }
    for (QLineEdit *e : {m_stores, m_productList, m_excluded}) {
        connect(e, &QLineEdit::textEdited, this, &CampaignEditor::edited);
        connect(e, &QLineEdit::textChanged, this, &CampaignEditor::updateNameTips);
    }
    // Every field re-runs the validation: the window and the counts too, or a message about
    // them outlives its cause.
    for (QDateTimeEdit *e : {m_starts, m_ends})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &CampaignEditor::edited);
    for (QSpinBox *s : {m_perBuyer, m_vouchers})
        connect(s, &QSpinBox::valueChanged, this, &CampaignEditor::edited);
    updateVisibility();
    updatePickers();
}

QPushButton *CampaignEditor::pickerButton(Picker which, QWidget *parent)
{
    auto *button = new QPushButton(tr("Choose…"), parent);
    button->setObjectName(which == Picker::Stores     ? u"campaign.pickStores"_s
                          : which == Picker::Products ? u"campaign.pickProducts"_s
                                                      : u"campaign.pickExcluded"_s);
    connect(button, &QPushButton::clicked, this, [this, which] { openPicker(which); });
    (which == Picker::Stores ? m_pickStores : which == Picker::Products ? m_pickProducts : m_pickExcluded) = button;
    return button;
}

void CampaignEditor::setChoices(const campaigns::CampaignChoices &choices)
{
    m_names = {};
    m_skuChoices.clear();
    m_skuChoices.reserve(choices.skus.size());
    m_names.skus.reserve(choices.skus.size());
    for (const workspace::CatalogRow &sku : choices.skus) {
        const QString name = sku.properties.isEmpty() ? sku.title : sku.title + u' ' + sku.properties;
        QStringList parts{name};
        if (!sku.outerId.isEmpty())
            parts.append(sku.outerId);
        parts << campaignMoney(sku.priceFen) << sku.category << tr("SKU %1").arg(sku.skuId);
        m_skuChoices.append({QString::number(sku.skuId), parts.join(u" · "_s)});
        m_names.skus.insert(sku.skuId, name);
    }
    m_categoryChoices.clear();
    for (const QString &category : choices.categories)
        m_categoryChoices.append({category, category});
    // Stores come by province, city and name: each city and province once, with its store count.
    QStringList cities, provinces;
    QHash<QString, int> perCity, perProvince;
    m_storeChoices.clear();
    for (const workspace::StockLocation &store : choices.stores) {
        const QString where = store.city == store.province ? store.city : store.city + u", "_s + store.province;
        m_storeChoices.append({QString::number(store.id), store.name + u" · "_s + where});
        m_names.stores.insert(store.id, store.name);
        if (perCity[store.city]++ == 0)
            cities.append(store.city);
        if (perProvince[store.province]++ == 0)
            provinces.append(store.province);
    }
    const auto places = [](const QStringList &names, const QHash<QString, int> &counts) {
        QList<Choice> out;
        for (const QString &name : names)
            out.append({name, tr("%1 · %n store(s)", nullptr, counts.value(name)).arg(name)});
        return out;
    };
    m_cityChoices = places(cities, perCity);
    m_provinceChoices = places(provinces, perProvince);
    updatePickers();
}

void CampaignEditor::updatePickers()
{
    const auto by = campaigns::StoreSelection(m_storesBy->currentData().toInt());
    const auto scope = campaigns::ProductScope(m_products->currentData().toInt());
    const bool stores = by == campaigns::StoreSelection::List ? !m_storeChoices.isEmpty()
                        : by == campaigns::StoreSelection::City ? !m_cityChoices.isEmpty()
                        : by == campaigns::StoreSelection::Province ? !m_provinceChoices.isEmpty()
                                                                    : false;
    const bool products = scope == campaigns::ProductScope::Skus         ? !m_skuChoices.isEmpty()
                          : scope == campaigns::ProductScope::Categories ? !m_categoryChoices.isEmpty()
                                                                         : false;
    m_pickStores->setEnabled(stores && campaigns::Reach(m_reach->currentData().toInt()) != campaigns::Reach::Online);
    m_pickProducts->setEnabled(products);
    m_pickExcluded->setEnabled(!m_skuChoices.isEmpty());
    updateNameTips();
    const QString empty = tr("Nothing of this kind is cached yet: type it, separated by commas.");
    for (QPushButton *b : {m_pickStores, m_pickProducts, m_pickExcluded})
        b->setToolTip(b->isEnabled() ? tr("Choose from the cached catalog and stores") : empty);
}

void CampaignEditor::updateNameTips()
{
    campaigns::CampaignSpec ids; // ids that do not read leave the tip empty; campaign() says why
    const bool stores = campaigns::StoreSelection(m_storesBy->currentData().toInt()) == campaigns::StoreSelection::List &&
                        readIds(m_stores, ids.storeIds) && !ids.storeIds.isEmpty();
    const bool skus = campaigns::ProductScope(m_products->currentData().toInt()) == campaigns::ProductScope::Skus &&
                      readIds(m_productList, ids.skuIds) && !ids.skuIds.isEmpty();
    const bool excluded = readIds(m_excluded, ids.excludedSkuIds) && !ids.excludedSkuIds.isEmpty();
    m_stores->setToolTip(stores ? campaignFieldValue(u"store_ids"_s, ids, m_names) : QString());
    m_productList->setToolTip(skus ? campaignFieldValue(u"sku_ids"_s, ids, m_names) : QString());
    m_excluded->setToolTip(excluded ? campaignFieldValue(u"excluded_sku_ids"_s, ids, m_names) : QString());
}

ChoicePicker *CampaignEditor::openPicker(Picker which)
{
    QLineEdit *field = which == Picker::Stores ? m_stores : which == Picker::Products ? m_productList : m_excluded;
    const QList<Choice> *choices = &m_skuChoices;
    QString title = which == Picker::ExcludedSkus ? tr("SKUs never discounted") : tr("SKUs");
    bool ids = true;
    if (which == Picker::Stores) {
        const auto by = campaigns::StoreSelection(m_storesBy->currentData().toInt());
        choices = by == campaigns::StoreSelection::List       ? &m_storeChoices
                  : by == campaigns::StoreSelection::City     ? &m_cityChoices
                  : by == campaigns::StoreSelection::Province ? &m_provinceChoices
                                                              : nullptr;
        title = by == campaigns::StoreSelection::List ? tr("Stores")
                : by == campaigns::StoreSelection::City ? tr("Cities")
                                                        : tr("Provinces");
        ids = by == campaigns::StoreSelection::List;
    } else if (which == Picker::Products && campaigns::ProductScope(m_products->currentData().toInt()) !=
                                                campaigns::ProductScope::Skus) {
        choices = campaigns::ProductScope(m_products->currentData().toInt()) == campaigns::ProductScope::Categories
                      ? &m_categoryChoices
                      : nullptr;
        title = tr("Categories");
        ids = false;
    }
    if (!choices || choices->isEmpty())
        return nullptr;
    const QStringList ticked = ids ? idTexts(field) : readNames(field);
    auto *picker = new ChoicePicker(tr("Choose: %1").arg(title), *choices, ticked, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, field] {
        field->setText(picker->ticked().join(u", "_s));
        Q_EMIT edited();
    });
    picker->open();
    return picker;
}

void CampaignEditor::updateVisibility()
{
    using campaigns::CampaignType;
    const auto type = CampaignType(m_type->currentData().toInt());
    auto *form = static_cast<QFormLayout *>(layout());
    form->setRowVisible(m_threshold, type == CampaignType::ThresholdOff || type == CampaignType::Voucher);
    form->setRowVisible(m_amount, type == CampaignType::ThresholdOff);
    form->setRowVisible(m_percent, type == CampaignType::PercentOff);
    form->setRowVisible(m_fixedPrice, type == CampaignType::FixedPrice);
    form->setRowVisible(m_faceValue, type == CampaignType::Voucher);
    form->setRowVisible(m_vouchers, type == CampaignType::Voucher);
}

int CampaignEditor::nextElevenElevenYear() const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs(), kBeijing).date();
    return today > QDate(today.year(), 11, 11) ? today.year() + 1 : today.year();
}

void CampaignEditor::presetElevenEleven(int year)
{
    setBeijing(m_starts, QDateTime(QDate(year, 11, 11), QTime(0, 0), kBeijing).toMSecsSinceEpoch());
    setBeijing(m_ends, QDateTime(QDate(year, 11, 12), QTime(0, 0), kBeijing).toMSecsSinceEpoch());
    Q_EMIT edited();
}

void CampaignEditor::setCampaign(const campaigns::CampaignSpec &c)
{
    // No edited() for each field set on the way: the fields would be half this campaign, half the last.
    const QSignalBlocker quiet(this);
    m_id = c.id;
    m_name->setText(c.name);
    m_type->setCurrentIndex(m_type->findData(int(c.type)));
    m_threshold->setText(c.thresholdFen ? yuan(c.thresholdFen) : QString());
    m_amount->setText(c.amountFen ? yuan(c.amountFen) : QString());
    // basis points as a percentage with two decimals: the same exact parser as money
    m_percent->setText(c.basisPoints ? yuan(c.basisPoints) : QString());
    m_fixedPrice->setText(c.fixedPriceFen ? yuan(c.fixedPriceFen) : QString());
    m_faceValue->setText(c.faceValueFen ? yuan(c.faceValueFen) : QString());
    m_reach->setCurrentIndex(m_reach->findData(int(c.reach)));
    m_storesBy->setCurrentIndex(m_storesBy->findData(int(c.storesBy)));
    m_stores->setText(c.storesBy == campaigns::StoreSelection::List ? joinIds(c.storeIds)
                      : c.storesBy == campaigns::StoreSelection::City ? c.cities.join(u", "_s)
                                                                       : c.provinces.join(u", "_s));
    m_products->setCurrentIndex(m_products->findData(int(c.products)));
    m_productList->setText(c.products == campaigns::ProductScope::Skus ? joinIds(c.skuIds) : c.categories.join(u", "_s));
    m_excluded->setText(joinIds(c.excludedSkuIds));
    setBeijing(m_starts, c.startsMs);
    setBeijing(m_ends, c.endsMs);
    m_budget->setText(c.budgetFen ? yuan(c.budgetFen) : QString());
    m_perBuyer->setValue(c.perBuyerLimit);
    m_vouchers->setValue(c.voucherQuantity);
    updateVisibility();
    updatePickers();
}

bool CampaignEditor::campaign(campaigns::CampaignSpec &c, QString &why) const
{
    c = {};
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.type = campaigns::CampaignType(m_type->currentData().toInt());
    std::int64_t percentHundredths = 0;
    const std::pair<QLineEdit *, std::int64_t *> amounts[] = {
        {m_threshold, &c.thresholdFen}, {m_amount, &c.amountFen},     {m_percent, &percentHundredths},
        {m_fixedPrice, &c.fixedPriceFen}, {m_faceValue, &c.faceValueFen}, {m_budget, &c.budgetFen}};
    for (const auto &[edit, target] : amounts)
        if (!readYuan(edit, *target)) {
            why = tr("“%1” is not an amount such as 300.00.").arg(edit->text());
            return false;
        }
    if (percentHundredths > 10'000) {
        why = tr("A percentage off is at most 100.");
        return false;
    }
    c.basisPoints = int(percentHundredths);
    c.reach = campaigns::Reach(m_reach->currentData().toInt());
    c.storesBy = campaigns::StoreSelection(m_storesBy->currentData().toInt());
    if (c.storesBy == campaigns::StoreSelection::List && !readIds(m_stores, c.storeIds)) {
        why = tr("Stores are numbers separated by commas.");
        return false;
    }
    if (c.storesBy == campaigns::StoreSelection::City)
        c.cities = readNames(m_stores);
    if (c.storesBy == campaigns::StoreSelection::Province)
        c.provinces = readNames(m_stores);
    c.products = campaigns::ProductScope(m_products->currentData().toInt());
    if (c.products == campaigns::ProductScope::Skus && !readIds(m_productList, c.skuIds)) {
        why = tr("SKUs are numbers separated by commas.");
        return false;
    }
    if (c.products == campaigns::ProductScope::Categories)
        c.categories = readNames(m_productList);
    if (!readIds(m_excluded, c.excludedSkuIds)) {
        why = tr("Excluded SKUs are numbers separated by commas.");
        return false;
    }
    c.startsMs = beijingMs(m_starts);
    c.endsMs = beijingMs(m_ends);
    c.perBuyerLimit = m_perBuyer->value();
    c.voucherQuantity = c.type == campaigns::CampaignType::Voucher ? m_vouchers->value() : 0;
    return true;
}

} // namespace mc::ui
