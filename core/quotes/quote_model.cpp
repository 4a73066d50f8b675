#include "quotes/quote_model.hpp"

#include <algorithm>
#include <map>

#include "quotes/cue_words.hpp"
#include "quotes/find_steps.hpp"
#include "quotes/quote_tags.hpp"
#include "quotes/sentence_features.hpp"
#include "quotes/tagger_features.hpp"

namespace quelle::quotes {
namespace {

// No quote model needs more features than this; a file claiming more is refused.
constexpr size_t kMaxFeatures = 1u << 22;

Error invalid(const std::string& why) { return Error{ErrorCode::InvalidModel, "invalid quote model: " + why}; }

// Which rule candidate covers most tokens of a chunk (-1: none).
int32_t majority_candidate(const RuleVotes& v, const TaggedChunk& c) {
  std::map<int32_t, uint32_t> counts;
  for (uint32_t t = c.first; t <= c.last; ++t) {
    if (v.candidate[t] >= 0) ++counts[v.candidate[t]];
  }
  int32_t best = -1;
  uint32_t top = 0;
  for (const auto& [cand, n] : counts) {
    if (n > top) {
      top = n;
      best = cand;
    }
  }
  return best;
}

Span span_of(const Document& doc, const TaggedChunk& c) { return {doc.tokens[c.first].start, doc.tokens[c.last].end}; }

}  // namespace

Expected<std::unique_ptr<QuoteModel>> QuoteModel::parse(const uint8_t* data, size_t size, Language expected) {
  auto bundle = model::read_bundle(data, size, kQuoteModelMagic, kQuoteModelVersion, "quote model", kMaxFeatures);
  if (!bundle) return bundle.error();
  auto m = std::unique_ptr<QuoteModel>(new QuoteModel());
  const std::optional<Language> lang = parse_language(bundle->language);
  if (!lang) return invalid("unknown language '" + bundle->language + "'");
  if (*lang != expected) {
    return invalid("a model for '" + bundle->language + "', not for '" + language_code(expected) + "'");
  }
  m->language_ = *lang;
  m->bundle_ = std::move(*bundle);
  m->spans_ = m->bundle_.find_tagger("spans");
  if (m->spans_ != nullptr && m->spans_->tags() != kQuoteTags) return invalid("span tagger has the wrong tag count");
  m->sentences_ = m->bundle_.find("sentences");
  if (m->sentences_ != nullptr && m->sentences_->classes() != kSentenceLabels) {
    return invalid("sentence classifier has the wrong label count");
  }
  m->speakers_ = m->bundle_.find("speakers");
  if (m->speakers_ != nullptr && m->speakers_->classes() != 1) return invalid("speaker ranker has more than one score");
  m->cue_words_ = m->bundle_.find("cues");
  if (m->cue_words_ != nullptr && m->cue_words_->classes() != kCueWordLabels) {
    return invalid("cue-word classifier has the wrong label count");
  }
  if (m->spans_ == nullptr && m->sentences_ == nullptr && m->speakers_ == nullptr && m->cue_words_ == nullptr) {
    return invalid("no model inside");
  }
  return m;
}

std::vector<uint8_t> QuoteModel::serialize(const model::Bundle& bundle) {
  return model::write_bundle(bundle, kQuoteModelMagic, kQuoteModelVersion);
}

std::vector<TaggedChunk> chunks_of(const std::vector<uint8_t>& tags, uint32_t offset) {
  std::vector<TaggedChunk> out;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == 0) continue;
    if (is_inside(tags[i]) && !out.empty() && out.back().last + 1 == offset + i &&
        out.back().type == type_index_of(tags[i])) {
      out.back().last = offset + i;
    } else {
      out.push_back({offset + i, offset + i, type_index_of(tags[i])});
    }
  }
  return out;
}

