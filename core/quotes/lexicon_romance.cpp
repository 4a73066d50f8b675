// French, Italian, Spanish, Portuguese and Dutch: speech verbs (present,
// past and participle forms, since the compound past "a déclaré", "ha
// detto", "heeft gezegd" carries the participle), source prepositions
// ("selon", "secondo", "según", "segundo", "volgens") and the noun-phrase
// words the speaker scan needs. Written by hand.
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

void fill_fr(Lexicon& lx) {
  add_words(lx.speech_verbs, uR"(
dit dit-il dit-elle a-t-il a-t-elle déclaré déclare déclarait affirmé affirme
affirmait expliqué explique expliquait ajouté ajoute ajoutait souligné
souligne estimé estime estimait indiqué indique indiquait assuré assure
précisé précise annoncé annonce confié confie raconté raconte répondu
répond martelé martèle insisté insiste prévenu prévient averti avertit
reconnu reconnaît déploré déplore écrit écrivait lancé lance poursuivi
poursuit rappelé rappelle jugé juge regretté regrette confirmé confirme
)");
  add_words(lx.report_verbs, u"demandé demande critiqué critique appelé appelle dénoncé dénonce");
  add_words(lx.source_preps, u"selon d'après");
  add_words(lx.subordinators, u"que qu' si");
  add_words(lx.determiners, u"le la les l' un une des du de son sa ses leur leurs ce cette");
  add_words(lx.person_pronouns, u"il elle ils elles on");
  add_words(lx.np_stops, u"à au aux en dans sur pour avec par lors et ou mais qui que a est avait");
  add_words(lx.role_nouns, u"porte-parole ministre président présidente directeur directrice entreprise gouvernement société");
  add_words(lx.titles, u"m. mme dr président présidente ministre");
  add_words(lx.title_cues, u"dit dite intitulé intitulée baptisé baptisée surnommé surnommée film livre opération");
  add_words(lx.org_words, u"sa sarl ministère gouvernement société groupe parti");
}

void fill_it(Lexicon& lx) {
  add_words(lx.speech_verbs, uR"(
detto dice diceva dichiarato dichiara spiegato spiega aggiunto aggiunge
affermato afferma sottolineato sottolinea osservato osserva precisato
precisa annunciato annuncia scritto scrive ribadito ribadisce raccontato
racconta risposto risponde commentato commenta sostenuto sostiene
confermato conferma avvertito avverte assicurato assicura
)");
  add_words(lx.report_verbs, u"chiesto chiede criticato critica");
  add_words(lx.source_preps, u"secondo");
  add_words(lx.subordinators, u"che se");
  add_words(lx.determiners, u"il lo la i gli le l' un uno una del della dei delle suo sua");
  add_words(lx.person_pronouns, u"lui lei egli ella loro");
  add_words(lx.np_stops, u"a al in nel su per con da durante e o ma che ha è aveva");
  add_words(lx.role_nouns, u"portavoce ministro presidente direttore azienda governo società");
  add_words(lx.titles, u"sig. dott. presidente ministro");
  add_words(lx.title_cues, u"cosiddetto cosiddetta intitolato intitolata film libro operazione");
  add_words(lx.org_words, u"spa s.p.a. srl ministero governo società gruppo partito");
}

void fill_es(Lexicon& lx) {
  add_words(lx.speech_verbs, uR"(
dijo dice decía declaró declara afirmó afirma explicó explica añadió añade
agregó agrega aseguró asegura señaló señala indicó indica subrayó subraya
destacó destaca advirtió advierte anunció anuncia escribió escribe
respondió responde comentó comenta sostuvo sostiene reconoció reconoce
manifestó manifiesta insistió insiste confirmó confirma dicho declarado
)");
  add_words(lx.report_verbs, u"pidió pide criticó critica exigió exige");
  add_words(lx.source_preps, u"según");
  add_words(lx.subordinators, u"que si");
  add_words(lx.determiners, u"el la los las un una unos unas del su sus este esta");
  add_words(lx.person_pronouns, u"él ella ellos ellas");
  add_words(lx.np_stops, u"a al en con por para durante y o pero que ha es había");
  add_words(lx.role_nouns, u"portavoz ministro ministra presidente presidenta director directora empresa gobierno");
  add_words(lx.titles, u"sr. sra. dr. presidente presidenta ministro ministra");
  add_words(lx.title_cues, u"llamado llamada denominado denominada titulado titulada película libro operación");
  add_words(lx.org_words, u"s.a. sa ministerio gobierno empresa grupo partido");
}

void fill_pt(Lexicon& lx) {
  add_words(lx.speech_verbs, uR"(
disse diz dizia declarou declara afirmou afirma explicou explica
acrescentou acrescenta sublinhou sublinha destacou destaca referiu refere
assegurou assegura garantiu garante anunciou anuncia escreveu escreve
respondeu responde comentou comenta salientou salienta adiantou adianta
confirmou confirma dito declarado
)");
  add_words(lx.report_verbs, u"pediu pede criticou critica exigiu exige");
  add_words(lx.source_preps, u"segundo conforme");
  add_words(lx.subordinators, u"que se");
  add_words(lx.determiners, u"o a os as um uma do da dos das seu sua");
  add_words(lx.person_pronouns, u"ele ela eles elas");
  add_words(lx.np_stops, u"em no na nos nas com por para durante e ou mas que tem é");
  add_words(lx.role_nouns, u"porta-voz ministro ministra presidente diretor diretora empresa governo");
  add_words(lx.titles, u"sr. sra. dr. presidente ministro ministra");
  add_words(lx.title_cues, u"chamado chamada denominado denominada intitulado intitulada filme livro operação");
  add_words(lx.org_words, u"s.a. sa ministério governo empresa grupo partido");
}

void fill_nl(Lexicon& lx) {
  add_words(lx.speech_verbs, uR"(
zei zeiden zegt zeggen gezegd verklaarde verklaarden verklaart verklaard
stelde stelden stelt gesteld benadrukte benadrukt liet laat weten
schreef schrijft geschreven antwoordde antwoordt meldde meldt gemeld
voegde voegt toegevoegd vertelde vertelt verteld waarschuwde waarschuwt
bevestigde bevestigt bevestigd aldus erkende erkent
)");
  add_words(lx.report_verbs, u"eiste eist bekritiseerde bekritiseert riep roept");
  add_words(lx.source_preps, u"volgens");
  add_words(lx.subordinators, u"dat of");
  add_words(lx.determiners, u"de het een zijn haar hun deze die dit");
  add_words(lx.person_pronouns, u"hij zij ze");
  add_words(lx.np_stops, u"op in aan bij met voor na tijdens over en of maar dat heeft is was");
  add_words(lx.role_nouns, u"woordvoerder woordvoerster minister president directeur bedrijf regering");
  add_words(lx.titles, u"dhr. mevr. dr. minister president premier");
  add_words(lx.title_cues, u"zogenaamde zogenoemde getiteld film boek operatie");
  add_words(lx.org_words, u"bv nv b.v. n.v. ministerie regering bedrijf groep partij");
}

}  // namespace quelle::quotes
