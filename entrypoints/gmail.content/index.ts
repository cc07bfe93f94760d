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
    const lang = pickLang('auto', navigator.language);
    startMailApp(GMAIL, ctx.signal, lang);
    startThreadReader(GMAIL_THREAD, ctx.signal, {
      lang,
      locale: document.documentElement.lang || navigator.language,
    });
  },
});
