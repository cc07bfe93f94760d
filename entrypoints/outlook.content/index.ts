import { pickLang } from '@/lib/i18n/languages';
import { OUTLOOK } from '@/lib/webmail/outlook/selectors';
import { OUTLOOK_THREAD } from '@/lib/webmail/outlook/thread-selectors';
import { startMailApp } from '@/lib/webmail/runner';
import { startThreadReader } from '@/lib/webmail/thread-runner';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startMailApp(OUTLOOK, ctx.signal, { fr: navigator.language.startsWith('fr') });
    startThreadReader(OUTLOOK_THREAD, ctx.signal, { lang: pickLang('auto', navigator.language), locale: document.documentElement.lang || navigator.language });
  },
});
