#include "segment/abbreviations.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace quelle {
namespace {

// Sorted once (thread-safe static init); a binary search per candidate is
// cheap since only tokens followed by a period are looked up.
template <size_t N>
std::array<std::u16string_view, N> sorted(std::array<std::u16string_view, N> table) {
  std::sort(table.begin(), table.end());
  return table;
}

constexpr std::array kAbbreviations = std::to_array<std::u16string_view>({
    // German
    u"abb", u"abs", u"abt", u"allg", u"anm", u"art", u"aufl", u"bd", u"bde", u"betr", u"bhf", u"bspw", u"bzgl",
    u"bzw", u"ca", u"chr", u"d.h", u"dgl", u"di", u"dipl", u"do", u"dr", u"dt", u"ebd", u"evtl", u"fa", u"ff",
    u"fr", u"frl", u"gebr", u"gegr", u"ggf", u"hr", u"hrsg", u"i.a", u"inkl", u"ing", u"jh", u"jhd", u"jr", u"kap",
    u"kl", u"lt", u"max", u"mi", u"mind", u"mio", u"mo", u"mrd", u"nachf", u"nr", u"o.g", u"o.ä", u"phil", u"pkt",
    u"prof", u"rd", u"s.o", u"s.u", u"sa", u"so", u"sog", u"st", u"std", u"str", u"tel", u"tsd", u"u.a", u"u.ä",
    u"u.a.m", u"u.u", u"usf", u"usw", u"v.a", u"v.chr", u"n.chr", u"verf", u"vgl", u"vors", u"z.b", u"z.t", u"zit",
    u"zzgl", u"ggü", u"gem", u"ehem", u"stv", u"stellv", u"geb", u"gest", u"bzgl", u"abg", u"mdb", u"mdl",
    u"mitgl", u"präs", u"vize", u"sen", u"jun", u"ca", u"okt", u"nov", u"dez", u"jan", u"feb", u"mär", u"apr",
    u"jun", u"jul", u"aug", u"sep", u"sept", u"u.s.w", u"z.z", u"zz", u"d.i", u"i.d.r", u"m.e", u"o.a",
    // English
    u"mr", u"mrs", u"ms", u"messrs", u"dr", u"prof", u"sr", u"jr", u"st", u"gen", u"gov", u"sen", u"rep", u"reps",
    u"lt", u"col", u"capt", u"cmdr", u"sgt", u"adm", u"maj", u"pres", u"rev", u"hon", u"vs", u"etc", u"e.g",
    u"i.e", u"inc", u"ltd", u"co", u"corp", u"no", u"nos", u"vol", u"fig", u"approx", u"dept", u"est", u"u.s",
    u"u.k", u"u.n", u"a.m", u"p.m", u"ave", u"blvd", u"mt", u"ft", u"jan", u"feb", u"mar", u"apr", u"aug",
    u"sept", u"oct", u"nov", u"dec", u"calif", u"fla", u"mass", u"penn", u"wash", u"ariz", u"conn", u"ill",
    u"mich", u"minn", u"tenn", u"tex", u"va", u"wis", u"ky", u"la", u"md", u"mo", u"n.y", u"d.c", u"r", u"d",
    // French
    u"m", u"mm", u"mme", u"mmes", u"mlle", u"mlles", u"me", u"mgr", u"av", u"bd", u"cf", u"éd", u"env", u"p.ex",
    u"c.-à-d", u"apr", u"janv", u"févr", u"avr", u"juil", u"déc",
    // Italian
    u"sig", u"sigg", u"sig.ra", u"dott", u"dott.ssa", u"ing", u"avv", u"on", u"pag", u"ecc", u"es",
    // Spanish
    u"sr", u"sra", u"srta", u"sres", u"ud", u"uds", u"dña", u"da", u"excmo", u"ilmo", u"pág", u"núm", u"p.ej",
    u"aprox", u"ee.uu", u"dra", u"lic", u"ing",
    // Dutch
    u"dhr", u"mevr", u"mw", u"drs", u"ir", u"mr", u"ing", u"bijv", u"o.a", u"i.p.v", u"m.b.t", u"t.a.v", u"blz",
    u"e.d", u"enz", u"resp", u"jl",
    // Portuguese
    u"sr", u"sra", u"srs", u"dra", u"exmo", u"pág", u"nº", u"av", u"séc",
});

constexpr std::array kSentenceFinal = std::to_array<std::u16string_view>({
    u"usw", u"usf", u"etc", u"u.a.m", u"u.s.w", u"enz", u"ecc", u"inc", u"ltd", u"corp", u"co", u"u.s", u"u.k",
    u"d.c", u"a.m", u"p.m", u"jr", u"sr"});

constexpr std::array kMonths = std::to_array<std::u16string_view>({
    u"januar", u"jänner", u"februar", u"märz", u"april", u"mai", u"juni", u"juli", u"august", u"september",
    u"oktober", u"november", u"dezember", u"janvier", u"février", u"mars", u"avril", u"juin", u"juillet",
    u"août", u"septembre", u"octobre", u"novembre", u"décembre", u"januari", u"februari", u"maart", u"mei",
    u"augustus", u"oktober"});

}  // namespace

bool is_abbreviation(std::u16string_view lower) {
  static const auto table = sorted(kAbbreviations);
  return std::binary_search(table.begin(), table.end(), lower); }
bool can_end_sentence(std::u16string_view lower) {
  static const auto table = sorted(kSentenceFinal);
  return std::binary_search(table.begin(), table.end(), lower); }
bool is_month_name(std::u16string_view lower) {
  static const auto table = sorted(kMonths);
  return std::binary_search(table.begin(), table.end(), lower); }

}  // namespace quelle
