// Refusal reasons, upload states and the voucher's terms as the cashier reads them.
#include "ui/counter/countertext.h"

#include "ui/dashboard/figureformat.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mc::ui {

using vouchers::Refusal;
using vouchers::UploadState;

QString CounterText::refusal(const vouchers::VoucherVerdict &verdict)
{
    switch (verdict.refusal) {
    case Refusal::None:
        return tr("The voucher may be redeemed.");
    case Refusal::Malformed:
        return tr("This is not a voucher code: it is incomplete or damaged. Scan it again, or type it carefully.");
    case Refusal::UnknownKey:
        return tr("The voucher is signed with a key this console does not know yet. Let the console sync with "
                  "the platform, then check again.");
    case Refusal::BadSignature:
        return tr("The signature does not match: the code was forged or altered. Do not accept it.");
    case Refusal::NotYetValid:
        return verdict.termsKnown ? tr("Not valid yet: the voucher is valid from %1 (Beijing time).")
                                        .arg(beijingDateTime(verdict.terms.validFromMs))
                                  : tr("Not valid yet.");
    case Refusal::Expired:
        return verdict.termsKnown ? tr("Expired: the voucher was valid until %1 (Beijing time).")
                                        .arg(beijingDateTime(verdict.terms.validUntilMs))
                                  : tr("Expired.");
    case Refusal::WrongStore:
        return tr("Not for this store: the voucher can only be redeemed in the stores listed below.");
    case Refusal::UsedUp:
        return tr("Used up: every use of this voucher has been redeemed already.");
    case Refusal::Revoked:
        return tr("Revoked: the voucher was refunded and can no longer be redeemed.");
    }
    return tr("Refused.");
}

QString CounterText::uploadState(UploadState state)
{
    switch (state) {
    case UploadState::Pending:
        return tr("Waiting for upload");
    case UploadState::Confirmed:
        return tr("Confirmed by the platform");
    case UploadState::Refused:
        return tr("Refused by the platform");
    case UploadState::Conflict:
        return tr("Conflict: used elsewhere first");
    }
    return QString();
}

QString CounterText::beijingDateTime(std::int64_t utcMs)
{
    const QDateTime beijing = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, kBeijingOffsetMs / 1000);
    return QLocale().toString(beijing, u"yyyy-MM-dd HH:mm"_s);
}

QString CounterText::validity(const vouchers::VoucherTerms &terms)
{
    return tr("%1 – %2 (Beijing time)").arg(beijingDateTime(terms.validFromMs), beijingDateTime(terms.validUntilMs));
}

QString CounterText::usesLeft(const vouchers::VoucherTerms &terms)
{
    if (terms.usesLeft < 0)
        return tr("Not known here (%1 in all)").arg(QLocale().toString(terms.uses));
    return tr("%1 of %2").arg(QLocale().toString(terms.usesLeft), QLocale().toString(terms.uses));
}

QString CounterText::stores(const QList<std::int64_t> &storeIds, const QHash<std::int64_t, QString> &names)
{
    if (storeIds.isEmpty())
        return tr("All stores");
    QStringList shown;
    for (const std::int64_t id : storeIds)
        shown << names.value(id, tr("Store %1").arg(id));
    return QLocale().createSeparatedList(shown);
}

} // namespace mc::ui
