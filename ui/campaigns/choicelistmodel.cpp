#include "ui/campaigns/choicelistmodel.h"

using namespace Qt::StringLiterals;

namespace mc::ui {

ChoiceListModel::ChoiceListModel(QObject *parent) : QAbstractListModel(parent) {}

void ChoiceListModel::setChoices(QList<Choice> choices, const QStringList &ticked)
{
    beginResetModel();
    m_choices = std::move(choices);
    m_rowOf.clear();
    m_rowOf.reserve(m_choices.size());
    for (int r = 0; r < m_choices.size(); ++r)
        m_rowOf.insert(m_choices[r].key, r);
    for (const QString &key : ticked)
        if (!m_rowOf.contains(key)) {
            m_rowOf.insert(key, int(m_choices.size()));
            m_choices.append({key, key});
        }
    m_search.clear();
    m_search.reserve(m_choices.size());
    for (const Choice &c : m_choices)
        m_search.append((c.label + u' ' + c.key).toLower());
    m_ticked = QSet<QString>(ticked.begin(), ticked.end());
    endResetModel();
    Q_EMIT tickedChanged(tickedCount());
}

QStringList ChoiceListModel::ticked() const
{
    QStringList out;
    out.reserve(m_ticked.size());
    for (const Choice &c : m_choices)
        if (m_ticked.contains(c.key))
            out.append(c.key);
    return out;
}

void ChoiceListModel::setTicked(const QString &key, bool ticked)
{
    const auto row = m_rowOf.constFind(key);
    if (row == m_rowOf.constEnd() || m_ticked.contains(key) == ticked)
        return;
    if (ticked)
        m_ticked.insert(key);
    else
        m_ticked.remove(key);
    const QModelIndex at = index(*row);
    Q_EMIT dataChanged(at, at, {Qt::CheckStateRole});
    Q_EMIT tickedChanged(tickedCount());
}

void ChoiceListModel::clearTicks()
{
    if (m_ticked.isEmpty())
        return;
    m_ticked.clear();
    if (!m_choices.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_choices.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT tickedChanged(0);
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return c.label;
    case Qt::CheckStateRole:
        return m_ticked.contains(c.key) ? Qt::Checked : Qt::Unchecked;
    case kKeyRole:
        return c.key;
    case kSearchRole:
        return m_search.at(index.row());
    default:
        return {};
    }
}

bool ChoiceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setTicked(m_choices.at(index.row()).key, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags ChoiceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace mc::ui
