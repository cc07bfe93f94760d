/**
 * The ledger file (backups, `relance plan --ledger`, the demo data): its schemas, reading
 * one (parse.ts), writing one (write.ts), and what is wrong with one, in the user's
 * languages (issues.ts).
 */
export {
  ClientSchema,
  SenderSchema,
  FileEventSchema,
  FileInvoiceSchema,
  LedgerFileSchema,
  type LedgerFile,
} from './schemas';
export { parseLedgerFile, type LoadedLedger } from './parse';
export { toLedgerFile, type LedgerExtras } from './write';
export { issueText, LedgerFileError } from './issues';
export { contentKey } from './content';
export { hashText } from '../../model/hash';
