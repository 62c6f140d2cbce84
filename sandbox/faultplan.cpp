// Fault spec parsing and per-call decisions.
#include "sandbox/faultplan.h"

using namespace Qt::StringLiterals;

namespace mc::sandbox {

namespace {
constexpr std::uint64_t kDefaultSeed = 42;

core::Error specError(QStringView spec, const QString &why)
{
    return {u"sandbox.faults"_s, u"invalid fault spec"_s, spec.toString() + u": " + why};
}
} // namespace

FaultPlan::FaultPlan() : m_spec(u"off"_s), m_rng(kDefaultSeed) {}

core::Result<QList<FaultPlan::Rule>> FaultPlan::parse(QStringView spec, std::uint64_t &seed)
{
    QList<Rule> rules;
    const QStringView trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == u"off")
        return rules;
    for (QStringView ruleText : trimmed.split(u';', Qt::SkipEmptyParts)) {
        ruleText = ruleText.trimmed();
        const qsizetype colon = ruleText.indexOf(u':');
        if (colon <= 0)
            return specError(spec, u"a rule must look like SCOPE:key=value,...: " + ruleText.toString());
        Rule rule;
        rule.scope = ruleText.first(colon).trimmed().toLatin1();
        for (QStringView kv : ruleText.sliced(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0)
                return specError(spec, u"expected key=value: " + kv.toString());
            const QStringView key = kv.first(eq).trimmed();
            const QStringView value = kv.sliced(eq + 1).trimmed();
            bool ok = false;
            if (key == u"latency") {
                const qsizetype dash = value.indexOf(u'-');
                bool ok2 = true;
                rule.latencyMinMs = (dash < 0 ? value : value.first(dash)).toInt(&ok);
                rule.latencyMaxMs = dash < 0 ? rule.latencyMinMs : value.sliced(dash + 1).toInt(&ok2);
                ok = ok && ok2 && rule.latencyMinMs >= 0 && rule.latencyMaxMs >= rule.latencyMinMs &&
                     rule.latencyMaxMs <= 600'000;
            } else if (key == u"after" || key == u"count" || key == u"seed") {
                const qlonglong n = value.toLongLong(&ok);
                ok = ok && n >= 0;
                if (key == u"after")
                    rule.after = n;
                else if (key == u"count")
                    rule.count = n;
                else
                    seed = static_cast<std::uint64_t>(n);
            } else {
                const double p = value.toDouble(&ok);
                ok = ok && p >= 0.0 && p <= 1.0;
                double *slot = key == u"error"          ? &rule.unavailable
                               : key == u"remote_error" ? &rule.remoteError
                               : key == u"hang"         ? &rule.hang
                               : key == u"truncate"     ? &rule.truncate
                               : key == u"reset"        ? &rule.reset
                               : key == u"duplicate"    ? &rule.duplicate
                               : key == u"reorder"      ? &rule.reorder
                                                        : nullptr;
                if (!slot)
                    return specError(spec, u"unknown key " + key.toString());
                *slot = p;
            }
            if (!ok)
                return specError(spec, u"bad value for " + key.toString());
        }
        rules.append(rule);
    }
    return rules;
}

core::Status FaultPlan::set(QStringView spec)
{
    std::uint64_t seed = kDefaultSeed;
    auto rules = parse(spec, seed);
    if (!rules)
        return rules.error();
    std::lock_guard lock(m_mutex);
    m_rules = std::move(rules).value();
    m_spec = spec.trimmed().isEmpty() ? u"off"_s : spec.trimmed().toString();
    m_rng = Rng(seed);
    return {};
}

QString FaultPlan::spec() const
{
    std::lock_guard lock(m_mutex);
    return m_spec;
}

bool FaultPlan::armed(Rule &rule)
{
    ++rule.seen;
    return rule.seen > rule.after && (rule.count < 0 || rule.applied < rule.count);
}

FaultDecision FaultPlan::decide(QByteArrayView method)
{
    FaultDecision decision;
    if (method.startsWith("mc.admin."))
        return decision;
    std::lock_guard lock(m_mutex);
    for (Rule &rule : m_rules) {
        if (rule.scope != "*" && rule.scope != method)
            continue;
        if (!armed(rule))
            continue;
        bool applied = false;
        if (rule.latencyMaxMs > 0) {
            decision.latencyMs += static_cast<int>(m_rng.range(rule.latencyMinMs, rule.latencyMaxMs));
            applied = true;
        }
        if (decision.kind == FaultDecision::Kind::None) {
            using K = FaultDecision::Kind;
            const std::pair<double, K> kinds[] = {{rule.unavailable, K::Unavailable},
                                                  {rule.remoteError, K::RemoteError},
                                                  {rule.hang, K::Hang},
                                                  {rule.truncate, K::Truncate},
                                                  {rule.reset, K::Reset}};
            for (const auto &[p, kind] : kinds) {
                if (p > 0 && m_rng.chance(p)) {
                    decision.kind = kind;
                    applied = true;
                    break;
                }
            }
        }
        if (applied)
            ++rule.applied;
    }
    return decision;
}

bool FaultPlan::duplicateMessage()
{
    std::lock_guard lock(m_mutex);
    for (const Rule &rule : m_rules)
        if (rule.duplicate > 0 && m_rng.chance(rule.duplicate))
            return true;
    return false;
}

bool FaultPlan::reorderBatch()
{
    std::lock_guard lock(m_mutex);
    for (const Rule &rule : m_rules)
        if (rule.reorder > 0 && m_rng.chance(rule.reorder))
            return true;
    return false;
}

} // namespace mc::sandbox
