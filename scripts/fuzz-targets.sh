# Sourced by scripts/run-fuzzers and scripts/fuzz-campaign: the libFuzzer
# targets (tests/fuzz/fuzz_<target>.cpp) and the flags each one runs with.

# shellcheck disable=SC2034
QUELLE_FUZZ_TARGETS=(analyze analyze_lang quotes ner_model utf8 batch encoding report)

# Flags of one target.
#  - Units stay small (-max_len): 512 bytes of text hold a few sentences,
#    quotes and paragraph breaks, which is what the stages look at; shorter
#    units run faster and keep the committed corpus small (one minute of
#    fuzz_analyze: 37,000 runs at -max_len=512, 34,000 at 1024, 11,000 at
#    4096; merged: 98 KB at 512, 167 KB at 1024); the long texts are the
#    robustness tests' job (tests/robustness/). The model seeds are about 2 KB
#    (scripts/make-model-seeds); the UTF-8 decoder needs only a few blocks
#    of 8 bytes.
#  - Memory: the NER model loader must never allocate out of proportion to
#    its input. Parsing allocates the 4 MB minimum feature table, so one
#    allocation above 32 MB (-malloc_limit_mb) is reported as a crash. The
#    analysis targets load the committed models (up to 8 MB per table).
fuzz_flags() {
  local common=(-timeout=10 -rss_limit_mb=2048)
  case $1 in
    analyze|analyze_lang|batch) echo "${common[@]}" -max_len=512 -malloc_limit_mb=256 ;;
    quotes) echo "${common[@]}" -max_len=512 -malloc_limit_mb=256 -dict=tests/fuzz/quotes.dict ;;
    ner_model) echo "${common[@]}" -max_len=3072 -malloc_limit_mb=32 ;;
    utf8) echo "${common[@]}" -max_len=256 -malloc_limit_mb=16 ;;
    encoding) echo "${common[@]}" -max_len=1024 -malloc_limit_mb=64 ;;
    report) echo "${common[@]}" -max_len=4096 -malloc_limit_mb=256 ;;
    *) echo "fuzz-targets.sh: unknown target $1" >&2; return 1 ;;
  esac
}

# Flags of the minimising merge into tests/fuzz/corpus/<target>/: the
# smallest set of units (greedy set cover) that reaches every edge the
# inputs reach. Edges, not libFuzzer's features (-use_counters=0): the
# features also count how often each edge ran, and keeping them all kept
# three times the units (measured: 639 units and 660 KB against 217 and
# 180 KB for one minute of fuzz_analyze with -max_len=4096).
fuzz_merge_flags() {
  echo -set_cover_merge=1 -use_counters=0
}
