// French, Italian, Spanish, Portuguese and Dutch: speech verbs (present,
// past and participle forms, since the compound past "a déclaré", "ha
// detto", "heeft gezegd" carries the participle), source prepositions
// ("selon", "secondo", "según", "segundo", "volgens"), the auxiliaries of
// that compound past ("a", "ha", "heeft") and the noun-phrase words the
// speaker scan needs. Written by hand.
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

void fill_fr(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
dit dit-il dit-elle a-t-il a-t-elle déclaré déclare déclarait affirmé affirme
affirmait expliqué explique expliquait ajouté ajoute ajoutait souligné
souligne estimé estime estimait indiqué indique indiquait assuré assure
précisé précise annoncé annonce confié confie raconté raconte répondu
répond martelé martèle insisté insiste prévenu prévient averti avertit
reconnu reconnaît déploré déplore écrit écrivait lancé lance poursuivi
poursuit rappelé rappelle jugé juge regretté regrette confirmé confirme
)");
  lx.add(kReportVerbW, u"demandé demande critiqué critique appelé appelle dénoncé dénonce");
  lx.add(kSourcePrepW, u"selon d'après");
  lx.add(kSubordinatorW, u"que qu' si");
  lx.add(kDeterminerW, u"le la les l' un une des du de son sa ses leur leurs ce cette");
  lx.add(kPronounW, u"il elle ils elles on");
  lx.add(kNpStopW, u"à au aux en dans sur pour avec par lors et ou mais qui que a est avait");
  lx.add(kCompoundAuxW, u"a ont avait avaient aurait");
  lx.add(kTitleW, u"m. mme dr président présidente ministre");
  lx.add(kTitleCueW, u"dit dite intitulé intitulée baptisé baptisée surnommé surnommée film livre opération");
  lx.add(kOrgWordW, u"sa sarl ministère gouvernement société groupe parti");
}

void fill_it(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
detto dice diceva dichiarato dichiara spiegato spiega aggiunto aggiunge
affermato afferma sottolineato sottolinea osservato osserva precisato
precisa annunciato annuncia scritto scrive ribadito ribadisce raccontato
racconta risposto risponde commentato commenta sostenuto sostiene
confermato conferma avvertito avverte assicurato assicura
)");
  lx.add(kReportVerbW, u"chiesto chiede criticato critica");
  lx.add(kSourcePrepW, u"secondo");
  lx.add(kSubordinatorW, u"che se");
  lx.add(kDeterminerW, u"il lo la i gli le l' un uno una del della dei delle suo sua");
  lx.add(kPronounW, u"lui lei egli ella loro");
  lx.add(kNpStopW, u"a al in nel su per con da durante e o ma che ha è aveva");
  lx.add(kCompoundAuxW, u"ha hanno aveva avevano avrebbe");
  lx.add(kTitleW, u"sig. dott. presidente ministro");
  lx.add(kTitleCueW, u"cosiddetto cosiddetta intitolato intitolata film libro operazione");
  lx.add(kOrgWordW, u"spa s.p.a. srl ministero governo società gruppo partito");
}

void fill_es(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
dijo dice decía declaró declara afirmó afirma explicó explica añadió añade
agregó agrega aseguró asegura señaló señala indicó indica subrayó subraya
destacó destaca advirtió advierte anunció anuncia escribió escribe
respondió responde comentó comenta sostuvo sostiene reconoció reconoce
manifestó manifiesta insistió insiste confirmó confirma dicho declarado
)");
  lx.add(kReportVerbW, u"pidió pide criticó critica exigió exige");
  lx.add(kSourcePrepW, u"según");
  lx.add(kSubordinatorW, u"que si");
  lx.add(kDeterminerW, u"el la los las un una unos unas del su sus este esta");
  lx.add(kPronounW, u"él ella ellos ellas");
  lx.add(kNpStopW, u"a al en con por para durante y o pero que ha es había");
  lx.add(kCompoundAuxW, u"ha han había habían habría");
  lx.add(kTitleW, u"sr. sra. dr. presidente presidenta ministro ministra");
  lx.add(kTitleCueW, u"llamado llamada denominado denominada titulado titulada película libro operación");
  lx.add(kOrgWordW, u"s.a. sa ministerio gobierno empresa grupo partido");
}

void fill_pt(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
disse diz dizia declarou declara afirmou afirma explicou explica
acrescentou acrescenta sublinhou sublinha destacou destaca referiu refere
assegurou assegura garantiu garante anunciou anuncia escreveu escreve
respondeu responde comentou comenta salientou salienta adiantou adianta
confirmou confirma dito declarado
)");
  lx.add(kReportVerbW, u"pediu pede criticou critica exigiu exige");
  lx.add(kSourcePrepW, u"segundo conforme");
  lx.add(kSubordinatorW, u"que se");
  lx.add(kDeterminerW, u"o a os as um uma do da dos das seu sua");
  lx.add(kPronounW, u"ele ela eles elas");
  lx.add(kNpStopW, u"em no na nos nas com por para durante e ou mas que tem é");
  lx.add(kCompoundAuxW, u"tem têm tinha tinham havia");
  lx.add(kTitleW, u"sr. sra. dr. presidente ministro ministra");
  lx.add(kTitleCueW, u"chamado chamada denominado denominada intitulado intitulada filme livro operação");
  lx.add(kOrgWordW, u"s.a. sa ministério governo empresa grupo partido");
}

void fill_nl(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
zei zeiden zegt zeggen gezegd verklaarde verklaarden verklaart verklaard
stelde stelden stelt gesteld benadrukte benadrukt liet laat weten
schreef schrijft geschreven antwoordde antwoordt meldde meldt gemeld
voegde voegt toegevoegd vertelde vertelt verteld waarschuwde waarschuwt
bevestigde bevestigt bevestigd aldus erkende erkent
)");
  lx.add(kReportVerbW, u"eiste eist bekritiseerde bekritiseert riep roept");
  lx.add(kSourcePrepW, u"volgens");
  lx.add(kSubordinatorW, u"dat of");
  lx.add(kDeterminerW, u"de het een zijn haar hun deze die dit");
  lx.add(kPronounW, u"hij zij ze");
  lx.add(kNpStopW, u"op in aan bij met voor na tijdens over en of maar dat heeft is was");
  lx.add(kCompoundAuxW, u"heeft hebben had hadden");
  lx.add(kTitleW, u"dhr. mevr. dr. minister president premier");
  lx.add(kTitleCueW, u"zogenaamde zogenoemde getiteld film boek operatie");
  lx.add(kOrgWordW, u"bv nv b.v. n.v. ministerie regering bedrijf groep partij");
}

}  // namespace quelle::quotes
