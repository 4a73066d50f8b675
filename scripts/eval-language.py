#!/usr/bin/env python3
"""Evaluate Quelle's language identifier (the compiled C++ code) on held-out text.

Builds a small driver around core/language/language.cpp with the host C++
compiler, then reports accuracy per language for sentence-length (30-99
characters) and paragraph-length (>= 100 characters) inputs on:
  * held-out    the part of each training source that the trainer holds out
                (scripts/train-language-model.py; needs its Debian package cache)
  * dev/test    official dev/test splits never used for training: GermEval 2014
                dev, Bosque dev, Europeana fr/nl dev+test, KIND has none
  * news        German Wikinews and US political news from the quote corpora
                (evaluation only: those are never trained on), by paragraph,
                by sentence, and whole articles
  * written     short news sentences written for this evaluation (below)
It also checks that the C++ code and the trainer's Python mirror agree on every
held-out item (--no-mirror skips that), that the native and WebAssembly builds
give identical output (--wasm; needs em++ and node), and measures speed (--bench).

Usage (from the repository root):
  python3 scripts/eval-language.py [--data DIR] [--cache DIR] [--bench] [--wasm] [--errors N]
"""

import argparse
import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

spec = importlib.util.spec_from_file_location("trainer", os.path.join(HERE, "train-language-model.py"))
trainer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trainer)
LANGS = trainer.LANGS

DRIVER = r'''
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include "language/language.hpp"

static std::u16string utf16(const std::string& s) {
  std::u16string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = 0xFFFD;
    size_t len = 1;
    if (c < 0x80) cp = c;
    else if ((c >> 5) == 6 && i + 1 < s.size()) { cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F); len = 2; }
    else if ((c >> 4) == 14 && i + 2 < s.size()) { cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F); len = 3; }
    else if ((c >> 3) == 30 && i + 3 < s.size()) {
      cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F); len = 4;
    }
    i += len;
    if (cp >= 0x10000) { cp -= 0x10000; out.push_back(char16_t(0xD800 | (cp >> 10))); out.push_back(char16_t(0xDC00 | (cp & 0x3FF))); }
    else out.push_back(char16_t(cp));
  }
  return out;
}

int main(int argc, char** argv) {
  if (argc >= 3 && std::strcmp(argv[1], "bench") == 0) {
    std::ifstream f(argv[2], std::ios::binary);
    std::string s((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::u16string text = utf16(s);
    using clock = std::chrono::steady_clock;
    for (size_t size : {size_t(1000), size_t(5000), size_t(65536), size_t(1) << 20, text.size()}) {
      if (size > text.size()) continue;
      std::u16string_view t(text.data(), size);
      // Many short trials, keeping the fastest: on a busy machine most trials
      // are interrupted; a trial of about a millisecond sometimes is not.
      const int reps = size <= 1000 ? 100 : size <= 5000 ? 20 : 1;
      double best = 1e300;
      quelle::LanguageGuess g;
      for (int trial = 0; trial < 300; ++trial) {
        auto t0 = clock::now();
        for (int i = 0; i < reps; ++i) g = quelle::identify_language(t);
        const double us = std::chrono::duration<double, std::micro>(clock::now() - t0).count() / reps;
        if (us < best) best = us;
      }
      std::printf("  %9zu code units: %9.1f us per call, %7.0f M code units/s  (%s %.3f)\n", t.size(), best,
                  t.size() / best, g.code.c_str(), g.confidence);
    }
    return 0;
  }
  // Classify the NUL-separated UTF-8 items (already lower-cased) of a file.
  if (argc < 3 || std::strcmp(argv[1], "classify") != 0) return 2;
  std::ifstream in(argv[2], std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t start = 0;
  while (start <= all.size()) {
    size_t end = all.find('\0', start);
    if (end == std::string::npos) end = all.size();
    if (end == all.size() && start == end) break;
    quelle::LanguageGuess g = quelle::identify_language(utf16(all.substr(start, end - start)));
    std::printf("%s %d\n", g.code.c_str(), static_cast<int>(g.confidence * 1000.0 + 0.5));
    start = end + 1;
  }
  return 0;
}
'''

