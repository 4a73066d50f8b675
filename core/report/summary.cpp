// Step 1 of a corpus report: what one analysis adds (report.hpp).
#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "normalize/utf.hpp"
#include "report/report.hpp"

namespace quelle::report {
namespace {

// \p{L} or \p{N}, as the page's word pattern has it.
bool word_char(char32_t c) { return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_N_MASK)) != 0; }

bool joiner(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'-'; }

std::u16string_view slice(const std::u16string& text, Span span) {
  if (span.start >= text.size() || span.end <= span.start) return {};
  return std::u16string_view(text).substr(span.start, std::min<size_t>(span.end, text.size()) - span.start);
}

std::string slice_utf8(const std::u16string& text, Span span) { return utf16_to_utf8(slice(text, span)); }

// A quote's words are those of its pieces only, not the narrator's words
// between them (the page's quoteWords).
uint64_t quote_words(const Quote& quote, const std::u16string& text) {
  uint64_t n = 0;
  for (const Span& s : quote.spans) n += count_words(slice(text, s));
  return n;
}

// "Wir … kommen": the pieces of a discontinuous quote, as the page shows them.
std::string quote_text(const Quote& quote, const std::u16string& text) {
  std::string out;
  for (const Span& s : quote.spans) {
    if (!out.empty()) out += " \u2026 ";
    out += slice_utf8(text, s);
  }
  return out;
}

bool is_direct(QuoteType t) { return t == QuoteType::Direct || t == QuoteType::Mixed; }

// Who said a quote, as the page's speakerKey groups it: the entity, else the
// speaker's words (lower case), else nobody ("").
std::string speaker_key(const Quote& q, const std::string& speaker_text) {
  if (!q.speaker) return "";
  if (q.speaker->entity) return "e" + std::to_string(*q.speaker->entity);
  return "t:" + normalized_name(speaker_text);
}

const Entity* speaker_entity(const Quote& q, const Analysis& a) {
  if (!q.speaker || !q.speaker->entity || *q.speaker->entity >= a.entities.size()) return nullptr;
  return &a.entities[*q.speaker->entity];
}

void count_gender(GenderVoices& g, const Entity* entity, uint64_t words) {
  const bool person = entity != nullptr && entity->type == EntityType::PER;
  VoiceCount& bucket = person ? g.persons : g.others;
  bucket.quotes++;
  bucket.words += words;
  if (!person) return;
  VoiceCount& by = entity->gender == Gender::Female ? g.female : entity->gender == Gender::Male ? g.male : g.unknown;
  by.quotes++;
  by.words += words;
}

void sort_speakers(std::vector<SpeakerSummary>& speakers) {
  std::sort(speakers.begin(), speakers.end(), [](const SpeakerSummary& a, const SpeakerSummary& b) {
    if (a.words != b.words) return a.words > b.words;
    if (a.quotes != b.quotes) return a.quotes > b.quotes;
    if (a.name != b.name) return a.name < b.name;
    return a.type < b.type;
  });
}

}  // namespace

uint64_t count_words(std::u16string_view s) {
  uint64_t n = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    if (!word_char(next_code_point(s, at))) {
      i = at;
      continue;
    }
    ++n;
    i = at;
    // The rest of the word: letters and digits, and a joiner followed by one.
    while (i < s.size()) {
      size_t j = i;
      const char32_t c = next_code_point(s, j);
      if (word_char(c)) {
        i = j;
        continue;
      }
      if (!joiner(c) || j >= s.size()) break;
      size_t k = j;
      if (!word_char(next_code_point(s, k))) break;
      i = k;
    }
  }
  return n;
}

std::string normalized_name(std::string_view utf8) {
  auto utf16 = utf8_to_utf16(utf8);
  if (!utf16) return std::string(utf8);
  std::u16string out;
  bool space = false;
  const std::u16string& s = *utf16;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
      space = !out.empty();
      continue;
    }
    if (c == U'\u2019') c = U'\'';  // typographic and typewriter apostrophes are one
    if (space) out += u' ';
    space = false;
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    char16_t units[2];
    size_t n = 0;
    U16_APPEND_UNSAFE(units, n, lower);
    out.append(units, n);
  }
  // Punctuation at either end ("Merkel:", "„Yu") does not make another name.
  auto edge = [](char16_t c) { return u_ispunct(c) != 0; };
  while (!out.empty() && edge(out.back())) out.pop_back();
  size_t first = 0;
  while (first < out.size() && edge(out[first])) ++first;
  return utf16_to_utf8(std::u16string_view(out).substr(first));
}

ArticleSummary failed_article(ArticleMeta meta, std::string code, std::string message) {
  ArticleSummary s;
  s.meta = std::move(meta);
  s.failed = true;
  s.error_code = std::move(code);
  s.error_message = std::move(message);
  return s;
}

ArticleSummary summarize(const Analysis& a, ArticleMeta meta) {
  ArticleSummary s;
  s.meta = std::move(meta);
  s.language = a.language;
  s.characters = a.text.size();
  std::map<std::string, size_t> index;  // speaker key -> position in s.speakers
  for (const Quote& q : a.quotes) {
    const uint64_t words = quote_words(q, a.text);
    const Entity* entity = speaker_entity(q, a);
    const std::string said_by = q.speaker ? slice_utf8(a.text, q.speaker->span) : "";
    s.quotes++;
    s.quoted_words += words;
    s.types[static_cast<size_t>(q.type)]++;
    count_gender(s.gender, entity, words);
    const std::string key = speaker_key(q, said_by);
    QuoteRow row{entity ? entity->name : said_by,
                 entity ? to_string(entity->type) : "",
                 "",
                 to_string(q.type),
                 q.cue ? slice_utf8(a.text, *q.cue) : "",
                 quote_text(q, a.text),
                 q.extent().start,
                 q.extent().end};
    if (entity && entity->type == EntityType::PER) row.gender = to_string(entity->gender);
    if (key.empty()) {
      s.unattributed.quotes++;
      s.unattributed.words += words;
    } else {
      auto [it, fresh] = index.try_emplace(key, s.speakers.size());
      if (fresh) s.speakers.push_back({row.speaker, row.speaker_type, row.gender});
      SpeakerSummary& sp = s.speakers[it->second];
      sp.quotes++;
      sp.words += words;
      (is_direct(q.type) ? sp.direct : sp.other)++;
    }
    s.quote_rows.push_back(std::move(row));
  }
  sort_speakers(s.speakers);
  for (const Entity& e : a.entities) s.entities.push_back({e.name, to_string(e.type), e.mentions.size()});
  return s;
}

}  // namespace quelle::report
