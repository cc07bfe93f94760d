import { TextError, type Text } from '../model/text';

/** Why a statement file cannot be read: names the line or the element. */
export class StatementError extends TextError {
  constructor(text: Text) {
    super(text);
    this.name = 'StatementError';
  }
}
