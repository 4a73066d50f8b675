#!/usr/bin/env python3
"""Train Quelle's language identifier and write core/language/language_model.inc.

The model is a naive Bayes classifier over hashed character n-grams (2-4
characters of each word padded with spaces) plus a whole-word feature for short
words, for seven languages: de en fr es it nl pt, and an eighth class for the
other languages written in the Latin script (answered "und").  Every feature is
hashed into one of 2**BITS buckets; each bucket holds one small integer weight
per class (a quantized log-probability, centred over the classes), so scoring
a text is a sum of integers, identical on every platform.  The feature extraction and
scoring below mirror core/language/language.cpp exactly: the held-out
accuracy this script prints is that of the C++ code (scripts/eval-language.py
checks the compiled code against this script).

Training data (see docs/language-id.md for licences):
  * NER corpora in the shared data folder (tokens used as running text):
      de  ner/de/germeval2014/train.bio          CC BY 4.0
      en  ner/en/wikigold/wikigold.conll.txt     CC BY 4.0
      it  ner/it/kind/*_train.tsv                CC BY-SA 4.0
      pt  ner/pt/uner-bosque/pt_bosque-ud-train.iob2  CC BY-SA 4.0
      fr  ner/fr/europeana/train.txt             CC0
      nl  ner/nl/europeana/train.txt             CC0
  * Debian packages (bookworm), downloaded with `apt-get download` and
    unpacked with `dpkg-deb -x` into a cache folder (no root needed for that,
    only a current `apt-get update`):
      debian-handbook  11.20220922   The Debian Administrator's Handbook,
                       all seven languages and ten others; GPL-2+ or CC BY-SA 3.0
      gnome-user-docs  43.0-2        GNOME Help, all seven languages and fifteen
                       others; CC BY-SA 3.0
      fortunes-es      1.36          Spanish quotations and proverbs; GPL-2+
    (If `apt-get download` fails: run `apt-get update` as root, or put the
    .deb files into CACHE/debs/.)

Each source is split deterministically: about one part in ten (blocks of
consecutive sentences, or whole files) is held out and never trained on.

Usage (from the repository root):
  python3 scripts/train-language-model.py            # train, evaluate, write the .inc
  python3 scripts/train-language-model.py --check    # fail if the .inc differs
Options: --data DIR (default $QUELLE_SHARED_DATA, else ../shared/data beside the
         repository, else /work/shared/data), --cache DIR (default
         /tmp/quelle-langid-cache), --out FILE, --no-eval, --errors N.
"""

import argparse
import glob
import html.parser
import json
import math
import os
import re
import subprocess
import sys
import zlib

LANGS = ["de", "en", "fr", "es", "it", "nl", "pt"]
# An eighth class stands for the other languages written in the Latin script
# (Polish, Czech, Turkish, Swedish, Vietnamese, ...): when it wins, the answer
# is "und" rather than a confident wrong language.
OTHER = "xx"
CLASSES = LANGS + [OTHER]
OTHER_GNOME = ["cs", "da", "fi", "hr", "hu", "id", "lt", "lv", "pl", "ro", "sl", "sr@latin", "sv", "tr", "vi"]
OTHER_HANDBOOK = ["cs-CZ", "da-DK", "hr-HR", "id-ID", "nb-NO", "pl-PL", "ro-RO", "sv-SE", "tr-TR", "vi-VN"]

