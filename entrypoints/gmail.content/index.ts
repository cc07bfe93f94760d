import { GMAIL } from '@/lib/webmail/gmail/selectors';
import { startMailApp } from '@/lib/webmail/runner';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startMailApp(GMAIL, ctx.signal, { fr: navigator.language.startsWith('fr') });
  },
});
