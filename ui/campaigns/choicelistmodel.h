// ChoiceListModel: a long list of things to tick (SKUs, categories, stores, cities,
// provinces) for the campaign editor's pickers. One row per choice, the ticks kept as a set of
// keys, so 100,000 SKUs are one model and a QListView, never a widget per row. A proxy filters
// on kSearchRole (the label and key, lower case).
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mc::ui {

struct Choice
{
    QString key;   // what the campaign keeps: a SKU or store id, a category, city or province
    QString label; // what the merchant reads
};

class ChoiceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceListModel)

public:
    static constexpr int kKeyRole = Qt::UserRole;
    static constexpr int kSearchRole = Qt::UserRole + 1;

    explicit ChoiceListModel(QObject *parent = nullptr);

    // Keys ticked that are not among the choices (typed by hand, or gone from the cache) are kept
    // as rows of their own at the end, labelled with the key, so nothing typed is lost.
    void setChoices(QList<Choice> choices, const QStringList &ticked);
    // The ticked keys in the list's order.
    QStringList ticked() const;
    int tickedCount() const { return int(m_ticked.size()); }
    void setTicked(const QString &key, bool ticked);
    void clearTicks();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void tickedChanged(int count);

private:
    QList<Choice> m_choices;
    QList<QString> m_search; // lower-cased "label key", built once per list
    QHash<QString, int> m_rowOf;
    QSet<QString> m_ticked;
};

} // namespace mc::ui
