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
    const lang = pickLang('auto', navigator.language);
    startMailApp(OUTLOOK, ctx.signal, lang);
    startThreadReader(OUTLOOK_THREAD, ctx.signal, {
      lang,
      locale: document.documentElement.lang || navigator.language,
    });
  },
});
