import type { MessageKey } from '@/lib/i18n/t';

/** The options page's sections (their element ids), as its table of contents names them. */
export const SECTIONS: [string, MessageKey][] = [
  ['identity', 'optionsYourDetails'],
  ['preferences', 'optionsPreferences'],
  ['ladder', 'optionsLadder'],
  ['rates', 'optionsRates'],
  ['templates', 'optionsTemplates'],
  ['import', 'optionsImport'],
  ['bank', 'optionsBankStatement'],
  ['sites', 'optionsInvoicingApps'],
  ['backup', 'optionsBackup'],
  ['privacy', 'optionsPrivacy'],
  ['reset', 'optionsErase'],
];