# ----------------------------------------------------------------------------
# Model parameters (changing any of them changes the generated model).
BITS = 14                 # 2**BITS hashed buckets
NGRAM_MIN = 2             # shortest n-gram used (single letters add nothing measurable)
MAX_WORD_FEATURE = 6      # whole-word feature for words of at most this many letters
ALPHA = 0.3               # additive smoothing of the bucket counts
UNIT = 0.125              # one weight step, in nats (natural log units)
LEVELS = 95               # weights take values -47..47 (one printable character each)
WMIN, WMAX = -(LEVELS // 2), LEVELS - 1 - LEVELS // 2
MAX_CHARS_PER_LANG = 1_500_000   # training characters per language (all sources together)

# Hashing: the same 64-bit arithmetic as the C++ code.
M64 = (1 << 64) - 1
NGRAM_MUL = 0x9E3779B97F4A7C15
WORD_MUL = 0xD6E8FEB86659FD93
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3

DEBIAN_PACKAGES = {
    "debian-handbook": "11.20220922",
    "gnome-user-docs": "43.0-2",
    "fortunes-es": "1.36",
}

# ----------------------------------------------------------------------------
# Character classes (mirror language.cpp).


def fold(c):
    """Lower-cases ASCII and Latin-1 capitals (input is normally lower already)."""
    if 0x41 <= c <= 0x5A or (0xC0 <= c <= 0xDE and c != 0xD7):
        return c + 32
    return c


def is_latin_letter(c):
    return (0x61 <= c <= 0x7A) or (0xDF <= c <= 0x24F and c != 0xF7) or (0x1E00 <= c <= 0x1EFF)


def is_combining(c):
    return 0x300 <= c <= 0x36F


def is_other_letter(c):
    """A letter (or digit) of another script: Greek, Cyrillic, Arabic, CJK, ..."""
    if c < 0x370:
        return False
    if 0x1E00 <= c <= 0x1EFF:  # Latin Extended Additional (handled as Latin)
        return False
    if 0x2000 <= c <= 0x2BFF or 0x2E00 <= c <= 0x2E7F or 0x3000 <= c <= 0x303F:
        return False  # punctuation, symbols, arrows, dingbats, CJK punctuation
    if 0xD800 <= c <= 0xF8FF:
        return False  # surrogates (emoji and other supplementary characters), private use
    if 0xFE00 <= c <= 0xFE6F or 0xFF00 <= c <= 0xFF20 or 0xFF3B <= c <= 0xFF40 or 0xFF5B <= c <= 0xFF65:
        return False  # variation selectors, small/vertical forms, full-width punctuation
    if c >= 0xFFF0:
        return False
    return True


# ----------------------------------------------------------------------------
# Features.

NGRAM_MASK = [0, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFFF, M64]
SHIFT = 64 - BITS


def ngram_bucket(key):
    return ((key * NGRAM_MUL) & M64) >> SHIFT


def word_bucket(h):
    h ^= h >> 31
    return ((h * WORD_MUL) & M64) >> SHIFT


def word_features(word):
    """Buckets of one word (a list of folded Latin-letter code units)."""
    out = []
    g = 0x20
    k = 1
    h = FNV_OFFSET
    for c in word:
        g = ((g << 16) | c) & M64
        k += 1
        h = ((h ^ c) * FNV_PRIME) & M64
        for n in range(NGRAM_MIN, min(k, 4) + 1):
            out.append(ngram_bucket(g & NGRAM_MASK[n]))
    g = ((g << 16) | 0x20) & M64
    k += 1
    for n in range(2, min(k, 4) + 1):
        out.append(ngram_bucket(g & NGRAM_MASK[n]))
    if len(word) <= MAX_WORD_FEATURE:
        out.append(word_bucket(h))
    return out


def utf16_units(text):
    """The UTF-16 code units of a str (supplementary characters as surrogates)."""
    units = []
    for ch in text:
        o = ord(ch)
        if o < 0x10000:
            units.append(o)
        else:
            o -= 0x10000
            units.append(0xD800 | (o >> 10))
            units.append(0xDC00 | (o & 0x3FF))
    return units


def split_words(units, start, end):
    """Words (lists of folded Latin letters) in units[start:end], and letter counts.

    Mirrors the C++ scanner: a word is a maximal run of Latin letters;
    combining marks are skipped; everything else ends a word."""
    words = []
    cur = []
    latin = 0
    other = 0
    for i in range(start, end):
        c = fold(units[i])
        if is_latin_letter(c):
            cur.append(c)
            latin += 1
        elif is_combining(c):
            continue
        else:
            if cur:
                words.append(cur)
                cur = []
            if is_other_letter(c):
                other += 1
    if cur:
        words.append(cur)
    return words, latin, other


# Sampling of long texts (mirror language.cpp).
SAMPLE_LIMIT = 65536
WINDOW = 4096
WINDOWS = 16
WINDOW_SLACK = 64


def sample_windows(units):
    n = len(units)
    if n <= SAMPLE_LIMIT:
        return [(0, n)]
    out = []
    for i in range(WINDOWS):
        s = (i * (n - WINDOW)) // (WINDOWS - 1)
        e = s + WINDOW
        # Do not start inside a word; finish the word the window ends in.
        if s > 0:
            lim = min(n, s + WINDOW_SLACK)
            while s < lim and is_latin_letter(fold(units[s - 1])) and is_latin_letter(fold(units[s])):
                s += 1
        lim = min(n, e + WINDOW_SLACK)
        while e < lim and is_latin_letter(fold(units[e])):
            e += 1
        out.append((s, e))
    return out


# ----------------------------------------------------------------------------
# Classification (mirror language.cpp).

MIN_LATIN = 8
# The "other language" class must win by a margin: OTHER_PENALTY units plus
# OTHER_PENALTY_PER_16 units per 16 features are taken from its score (tuned on
# held-out data so that it costs the seven languages nothing measurable, while
# still catching most Polish, Czech, Swedish, ... text).
OTHER_PENALTY = 200
OTHER_PENALTY_PER_16 = 8
# Confidence: a logistic function of the margin between the best and the
# second-best score, 1 / (1 + exp(-margin / CONF_SCALE)), tabulated every
# CONF_STEP weight units and interpolated linearly (integers only), times the
# share of Latin letters among all letters. CONF_SCALE was fitted (log loss) on
# held-out sentences and 25-character fragments: 0.5 at a tie, 0.84 at a margin
# of 100 units (12.5 nats), 0.97 at 200.
CONF_SCALE = 60
CONF_STEP = 8
CONF_POINTS = 65
CONF_TABLE = [int(math.floor(1000.0 / (1.0 + math.exp(-i * CONF_STEP / CONF_SCALE)) + 0.5)) for i in range(CONF_POINTS)]


def confidence_permille(margin, latin, other):
    i = margin // CONF_STEP
    if i >= CONF_POINTS - 1:
        conf = CONF_TABLE[-1]
    else:
        r = margin % CONF_STEP
        conf = CONF_TABLE[i] + ((CONF_TABLE[i + 1] - CONF_TABLE[i]) * r) // CONF_STEP
    return (conf * latin) // (latin + other)


class Model:
    def __init__(self, weights):
        self.w = weights  # list of 2**BITS lists of len(CLASSES) ints

    def classify(self, text):
        units = utf16_units(text)
        acc = [0] * len(CLASSES)
        latin = other = features = 0
        cache = {}
        w = self.w
        for s, e in sample_windows(units):
            words, la, ot = split_words(units, s, e)
            latin += la
            other += ot
            for word in words:
                key = tuple(word)
                f = cache.get(key)
                if f is None:
                    f = cache[key] = word_features(word)
                features += len(f)
                for b in f:
                    row = w[b]
                    for i in range(len(CLASSES)):
                        acc[i] += row[i]
        return decide(acc, latin, other, features)


def decide(acc, latin, other, features):
    if latin < MIN_LATIN or other >= latin:
        return "und", 0
    acc = list(acc)
    acc[-1] -= OTHER_PENALTY + (features * OTHER_PENALTY_PER_16) // 16
    best = 0
    for i in range(1, len(acc)):
        if acc[i] > acc[best]:
            best = i
    second = None
    for i in range(len(acc)):
        if i != best and (second is None or acc[i] > acc[second]):
            second = i
    if CLASSES[best] == OTHER:
        return "und", 0
    margin = acc[best] - acc[second]
    return LANGS[best], confidence_permille(margin, latin, other)


# ----------------------------------------------------------------------------
# Corpora.


def read_conll_tokens(path, col=0, sep=None):
    """Sentences (lists of tokens) of a one-token-per-line file; blank lines separate."""
    sents = []
    cur = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if line.startswith("#") and "\t" not in line:
                continue
            parts = line.split(sep) if sep else line.split()
            if not parts:
                continue
            tok = parts[col]
            if tok == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(tok)
    if cur:
        sents.append(cur)
    return sents


NO_SPACE_BEFORE = set(",.;:!?)]}%»”’'")
NO_SPACE_AFTER = set("([{«“‘")


def detokenize(tokens):
    out = []
    for i, t in enumerate(tokens):
        if i > 0 and not (t and t[0] in NO_SPACE_BEFORE) and not (out and out[-1] and out[-1][-1] in NO_SPACE_AFTER):
            out.append(" ")
        out.append(t)
    return "".join(out)


# Bosque (UD) splits Portuguese contractions ("de o" for "do"); join them back.
PT_CONTRACTIONS = {
    ("de", "o"): "do", ("de", "a"): "da", ("de", "os"): "dos", ("de", "as"): "das",
    ("em", "o"): "no", ("em", "a"): "na", ("em", "os"): "nos", ("em", "as"): "nas",
    ("a", "o"): "ao", ("a", "os"): "aos", ("a", "a"): "à", ("a", "as"): "às",
    ("por", "o"): "pelo", ("por", "a"): "pela", ("por", "os"): "pelos", ("por", "as"): "pelas",
    ("de", "ele"): "dele", ("de", "ela"): "dela", ("de", "eles"): "deles", ("de", "elas"): "delas",
    ("em", "ele"): "nele", ("em", "ela"): "nela", ("em", "eles"): "neles", ("em", "elas"): "nelas",
    ("de", "este"): "deste", ("de", "esta"): "desta", ("de", "estes"): "destes", ("de", "estas"): "destas",
    ("de", "esse"): "desse", ("de", "essa"): "dessa", ("de", "esses"): "desses", ("de", "essas"): "dessas",
    ("em", "este"): "neste", ("em", "esta"): "nesta", ("em", "estes"): "nestes", ("em", "estas"): "nestas",
    ("em", "esse"): "nesse", ("em", "essa"): "nessa", ("em", "esses"): "nesses", ("em", "essas"): "nessas",
    ("de", "aquele"): "daquele", ("de", "aquela"): "daquela", ("em", "aquele"): "naquele",
    ("em", "aquela"): "naquela", ("a", "aquele"): "àquele", ("a", "aquela"): "àquela",
    ("de", "isso"): "disso", ("de", "isto"): "disto", ("em", "isso"): "nisso", ("em", "isto"): "nisto",
    ("de", "aqui"): "daqui", ("de", "onde"): "donde", ("em", "um"): "num", ("em", "uma"): "numa",
}


def join_pt_contractions(tokens):
    out = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens):
            a, b = tokens[i], tokens[i + 1]
            j = PT_CONTRACTIONS.get((a.lower(), b.lower()))
            if j is not None:
                out.append(j.capitalize() if a[:1].isupper() else j)
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out


