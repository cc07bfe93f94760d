import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Observation } from '../detect/invoice-reading';

/**
 * The ledger database, owned by the extension origin. Content scripts never open it:
 * they ask the background through messages. Every schema change is a migration
 * appended to MIGRATIONS; a database at any earlier version upgrades step by step.
 */
export const DB_NAME = 'relance-ledger';

/** An observation kept because it changed an invoice: the ledger's evidence of where a value came from. */
export interface ObservationRecord extends Observation {
  id?: number;
  invoiceId: string;
}

export interface RelanceDB extends DBSchema {
  invoices: {
    key: string;
    value: Invoice;
    indexes: { 'by-client': string; 'by-status-due': [string, string] };
  };
  clients: { key: string; value: Client; indexes: { 'by-email': string; 'by-legal-id': string } };
  events: {
    key: string;
    value: LedgerEvent;
    indexes: { 'by-client': string; 'by-invoice': string; 'by-date': string };
  };
  observations: { key: number; value: ObservationRecord; indexes: { 'by-invoice': string } };
  /** Small records of other modules, by key (lib/bank/store.ts keeps the bank state here). */
  meta: { key: string; value: unknown };
}

export type LedgerDB = IDBPDatabase<RelanceDB>;
type UpgradeTx = IDBPTransaction<RelanceDB, StoreNames<RelanceDB>[], 'versionchange'>;

/** MIGRATIONS[n] upgrades a database from version n to n + 1. */
export const MIGRATIONS: ((db: IDBPDatabase<RelanceDB>, tx: UpgradeTx) => void)[] = [
  // v1 (foundation): invoices, clients, events.
  (db) => {
    const invoices = db.createObjectStore('invoices', { keyPath: 'id' });
    invoices.createIndex('by-client', 'clientId');
    invoices.createIndex('by-number' as never, 'number'); // removed in v3
    const clients = db.createObjectStore('clients', { keyPath: 'id' });
    clients.createIndex('by-email', 'emails', { multiEntry: true });
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('by-client', 'clientId');
    events.createIndex('by-invoice', 'invoiceIds', { multiEntry: true });
  },
  // v2 (ledger): observations, user rates (removed in v4), meta; urgency and legal-id indexes.
  (db, tx) => {
    const observations = db.createObjectStore('observations', {
      keyPath: 'id',
      autoIncrement: true,
    });
    observations.createIndex('by-invoice', 'invoiceId');
    db.createObjectStore('rates' as never, {
      keyPath: ['series', 'halfYear'] as unknown as string,
    }); // removed in v4
    db.createObjectStore('meta');
    tx.objectStore('invoices').createIndex('by-status-due', ['status', 'dueDate']);
    tx.objectStore('clients').createIndex('by-legal-id', 'legalId');
    tx.objectStore('events').createIndex('by-date', 'date');
  },
  // v3: no index on the raw invoice number. An invoice's key is derived from its number
  // (invoiceId), so a lookup by number is a key lookup; the index only slowed writes.
  (_db, tx) => {
    tx.objectStore('invoices').deleteIndex('by-number');
  },
  // v4: no 'rates' store. Nothing ever wrote to it: the user's own rates are a setting
  // (lib/settings.ts, with the backup), so it held nothing and is dropped empty.
  (db) => {
    db.deleteObjectStore('rates' as never);
  },
];

export const DB_VERSION = MIGRATIONS.length;

export async function openLedger(name = DB_NAME, version = DB_VERSION): Promise<LedgerDB> {
  return openDB<RelanceDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx);
    },
    blocked() {
      console.warn('Relance: the ledger upgrade waits for another tab of the extension to close');
    },
  });
}
