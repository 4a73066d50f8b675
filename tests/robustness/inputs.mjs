// Hostile and unusual inputs (issue: robustness). Each is a JavaScript string;
// sizes are chosen so the whole set runs in about a minute on 2 cores.
const repeat = (s, n) => s.repeat(n);

export const ordinaryNews =
  '«Wir werden uns jeden Markt anschauen», sagte der Manager am Montag in Hannover. ' +
  'Das Unternehmen habe keine Angst vor dem Wettbewerb, sagte er. ' +
  'The minister said on Tuesday that the talks would continue. "We are ready," she added.\n\n';

export function hostileInputs() {
  return {
    'empty': '',
    'one character': 'a',
    'only whitespace': ' \t\n\r\n \u00a0\u2003 ',
    'BOM': '\ufeffDer Text beginnt mit einem BOM. Er sagte, es sei gut.',
    'NUL characters': 'Eins.\0Zwei.\0\0«Drei\0», sagte er.',
    'CRLF and lone CR': 'Erster Absatz.\r\n\r\n«Zitat», sagte sie.\rNoch ein Satz.\r\n',
    '1 MB line without punctuation': repeat('wort ', 200_000),
    '100,000 quotation marks': repeat('"', 50_000) + repeat('«»', 25_000),
    'quotes nested 1,000 deep': repeat('«a „b ', 500) + 'Kern' + repeat('“ c» ', 500),
    '50,000 unclosed « marks': repeat('« Er sagte ', 50_000),
    'emoji with ZWJ and skin tones': repeat('👩🏽‍💻 sagte: «Hallo 👨‍👩‍👧‍👦!» 🇩🇪 👍🏿. ', 2000),
    'combining marks': repeat('Cafe\u0301 a\u0308\u0323 «Zitat\u0301», sagte Jose\u0301. ', 2000),
    'right-to-left text': repeat('قال الوزير «نحن مستعدون». שלום עולם. ', 2000),
    'zero-width characters': repeat('Er\u200b sagte\u200d, «es\u200c sei\u2060 gut». ', 2000),
    'unknown scripts': repeat('Привет мир. 你好世界。 こんにちは。 ', 3000),
    'raw HTML': repeat('<p class="x">«Zitat», sagte <b>Yu</b>.</p><script>alert(1)</script>\n', 2000),
    'raw Markdown': repeat('# Titel\n\n> «Zitat», sagte **Yu**.\n\n- Punkt [Link](http://example.com)\n', 2000),
    'lone surrogates': repeat('A\ud800 b\udc00 «c», sagte d. ', 2000),
    'apostrophes and inches': repeat("It's 5' 10\" tall, rock 'n' roll, the '90s. He said 'yes'. ", 2000),
  };
}
