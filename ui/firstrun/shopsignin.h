// What a person types in to connect a shop: the form's fields as the composition root reads
// them (it checks them, keeps the secrets in the OS keychain and the rest in a profile).
#pragma once

#include <QString>

namespace mc::ui {

struct ShopSignIn
{
    QString profileName;
    QString endpoint;
    QString appKey;
    QString appSecret; // handed on, never stored by ui/
    QString session;
    QString storeId;   // empty: the owner
    QString tlsSha256; // empty: no pin
};

} // namespace mc::ui
