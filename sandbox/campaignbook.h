// Campaigns on the platform (extension): saved whole with optimistic versions, so two
// consoles editing one campaign cannot overwrite each other (mc.campaign.save refuses a stale
// version), and listed with mc.campaigns.get. One instance per connection.
#pragma once

#include "sandbox/apicall.h"
#include "app/storage/database.h"

namespace mc::sandbox {

class CampaignBook
{
public:
    explicit CampaignBook(storage::Database &db) : m_db(db) {}

    ApiReply save(const ApiCall &call); // writer, inside the caller's transaction
    ApiReply list(const ApiCall &call); // reader

private:
    storage::Database &m_db;
};

} // namespace mc::sandbox
