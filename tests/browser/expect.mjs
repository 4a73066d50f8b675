// What the panels should show for an analysis, computed here independently
// of the page's code, and a small RFC 4180 CSV parser. Not a test file.

/** Quotes grouped by speaker as the Speakers panel lists them. */
export function expectedSpeakers(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups = new Map();
  for (const q of analysis.quotes) {
    let key = 'none';
    let name = 'Unattributed';
    if (q.speaker) {
      if (q.speaker.entity !== null && q.speaker.entity !== undefined) {
        key = `e${q.speaker.entity}`;
        name = entities.get(q.speaker.entity)?.name ?? q.speaker.text;
      } else {
        key = `t:${q.speaker.text.toLowerCase()}`;
        name = q.speaker.text;
      }
    }
    if (!groups.has(key)) groups.set(key, { key, name, quotes: [] });
    groups.get(key).quotes.push(q.id);
  }
  return groups;
}

/** Parses RFC 4180 CSV (quoted fields, "" escapes, CRLF or LF). */
export function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
