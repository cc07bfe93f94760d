/**
 * Dates as the mail apps write them in a conversation, for the thread fixtures of the
 * Chromium and Firefox reply tests (formats seen in Gmail's French UI and Outlook's US-English
 * UI; see the fixtures' headers for their sources).
 */
const FR_DAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const FR_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const FR_LONG = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Today plus `offset` days, local time. */
export const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d;
};
/** As Gmail's French UI writes a message's date in its tooltip: "lun. 30 nov. 2026, 10:02". */
export const gmailDate = (d: Date) =>
  `${FR_DAYS[d.getDay()]} ${d.getDate()} ${FR_MONTHS[d.getMonth()]} ${d.getFullYear()}, 10:02`;
/** As Outlook's US-English UI does: "Mon 11/30/2026 10:02 AM". */
export const outlookDate = (d: Date) =>
  `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()]} ${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} 10:02 AM`;
/** "30 novembre", as a French sentence names a day. */
export const longFr = (d: Date) => `${d.getDate()} ${FR_LONG[d.getMonth()]}`;
