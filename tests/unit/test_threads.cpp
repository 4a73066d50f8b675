// One ModelStore shared by analyses on several threads, as `quelle batch
// --jobs N` shares it: every model is loaded once, whichever thread meets
// its language first, and every analysis is the one a single thread gives.
// (Run under -DQUELLE_SANITIZE=thread too: docs/scale.md.)
#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "quelle/quelle.hpp"
#include "test_support.hpp"

namespace {

using quelle::ModelKind;

// Reads models/ner-xx.qnm and quotes-xx.qqm, counting the calls per file.
struct CountingLoader {
  std::mutex mutex;
  std::map<std::pair<std::string, ModelKind>, int> calls;

  void install(quelle::ModelStore& store) {
    store.set_loader([this](std::string_view lang, ModelKind kind) -> std::optional<std::vector<uint8_t>> {
      {
        const std::lock_guard lock(mutex);
        ++calls[{std::string(lang), kind}];
      }
      const std::string name = kind == ModelKind::Ner ? "/models/ner-" + std::string(lang) + ".qnm"
                                                      : "/models/quotes-" + std::string(lang) + ".qqm";
      const std::string bytes = quelle::test::read_file(QUELLE_SOURCE_DIR + name);
      if (bytes.empty()) return std::nullopt;
      return std::vector<uint8_t>(bytes.begin(), bytes.end());
    });
  }
};

const std::vector<std::string> kTexts = {
    "Bundeskanzlerin Angela Merkel sagte am Montag in Berlin: „Wir schaffen das.“ Sie sei zuversichtlich.",
    "\"We will not back down,\" Senator John Smith told reporters in Washington on Tuesday.",
    "« Nous allons continuer », a déclaré le président Emmanuel Macron à Paris.",
    "Il ministro Mario Rossi ha detto che il governo di Roma non cambierà idea.",
    "El presidente Pedro Sánchez dijo en Madrid que el plan funcionará.",
    "De minister Jan de Vries zei in Amsterdam dat het plan werkt.",
    "O ministro João Silva disse em Lisboa que o plano vai funcionar.",
};

std::string analysis_json(const std::string& text, const quelle::ModelStore& store) {
  quelle::Options options;
  options.models = &store;
  auto a = quelle::analyze(text, options);
  REQUIRE(a);
  return quelle::to_json_string(*a);
}

}  // namespace

TEST_CASE("One ModelStore serves analyses on several threads; each model is loaded once") {
  std::vector<std::string> expected;
  {
    quelle::ModelStore alone;
    CountingLoader loader;
    loader.install(alone);
    for (const std::string& t : kTexts) expected.push_back(analysis_json(t, alone));
  }

  quelle::ModelStore shared;
  CountingLoader loader;
  loader.install(shared);
  constexpr size_t kThreads = 4;
  constexpr size_t kRounds = 3;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Each thread starts at another text, so that several meet new
      // languages at the same time.
      for (size_t i = 0; i < kRounds * kTexts.size(); ++i) {
        const size_t k = (t + i) % kTexts.size();
        quelle::Options options;
        options.models = &shared;
        auto a = quelle::analyze(kTexts[k], options);
        got[t].push_back(a ? std::to_string(k) + quelle::to_json_string(*a) : "error");
      }
    });
  }
  for (std::thread& th : threads) th.join();

  for (size_t t = 0; t < kThreads; ++t) {
    REQUIRE(got[t].size() == kRounds * kTexts.size());
    for (size_t i = 0; i < got[t].size(); ++i) {
      const size_t k = (t + i) % kTexts.size();
      CHECK(got[t][i] == std::to_string(k) + expected[k]);
    }
  }
  // Every language was met, and each of its two model files read once.
  CHECK(loader.calls.size() == 2 * kTexts.size());
  for (const auto& [file, count] : loader.calls) {
    INFO(file.first << (file.second == ModelKind::Ner ? " ner" : " quotes"));
    CHECK(count == 1);
  }
}
