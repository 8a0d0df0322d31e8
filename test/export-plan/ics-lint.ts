/** Lints raw ICS text against the RFC 5545 rules that lenient parsers forgive (SPEC §6). Returns problems. */
export function lintIcs(input: string | Buffer): string[] {
  const problems: string[] = [];
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const ics = bytes.toString('utf8');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('starts with a BOM');
  if (!ics.endsWith('\r\n')) problems.push('last line does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push('bare CR or LF');
  // Split the bytes, not the string, so a fold inside a UTF-8 sequence shows up as invalid UTF-8.
  const physical: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      physical.push(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts: string[] = [];
  physical.forEach((line, n) => {
    if (line.length > 75) problems.push(`line ${n + 1} has ${line.length} octets`);
    // Lenient unfolders strip every blank after a fold, and some transports every blank before a line end.
    const continued = n + 1 < physical.length && (physical[n + 1]![0] === 0x20 || physical[n + 1]![0] === 0x09);
    if (continued && (physical[n + 1]![1] === 0x20 || physical[n + 1]![1] === 0x09 || line.at(-1) === 0x20 || line.at(-1) === 0x09)) {
      problems.push(`line ${n + 1} folds next to a space or tab`);
    }
    try {
      texts.push(decoder.decode(line));
    } catch {
      problems.push(`line ${n + 1} is not valid UTF-8 on its own (a fold split a character)`);
      texts.push('');
    }
  });
  const logical: string[] = [];
  for (const t of texts) {
    if (t.startsWith(' ') || t.startsWith('\t')) logical[logical.length - 1] += t.slice(1);
    else logical.push(t);
  }
  const names = logical.map((l) => /^[A-Z0-9-]+/.exec(l)?.[0] ?? '');
  for (const required of ['VERSION', 'PRODID', 'CALSCALE', 'X-WR-CALNAME', 'X-WR-TIMEZONE']) {
    if (!names.includes(required)) problems.push(`missing ${required}`);
  }
  if (!logical.includes('VERSION:2.0')) problems.push('VERSION is not 2.0');
  if (!logical.includes('CALSCALE:GREGORIAN')) problems.push('CALSCALE is not GREGORIAN');
  if (names.includes('METHOD') && !logical.includes('METHOD:PUBLISH')) problems.push('METHOD is not PUBLISH');
  // RFC 5546 3.2.1: a PUBLISH has exactly one ORGANIZER in every event.
  if (logical.includes('METHOD:PUBLISH')) {
    let organizers = 0;
    for (const l of logical) {
      if (l === 'BEGIN:VEVENT') organizers = 0;
      if (/^ORGANIZER[;:]/.test(l)) organizers++;
      if (l === 'END:VEVENT' && organizers !== 1) problems.push(`METHOD:PUBLISH with an event of ${organizers} ORGANIZER lines`);
    }
  }
  for (const l of logical) {
    if (l.startsWith('DTSTAMP') && !/^DTSTAMP:\d{8}T\d{6}Z$/.test(l)) problems.push(`DTSTAMP not in UTC: ${l}`);
    if (/^ATTENDEE[;:]/.test(l)) problems.push('ATTENDEE line');
    if (/^DURATION[;:]/.test(l)) problems.push('DURATION line');
    if (/^(SUMMARY|LOCATION|DESCRIPTION|X-WR-CALNAME)[;:]/.test(l)) {
      const value = l.slice(l.indexOf(':') + 1).replace(/\\[\\;,nN]/g, '');
      if (/[\\;,]/.test(value)) problems.push(`unescaped TEXT: ${l}`);
    }
  }
  const defined = new Set(logical.filter((l) => l.startsWith('TZID:')).map((l) => l.slice(5)));
  for (const l of logical) {
    const m = /^[A-Z-]+;(?:[^:]*;)?TZID=([^:;]+)[:;]/.exec(l);
    if (m && !defined.has(m[1]!)) problems.push(`no VTIMEZONE for ${m[1]}`);
  }
  let inTz = false;
  let observances = new Set<string>();
  for (const l of logical) {
    if (l === 'BEGIN:VTIMEZONE') [inTz, observances] = [true, new Set()];
    if (inTz && (l === 'BEGIN:STANDARD' || l === 'BEGIN:DAYLIGHT')) observances.add(l.slice(6));
    if (l === 'END:VTIMEZONE') {
      inTz = false;
      if (!observances.has('STANDARD')) problems.push('VTIMEZONE without STANDARD');
    }
  }
  const begins = logical.filter((l) => l === 'BEGIN:VEVENT').length;
  if (begins !== logical.filter((l) => l === 'END:VEVENT').length) problems.push('unbalanced VEVENT');
  return problems;
}

/** Logical (unfolded) lines of an ICS file. */
export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}
