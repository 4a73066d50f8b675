// @ts-check
/**
 * The samples menu. These are demonstration texts written for Quelle: the
 * places, people and events are fictional (any resemblance to real persons
 * is coincidental). They exist to show the kinds of quotation the analyser
 * handles: «…», „…“ and “…” quotes, reported speech in the Konjunktiv,
 * pronouns and role nouns ("die Bürgermeisterin", "the mayor").
 * Licence: Apache-2.0, like the rest of Quelle.
 */

/** @typedef {{id: string, language: string, label: string, title: string, text: string}} Sample */

/** @type {readonly Sample[]} */
export const SAMPLES = Object.freeze([
  {
    id: 'de-faehre',
    language: 'de',
    label: 'Deutsch',
    title: 'Elmsbach bekommt eine Fähre',
    text: `Elmsbach bekommt eine Fähre über den Lindsee
Demonstrationstext – Orte, Personen und Ereignisse sind frei erfunden.

Elmsbach – Die Stadt Elmsbach will noch in diesem Sommer eine Fähre über den Lindsee in Betrieb nehmen. Das kündigte Bürgermeisterin Marlene Voss am Dienstag im Rathaus an.

«Wir haben lange genug über diese Verbindung geredet», sagte Voss. «Jetzt wird gebaut.» Die Fähre solle zunächst im Stundentakt fahren und später auch Fahrräder mitnehmen. Die Kosten lägen bei rund 2,4 Mio. Euro, davon trage das Land etwa die Hälfte.

Der Vorsitzende des Fischereivereins Lindsee, Jonas Brandt, sieht das Projekt kritisch. Er befürchte, dass der neue Anleger die Laichplätze im Westen des Sees störe. „Niemand hat uns gefragt“, sagte der 58-Jährige. „Wir erfahren das aus der Zeitung.“

Die Bürgermeisterin wies den Vorwurf zurück. Man habe den Verein bereits im Frühjahr eingeladen, erklärte sie. Nach Angaben der Stadtwerke Elmsbach soll der Betrieb im Juli beginnen.`,
  },
  {
    id: 'en-night-buses',
    language: 'en',
    label: 'English',
    title: 'Port Aldwin approves night buses',
    text: `Port Aldwin approves night buses after student campaign
Demonstration text – the places, people and events are fictional.

PORT ALDWIN – The city council of Port Aldwin voted on Thursday to run buses through the night on three routes, ending a campaign by students at Aldwin College that began last winter.

“People who work late shifts have been walking home in the dark for years,” said Priya Raman, the student who started the petition. “This vote changes that.”

Mayor Thomas Okafor said the service would cost about $1.2 million a year and would be reviewed after twelve months. He told reporters that the council had found the money by delaying the renovation of a car park.

Not everyone was convinced. Councillor Ellen Marsh, who voted against the plan, called the ridership estimates “wildly optimistic”. She said she would ask the transport department to publish monthly figures.

According to Aldwin Transit, the first night buses will run in September.`,
  },
  {
    id: 'fr-bibliotheque',
    language: 'fr',
    label: 'Français',
    title: 'Valmorin ouvre une bibliothèque',
    text: `Valmorin ouvre une bibliothèque dans son ancienne gare
Texte de démonstration – les lieux, les personnes et les faits sont fictifs.

VALMORIN – La commune de Valmorin a inauguré samedi une bibliothèque dans les murs de son ancienne gare, fermée depuis 1994.

« Ce bâtiment faisait partie de notre mémoire, il fallait lui redonner vie », a déclaré la maire, Claire Dumont, devant une centaine d’habitants. Selon elle, le projet a coûté 850 000 euros, dont un tiers financé par la région.

La bibliothécaire Amina Benali a expliqué que les collections seraient ouvertes aux écoles dès la rentrée. « Nous voulons que les enfants viennent ici comme on allait autrefois prendre le train », a-t-elle ajouté.

L’association Les Amis du Rail regrette toutefois que l’horloge de la gare n’ait pas été restaurée. Son président, Marc Lefèvre, parle d’« une occasion manquée ».`,
  },
]);
