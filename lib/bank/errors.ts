import { bilingual, TextError } from '../model/text';

/** Why a statement file cannot be read: names the line or the element. */
export class StatementError extends TextError {
  constructor(fr: string, en: string) {
    super(bilingual(fr, en));
    this.name = 'StatementError';
  }
}
