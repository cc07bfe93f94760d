import type { DetectedInvoice } from '../detected';
import { SelectorMissError, type SiteAdapter, type SiteContext } from './adapter';
import { akaunting } from './akaunting/parse';
import { dolibarr } from './dolibarr/parse';
import { invoiceNinja } from './invoice-ninja/parse';
import { invoicePlane } from './invoiceplane/parse';
import { invoiceShelf } from './invoiceshelf/parse';
import { odoo } from './odoo/parse';
import { bilingual, type Text } from '../../model/text';

/** The invoicing apps whose pages Relance reads with their own selectors. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [invoicePlane, akaunting, dolibarr, odoo, invoiceNinja, invoiceShelf];

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
      if (ctx.url && a.urlMatches(ctx.url)) warnings.push(bilingual(`Cette adresse ressemble à celles de ${a.app}, mais la page n’a pas le balisage que Relance connaît (${a.seen}) ; lue sans les sélecteurs de ${a.app}`, `This address looks like ${a.app}'s, but the page does not have the markup Relance knows (${a.seen}); read without ${a.app}'s selectors`));
      continue;
    }
    const payables = a.payables?.(doc, ctx);
    if (payables) return { app: a.app, invoices: [], warnings: [...warnings, bilingual(`${a.app} : ${payables.fr} — Relance relance ce que vos clients vous doivent, pas ce que vous devez`, `${a.app}: ${payables.en} — Relance chases what clients owe you, not what you owe`)] };
    try {
      const invoices = a.read(doc, ctx);
      if (invoices.length) return { app: a.app, invoices, warnings };
      warnings.push(bilingual(`${a.app} : page reconnue, mais aucune facture n’a pu y être lue`, `${a.app}: page recognised, but no invoice could be read from it`));
    } catch (e) {
      if (!(e instanceof SelectorMissError)) throw e;
      warnings.push(bilingual(`${e.app} : aucun élément pour ${e.what} (sélecteur « ${e.selector} ») — l’application a peut-être changé depuis ${a.seen} ; lue sans ses sélecteurs`, `${e.message} — the app may have changed since ${a.seen}; read without its selectors`));
    }
  }
  return { app: null, invoices: [], warnings };
}
