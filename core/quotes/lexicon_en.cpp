// English lexicon: reporting verbs (present, past, participle, -ing) and the
// noun-phrase shaping words (role nouns: entities/lexicon_roles.cpp).
// Written by hand.
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

void fill_en(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
said says say saying told tells tell telling added adds adding
stated explained explains explaining noted notes noting
wrote writes writing warned warns warning claimed claims claiming
argued argues arguing insisted insists insisting asserted asserts
declared declares announced announces acknowledged acknowledges
admitted admits replied replies responded responds answered answers
asked asks asking suggested suggests suggesting reported reports
tweeted tweets posted posts recalled recalls concluded concludes
continued continues predicted predicts promised promises pledged
vowed vows confirmed confirms denied denies stressed stresses
emphasized emphasizes maintained maintains contended contends
observed observes remarked remarks commented comments conceded concedes
cautioned cautions complained complains believes believed thinks
thought estimated estimates revealed reveals disclosed indicated
indicates testified testifies alleged alleges charged charges
countered counters shouted yelled whispered joked quipped
speculated speculates predicted urged urges
elaborated elaborates elaborating
)");
  lx.add(kReportVerbW,
         uR"(
criticized criticizes praised praises urged urges called calls
demanded demands condemned condemns denounced denounces rejected rejects
dismissed dismisses endorsed endorses defended defends blamed blames
accused accuses welcomed welcomes proposed proposes promised promises
vowed vows pledged pledges threatened threatens
characterised characterized characterises characterizes characterising
characterizing described describes describing calling thanked thanks
thanking justified justifies justifying labelled labeled labels branded
brands termed terms hailed hails slammed slams blasted blasts decried
decries lauded lauds criticised criticises criticising criticizing praising
urging condemning denouncing dismissing
)");
  lx.add(kSourcePrepW, u"according");
  lx.add(kSubordinatorW, u"that whether if");
  lx.add(kDeterminerW,
         uR"(
the a an another his her their its our this that these those some several many
two three four five six seven eight nine ten
)");
  lx.add(kPronounW, u"he she they it we i");
  lx.add(kNpStopW,
         uR"(
on in at during after before while when with to from into by about
as than because but and or nor so yet also then later has have had
was were is are be been would will could should can may might must
did does do not no never still just already again
)");
  lx.add(kPreVerbAdverbW,
         uR"(
also later then has have had again once previously recently further
repeatedly would will had often frequently reportedly already still
even just never has've publicly privately separately earlier
)");
  lx.add(kRoleSuffixW, u"");
  lx.add(kTitleW,
         uR"(
mr. mrs. ms. dr. prof. sen. rep. gov. gen. president senator governor
secretary minister chancellor judge mayor pope king queen prince
archbishop bishop cardinal rabbi imam reverend pastor general colonel
captain admiral commander lieutenant sergeant sheriff inspector detective
ambassador commissioner
)");
  lx.add(kTitleCueW,
         uR"(
so-called titled entitled dubbed named nicknamed film movie book novel
album song show series operation magazine newspaper term word phrase
slogan motto hashtag
)");
  lx.add(kOrgWordW,
         uR"(
inc. inc corp. corp co. ltd. llc company corporation group ministry
department agency committee party campaign government police bank
university institute association council commission administration
)");
}

}  // namespace quelle::quotes
