// German lexicon: speech verbs in present, past and participle forms,
// Konjunktiv forms for indirect speech, and the words that shape a speaker
// noun phrase. Written by hand from grammar references and agency style.
#include "quotes/lexicon.hpp"

namespace quelle::quotes {

std::span<const ParticleEntry> particle_frames_de() {
  static constexpr ParticleEntry kEntries[] = {
      {u"geht gehen ging gingen", u" aus "},
      {u"wirft werfen warf warfen", u" vor "},
      {u"gab gaben gibt geben", u" bekannt an "},
      {u"teilt teilen", u" mit "},
      {u"hob hoben hebt", u" hervor "},
      {u"stellte stellten stellt", u" fest klar "},
      {u"führte führten führt", u" aus "},
      {u"zeigte zeigten zeigt", u" überzeugt zuversichtlich optimistisch besorgt bestürzt erleichtert enttäuscht "},
      {u"ist sind war waren", u" ansicht meinung auffassung überzeugung "},
      {u"vertritt vertreten vertrat vertraten", u" ansicht meinung auffassung these position "},
      {u"hegt hegen hegte hegten", u" verdacht "},
      {u"schlug schlugen schlägt", u" vor "},
      {u"wies wiesen weist", u" hin darauf "},
      {u"machte machten macht", u" deutlich klar "},
      {u"räumte räumten räumt", u" ein "},
      {u"bezweifelte bezweifelten bezweifelt", u" "},
      {u"nahm nahmen nimmt", u" an "},
      {u"strich strichen streicht", u" heraus hervor "},
      {u"schränkte schränkten schränkt", u" ein "},
  };
  return kEntries;
}

std::span<const ParticleEntry> report_particles_de() {
  static constexpr ParticleEntry kEntries[] = {
      {u"gab gaben gibt", u" ab an bekannt zu "},
      {u"schloss schlossen schließt", u" aus "},
      {u"sicherte sicherten sichert", u" zu "},
      {u"warf warfen wirft", u" vor "},
      {u"lehnte lehnten lehnt", u" ab "},
      {u"bot boten bietet", u" an "},
      {u"rief riefen ruft", u" auf "},
      {u"schlug schlugen schlägt", u" vor "},
      {u"ordnete ordneten ordnet", u" an "},
      {u"wies wiesen weist", u" zurück hin ab "},
  };
  return kEntries;
}

void fill_de(Lexicon& lx) {
  lx.add(kSpeechVerbW,
         uR"(
sagte sagten sagt sagen gesagt sage
erklärte erklärten erklärt erklären
betonte betonten betont betonen
versicherte versicherten versichert
teilte teilten teilt mitteilte mitteilten mitgeteilt mitteilt
kündigte kündigten kündigt angekündigt ankündigte
meinte meinten meint
berichtete berichteten berichtet berichten
schrieb schrieben schreibt geschrieben
erläuterte erläuterten erläutert
bekräftigte bekräftigten bekräftigt
behauptete behaupteten behauptet behaupten
bestätigte bestätigten bestätigt
unterstrich unterstrichen unterstreicht
fügte fügten fügt hinzugefügt hinzufügte
ergänzte ergänzten ergänzt
warnte warnten warnt gewarnt
forderte forderten fordert gefordert
räumte räumten räumt eingeräumt einräumte
angegeben angab
hieß heißt
verkündete verkündeten verkündet
antwortete antworteten antwortet
entgegnete entgegneten entgegnet
sprach spricht
kritisierte kritisierten kritisiert
argumentierte argumentierten argumentiert
erzählte erzählten erzählt
meldete meldeten meldet gemeldet
vermeldete vermeldeten vermeldet verlautete verlauteten verlautet
spekulierte spekulierten spekuliert
bekundete bekundeten bekundet ausgegangen
schilderte schilderten schildert geschildert entschied entschieden erhoffte erhofften erhofft
mahnte mahnten mahnt
beklagte beklagten beklagt
bemerkte bemerkten bemerkt
festgestellt feststellte
glaubt glaubte glauben
vermutete vermuteten vermutet
befürchtet befürchtete befürchten
hofft hoffte hoffen
zitierte zitiert
verwies verweist
wies weist
beteuerte beteuerten beteuert
bekannte bekannt
kommentierte kommentierten kommentiert
äußerte äußerten äußert geäußert
ließ lässt verlauten
fragte fragten fragt gefragt
rief ruft
verlangte verlangten verlangt
dementierte dementierten dementiert
bestritt bestritten bestreitet
schätzte schätzten schätzt
begründete begründeten begründet
lautete lautet
konstatierte konstatierten konstatiert
skandierte skandierten skandiert
beschrieb beschrieben beschreibt
rechtfertigte rechtfertigten rechtfertigt
resümierte resümierten resümiert
bilanzierte bilanzierten bilanziert
präzisierte präzisierten präzisiert
folgerte folgerten folgert
erinnerte erinnerten
wetterte wetterten wettert
schimpfte schimpften schimpft
spottete spotteten spottet
klagte klagten klagt
jubelte jubelten jubelt
gestand gestanden gesteht
zugesichert
feststellt
meinen
ausführte ausführten ausgeführt
begründen
versichern bekräftigen kritisieren argumentieren erläutern ergänzen warnen mahnen beklagen
äußern verlangen beteuern kommentieren
)");
  // Speech acts reported without their content ("forderte faire
  // Wettbewerbsbedingungen ein", "sprach von einem Erfolg").
  lx.add(kReportVerbW,
         uR"(
forderte forderten fordert verlangte verlangten verlangt
kritisierte kritisierten kritisiert warnte warnten warnt
sprach sprachen spricht lobte lobten lobt
lehnte lehnten lehnt kündigte kündigten kündigt
bekräftigte bekräftigten bekräftigt bestätigte bestätigten bestätigt
dementierte dementierten dementiert appellierte appellierten appelliert
rief riefen ruft bezeichnete bezeichneten bezeichnet nannte nannten nennt
drohte drohten würdigte würdigten würdigt
wies wiesen weist begrüßte begrüßten begrüßt bedauerte bedauerten bedauert
beklagte beklagten beklagt schloss schlossen schließt
gab gaben gibt bot boten sicherte sicherten mahnte mahnten ordnete
versprach versprachen verspricht bestritt bestritten bestreitet
bezifferte bezifferten beziffert berichtete berichteten berichtet berichten
bemängelte bemängelten bemängelt beschuldigte beschuldigten beschuldigt
warf warfen wirft vorwarf vorwarfen vorwirft empfahl empfahlen empfiehlt
riet rieten rät plädierte plädierten plädiert ordnete ordneten angeordnet
schlug schlugen schlägt beschimpfte beschimpften
)");
  lx.add(kCueParticleW, u"mit an bekannt vor aus auf fest ein zu hin ab hervor hinzu fort zurück dar klar als");
  lx.add(kCueAuxW, u"hat hatte haben hatten habe hätte hätten ist war sind waren sei seien wird wurde werden wurden");
  lx.add(kSourcePrepW, u"laut gemäß lt.");
  lx.add(kSourcePostpW, u"zufolge");
  lx.add(kSubjunctiveW,
         uR"(
sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse
gebe liege gehe stehe komme bleibe brauche lasse sehe halte trage fehle
zeige bestehe gelte handle arbeite plane befinde erwarte denke glaube
führe mache nehme finde spiele laufe erhalte stelle lege biete hoffe
wolle entspreche drohe beginne betrage verfüge ermögliche
hätte hätten wäre wären gäbe gäben käme kämen müssten dürften
)");
  lx.add(kWeakSubjunctiveW, u"würde würden könnte könnten müsste sollte sollten liefen wollten");
  lx.add(kDeterminerW,
         uR"(
der die das des dem den ein eine einer eines einem einen
sein seine seiner seines ihr ihre ihrer ihres dieser diese dieses jener seinem seinen ihrem ihren
diesem diesen jenem jenen unser unsere unserem unseren unserer
zwei drei mehrere viele einige alle beide
)");
  lx.add(kPronounW, u"er sie");
  lx.add(kSubordinatorW, u"dass daß ob weil");
  lx.add(kNpStopW,
         uR"(
am im an auf in bei gegenüber vor nach mit zu zum zur über für während
unter ohne seit bis durch gegen um aus dabei dazu zudem außerdem auch
noch bereits schon jedoch aber und oder sowie denn weil dass ob wie
nicht nun jetzt heute gestern morgen damals später zuvor weiter ebenfalls
dagegen unterdessen darüber daraufhin zugleich gleichzeitig dennoch trotzdem deshalb daher vielmehr
schließlich anschließend weiterhin künftig bislang bisher insgesamt stattdessen ferner überdies
außerdem dabei darauf hierzu dazu
immer wieder nur erst sehr kaum stets oft häufig bald gerade sogar offenbar angeblich einst jeweils
zuletzt dann nochmals
so als wenn da dort hier sich ihm ihr ihnen uns es hingegen indes allerdings laut zufolge demnach
nämlich etwa erneut zunächst inzwischen mittlerweile derzeit ebenso
)");
  lx.add(kPreVerbAdverbW, u"");
  lx.add(kRoleSuffixW,
         uR"(
sprecher sprecherin chef chefin manager managerin präsident präsidentin
minister ministerin kanzler kanzlerin vorsitzende vorsitzender direktor
direktorin leiter leiterin experte expertin gründer gründerin kandidat
kandidatin politiker politikerin meister meisterin trainer trainerin
vertreter vertreterin berater beraterin beauftragte beauftragter kritiker
kritikerin funktionär funktionärin aktivist aktivistin anwalt anwältin
führer führerin
)");
  lx.add(kTitleW,
         uR"(
herr frau dr. prof. bundeskanzlerin bundeskanzler kanzlerin kanzler präsident
präsidentin bundespräsident ministerpräsident ministerpräsidentin minister
ministerin außenminister außenministerin innenminister innenministerin
finanzminister finanzministerin bundesaußenminister bundesinnenminister
papst könig königin prinz prinzessin senator senatorin gouverneur bürgermeister
bürgermeisterin oberbürgermeister kardinal bischof general
)");
  lx.add(kTitleCueW,
         uR"(
sogenannte sogenannten sogenannter sogenanntes sogenanntem genannt genannte
genannten namens titel titels film films buch buches roman romans album
albums operation magazin magazins zeitung zeitschrift sendung show lied song
serie schiff motto slogan stichwort begriff begriffs wort unwort kampagne
)");
  for (const ParticleEntry& e : particle_frames_de()) lx.add(kParticleVerbW, e.verbs);
  lx.add(kOrgWordW,
         uR"(
ag gmbh se kg e.v. ministerium regierung polizei partei verband konzern
unternehmen bank gruppe behörde amt institut gericht staatsanwaltschaft
verein stiftung universität kommission rat bundesregierung agentur
)");
}

}  // namespace quelle::quotes
