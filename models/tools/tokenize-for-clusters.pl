#!/usr/bin/perl
# Lower-cased tokens, one sentence or paragraph per line, for the word-cluster
# tables (scripts/make-clusters). Approximates Quelle's segmenter (ICU word
# breaks, hyphenated compounds and word-internal apostrophes and periods kept
# whole, every other punctuation mark a token of its own), so that the cluster
# table's words are the lower-case tokens the tagger looks up.
# Input: plain text (one paragraph per line) or, with -b, BIO/CoNLL files
# (first column = token, blank line between sentences).
use strict;
use warnings;
use utf8;
binmode STDIN, ':encoding(UTF-8)';
binmode STDOUT, ':encoding(UTF-8)';
my $bio = @ARGV && $ARGV[0] eq '-b';
shift @ARGV if $bio;
my $word = qr/[\p{L}\p{M}\p{N}]+(?:(?:[-\x{2010}\x{2011}'\x{2019}.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/;
my @sent;
while (my $line = <STDIN>) {
  $line =~ s/\r?\n$//;
  if ($bio) {
    if ($line eq '' || $line =~ /^-DOCSTART-/) {
      print join(' ', @sent), "\n" if @sent;
      @sent = ();
      next;
    }
    next if $line =~ /^#/;
    my @cols = split /[\t ]/, $line;
    my $tok = ($cols[0] =~ /^\d+$/ && @cols > 2) ? $cols[1] : $cols[0];
    push @sent, lc $tok if defined $tok && $tok ne '';
    next;
  }
  my @toks = map { lc } ($line =~ /$word|[^\s\p{L}\p{M}\p{N}]/g);
  print join(' ', @toks), "\n" if @toks;
}
print join(' ', @sent), "\n" if @sent;
