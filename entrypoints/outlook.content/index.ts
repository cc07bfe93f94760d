import { pickLang } from '@/lib/i18n/languages';
import { mailMatches } from '@/lib/webmail/hosts';
import { OUTLOOK } from '@/lib/webmail/outlook/selectors';
import { OUTLOOK_THREAD } from '@/lib/webmail/outlook/thread-selectors';
import { startMailApp } from '@/lib/webmail/runner';
import { startThreadReader } from '@/lib/webmail/thread-runner';

export default defineContentScript({
  matches: mailMatches('outlook'),
  runAt: 'document_idle',
  main(ctx) {
    startMailApp(OUTLOOK, ctx.signal, { fr: navigator.language.startsWith('fr') });
    startThreadReader(OUTLOOK_THREAD, ctx.signal, {
      lang: pickLang('auto', navigator.language),
      locale: document.documentElement.lang || navigator.language,
    });
  },
});
