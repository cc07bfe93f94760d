import type { DetectedInvoice } from '../detected';
import { readCii } from './cii';
import { readUbl } from './ubl';
import { EInvoiceError, parseXml } from './xml';
import { bilingual } from '../../model/text';

/** Reads any supported e-invoice XML: UBL 2.1 Invoice/CreditNote, CII, ZUGFeRD 1.0. */
export function readEInvoiceXml(xml: string): DetectedInvoice {
  const doc = parseXml(xml);
  if ('Invoice' in doc || 'CreditNote' in doc) return readUbl(doc);
  if ('CrossIndustryInvoice' in doc || 'CrossIndustryDocument' in doc) return readCii(doc);
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  throw new EInvoiceError(bilingual(`Ce n’est pas une facture électronique : l’élément racine est <${root ?? 'aucun'}>, au lieu d’une facture ou d’un avoir UBL ou d’une facture CII`, `Not an e-invoice: the root element is <${root ?? 'none'}>, expected UBL Invoice/CreditNote or CII CrossIndustryInvoice`));
}