# Short news-style sentences written for this evaluation (not from any corpus).
WRITTEN = {
    "de": [
        "Die Bundesregierung hat am Mittwoch ein neues Entlastungspaket für Familien beschlossen.",
        "Nach Angaben der Polizei wurden bei dem Unfall auf der A7 drei Menschen schwer verletzt.",
        "Der Bürgermeister kündigte an, die Sanierung der Schule werde sich bis zum Herbst verzögern.",
        "Die Inflationsrate ist im März überraschend deutlich gesunken, teilte das Statistische Bundesamt mit.",
        "Bayern München gewann das Spitzenspiel gegen Dortmund mit 3:1.",
        "„Wir werden alles tun, um die Arbeitsplätze zu sichern“, sagte der Betriebsratschef.",
        "Die Opposition wirft dem Minister vor, das Parlament falsch informiert zu haben.",
        "In der Nacht zu Sonntag brannte eine Lagerhalle im Hamburger Hafen vollständig aus.",
        "Die Gewerkschaft ruft für Donnerstag zu einem Warnstreik im Nahverkehr auf.",
        "Das Gericht wies die Klage des Konzerns gegen die Kartellbehörde ab.",
    ],
    "en": [
        "The government announced on Wednesday that it would raise the minimum wage next year.",
        "Police said three people were seriously injured in the crash on the motorway.",
        "The mayor told reporters that the school renovation would be delayed until autumn.",
        "Inflation fell more sharply than expected in March, official figures showed.",
        "Shares in the carmaker dropped by eight percent after the profit warning.",
        "\"We will do everything we can to protect these jobs,\" the union leader said.",
        "The opposition accused the minister of misleading parliament over the deal.",
        "A warehouse at the port of Hamburg burned down overnight, firefighters said.",
        "The court dismissed the company's appeal against the competition regulator.",
        "Voters in the state will go to the polls on Tuesday in a closely watched election.",
    ],
    "fr": [
        "Le gouvernement a annoncé mercredi une hausse du salaire minimum pour l'an prochain.",
        "Selon la police, trois personnes ont été grièvement blessées dans l'accident sur l'autoroute.",
        "Le maire a indiqué que les travaux de rénovation de l'école seraient retardés jusqu'à l'automne.",
        "L'inflation a reculé plus fortement que prévu en mars, selon les chiffres officiels.",
        "« Nous ferons tout pour préserver ces emplois », a déclaré le représentant syndical.",
        "L'opposition accuse le ministre d'avoir trompé le Parlement sur cet accord.",
        "Un entrepôt du port de Marseille a été entièrement détruit par un incendie dans la nuit.",
        "Le tribunal a rejeté le recours de l'entreprise contre l'Autorité de la concurrence.",
        "Les électeurs sont appelés aux urnes dimanche pour le second tour des législatives.",
        "Le Premier ministre doit s'exprimer devant l'Assemblée nationale mardi après-midi.",
    ],
    "es": [
        "El Gobierno anunció el miércoles una subida del salario mínimo para el próximo año.",
        "Según la policía, tres personas resultaron heridas de gravedad en el accidente de la autopista.",
        "El alcalde explicó que las obras de la escuela se retrasarán hasta el otoño.",
        "La inflación bajó en marzo más de lo previsto, según los datos oficiales.",
        "\"Haremos todo lo posible para mantener estos empleos\", afirmó el portavoz del sindicato.",
        "La oposición acusa al ministro de haber engañado al Congreso sobre el acuerdo.",
        "Un incendio destruyó durante la noche un almacén en el puerto de Valencia.",
        "El tribunal rechazó el recurso de la empresa contra la autoridad de la competencia.",
        "Los ciudadanos están llamados a las urnas el domingo en unas elecciones muy reñidas.",
        "El Real Madrid ganó al Barcelona por dos goles a uno en el Santiago Bernabéu.",
    ],
    "it": [
        "Il governo ha annunciato mercoledì un aumento del salario minimo per il prossimo anno.",
        "Secondo la polizia, tre persone sono rimaste gravemente ferite nell'incidente in autostrada.",
        "Il sindaco ha spiegato che i lavori alla scuola saranno rinviati fino all'autunno.",
        "L'inflazione è scesa a marzo più del previsto, secondo i dati ufficiali.",
        "\"Faremo di tutto per salvare questi posti di lavoro\", ha dichiarato il sindacalista.",
        "L'opposizione accusa il ministro di aver ingannato il Parlamento sull'accordo.",
        "Un magazzino nel porto di Genova è stato distrutto da un incendio durante la notte.",
        "Il tribunale ha respinto il ricorso dell'azienda contro l'Autorità garante della concorrenza.",
        "Gli elettori sono chiamati alle urne domenica per il ballottaggio.",
        "La Juventus ha battuto l'Inter per due a uno allo Stadium.",
    ],
    "nl": [
        "Het kabinet heeft woensdag een verhoging van het minimumloon voor volgend jaar aangekondigd.",
        "Volgens de politie raakten drie mensen zwaargewond bij het ongeluk op de snelweg.",
        "De burgemeester zei dat de renovatie van de school tot de herfst wordt uitgesteld.",
        "De inflatie is in maart sterker gedaald dan verwacht, meldt het CBS.",
        "\"We zullen er alles aan doen om deze banen te behouden\", zei de vakbondsvoorzitter.",
        "De oppositie verwijt de minister dat hij de Kamer verkeerd heeft geïnformeerd.",
        "In de nacht van zaterdag op zondag is een loods in de Rotterdamse haven volledig afgebrand.",
        "De rechter heeft het beroep van het bedrijf tegen de mededingingsautoriteit afgewezen.",
        "De kiezers gaan dinsdag naar de stembus voor de gemeenteraadsverkiezingen.",
        "Ajax won zondag met 3-1 van Feyenoord in een uitverkochte Johan Cruijff Arena.",
    ],
    "pt": [
        "O governo anunciou na quarta-feira um aumento do salário mínimo para o próximo ano.",
        "Segundo a polícia, três pessoas ficaram gravemente feridas no acidente na autoestrada.",
        "O presidente da câmara explicou que as obras na escola vão ser adiadas até ao outono.",
        "A inflação desceu em março mais do que o previsto, segundo os dados oficiais.",
        "\"Vamos fazer tudo para manter estes postos de trabalho\", afirmou o dirigente sindical.",
        "A oposição acusa o ministro de ter enganado o Parlamento sobre o acordo.",
        "Um armazém no porto de Lisboa foi destruído por um incêndio durante a noite.",
        "O tribunal rejeitou o recurso da empresa contra a Autoridade da Concorrência.",
        "Os eleitores vão às urnas no domingo para a segunda volta das eleições.",
        "O Benfica venceu o FC Porto por dois a um no Estádio da Luz.",
    ],
}


