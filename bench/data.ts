/** Generated data for the benchmarks: invented, deterministic. */
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (offset: number) => {
  const d = new Date(Date.UTC(2026, 10, 23) + offset * 864e5);
  return {
    iso: d.toISOString().slice(0, 10),
    fr: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  };
};

export function invoiceListHtml(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const amount = 100 + ((i * 7919) % 9000);
    body.push(
      `<tr><td><a href="/f/${i}">F-2026-${pad(i, 5)}</a></td><td>Client ${i % 300}</td><td>${day(-40 - (i % 60)).fr}</td><td>${day(-10 - (i % 60)).fr}</td><td class="num">${amount.toLocaleString('fr-FR')},00 €</td><td class="num">${amount.toLocaleString('fr-FR')},00 €</td><td><span class="badge">En retard</span></td></tr>`,
    );
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Factures</title></head><body><nav>Factures · Clients · Devis</nav><table><thead><tr><th>N°</th><th>Client</th><th>Date</th><th>Échéance</th><th>Montant TTC</th><th>Reste à payer</th><th>Statut</th></tr></thead><tbody>${body.join('')}</tbody></table></body></html>`;
}

export function ledgerRecords(invoices: number, clients: number) {
  const c = Array.from({ length: clients }, (_, i) => ({
    id: `bench:c${i}`,
    name: `Client ${pad(i, 5)}`,
    emails: [`c${i}@bench.example`],
    language: 'fr',
    kind: 'b2b',
    jurisdiction: 'fr-b2b',
  }));
  const inv = Array.from({ length: invoices }, (_, i) => {
    const total = 10_000 + ((i * 7919) % 900_000);
    const paid = i % 3 === 0;
    return {
      id: `inv:B-${i}`,
      number: `B-${i}`,
      clientId: `bench:c${i % clients}`,
      issueDate: day(-200 + (i % 190)).iso,
      dueDate: day(-170 + (i % 190)).iso,
      currency: 'EUR',
      total,
      amountDue: paid ? 0 : total,
      status: paid ? 'paid' : 'open',
      sources: [{ kind: 'csv', where: 'bench', at: '2026-11-23T00:00:00.000Z' }],
    };
  });
  return { clients: c, invoices: inv };
}

export function tenThousandCsv(): string {
  const lines = [
    'Numéro de facture;Client;E-mail;Date;Date d’échéance;Montant TTC;Reste à payer;Devise',
  ];
  for (let i = 0; i < 10_000; i++)
    lines.push(
      `I-${pad(i, 5)};Importé ${i % 500};imp${i % 500}@bench.example;${day(-60).fr};${day(-30 + (i % 50)).fr};${(120 + (i % 900)).toString()},00;${(120 + (i % 900)).toString()},00;EUR`,
    );
  return lines.join('\n');
}
