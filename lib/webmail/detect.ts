/** Which mail app a page is, from its URL alone. */
export const isGmail = (url: URL) => url.hostname === 'mail.google.com';
// Examples: https://mail.google.com/mail/u/0/#inbox, https://mail.google.com/mail/u/1/#inbox?compose=new

export const isOutlook = (url: URL) => ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'].includes(url.hostname);
// Examples: https://outlook.live.com/mail/0/inbox, https://outlook.office.com/mail/deeplink/compose
