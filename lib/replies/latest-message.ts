/**
 * The client's own words in a reply: the message without the quoted history, the
 * signature and the "sent from my phone" lines that mail apps add. Plain text in,
 * plain text out; it never sees HTML.
 */

/** A line that starts the quoted history: everything from it on is someone else's text. */
const QUOTE_HEADERS: RegExp[] = [
  // Gmail / Apple Mail / Thunderbird, fr and en: "Le lun. 23 nov. 2026 à 10:02, Julie <j@x.fr> a écrit :"
  /^\s*le\b.{3,160}\ba\s+[ée]crit\s*:?\s*$/i,
  /^\s*on\b.{3,160}\bwrote\s*:?\s*$/i,
  // German and Spanish Gmail
  /^\s*am\b.{3,160}\bschrieb\b.{0,80}:?\s*$/i,
  /^\s*el\b.{3,160}\bescribi[óo]\s*:?\s*$/i,
  // Outlook's header block of the previous message
  /^\s*(de|from|von|expéditeur)\s*:\s*.+/i,
  /^\s*-{2,}\s*(original message|message d'origine|urspr[üu]ngliche nachricht|mensaje original)\s*-{2,}\s*$/i,
  /^\s*_{8,}\s*$/,
];

/** Lines that end the client's words: a signature or a device footer. */
const SIGNATURE_STARTS: RegExp[] = [
  /^--\s*$/,
  /^\s*(envoy[ée] de mon|sent from my|von meinem|enviado desde mi)\b/i,
  /^\s*(get outlook for|obtenir outlook pour)\b/i,
];

export function latestMessage(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (QUOTE_HEADERS.some((re) => re.test(line))) break;
    if (SIGNATURE_STARTS.some((re) => re.test(line))) break;
    // A quoted line ("> …") is the earlier message, wherever it sits.
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