def lower_shadow(text):
    """Like the normalize stage: 1:1 lower case, keeping characters whose lower case changes length."""
    out = []
    for ch in text:
        lo = ch.lower()
        out.append(lo if len(lo) == 1 else ch)
    return "".join(out)


def build_driver(workdir, compiler):
    src = os.path.join(workdir, "driver.cpp")
    exe = os.path.join(workdir, "langid-driver")
    with open(src, "w") as f:
        f.write(DRIVER)
    cmd = [compiler, "-std=c++20", "-O2", "-I", os.path.join(ROOT, "core"), src,
           os.path.join(ROOT, "core", "language", "language.cpp"), "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def build_wasm_driver(workdir):
    """The same driver built with Emscripten, run under Node (a command list)."""
    src = os.path.join(workdir, "driver.cpp")
    js = os.path.join(workdir, "langid-driver.js")
    inc = ["-I", os.path.join(ROOT, "core")]
    lang_o = os.path.join(workdir, "language.o")
    drv_o = os.path.join(workdir, "driver.o")
    # Compiled as the wasm build compiles the core (-O3, no exceptions, no RTTI).
    subprocess.run(["em++", "-std=c++20", "-O3", "-fno-exceptions", "-fno-rtti", *inc, "-c",
                    os.path.join(ROOT, "core", "language", "language.cpp"), "-o", lang_o], check=True)
    subprocess.run(["em++", "-std=c++20", "-O2", *inc, "-c", src, "-o", drv_o], check=True)
    # -O1 at link time: Debian's Emscripten 3.1.6 JS minifier fails under Node 20.
    subprocess.run(["em++", "-O1", drv_o, lang_o, "-sALLOW_MEMORY_GROWTH=1", "-sNODERAWFS=1", "-o", js], check=True)
    return ["node", "--no-experimental-fetch", js]


def classify_all(exe, texts):
    data = "\0".join(lower_shadow(t) for t in texts).encode("utf-8")
    cmd = exe if isinstance(exe, list) else [exe]
    with tempfile.NamedTemporaryFile(prefix="quelle-langid-", suffix=".bin") as f:
        f.write(data)
        f.flush()
        out = subprocess.run(cmd + ["classify", f.name], stdout=subprocess.PIPE, check=True).stdout.decode()
    res = []
    for line in out.splitlines():
        code, conf = line.split()
        res.append((code, int(conf)))
    assert len(res) == len(texts), (len(res), len(texts))
    return res


def sentences_of(paragraph):
    parts = re.split(r"(?<=[.!?])[\"”“'’»]?\s+(?=[\"„“«‚‘'(]?[A-ZÀ-Þ0-9])", paragraph)
    return [p.strip() for p in parts if p.strip()]


def news_sets(data):
    """{(lang, source): (sentences 30-99, paragraphs >= 100, articles)} from the quote corpora."""
    out = {}
    for lang, folder in (("de", "de-wikinews"), ("en", "en-polnear")):
        short, para, arts = [], [], []
        for path in sorted(glob.glob(os.path.join(data, "quotes", folder, "*", "*.json"))):
            with open(path, encoding="utf-8") as f:
                text = json.load(f).get("originalText", "")
            if not text.strip():
                continue
            arts.append(text)
            for p in re.split(r"\n+", text):
                p = p.strip()
                if len(p) >= 100:
                    para.append(p)
                for s in sentences_of(p):
                    if 30 <= len(s) < 100:
                        short.append(s)
        out[(lang, folder)] = (short, para, arts)
    return out


def devtest_sets(data):
    def groups_from(sents, size=5):
        return [[trainer.detokenize(s) for s in sents[i:i + size]] for i in range(0, len(sents), size)]

    d = lambda *p: os.path.join(data, *p)
    raw = {
        ("de", "germeval2014-dev"): trainer.read_conll_tokens(d("ner/de/germeval2014/dev.bio"), sep="\t"),
        ("pt", "bosque-dev"): trainer.read_bosque(d("ner/pt/uner-bosque/pt_bosque-ud-dev.iob2")),
        ("fr", "europeana-devtest"): trainer.read_conll_tokens(d("ner/fr/europeana/dev.txt"))
        + trainer.read_conll_tokens(d("ner/fr/europeana/test.txt")),
        ("nl", "europeana-devtest"): trainer.read_conll_tokens(d("ner/nl/europeana/dev.txt"))
        + trainer.read_conll_tokens(d("ner/nl/europeana/test.txt")),
    }
    out = {}
    for key, sents in raw.items():
        short, para = trainer.short_and_paragraphs(groups_from(sents))
        out[key] = (short, para, [])
    return out


def clearly_other(lang, text):
    """True when the text's stop words clearly say another language (label noise)."""
    best, n, second = trainer.stopword_language(text)
    if lang == trainer.OTHER:
        return best is not None and n >= 2
    return best is not None and best != lang and n >= 2 and n > second


def report(title, sets, exe, errors, log):
    items = []
    for key, groups in sets.items():
        for gi, g in enumerate(groups):
            for t in g:
                items.append((key, gi, t))
    res = classify_all(exe, [t for _, _, t in items])
    stats = {}
    shown = {}
    for (key, gi, t), (code, conf) in zip(items, res):
        lang = key[0]
        want = "und" if lang == trainer.OTHER else lang
        st = stats.setdefault(key, [[0, 0, 0, 0] for _ in range(3)])
        noisy = clearly_other(lang, t)
        st[gi][1] += 1
        st[gi][0] += code == want
        if not noisy:
            st[gi][3] += 1
            st[gi][2] += code == want
        if code != want and shown.get(key, 0) < errors:
            shown[key] = shown.get(key, 0) + 1
            log(f"    error {lang}->{code} ({conf}){' [label noise?]' if noisy else ''}: {t[:150]!r}")
    log(f"\n{title}")
    log(f"  {'lang':4} {'source':20} {'sentences 30-99 chars':>30} {'paragraphs >= 100 chars':>30} {'articles':>18}")
    totals = {}
    for key in sorted(stats):
        cols = []
        for gi in range(3):
            ok, n, ok_clean, n_clean = stats[key][gi]
            t = totals.setdefault((key[0], gi), [0, 0, 0, 0])
            for j, v in enumerate(stats[key][gi]):
                t[j] += v
            cols.append(fmt(ok, n, ok_clean, n_clean))
        log(f"  {key[0]:4} {key[1]:20} {cols[0]:>30} {cols[1]:>30} {cols[2] if stats[key][2][1] else '':>18}")
    return totals


def fmt(ok, n, ok_clean, n_clean):
    if n == 0:
        return "-"
    s = f"{100.0 * ok / n:6.2f}% of {n:5}"
    if n_clean != n:
        s += f" ({100.0 * ok_clean / max(1, n_clean):6.2f}%)"
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=trainer.default_data_dir(), help="the shared data folder (corpora)")
    ap.add_argument("--cache", default="/tmp/quelle-langid-cache")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--errors", type=int, default=0, help="show this many errors per source")
    ap.add_argument("--bench", action="store_true", help="measure speed on a 10 MB text")
    ap.add_argument("--no-mirror", action="store_true", help="skip the C++ vs Python agreement check")
    ap.add_argument("--wasm", action="store_true", help="also build with em++ and check native == wasm output")
    args = ap.parse_args()
    log = lambda s: print(s, flush=True)

    work = tempfile.mkdtemp(prefix="quelle-langid-")
    try:
        run(args, work, log)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args, work, log):
    exe = build_driver(work, args.cxx)

    log("Accuracy of the C++ code; in parentheses: without items whose stop words clearly belong to")
    log("another language (label noise: untranslated passages, OCR of foreign-language ads, English jokes).")

    debroot = trainer.ensure_debian_packages(args.cache)
    sources = trainer.load_sources(args.data, debroot)
    held = {k: (s, p) for k, (s, p) in trainer.eval_sets(sources).items()}
    totals = [report("Held-out parts of the training sources", held, exe, args.errors, log)]
    totals.append(report("Official dev/test splits (never trained on)", devtest_sets(args.data), exe, args.errors, log))
    totals.append(report("News from the quote corpora (evaluation only)", news_sets(args.data), exe, args.errors, log))
    written = {(l, "written-news"): (s, [], []) for l, s in WRITTEN.items()}
    totals.append(report("News sentences written for this evaluation", written, exe, args.errors, log))

    log("\nAll sets together")
    log(f"  {'lang':4} {'sentences 30-99 chars':>30} {'paragraphs >= 100 chars':>30}")
    for lang in trainer.CLASSES:
        cols = []
        for gi in range(2):
            agg = [0, 0, 0, 0]
            for t in totals:
                for j, v in enumerate(t.get((lang, gi), [0, 0, 0, 0])):
                    agg[j] += v
            cols.append(fmt(*agg))
        log(f"  {lang:4} {cols[0]:>30} {cols[1]:>30}")

    # Undetermined inputs.
    und = ["", "12345 67890 !!! ???", "😀😀😀 👍👍 🎉🎉🎉", "Москва — столица России, крупнейший город страны.",
           "東京は日本の首都であり、最大の都市です。", "القاهرة هي عاصمة مصر وأكبر مدنها"]
    got = classify_all(exe, und)
    log("\nUndetermined inputs: " + ", ".join(f"{t[:12]!r}->{c}" for t, (c, _) in zip(und, got)))

    if not args.no_mirror:
        texts = [t for (s, p) in held.values() for t in s + p]
        cpp = classify_all(exe, texts)
        model = trainer.Model(trainer.read_weights(os.path.join(ROOT, "core", "language", "language_model.inc")))
        diff = sum(1 for t, c in zip(texts, cpp) if model.classify(lower_shadow(t)) != c)
        log(f"\nC++ vs Python mirror: {len(texts) - diff} of {len(texts)} identical (code and confidence)")
        if diff:
            sys.exit("error: the C++ code and the trainer's Python mirror disagree")

    if args.wasm:
        wexe = build_wasm_driver(work)
        texts = [t for (s, p) in held.values() for t in s + p]
        texts += [a for (_, _, arts) in news_sets(args.data).values() for a in arts]
        texts += [" ".join(texts[i:i + 400]) for i in range(0, 4000, 400)]  # long texts: sampling
        native = classify_all(exe, texts)
        wasm = classify_all(wexe, texts)
        same = sum(1 for a, b in zip(native, wasm) if a == b)
        log(f"\nNative vs WebAssembly (Emscripten, Node): {same} of {len(texts)} identical (code and confidence)")
        if same != len(texts):
            sys.exit("error: the native and wasm builds disagree")

    if args.bench:
        # 10 MB of German held-out text and news (repeated), lower-cased.
        paras = [p for (k, (s, p)) in held.items() if k[0] == "de" for p in p]
        paras += [a for (k, (_, _, arts)) in news_sets(args.data).items() if k[0] == "de" for a in arts]
        buf = []
        size = 0
        i = 0
        while size < 10_000_000:
            p = paras[i % len(paras)]
            buf.append(p)
            size += len(p) + 1
            i += 1
        path = os.path.join(work, "bench.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(lower_shadow("\n".join(buf)))
        log("\nSpeed (native, one thread; German text; long texts are sampled):")
        out = subprocess.run([exe, "bench", path], stdout=subprocess.PIPE, check=True).stdout.decode()
        log(out.rstrip())
        if args.wasm:
            log("Speed (WebAssembly in Node, one thread):")
            out = subprocess.run(wexe + ["bench", path], stdout=subprocess.PIPE, check=True).stdout.decode()
            log(out.rstrip())


if __name__ == "__main__":
    main()