def read_bosque(path):
    sents = []
    cur = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(join_pt_contractions(cur))
                    cur = []
                continue
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) >= 2:
                cur.append(parts[1])
    if cur:
        sents.append(join_pt_contractions(cur))
    return sents


class ProseExtractor(html.parser.HTMLParser):
    """Text of paragraph elements of DocBook HTML or Mallard, without code."""

    PARA = {"p", "title", "desc"}
    SKIP_TAGS = {"pre", "code", "kbd", "samp", "tt", "screen", "cmd", "output", "input", "sys", "file",
                 "var", "em:code", "media", "info", "key", "keyseq", "script", "style", "email", "link_url"}
    SKIP_CLASSES = {"computeroutput", "filename", "programlisting", "command", "literal", "userinput",
                    "replaceable", "screen", "pkg", "refentrytitle", "citerefentry", "foreignphrase",
                    "email", "uri", "ulink", "option", "varname", "envar", "package", "systemitem",
                    "docnav", "toc", "indexterm", "productname", "application", "guimenu", "acronym"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, is_para, is_skip)
        self.paras = []
        self.buf = []
        self.para_depth = 0
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        is_para = (tag in self.PARA or "para" in cls) and not a.get("id") == "title"
        is_skip = tag in self.SKIP_TAGS or bool(cls & self.SKIP_CLASSES) or a.get("its:translate") == "no"
        if tag in ("br", "img", "meta", "link", "hr", "include") or tag.endswith("/"):
            return
        self.stack.append((tag, is_para, is_skip))
        if is_para:
            if self.para_depth == 0:
                self.buf = []
            self.para_depth += 1
        if is_skip:
            self.skip_depth += 1
            if self.para_depth:
                self.buf.append(" ")

    def handle_startendtag(self, tag, attrs):
        if self.para_depth:
            self.buf.append(" ")

    def handle_endtag(self, tag):
        # Pop up to the matching tag (tolerates sloppy markup).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                while len(self.stack) > i:
                    t, is_para, is_skip = self.stack.pop()
                    if is_skip:
                        self.skip_depth -= 1
                    if is_para:
                        self.para_depth -= 1
                        if self.para_depth == 0:
                            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
                            if text:
                                self.paras.append(text)
                            self.buf = []
                break

    def handle_data(self, data):
        if self.para_depth and not self.skip_depth:
            self.buf.append(data)


