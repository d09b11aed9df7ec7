/**
 * A byte-level check of an .ics file, stricter than any parser: parsers accept bare line
 * feeds and long lines, and none of them looks at folding (ical-facts.md).
 */
const CRLF = Buffer.from('\r\n');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every rule the file breaks, as `line N: ...`; empty for a clean file. */
export function lintIcs(bytes: Buffer): string[] {
    const problems: string[] = [];
    if (!bytes.subarray(-2).equals(CRLF)) {
        problems.push('the file does not end with CRLF');
    }
    const lines: Buffer[] = [];
    for (let start = 0; start < bytes.length;) {
        const end = bytes.indexOf(CRLF, start);
        lines.push(bytes.subarray(start, end === -1 ? bytes.length : end));
        start = end === -1 ? bytes.length : end + 2;
    }
    lines.forEach((line, index) => {
        const where = `line ${index + 1}`;
        if (line.includes(0x0d) || line.includes(0x0a)) {
            problems.push(`${where}: a bare CR or LF`);
        }
        if (line.length > 75) {
            problems.push(`${where}: ${line.length} octets, more than 75`);
        }
        try {
            // Each physical line decodes on its own only if no fold split a character.
            utf8.decode(line);
        } catch {
            problems.push(`${where}: not whole UTF-8 characters`);
        }
        if (line[0] === 0x20 && line.length === 1) {
            problems.push(`${where}: an empty continuation line`);
        }
        if (index === 0 && line.toString() !== 'BEGIN:VCALENDAR') {
            problems.push(`${where}: the file does not start with BEGIN:VCALENDAR`);
        }
    });
    if (lines.length > 0 && lines[lines.length - 1].toString() !== 'END:VCALENDAR') {
        problems.push('the last line is not END:VCALENDAR');
    }
    return problems;
}