namespace {

// The tagger's chunks of every paragraph.
std::vector<TaggedChunk> tag_chunks(const Document& doc, const Lexicon& lx, const RuleVotes& votes,
                                    const model::SequenceTagger& tagger) {
  std::vector<TaggedChunk> chunks;
  std::vector<std::vector<uint32_t>> features;
  for (const Paragraph& p : doc.paragraphs) {
    const auto first = static_cast<uint32_t>(doc.token_at_or_after(p.span.start));
    auto end = first;
    while (end < doc.tokens.size() && doc.tokens[end].start < p.span.end) ++end;
    if (end == first) continue;
    features.clear();
    tagger_features(doc, lx, votes, first, end, features);
    const auto found = chunks_of(tagger.tag(features, quote_tags_allowed), first);
    chunks.insert(chunks.end(), found.begin(), found.end());
  }
  return chunks;
}

// The candidates the tagger's chunks make: a confirmed rule candidate keeps
// what the rules found (cue, speaker, continuation) with the tagger's spans
// and type; `kept` maps rule indexes to indexes in the result.
std::vector<QuoteCandidate> from_chunks(const Document& doc, const std::vector<QuoteCandidate>& rules,
                                        const RuleVotes& votes, const std::vector<TaggedChunk>& chunks,
                                        std::vector<int32_t>& kept) {
  std::vector<QuoteCandidate> out;
  kept.assign(rules.size(), -1);
  for (const TaggedChunk& c : chunks) {
    const int32_t r = majority_candidate(votes, c);
    if (r >= 0 && kept[r] >= 0) {
      out[kept[r]].spans.push_back(span_of(doc, c));
      continue;
    }
    QuoteCandidate q;
    if (r >= 0) {
      q = rules[r];
      kept[r] = static_cast<int32_t>(out.size());
    } else {
      q.continues_previous = kTagTypes[c.type] == QuoteType::FreeIndirect;
    }
    q.type = r >= 0 && rules[r].type == QuoteType::Mixed ? QuoteType::Mixed : kTagTypes[c.type];
    q.spans = {span_of(doc, c)};
    out.push_back(std::move(q));
  }
  for (QuoteCandidate& q : out) q.parent = q.parent >= 0 ? kept[q.parent] : -1;
  return out;
}

// Whole sentences the classifier calls reported or free indirect speech,
// where no candidate is yet, become candidates of their own. A reported
// sentence's speaker is its subject ("Die Meteorologen sagten weitere
// Regenfälle voraus."), as the rules find it.
void add_sentence_quotes(const Document& doc, const Lexicon& lx, const RuleVotes& votes, const QuoteModel& model,
                         std::vector<QuoteCandidate>& out) {
  const std::vector<int32_t> quote_of = quote_index(doc, pair_quote_marks(doc));
  const Scanner sc(doc, lx, quote_of);
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const QuoteCandidate& q : out) {
    for (const Span& s : q.spans) {
      for (size_t t = doc.token_at_or_after(s.start); t < doc.tokens.size() && doc.tokens[t].start < s.end; ++t) {
        taken[t] = 1;
      }
    }
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceInfo& si = doc.sentences[s];
    if (si.end_token == si.first_token) continue;
    if (std::any_of(taken.begin() + si.first_token, taken.begin() + si.end_token, [](uint8_t x) { return x != 0; })) {
      continue;
    }
    const uint32_t label = model.sentences()->best(sentence_features(doc, lx, votes, s));
    if (label == kSentenceOther) continue;
    QuoteCandidate q;
    q.type = label == kSentenceReported ? QuoteType::Reported : QuoteType::FreeIndirect;
    q.continues_previous = label == kSentenceFree;
    q.spans = {Span{doc.tokens[si.first_token].start, doc.tokens[si.end_token - 1].end}};
    if (label == kSentenceReported) {
      if (const auto np = sc.sentence_subject(si))
        q.speaker = Span{doc.tokens[np->begin].start, doc.tokens[np->end - 1].end};
    }
    out.push_back(std::move(q));
  }
}

// Sorted by start, with parents remapped to the new order; a parent comes
// before its child in attribution, so links that point forward are dropped.
std::vector<QuoteCandidate> sorted_by_start(std::vector<QuoteCandidate> out) {
  std::vector<uint32_t> order(out.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return out[a].spans.front().start < out[b].spans.front().start; });
  std::vector<int32_t> position(out.size());
  for (uint32_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<int32_t>(i);
  std::vector<QuoteCandidate> sorted;
  sorted.reserve(out.size());
  for (const uint32_t i : order) {
    sorted.push_back(std::move(out[i]));
    QuoteCandidate& q = sorted.back();
    if (q.parent >= 0) q.parent = position[q.parent];
    if (q.parent >= static_cast<int32_t>(sorted.size()) - 1) q.parent = -1;
  }
  return sorted;
}

}  // namespace

std::vector<QuoteCandidate> decide_quotes(const Document& doc, const std::vector<QuoteCandidate>& rules,
                                          const QuoteModel& model) {
  const Lexicon& lx = lexicon(doc.rules_language);
  const RuleVotes votes = rule_votes(doc, rules);
  std::vector<QuoteCandidate> out;
  if (model.spans() != nullptr) {
    std::vector<int32_t> kept;
    out = from_chunks(doc, rules, votes, tag_chunks(doc, lx, votes, *model.spans()), kept);
  } else {
    out = rules;
  }
  if (model.sentences() != nullptr) add_sentence_quotes(doc, lx, votes, model, out);
  return sorted_by_start(std::move(out));
}

}  // namespace quelle::quotes