def extract_prose(path):
    p = ProseExtractor()
    with open(path, encoding="utf-8", errors="replace") as f:
        p.feed(f.read())
    p.close()
    return p.paras


def read_fortunes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    out = []
    for entry in text.split("\n%\n"):
        # Drop the attribution ("-- Author. (dates) ...").
        entry = re.split(r"\n\s*--", entry)[0]
        entry = re.sub(r"\s+", " ", entry).strip()
        if entry:
            out.append(entry)
    return out


# Stop words, used only to drop untranslated (English) paragraphs from the
# translated Debian documentation and other text in the wrong language.
STOPWORDS = {
    "de": "der die das und ist nicht ein eine mit von zu den im auf für sich dem des wird werden auch es sie wir ich kann sind oder wenn bei nach aus",
    "en": "the and is of to in that for with this you are be it as by on not or can from an which have will your if",
    "fr": "le la les et est des une un pour que dans du qui pas sur par au avec il ce sont vous ou plus se peut aux cette",
    "es": "el la los las y es del que en una un para por con se no lo como al su sus más puede este esta o está son",
    "it": "il la di che e è per un una del della con non sono si le gli dei delle nel questo può da al anche alla",
    "nl": "de het een en van is dat in op te voor met niet zijn worden wordt ook als door bij aan kan u je dit er",
    "pt": "o a os as de e do da dos das que em um uma para com não é no na se por mais ao pode você este esta",
}
STOPSETS = {l: set(ws.split()) for l, ws in STOPWORDS.items()}
ENGLISH_MARKERS = set("the and of to is you your this that with for are click select from".split())
WORD_RE = re.compile(r"[a-zà-ÿœ]+")


