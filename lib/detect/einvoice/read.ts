import type { DetectedInvoice } from '../invoice-reading';
import { readCii } from './cii';
import { readUbl } from './ubl';
import { EInvoiceError, parseXml } from './xml';
import { catalogText } from '../../i18n/text';

/** Reads any supported e-invoice XML: UBL 2.1 Invoice/CreditNote, CII, ZUGFeRD 1.0. */
export function readEInvoiceXml(xml: string): DetectedInvoice {
  const doc = parseXml(xml);
  if ('Invoice' in doc || 'CreditNote' in doc) return readUbl(doc);
  if ('CrossIndustryInvoice' in doc || 'CrossIndustryDocument' in doc) return readCii(doc);
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  throw new EInvoiceError(catalogText('einvoiceReadNotAnEInvoice', root));
}
