#include "quotes/indirect_speech.hpp"

#include "quotes/indirect_sieves.hpp"

namespace quelle::quotes {
namespace {

using namespace sieve;

// Each frame looks at a sentence's words for its own cue and, finding none,
// returns false having done nothing. The classes of the sentence's words
// outside quotes (`cues`, or-ed) tell which cues are there, so a frame
// whose cue is missing is not run: the same answer without its scan.
constexpr uint32_t kSourceCues = kSourcePrepW | kSourcePostpW | kFrameWordW;
constexpr uint32_t kVerbCues = kSpeechVerbW | kBeliefVerbW | kParticleVerbW | kFrameWordW;

uint32_t sentence_cues(const Scanner& sc, uint32_t a, uint32_t b) {
  uint32_t cues = 0;
  for (uint32_t i = a; i < b; ++i)
    if (!sc.in_quote(i) && sc.word(i)) cues |= sc.classes(i);
  return cues;
}

bool one_frame(const Scanner& sc, const Sentence& s, uint32_t cues, std::vector<QuoteCandidate>& out) {
  const size_t before = out.size();
  if ((cues & kSourceCues) != 0 && source_frame(sc, s, out)) {
    // A speech verb framing the whole clause wins over a source phrase inside
    // its content: "X erklärte, Nordkorea besitze seiner Meinung nach …".
    std::vector<QuoteCandidate> alt;
    if (verb_frames(sc, s, alt) && alt.front().cue && out.back().cue) {
      const Span content = alt.front().extent();
      const Span src = *out.back().cue;
      if (alt.front().cue->end <= content.start && content.start <= src.start && src.end <= content.end) {
        out.resize(before);
        out.push_back(std::move(alt.front()));
      }
    }
    return true;
  }
  if ((cues & kAsFrameW) != 0 && (cues & kSpeechVerbW) != 0 && wie_frame(sc, s, out)) return true;
  if ((cues & kVerbCues) != 0 && verb_frames(sc, s, out)) return true;
  if ((cues & kPassiveParticipleW) != 0 && passive_frame(sc, s, out)) return true;
  if ((cues & kObjectVerbW) != 0 && object_frame_en(sc, s, out)) return true;
  return (cues & kReportVerbW) != 0 && reported(sc, s, out);
}

}  // namespace

void indirect_in_sentence(const Scanner& sc, const SentenceInfo& si, const SentenceInfo* prev,
                          std::vector<QuoteCandidate>& out) {
  sieve::Sentence s{si.first_token, si.end_token, si.end_token, si.first_token};
  if (s.b <= s.a) return;
  while (s.ce > s.a && (sc.sentence_end_punct(s.ce - 1) || (sc.quote_mark(s.ce - 1) && !sc.in_quote(s.ce - 1)))) --s.ce;
  if (count_words(sc, s.a, s.b) < 3) return;
  if (demonstrative_frame(sc, s, prev, out)) return;
  // Several statements in one sentence ("Cook said Carter stopped the
  // practice, but Cook did not say when"): after a frame whose content ends
  // early, the rest of the sentence is read again (at most three rounds, so
  // the work stays linear in the sentence length). The cues are the whole
  // sentence's: later rounds read a part of it, whose cues are among them.
  const uint32_t cues = sentence_cues(sc, s.a, s.b);
  for (int round = 0; round < 3; ++round) {
    if (!one_frame(sc, s, cues, out)) return;
    const QuoteCandidate& c = out.back();
    uint32_t end = c.extent().end;
    if (c.cue) end = std::max(end, c.cue->end);
    if (c.speaker) end = std::max(end, c.speaker->end);
    uint32_t a = s.a;
    while (a < s.ce && sc.doc().tokens[a].start < end) ++a;
    while (a < s.ce && sc.punct(a)) ++a;
    if (a + 3 > s.ce || count_words(sc, a, s.ce) < 4 || c.type == QuoteType::Reported) return;
    s.a = a;
  }
}

}  // namespace quelle::quotes