def stopword_language(text):
    words = WORD_RE.findall(text.lower())
    best, best_n, second_n = None, 0, 0
    for l in LANGS:
        n = sum(1 for w in words if w in STOPSETS[l])
        if n > best_n:
            best, best_n, second_n = l, n, best_n
        elif n > second_n:
            second_n = n
    return best, best_n, second_n


def looks_like(lang, text):
    best, n, second = stopword_language(text)
    return best == lang and n >= 2 and n > second


def split_sentences(text):
    """Rough sentence split of a paragraph (for the Debian documentation)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[\"«“¿¡(]?[A-ZÀ-Þ])", text)
    return [p.strip() for p in parts if p.strip()]


# ----------------------------------------------------------------------------
# Debian packages.


def ensure_debian_packages(cache):
    """Returns the folder where the packages are unpacked (downloading if needed)."""
    root = os.path.join(cache, "root")
    stamp = os.path.join(cache, "packages.json")
    if os.path.exists(stamp):
        with open(stamp) as f:
            if json.load(f) == DEBIAN_PACKAGES:
                return root
    os.makedirs(os.path.join(cache, "debs"), exist_ok=True)
    for name, version in DEBIAN_PACKAGES.items():
        debs = glob.glob(os.path.join(cache, "debs", f"{name}_*.deb"))
        if not debs:
            cmd = ["apt-get", "download", f"{name}={version}"]
            print("+", " ".join(cmd), file=sys.stderr)
            r = subprocess.run(cmd, cwd=os.path.join(cache, "debs"))
            if r.returncode != 0:
                # Another version (say, after a point release) changes the model a little; say so.
                print(f"warning: {name}={version} not available; trying the current version", file=sys.stderr)
                r = subprocess.run(["apt-get", "download", name], cwd=os.path.join(cache, "debs"))
            if r.returncode != 0:
                sys.exit(f"error: could not download the Debian package {name}. Run `apt-get update` "
                         f"(as root) and try again, or put {name}_*.deb (Debian bookworm) into "
                         f"{os.path.join(cache, 'debs')}.")
            debs = glob.glob(os.path.join(cache, "debs", f"{name}_*.deb"))
        for deb in debs:
            subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    with open(stamp, "w") as f:
        json.dump(DEBIAN_PACKAGES, f)
    return root


# ----------------------------------------------------------------------------
# Data sets: for each language a list of (source, documents); a document is a
# list of sentences.  Held-out: one block of ten.

HANDBOOK_LANG = {"de": "de-DE", "en": "en-US", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL", "pt": "pt-BR"}
GNOME_LANG = {"de": "de", "en": "C", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}


def is_heldout_index(i):
    return (i // 20) % 10 == 7


def is_heldout_name(name):
    return zlib.crc32(name.encode()) % 10 == 7


def load_sources(data, debroot):
    """{lang: [(source name, train sentences, held-out sentence groups)]}.

    Held-out groups are lists of consecutive sentences (a document or block)."""
    out = {l: [] for l in CLASSES}

    def ner(lang, name, sents):
        train, held, cur = [], [], []
        for i, s in enumerate(sents):
            text = detokenize(s)
            if is_heldout_index(i):
                cur.append(text)
            else:
                train.append(text)
                if cur:
                    held.append(cur)
                    cur = []
        if cur:
            held.append(cur)
        out[lang].append((name, train, held))

    d = lambda *p: os.path.join(data, *p)
    ner("de", "germeval2014", read_conll_tokens(d("ner/de/germeval2014/train.bio"), sep="\t"))
    ner("en", "wikigold", read_conll_tokens(d("ner/en/wikigold/wikigold.conll.txt"), sep=" "))
    kind = []
    for p in sorted(glob.glob(d("ner/it/kind/*_train.tsv"))):
        kind += read_conll_tokens(p, sep="\t")
    ner("it", "kind", kind)
    ner("pt", "bosque", read_bosque(d("ner/pt/uner-bosque/pt_bosque-ud-train.iob2")))
    ner("fr", "europeana", read_conll_tokens(d("ner/fr/europeana/train.txt"), sep=None))
    ner("nl", "europeana", read_conll_tokens(d("ner/nl/europeana/train.txt"), sep=None))

    def docs(lang, name, files, reader, filter_lang=True):
        train, held = [], []
        for path in files:
            sents = []
            for para in reader(path):
                if lang == OTHER:
                    # Untranslated passages (English) must not teach the class English.
                    if ENGLISH_MARKERS & set(WORD_RE.findall(para.lower())) or stopword_language(para)[1] >= 2:
                        continue
                elif filter_lang and not looks_like(lang, para):
                    continue
                sents.extend(split_sentences(para))
            if not sents:
                continue
            (held.append(sents) if is_heldout_name(os.path.basename(path)) else train.extend(sents))
        out[lang].append((name, train, held))

    for lang in LANGS:
        hb = sorted(glob.glob(os.path.join(debroot, "usr/share/doc/debian-handbook/html", HANDBOOK_LANG[lang], "*.html")))
        docs(lang, "debian-handbook", hb, extract_prose)
        gn = sorted(glob.glob(os.path.join(debroot, "usr/share/help", GNOME_LANG[lang], "gnome-help", "*.page")))
        docs(lang, "gnome-help", gn, extract_prose)
    fo = sorted(p for p in glob.glob(os.path.join(debroot, "usr/share/games/fortunes/es/*.fortunes")))
    docs("es", "fortunes-es", fo, read_fortunes, filter_lang=False)
    for code in OTHER_GNOME:
        gn = sorted(glob.glob(os.path.join(debroot, "usr/share/help", code, "gnome-help", "*.page")))
        docs(OTHER, f"gnome-help-{code}", gn, extract_prose)
    for code in OTHER_HANDBOOK:
        hb = sorted(glob.glob(os.path.join(debroot, "usr/share/doc/debian-handbook/html", code, "*.html")))
        docs(OTHER, f"handbook-{code}", hb, extract_prose)
    return out


# ----------------------------------------------------------------------------
# Training.


def training_text(sources):
    """Balanced training sentences of one language: at most MAX_CHARS_PER_LANG,
    shared equally by its sources (a small source gives what it has)."""
    sizes = [sum(len(s) + 1 for s in train) for _, train, _ in sources]
    budget = MAX_CHARS_PER_LANG
    take = [0] * len(sources)
    remaining = list(range(len(sources)))
    while remaining and budget > 0:
        share = budget // len(remaining)
        nxt = []
        for i in remaining:
            t = min(sizes[i] - take[i], share)
            take[i] += t
            budget -= t
            if take[i] < sizes[i]:
                nxt.append(i)
        if len(nxt) == len(remaining) and share == 0:
            break
        remaining = nxt
    out = []
    for (name, train, _), n in zip(sources, take):
        got = 0
        for s in train:
            if got >= n:
                break
            out.append(s)
            got += len(s) + 1
    return out


def train(sources_by_lang, log):
    nb = 1 << BITS
    counts = [[0] * nb for _ in CLASSES]
    cache = {}
    for li, lang in enumerate(CLASSES):
        sents = training_text(sources_by_lang[lang])
        freq = {}
        chars = 0
        for s in sents:
            chars += len(s)
            u = utf16_units(s.lower())
            words, _, _ = split_words(u, 0, len(u))
            for w in words:
                t = tuple(w)
                freq[t] = freq.get(t, 0) + 1
        row = counts[li]
        for w, f in freq.items():
            fs = cache.get(w)
            if fs is None:
                fs = cache[w] = word_features(list(w))
            for b in fs:
                row[b] += f
        log(f"  {lang}: {chars:>9,} training characters, {len(freq):>7,} distinct words")
    # Naive Bayes log-probabilities, centred per bucket, quantized.
    totals = [sum(r) for r in counts]
    weights = []
    clipped = 0
    for b in range(nb):
        lp = [math.log((counts[i][b] + ALPHA) / (totals[i] + ALPHA * nb)) for i in range(len(CLASSES))]
        mean = sum(lp) / len(lp)
        row = []
        for v in lp:
            q = int(math.floor((v - mean) / UNIT + 0.5))
            if q < WMIN or q > WMAX:
                clipped += 1
                q = max(WMIN, min(WMAX, q))
            row.append(q)
        weights.append(row)
    log(f"  {clipped} of {nb * len(CLASSES)} weights clipped to [{WMIN}, {WMAX}]")
    return weights


# ----------------------------------------------------------------------------
# Evaluation sets: sentences of 30-99 characters, and paragraphs of at least
# 100 characters (consecutive held-out sentences joined until >= 100).


def short_and_paragraphs(groups):
    """Sentences of 30-99 characters, and paragraphs of consecutive sentences
    of a group joined until they reach 100 characters (also used by
    eval-language.py)."""
    short, para = [], []
    for group in groups:
        cur = ""
        for s in group:
            if 30 <= len(s) < 100:
                short.append(s)
            cur = (cur + " " + s) if cur else s
            if len(cur) >= 100:
                para.append(cur)
                cur = ""
    return short, para


def eval_sets(sources_by_lang):
    sets = {}
    for lang in CLASSES:
        for name, _, held in sources_by_lang[lang]:
            sets[(lang, name)] = short_and_paragraphs(held)
    return sets


def evaluate(model, sets, log, errors=0):
    tot = {}
    shown = {}
    log(f"  {'lang':4} {'source':16} {'sent 30-99':>18} {'para >=100':>18}")
    for (lang, name), (short, para) in sorted(sets.items()):
        cols = []
        for i, items in enumerate((short, para)):
            ok = 0
            want = "und" if lang == OTHER else lang
            for t in items:
                got = model.classify(t.lower())
                if got[0] == want:
                    ok += 1
                elif shown.get((lang, name), 0) < errors:
                    shown[(lang, name)] = shown.get((lang, name), 0) + 1
                    log(f"    error {lang}->{got[0]} ({got[1]}): {t[:160]}")
            a = tot.setdefault((lang, i), [0, 0])
            a[0] += ok
            a[1] += len(items)
            cols.append(f"{100.0 * ok / max(1, len(items)):6.2f}% of {len(items):6}")
        log(f"  {lang:4} {name:16} {cols[0]:>18} {cols[1]:>18}")
    for lang in CLASSES:
        s, p = tot.get((lang, 0), [0, 0]), tot.get((lang, 1), [0, 0])
        log(f"  {lang:4} {'(all)':16} {100.0 * s[0] / max(1, s[1]):6.2f}% of {s[1]:6} {100.0 * p[0] / max(1, p[1]):6.2f}% of {p[1]:6}")


# ----------------------------------------------------------------------------
# Output.

# Weights are stored as one character each, weight w as the character
# WEIGHT_ZERO + w (0x20..0x7E), eight characters per bucket (one per class), so
# that the C++ code reads them straight from the string.
WEIGHT_ZERO = 0x20 - WMIN
STRIDE = len(CLASSES)
assert STRIDE == 8


def c_char(v):
    ch = chr(v)
    return "\\" + ch if ch in "\"\\?" else ch


def render(weights):
    cells = []
    for row in weights:
        cells.extend(c_char(WEIGHT_ZERO + q) for q in row)
    lines = []
    per_line = 112
    for i in range(0, len(cells), per_line):
        lines.append("".join(cells[i:i + per_line]))
    out = []
    out.append("// Generated by scripts/train-language-model.py: do not edit.")
    out.append("// Naive Bayes weights over hashed character n-grams, see docs/language-id.md.")
    out.append("// Trained on GermEval 2014 (CC BY 4.0), WikiGold (CC BY 4.0), KIND (CC BY-SA 4.0),")
    out.append("// UNER Portuguese Bosque (CC BY-SA 4.0), Europeana newspapers fr/nl (CC0), and the")
    out.append("// Debian packages debian-handbook (GPL-2+ or CC BY-SA 3.0), gnome-user-docs (CC BY-SA 3.0)")
    out.append("// and fortunes-es (GPL-2+). The model is distributed under CC BY-SA 4.0.")
    out.append("")
    out.append(f"constexpr int kModelBits = {BITS};")
    out.append(f"constexpr int kModelLanguages = {len(LANGS)};")
    out.append("constexpr const char* kModelLanguageCodes[kModelLanguages] = {" +
               ", ".join(f'"{l}"' for l in LANGS) + "};")
    out.append(f"// Class {len(LANGS)}: any other language in the Latin script (answer \"und\").")
    out.append(f"constexpr int kModelClasses = {len(CLASSES)};")
    out.append(f"// It must win by kModelOtherPenalty + features * kModelOtherPenaltyPer16 / 16 weight units.")
    out.append(f"constexpr int kModelOtherPenalty = {OTHER_PENALTY};")
    out.append(f"constexpr int kModelOtherPenaltyPer16 = {OTHER_PENALTY_PER_16};")
    out.append(f"constexpr int kModelMinNgram = {NGRAM_MIN};")
    out.append(f"constexpr int kModelMaxWordFeature = {MAX_WORD_FEATURE};")
    out.append(f"constexpr int kModelMinLatinLetters = {MIN_LATIN};")
    out.append(f"// Confidence in permille for a score margin of i * kModelConfidenceStep weight units.")
    out.append(f"constexpr int kModelConfidenceStep = {CONF_STEP};")
    out.append(f"constexpr int kModelConfidencePoints = {CONF_POINTS};")
    out.append("constexpr int16_t kModelConfidence[kModelConfidencePoints] = {")
    for i in range(0, CONF_POINTS, 16):
        out.append("    " + " ".join(f"{v}," for v in CONF_TABLE[i:i + 16]))
    out.append("};")
    out.append(f"constexpr int kModelStride = {STRIDE};")
    out.append(f"// Weight w (in units of 1/{round(1 / UNIT)} nat) is stored as the character kModelWeightZero + w.")
    out.append(f"constexpr int kModelWeightZero = {WEIGHT_ZERO};")
    out.append(f"// {1 << BITS} buckets x {STRIDE} characters (one per class), bucket-major.")
    out.append("constexpr char kModelWeights[] =")
    for i, line in enumerate(lines):
        out.append(f"    \"{line}\"" + (";" if i == len(lines) - 1 else ""))
    return "\n".join(out) + "\n"


def read_weights(path):
    """Weights of a generated .inc (for scripts/eval-language.py)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("kModelWeights[] ="):]
    chars = []
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
        i = 0
        while i < len(lit):
            if lit[i] == "\\":
                i += 1
            chars.append(ord(lit[i]))
            i += 1
    nb = 1 << BITS
    assert len(chars) == nb * STRIDE, len(chars)
    return [[chars[b * STRIDE + l] - WEIGHT_ZERO for l in range(len(CLASSES))] for b in range(nb)]


