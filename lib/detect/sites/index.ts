import type { DetectedInvoice } from '../invoice-reading';
import { SelectorMissError, type SiteAdapter, type SiteContext } from './adapter';
import { akaunting } from './akaunting/parse';
import { dolibarr } from './dolibarr/parse';
import { invoiceNinja } from './invoice-ninja/parse';
import { invoicePlane } from './invoiceplane/parse';
import { invoiceShelf } from './invoiceshelf/parse';
import { kimai } from './kimai/parse';
import { odoo } from './odoo/parse';
import { type Text } from '../../model/text';
import { catalogText } from '../../i18n/text';

/** The invoicing apps whose pages Relance reads with their own selectors. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  invoicePlane,
  akaunting,
  dolibarr,
  odoo,
  invoiceNinja,
  invoiceShelf,
  kimai,
];

const SIGNATURES = SITE_ADAPTERS.flatMap((a) => a.signatures);

export interface SiteReading {
  app: string | null;
  invoices: DetectedInvoice[];
  warnings: Text[];
}

/**
 * The first adapter whose markup is on the page reads it. When the address is an app's
 * but its markup is not (the app changed), or a selector it needs finds nothing, the
 * warning says so and the generic reader takes over.
 */
export function readWithSites(doc: Document, ctx: SiteContext): SiteReading {
  const warnings: Text[] = [];
  // Most pages are no app's: a look for each adapter's signature is cheaper than its pageMatches.
  const someApp = SIGNATURES.some((s) => !!doc.querySelector(s));
  for (const a of SITE_ADAPTERS) {
    if (!someApp || !a.pageMatches(doc)) {
      if (ctx.url && a.urlMatches(ctx.url))
        warnings.push(catalogText('sitesIndexThisAddressLooksLike', a.app, a.seen));
      continue;
    }
    const payables = a.payables?.(doc, ctx);
    if (payables)
      return {
        app: a.app,
        invoices: [],
        warnings: [...warnings, catalogText('sitesIndexRelanceChasesWhatClients', a.app, payables)],
      };
    try {
      const invoices = a.read(doc, ctx);
      if (invoices.length) return { app: a.app, invoices, warnings };
      warnings.push(catalogText('sitesIndexPageRecognisedButNo', a.app));
    } catch (e) {
      if (!(e instanceof SelectorMissError)) throw e;
      warnings.push(catalogText('sitesIndexTheAppMayHave', e.app, e.what, e.selector, a.seen));
    }
  }
  return { app: null, invoices: [], warnings };
}
