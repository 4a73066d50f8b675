// @ts-check
/**
 * The samples menu: real Wikinews articles, each credited in the page with
 * its address and licence (CC BY 2.5). Written by scripts/make-web-samples
 * from ../shared (see that script for the choice); do not edit by hand.
 * German: article texts of German Wikinews (the plain text of the German
 * quote corpus, not its annotations); English: Wikinews 2019; French:
 * sentences of one French Wikinews article of 2005.
 */

/**
 * @typedef {{name: string, url: string, date: string, licence: string, licenceUrl: string}} SampleSource
 * @typedef {{id: string, language: string, label: string, title: string, text: string, source: SampleSource}} Sample
 */

/** @type {readonly Sample[]} */
export const SAMPLES = Object.freeze([
  {
    "id": "de-wikinews-2840",
    "language": "de",
    "label": "Deutsch",
    "title": "Papier hält NPD-Verbot für möglich",
    "text": "Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte, dass der gescheiterte NPD-Verbotsantrag „keine Vorentscheidung“ für ein weiteres Verbotsverfahren sei. In der „BILD am Sonntag“ schreibt Papier in einem Gastbeitrag, dass das Bundesverfassungsgericht die Frage nach der Verfassungswidrigkeit der NPD nicht geklärt habe.\n\nDas Gericht habe in dem Verfahren gegen die NPD im März 2003 keine Entscheidung über die Frage der Verfassungswidrigkeit der Partei getroffen, schrieb Papier in einem Gastbeitrag für die „BILD am Sonntag“ Das Verfahren wurde 2003 eingestellt, weil der damalige Verbotsantrag auf Zeugenaussagen von V-Leuten des Verfassungsschutzes aufbaute, nicht weil die NPD nicht verfassungskonform sei.\n\nAuch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verbotsfahren möglich sei. Er geht allerdings davon aus, dass im Vorfeld oder während des Verfahrens die V-Leute aus den Führungsgremien der Partei abgezogen werden.\n\nAuch der innenpolitische Sprecher der Fraktion der SPD im Deutschen Bundestag, Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein neues NPD-Verbot angestrebt werden solle. Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“ und glaubt, dass die Politik sie ernstnehmen müsse. „Selbstverständlich haben solche Stimmen ein hohes Gewicht.“\n\nDagegen hält die Ministerin Renate Künast von den Grünen nichts von einem Verbot. Im Deutschlandfunk im Interview der Woche sagte sie: „[...] Ich war hinsichtlich des Verbots noch nie eine Anhängerin, weil ich glaube, dass selbst ein sorgfältig geprüftes Verbot, das nachher auch vom Bundesverfassungsgericht bestätigt wird, dieser Antrag dann angenommen wird, löst ja das Problem nicht, nämlich das Problem, dass da sozusagen einige richtig die kulturelle Hegemonie schaffen, dass die tatsächlich in der Freizeitszene, nicht nur aber gerade in einigen Bereichen der neuen Bundesländer sehr stark das Geschäft übernommen haben.[...]“",
    "source": {
      "name": "Wikinews",
      "url": "https://de.wikinews.org/wiki/Papier_h%C3%A4lt_NPD-Verbot_f%C3%BCr_m%C3%B6glich",
      "date": "2005-01-29",
      "licence": "CC BY 2.5",
      "licenceUrl": "https://creativecommons.org/licenses/by/2.5/"
    }
  },
  {
    "id": "de-wikinews-32592",
    "language": "de",
    "label": "Deutsch",
    "title": "Haushaltsdebatte 2007: „Ja, es gibt Zumutungen“",
    "text": "„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der mehrtägigen Debatte über den Haushaltsentwurf 2007 einräumen. Obwohl Steinbrück aufgrund der anziehenden Konjunktur mit Steuermehreinnahmen des Bundes von bis zu 3,5 Milliarden Euro rechnet, sei man von einer „Entschuldung weit entfernt“. Dennoch verteidigte er den Kurs der Bundesregierung und erteilte Forderungen aus Teilen der Opposition nach Rücknahme der für kommendes Jahr geplanten Mehrwertsteuererhöhung auf 19 Prozent eine klare Absage. \n\nAn die Adresse der europäischen Stabilitätswächter in Brüssel hatte Steinbrück Positives zu vermelden. Erstmals seit 2001 sei die Bundesregierung wieder in der Lage, die Defizitkriterien der EU „aller Voraussicht nach“ einzuhalten. Dieser Sachverhalt zeichnete sich aber bereits im ersten Halbjahr 2006 ab, als das gesamtstaatliche Defizit bei 2,5 Prozent des Bruttoinlandsprodukts (BIP) gemessen wurde. Des Weiteren verwies Steinbrück darauf, dass der Haushaltsentwurf 2007 – ebenfalls erstmals seit Jahren – wieder verfassungskonform sei. Dieses Kriterium ist erfüllt, wenn die Nettoneuverschuldung die Nettoneuinvestitionen absolut nicht übersteigt.\n\nIndes musste sich der Bundesfinanzminister aus den Reihen der Opposition „Ideenlosigkeit“ vorwerfen lassen. So erklärte FDP-Finanzexperte Jürgen Koppelin, dass die Neuverschuldung im nächsten Jahr nur aufgrund der „drastischen“ Mehrwehrtsteuererhöhung geringer ausfalle als in den Vorjahren. Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche, wo immer sie können, auf der Ausgabenseite sind sie völlig planlos.“ Er forderte die SPD im Bundestag auf, stärker auf Einsparungen zu setzen, um die seit der Wahl verloren gegangene Glaubwürdigkeit zurückzugewinnen.\n\nDie Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung zum Thema Arbeitsmarkt. Hier seien die vorgesehenen Mittel angesichts zu erwartender Mehrkosten von bis zu 8,6 Milliarden Euro „völlig unrealistisch“. Für Anja Hajduk ist dann auch die „Zeit der Ehrlichkeit“ der Regierungspolitik vorbei, wenn sie, wie auch schon der Kollege von der FDP, auf die maßgebliche Entlastung des Haushalts durch die Mehrwertsteuererhöhung hinweist und einen wirklichen Konsolidierungskurs nicht erkennen kann.",
    "source": {
      "name": "Wikinews",
      "url": "https://de.wikinews.org/wiki/Haushaltsdebatte_2007:_%E2%80%9EJa,_es_gibt_Zumutungen%E2%80%9C",
      "date": "2006-09-05",
      "licence": "CC BY 2.5",
      "licenceUrl": "https://creativecommons.org/licenses/by/2.5/"
    }
  },
  {
    "id": "en-wikinews-pioneering_oceanographer_walter_munk_die",
    "language": "en",
    "label": "English",
    "title": "Pioneering oceanographer Walter Munk dies of pneumonia in California",
    "text": "Monday, February 11, 2019 \n\n\nThe death of pioneering oceanographer Walter Munk was announced on Friday by the University of California, San Diego. He was 101 and died of pneumonia in La Jolla, California.\n\n\nMunk was born in Austria, but he emigrated to the United States to pursue his education, before moving to California in 1939 due to a love interest in La Jolla. Although this romance failed, he remained there, taking a job at the Scripps Institution of Oceanography. He served in the US Army in World War Two, before being recalled to Scripps where he assisted in work to predict likely wave conditions during Allied landings on both Pacific and Atlantic coasts. He also researched ways to counter military submarines.\n\n\nMunk's work was later used during the D-Day landings. Post-war, he was involved in nuclear weapons research, observing a 1950s atomic bomb test from a raft and receiving fallout from it. Other research interests included oceanic currents and the interrelation of the sea with the planetary climate.\n\n\nEarning a post-war PhD in oceanography from University of California, Los Angeles, Munk was an early scientific adopter of scuba equipment and in addition to physical processes was also interested in marine life. A species of devil ray known to leap out the water as if taking flight was named after Munk.\n\n\n\"Walter was the most brilliant scientist I have ever known,\" said University of California, San Diego's chancellor, Pradeep Khosla. Khosla talked of Munk's \"countless discoveries that put the university on the map as a great research institution\" and \"his global leadership on the great scientific issues of our time.\" Scripps Oceanography director Margaret Leinen said \"Munk has been a world treasure for ocean science and geophysics.\" She described him as \"a guiding force, a stimulating force, a provocative force in science for 80 years\" who was \"one of the most distinguished and honored scientists in the world\" and \"always interested in sparking a discussion about what's coming next.\"\n\n\nAwards included a trip to the White House to receive the US National Medal of Science, and the French Legion of Honour, received last year during a visit to Paris. \n\n\nHis wife Mary said \"We thought he would live forever. His legacy will be his passion for the ocean, which was endless.\"",
    "source": {
      "name": "Wikinews",
      "url": "https://en.wikinews.org/wiki/Pioneering_oceanographer_Walter_Munk_dies_of_pneumonia_in_California",
      "date": "2019-02-11",
      "licence": "CC BY 2.5",
      "licenceUrl": "https://creativecommons.org/licenses/by/2.5/"
    }
  },
  {
    "id": "en-wikinews-hong_kong_leader_announces_withdrawal_of",
    "language": "en",
    "label": "English",
    "title": "Hong Kong leader announces withdrawal of extradition bill",
    "text": "Friday, September 6, 2019 \n\nOn Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will officially withdraw a proposed bill that would have allowed China to extradite accused criminals from Hong Kong to be tried under the mainland's criminal justice system. This was one of the five demands of the protesters, sometimes numbering in the millions, who have filled downtown streets since early this June.\n\n\n\"The government will fully withdraw the bill in order to fully allay public concerns,\" Lam said in a televised announcement. Lam also agreed to add two members to Hong Kong's existing police oversight council but did not accede to protesters' demands for a new judge-led investigation independent of the government.\n\n\n\"Our citizens, police and reporters have been injured during violent incidents,\" Lam continued in the statement. \"There have been chaotic scenes at the airport and [mass transit railway] stations; roads and tunnels have been suddenly blocked. Visitors wonder whether our city is still a safe place for travel or business. Families and friends have been under stress, and arguments have flared. For many people, Hong Kong has become an unfamiliar place.\"\n\n\nThere has been skepticism among academics and the protesters themselves about the sincerity and effects of the bill's withdrawal:\n\n\n\"Whenever there are signs of sending a palm branch,\" wrote student protester Joshua Wong on Twitter. \"They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in fact, and a full-scale clampdown is on the way.\"\n\n\n\"She's just doing this to try and disintegrate the movement. A lot of people think that,\" said a protester using the pseudonym Katya. \"The situation has escalated to a point where not even Beijing knows how to sort this. So they're using different tricks and lies. Hong Kong people have learned to ignore her.\"\n\n\n\"This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress protests in a grossly unlawful way that has seriously damaged the people's trust and sense of legitimacy of the government,\" Hong Kong director of Amnesty International Man-kei Tam said in a statement.\n\n\nMore than 1000 people have been arrested since the protests began in June, according to The Guardian.",
    "source": {
      "name": "Wikinews",
      "url": "https://en.wikinews.org/wiki/Hong_Kong_leader_announces_withdrawal_of_extradition_bill",
      "date": "2019-09-06",
      "licence": "CC BY 2.5",
      "licenceUrl": "https://creativecommons.org/licenses/by/2.5/"
    }
  },
  {
    "id": "fr-wikinews-2005-fpoe",
    "language": "fr",
    "label": "Français",
    "title": "Heinz-Christian Strache élu à la tête du FPÖ",
    "text": "Deux semaines après le départ de Jörg Haider et d'une fraction notable des dirigeants et cadres du Freiheitliche Partei Österreich (FPÖ) partis fonder le nouveau parti Bündnis Zukunft Österreich (BZÖ, « Alliance pour l'avenir de l'Autriche »), la fraction subsistante du parti a tenu son congrès à Salzbourg, en présence de 431 délégués. Heinz-Christian Strache, âgé de 35 ans, qui était jusqu'à présent chef du parti pour la ville de Vienne, a été élu président du parti par 90,10 % des suffrages exprimés. Porté quelques instants en triomphe après son élection par plusieurs de ses partisans, M. Strache a dans la foulée prononcé une sorte de discours-programme, à forte connotation anti-européenne et réglant immédiatement quelques comptes avec la fraction scissionniste du parti. Il a ainsi qualifié M. Haider de « Michael Jackson de la politique intérieure, qui a tellement changé que ses proches ne le reconnaissent plus », l'accusant en outre d'avoir « vendu son âme ». Il s'est par ailleurs implicitement félicité de la clarification politique née de la scission, estimant par exemple que « le vieux FPÖ » était parti tandis que « le vrai » était resté. Une part importante du discours de M. Strache a aussi été consacrée à l'opposition de plus en plus vive de son parti à la politique pro-européenne de la coalition gouvernementale et à la perspective d'une adhésion de la Turquie à l'Union européenne. Il a ainsi fustigé le revirement spectaculaire de M. Haider sur ce dernier sujet, estimant pour sa part que « la Turquie n'a rien à voir en Europe », et demandé avec insistance aux 13 députés précédemment élus sous l'étiquette FPÖ de ne voter que les projets de loi « favorables à l'Autriche ». Le FPÖ, qui disposait avant la scission de six ministres membres du gouvernement de Wolfgang Schüssel et de 13 députés, ne dispose plus que d'un député fidèle (7 étant passés au BZÖ et 5 restant encore dans l'expectative) et d'aucun représentant au gouvernement, la stratégie du FPÖ maintenu s'orientant d'ailleurs vers un passage dans l'opposition.",
    "source": {
      "name": "Wikinews (français)",
      "url": "https://fr.wikinews.org/",
      "date": "2005",
      "licence": "CC BY 2.5",
      "licenceUrl": "https://creativecommons.org/licenses/by/2.5/"
    }
  }
]);
