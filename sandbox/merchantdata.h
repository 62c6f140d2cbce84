// Static data for the seeded merchant: 11.11 best-seller categories with product names,
// specifications and price bands; invented brand names; provinces and cities with weights.
#pragma once

#include <cstdint>
#include <span>

namespace mc::sandbox::data {

struct Spec
{
    const char *properties; // TOP properties_name, "规格:60粒"
    const char *code;       // outer_id suffix
    int priceFactorPercent; // of the item's base price
};

struct Category
{
    const char *name; // Chinese category name as shown to the merchant
    const char *code; // outer_id prefix
    std::int64_t cid;
    int items;       // items of this category in the catalog
    int salesWeight; // relative share of units sold on 11.11
    std::int64_t minPriceFen;
    std::int64_t maxPriceFen;
    std::span<const char *const> products; // product names without the brand
    std::span<const Spec> specs;
};

struct City
{
    const char *province;
    const char *city;
    int weight; // share of online orders, and how many stores the city gets
};

std::span<const Category> categories();
std::span<const char *const> brands();
std::span<const City> cities();
std::span<const char *const> storeSites(); // "万象城店", "正佳广场店", ...
std::span<const char *const> nickSyllables();

} // namespace mc::sandbox::data