def default_data_dir():
    """$QUELLE_SHARED_DATA, else shared/data beside the repository, else /work/shared/data."""
    if os.environ.get("QUELLE_SHARED_DATA"):
        return os.environ["QUELLE_SHARED_DATA"]
    beside = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data"))
    return beside if os.path.isdir(beside) else "/work/shared/data"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=default_data_dir(), help="the shared data folder (corpora)")
    ap.add_argument("--cache", default="/tmp/quelle-langid-cache")
    ap.add_argument("--out", default=os.path.join(here, "..", "core", "language", "language_model.inc"))
    ap.add_argument("--check", action="store_true", help="do not write; fail if the output would change")
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="show this many errors per source")
    args = ap.parse_args()
    log = lambda s: print(s, file=sys.stderr, flush=True)

    debroot = ensure_debian_packages(args.cache)
    log("reading corpora")
    sources = load_sources(args.data, debroot)
    for lang in CLASSES:
        for name, train_s, held in sources[lang]:
            log(f"  {lang} {name:16} train {sum(map(len, train_s)):>9,} chars, held out {sum(len(s) for g in held for s in g):>8,}")
    log("training")
    weights = train(sources, log)
    text = render(weights)
    if not args.no_eval:
        log("held-out accuracy")
        evaluate(Model(weights), eval_sets(sources), log, args.errors)
    out = os.path.normpath(args.out)
    if args.check:
        with open(out, encoding="utf-8") as f:
            same = f.read() == text
        log(f"{out}: {'up to date' if same else 'DIFFERS'}")
        sys.exit(0 if same else 1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    log(f"wrote {out} ({len(text):,} bytes)")


if __name__ == "__main__":
    main()
