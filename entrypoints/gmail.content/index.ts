import { pickLang } from '@/lib/i18n/languages';
import { mailMatches } from '@/lib/webmail/hosts';
import { GMAIL } from '@/lib/webmail/gmail/selectors';
import { GMAIL_THREAD } from '@/lib/webmail/gmail/thread-selectors';
import { startMailApp } from '@/lib/webmail/runner';
import { startThreadReader } from '@/lib/webmail/thread-runner';

export default defineContentScript({
  matches: mailMatches('gmail'),
  runAt: 'document_idle',
  main(ctx) {
    startMailApp(GMAIL, ctx.signal, { fr: navigator.language.startsWith('fr') });
    startThreadReader(GMAIL_THREAD, ctx.signal, {
      lang: pickLang('auto', navigator.language),
      locale: document.documentElement.lang || navigator.language,
    });
  },
});
