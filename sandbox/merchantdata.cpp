// The tables behind the seeded merchant. Brands are invented; categories, cities and
// price bands follow what sells on 11.11 in health and beauty, mother and baby.
#include "sandbox/merchantdata.h"

#include <iterator>

namespace mc::sandbox::data {

namespace {

constexpr const char *kSupplements[] = {"深海鱼油软胶囊", "复合维生素片",   "钙镁锌片",     "益生菌粉",
                                        "辅酶Q10胶囊",    "叶黄素酯软胶囊", "胶原蛋白肽饮", "维生素C泡腾片",
                                        "葡萄籽精华胶囊", "蔓越莓精华胶囊"};
constexpr Spec kCapsules[] = {
    {"规格:60粒", "60", 100}, {"规格:120粒", "120", 180}, {"规格:200粒", "200", 280}, {"规格:120粒×2瓶", "240", 340}};
constexpr const char *kMilkPowder[] = {"婴儿配方奶粉1段", "较大婴儿配方奶粉2段", "幼儿配方奶粉3段", "儿童成长奶粉4段",
                                       "有机A2蛋白奶粉",  "羊奶粉3段",           "孕妇配方奶粉"};
constexpr Spec kCans[] = {{"规格:800g", "800", 100},
                          {"规格:800g×2罐", "1600", 195},
                          {"规格:800g×6罐", "4800", 560},
                          {"规格:400g", "400", 55}};
constexpr const char *kMasks[] = {"玻尿酸补水面膜", "积雪草修护面膜", "烟酰胺提亮面膜", "清洁泥膜",
                                  "睡眠面膜",       "胶原紧致面膜",   "舒缓冰膜"};
constexpr Spec kMaskPacks[] = {{"规格:5片装", "5", 100}, {"规格:10片装", "10", 185}, {"规格:30片装", "30", 480}};
constexpr const char *kDiapers[] = {"纸尿裤", "拉拉裤", "夜安裤", "超薄透气纸尿裤", "有机棉纸尿裤"};
constexpr Spec kDiaperSizes[] = {{"尺码:NB;片数:84片", "NB", 100}, {"尺码:S;片数:76片", "S", 100},
                                 {"尺码:M;片数:64片", "M", 100},   {"尺码:L;片数:54片", "L", 100},
                                 {"尺码:XL;片数:44片", "XL", 100}, {"尺码:XXL;片数:38片", "XXL", 100}};
constexpr const char *kSerums[] = {"小棕瓶修护精华", "VC亮白精华液", "A醇抗老精华", "玻色因紧致精华",
                                   "烟酰胺精华液",   "寡肽修护精华", "蓝铜胜肽精华"};
constexpr Spec kBottles[] = {
    {"容量:30ml", "30", 100}, {"容量:50ml", "50", 150}, {"容量:100ml", "100", 260}, {"容量:30ml×2瓶", "60", 190}};
constexpr const char *kInfantNutrition[] = {"婴幼儿DHA藻油", "儿童乳铁蛋白粉", "宝宝维生素D3滴剂",
                                            "婴儿米粉",      "儿童益生菌滴剂", "宝宝钙铁锌口服液"};
constexpr Spec kDrops[] = {{"规格:30粒", "30", 100}, {"规格:60粒", "60", 180}, {"规格:90粒", "90", 250}};
constexpr const char *kEmulsions[] = {"保湿乳液", "水乳套装", "修护精华乳", "控油清爽乳液", "抗皱紧致乳"};
constexpr Spec kEmulsionSizes[] = {{"容量:100ml", "100", 100}, {"容量:150ml", "150", 140}, {"容量:套装", "SET", 210}};
constexpr const char *kFaceWash[] = {"氨基酸洁面乳", "控油洗面奶", "温和洁面泡沫", "清透洁面凝胶", "男士洗面奶"};
constexpr Spec kTubes[] = {{"容量:100g", "100", 100}, {"容量:120g×2支", "240", 180}, {"容量:200g", "200", 165}};
constexpr const char *kMakeupRemover[] = {"温和卸妆水", "卸妆油", "卸妆膏", "眼唇卸妆液", "卸妆湿巾"};
constexpr Spec kRemoverSizes[] = {
    {"容量:200ml", "200", 100}, {"容量:400ml", "400", 170}, {"容量:500ml×2瓶", "1000", 330}};
constexpr const char *kToners[] = {"补水爽肤水", "精华水", "湿敷化妆水", "收敛水", "神仙水"};
constexpr Spec kTonerSizes[] = {{"容量:150ml", "150", 100}, {"容量:230ml", "230", 145}, {"容量:500ml", "500", 260}};
constexpr const char *kSunscreen[] = {"清爽防晒霜SPF50+", "防晒喷雾", "隔离防晒乳", "儿童防晒乳"};
constexpr Spec kSunscreenSizes[] = {{"容量:40ml", "40", 100}, {"容量:60ml", "60", 140}, {"容量:40ml×2支", "80", 185}};
constexpr const char *kLipsticks[] = {"丝绒哑光口红", "滋润唇膏", "唇釉", "镜面水光唇釉"};
constexpr Spec kShades[] = {{"色号:#999正红", "999", 100},
                            {"色号:#888枫叶红", "888", 100},
                            {"色号:#316豆沙", "316", 100},
                            {"色号:#520番茄", "520", 100}};
constexpr const char *kShampoo[] = {"氨基酸洗发水", "防脱育发洗发露", "控油蓬松洗发水", "修护护发素"};
constexpr Spec kShampooSizes[] = {
    {"容量:500ml", "500", 100}, {"容量:750ml", "750", 135}, {"容量:500ml×2瓶", "1000", 180}};

constexpr Category kCategories[] = {
    {"保健品", "HS", 50026800, 130, 16, 6800, 29800, kSupplements, kCapsules},
    {"奶粉", "MP", 50018813, 85, 14, 15800, 46800, kMilkPowder, kCans},
    {"面膜", "FM", 50011977, 85, 12, 4900, 19900, kMasks, kMaskPacks},
    {"纸尿裤", "DP", 50012546, 65, 12, 8900, 21900, kDiapers, kDiaperSizes},
    {"精华", "SE", 50011978, 85, 9, 19900, 129900, kSerums, kBottles},
    {"婴童营养", "IN", 50018814, 70, 7, 5900, 29900, kInfantNutrition, kDrops},
    {"乳液", "EM", 50011979, 65, 6, 9900, 59900, kEmulsions, kEmulsionSizes},
    {"洗面奶", "FW", 50011980, 65, 7, 3900, 16900, kFaceWash, kTubes},
    {"卸妆", "MR", 50011981, 55, 5, 5900, 22900, kMakeupRemover, kRemoverSizes},
    {"爽肤水", "TN", 50011982, 55, 5, 8900, 69900, kToners, kTonerSizes},
    {"防晒", "SS", 50011983, 50, 3, 7900, 29900, kSunscreen, kSunscreenSizes},
    {"口红", "LS", 50010808, 50, 2, 14900, 39900, kLipsticks, kShades},
    {"洗发护发", "HC", 50011984, 55, 2, 4900, 15900, kShampoo, kShampooSizes},
};

constexpr const char *kBrands[] = {
    "NordVita 诺维他",      "Aurelia 奥瑞莉",      "PureNest 纯巢",        "Lumière Lab 光研", "Swanfield 天鹅田",
    "Kiwi Meadow 奇异牧场", "Oceanis 海之谧",      "Bloomwell 花韵",       "Hanaé 花语",       "Viridian Skin 翠肌",
    "Alpen Milk 阿尔卑",    "Little Koala 小考拉", "Dr. Rowan 若文博士",   "Solène 索兰",      "Maple Grove 枫林",
    "Camellia & Co 山茶",   "Evermoist 恒润",      "Zenleaf 禅叶",         "Moonlit 月光",     "Peony Lane 牡丹巷",
    "Arctic Pure 北极纯",   "Sunny Sprout 阳光芽", "Velvet Rose 丝绒玫瑰", "Cloudsoft 云柔",   "Glacier Spring 冰川泉",
    "Amber Field 琥珀原",   "Silk Orchid 丝兰",    "Bright Oak 亮橡",      "Coral Bay 珊瑚湾", "Misty Peak 雾峰",
};

constexpr City kCities[] = {
    {"广东省", "广州市", 7}, {"广东省", "深圳市", 7},         {"广东省", "东莞市", 3}, {"浙江省", "杭州市", 6},
    {"浙江省", "宁波市", 3}, {"江苏省", "南京市", 4},         {"江苏省", "苏州市", 5}, {"上海市", "上海市", 8},
    {"北京市", "北京市", 7}, {"山东省", "济南市", 3},         {"山东省", "青岛市", 3}, {"四川省", "成都市", 5},
    {"湖北省", "武汉市", 4}, {"河南省", "郑州市", 3},         {"福建省", "厦门市", 2}, {"福建省", "福州市", 2},
    {"湖南省", "长沙市", 3}, {"陕西省", "西安市", 3},         {"重庆市", "重庆市", 3}, {"天津市", "天津市", 2},
    {"安徽省", "合肥市", 2}, {"辽宁省", "沈阳市", 2},         {"辽宁省", "大连市", 1}, {"河北省", "石家庄市", 2},
    {"云南省", "昆明市", 1}, {"广西壮族自治区", "南宁市", 1}, {"江西省", "南昌市", 1}, {"黑龙江省", "哈尔滨市", 1},
    {"吉林省", "长春市", 1}, {"山西省", "太原市", 1},         {"贵州省", "贵阳市", 1}, {"海南省", "海口市", 1},
};

constexpr const char *kStoreSites[] = {"万象城店",   "来福士店",   "大悦城店", "万达广场店", "银泰城店",
                                       "吾悦广场店", "龙湖天街店", "太古里店", "恒隆广场店", "德基广场店"};

constexpr const char *kNickSyllables[] = {"小", "大", "阿", "甜", "糖", "喵", "豆", "果", "云", "星",
                                          "月", "暖", "乐", "安", "萌", "晴", "宝", "妈", "爸", "橙"};

} // namespace

std::span<const Category> categories()
{
    return kCategories;
}
std::span<const char *const> brands()
{
    return kBrands;
}
std::span<const City> cities()
{
    return kCities;
}
std::span<const char *const> storeSites()
{
    return kStoreSites;
}
std::span<const char *const> nickSyllables()
{
    return kNickSyllables;
}

} // namespace mc::sandbox::data
