// Word clusters for the NER models (models/gazetteers/clusters-xx.tsv):
// spherical k-means (fixed seed) over PPMI-weighted left/right (±1, ±2)
// context vectors of the lower-cased words seen at least MINCOUNT times; the
// contexts are the NCTX most frequent words. Build and run (German model):
//   g++ -O2 -std=c++17 -o wordclusters models/tools/wordclusters.cpp
//   ./wordclusters 255 3 800 GERMEVAL_TRAIN SMARTDATA_BIO EUROPEANA_DE_BIO... \
//     | awk -F"\t" "{print \"C\"\$2\"\t\"\$1}" > models/gazetteers/clusters-de.tsv
// (exact command: docs/models.md). Only permitted, non-dev text.
// usage: wordclusters K MINCOUNT NCTX [--fit-min N] FILE... > clusters.tsv  (word<TAB>cluster 1..K)
// --fit-min N: the centroids are fitted on the words seen at least N times
// (k-means over every word of a large text is slow); the words seen
// MINCOUNT..N-1 times then join their nearest centroid.
// FILE: BIO/CoNLL (first column = token, blank lines between sentences) or
// one sentence per line (tokens separated by spaces) if the line has no tab/col tags.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>
static std::string lower(const std::string& s) {  // ASCII + common Latin-1 upper (UTF-8)
  std::string o;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 'A' && c <= 'Z')
      o += char(c + 32);
    else if (c == 0xC3 && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9E &&
             (unsigned char)s[i + 1] != 0x97) {
      o += char(c);
      o += char((unsigned char)s[i + 1] + 0x20);
      ++i;
    } else
      o += char(c);
  }
  return o;
}
int main(int argc, char** argv) {
  int K = std::atoi(argv[1]), minc = std::atoi(argv[2]), nctx = std::atoi(argv[3]);
  int first_file = 4;
  long fit_min = 0;
  if (argc > 5 && std::string(argv[4]) == "--fit-min") {
    fit_min = std::atol(argv[5]);
    first_file = 6;
  }
  std::vector<std::vector<int>> sents;
  std::unordered_map<std::string, int> id;
  std::vector<std::string> words;
  std::vector<long> cnt;
  auto get = [&](const std::string& w) {
    auto it = id.find(w);
    if (it != id.end()) {
      cnt[it->second]++;
      return it->second;
    }
    int n = (int)words.size();
    id[w] = n;
    words.push_back(w);
    cnt.push_back(1);
    return n;
  };
  for (int a = first_file; a < argc; ++a) {
    std::ifstream in(argv[a]);
    std::string line;
    std::vector<int> cur;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) {
        if (!cur.empty()) sents.push_back(cur);
        cur.clear();
        continue;
      }
      if (line[0] == '#') continue;
      std::string tok;
      size_t tab = line.find('\t');
      if (tab != std::string::npos) {
        // "i\ttoken\t..." or "token\ttag"
        std::string first = line.substr(0, tab);
        bool num = !first.empty() && std::all_of(first.begin(), first.end(), ::isdigit);
        if (num) {
          size_t t2 = line.find('\t', tab + 1);
          tok = line.substr(tab + 1, t2 == std::string::npos ? std::string::npos : t2 - tab - 1);
        } else
          tok = first;
      } else {
        size_t sp = line.find(' ');
        tok = line.substr(0, sp);
      }
      if (!tok.empty()) cur.push_back(get(lower(tok)));
    }
    if (!cur.empty()) sents.push_back(cur);
  }
  const int V = (int)words.size();
  std::vector<int> byfreq(V);
  for (int i = 0; i < V; ++i) byfreq[i] = i;
  std::sort(byfreq.begin(), byfreq.end(), [&](int a, int b) { return cnt[a] > cnt[b]; });
  std::vector<int> ctx(V + 2, -1);
  for (int r = 0; r < nctx && r < V; ++r) ctx[byfreq[r]] = r;
  const int BOS = V, EOS = V + 1;
  ctx[BOS] = nctx;
  ctx[EOS] = nctx + 1;
  const int D = 4 * (nctx + 2);
  std::vector<int> target;  // words to cluster
  std::vector<int> tix(V, -1);
  for (int w : byfreq)
    if (cnt[w] >= minc) {
      tix[w] = (int)target.size();
      target.push_back(w);
    }
  const int T = (int)target.size();
  std::vector<std::unordered_map<int, float>> vec(T);
  std::vector<double> colsum(D, 0);
  double total = 0;
  for (auto& s : sents)
    for (size_t k = 0; k < s.size(); ++k) {
      int t = tix[s[k]];
      if (t < 0) continue;
      int l = k > 0 ? s[k - 1] : BOS, r = k + 1 < s.size() ? s[k + 1] : EOS;
      if (ctx[l] >= 0) {
        vec[t][ctx[l]] += 1;
        colsum[ctx[l]] += 1;
        total += 1;
      }
      if (ctx[r] >= 0) {
        vec[t][nctx + 2 + ctx[r]] += 1;
        colsum[nctx + 2 + ctx[r]] += 1;
        total += 1;
      }
      int l2 = k > 1 ? s[k - 2] : BOS, r2 = k + 2 < s.size() ? s[k + 2] : EOS;
      if (ctx[l2] >= 0) {
        int d = 2 * (nctx + 2) + ctx[l2];
        vec[t][d] += 0.5f;
        colsum[d] += 0.5;
        total += 0.5;
      }
      if (ctx[r2] >= 0) {
        int d = 3 * (nctx + 2) + ctx[r2];
        vec[t][d] += 0.5f;
        colsum[d] += 0.5;
        total += 0.5;
      }
    }
  // PPMI weighting, then L2 normalise
  std::vector<std::vector<std::pair<int, float>>> X(T);
  for (int t = 0; t < T; ++t) {
    double rs = 0;
    for (auto& [d, v] : vec[t]) rs += v;
    double nn = 0;
    for (auto& [d, v] : vec[t]) {
      double pmi = std::log(v * total / (rs * colsum[d]));
      if (pmi > 0) {
        X[t].push_back({d, (float)pmi});
        nn += pmi * pmi;
      }
    }
    nn = std::sqrt(nn);
    for (auto& p : X[t]) p.second /= (float)(nn > 0 ? nn : 1);
  }
  // Words fitted: all, or (--fit-min) the frequent ones, which come first.
  int F = T;
  if (fit_min > 0)
    while (F > 0 && cnt[target[F - 1]] < fit_min) --F;
  // spherical k-means; init: K most frequent words
  std::vector<float> C((size_t)K * D, 0);
  std::vector<int> asg(T, 0);
  {
    std::mt19937 rng(7);
    std::vector<int> perm(F);
    for (int t = 0; t < F; ++t) perm[t] = t;
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int c = 0; c < K && c < T; ++c)
      for (auto& [d, v] : X[perm[c]]) C[(size_t)c * D + d] = v;
  }
  auto nearest = [&](int t) {
    int best = 0;
    float bs = -1;
    for (int c = 0; c < K; ++c) {
      float s = 0;
      const float* cc = &C[(size_t)c * D];
      for (auto& [d, v] : X[t]) s += cc[d] * v;
      if (s > bs) {
        bs = s;
        best = c;
      }
    }
    return best;
  };
  for (int it = 0; it < 20; ++it) {
    int changed = 0;
    for (int t = 0; t < F; ++t) {
      const int best = nearest(t);
      if (asg[t] != best) ++changed;
      asg[t] = best;
    }
    std::fill(C.begin(), C.end(), 0.f);
    for (int t = 0; t < F; ++t)
      for (auto& [d, v] : X[t]) C[(size_t)asg[t] * D + d] += v;
    for (int c = 0; c < K; ++c) {
      double n = 0;
      float* cc = &C[(size_t)c * D];
      for (int d = 0; d < D; ++d) n += cc[d] * cc[d];
      n = std::sqrt(n);
      if (n > 0)
        for (int d = 0; d < D; ++d) cc[d] /= (float)n;
    }
    std::cerr << "iter " << it << " changed " << changed << "\n";
  }
  for (int t = F; t < T; ++t) asg[t] = nearest(t);
  for (int t = 0; t < T; ++t) std::cout << words[target[t]] << '\t' << (asg[t] + 1) << '\n';
  std::cerr << "vocab " << V << " clustered " << T << "\n";
}
