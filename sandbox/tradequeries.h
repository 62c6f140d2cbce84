// Read calls on trades: taobao.trades.sold.increment.get and taobao.trade.fullinfo.get.
#pragma once

#include "sandbox/apicall.h"
#include "sandbox/traderenderer.h"

#include <memory>

namespace mc::sandbox {

class TradeQueries
{
public:
    static core::Result<std::unique_ptr<TradeQueries>> create(storage::Database &db);

    ApiReply incrementGet(const ApiCall &call);
    ApiReply fullinfoGet(const ApiCall &call);

private:
    TradeQueries(storage::Database &db, TradeRenderer renderer, storage::Statement page, storage::Statement count);

    storage::Database &m_db;
    TradeRenderer m_renderer;
    storage::Statement m_page;
    storage::Statement m_count;
};

} // namespace mc::sandbox
