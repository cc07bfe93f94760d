import { OUTLOOK } from '@/lib/webmail/outlook/selectors';
import { startMailApp } from '@/lib/webmail/runner';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startMailApp(OUTLOOK, ctx.signal, { fr: navigator.language.startsWith('fr') });
  },
});
