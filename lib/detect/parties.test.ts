import { describe, expect, it } from 'vitest';
import { isAddressLine, isNameLine, legalIds, nameOfBlock } from './parties';

describe('legal ids by their labels', () => {
  it.each([
    // ProjeQtOr's colNumTax: "TVA intracom." (fr), "tax number" (en).
    ['TVA intracom.\u00a0:\u00a0FR47483123456', ['FR47483123456']],
    ['tax number\u00a0:\u00a0GB123456789', ['GB123456789']],
    ['SIRET :\n48312345600029', ['48312345600029']],
    ['Company number : 09876543', ['09876543']],
    // Shopware's en-GB document.vatId "VAT Reg.No: %vatId%": no space before "No".
    ['VAT Reg.No: GB294735118', ['GB294735118']],
    // Shopware's fr-FR document.taxNumber holding a SIRET (Luhn key checks); a wrong key is no SIRET.
    ["Numéro d'impôt : 85321496300029", ['85321496300029']],
    ["Numéro d'impôt : 85321496300028", []],
    ['Tax no: 412 7730 5521', []],
    // OS POS's Sales.tax_id: "Tax Id" (en), "Id Taxe" (fr).
    ['Tax Id: GB123456789', ['GB123456789']],
    ['Id Taxe: FR62843217654', ['FR62843217654']],
  ])('"%s"', (text, ids) => {
    expect(legalIds(text)).toEqual(ids);
  });

  it('a French VAT number printed bare is kept only when its key matches its SIREN', () => {
    expect(legalIds('5 quai de la Fosse\nFR86853214967\nFRANCE 44000')).toEqual(['FR86853214967']);
    expect(legalIds('Réf. FR45853214967')).toEqual([]);
  });

  it('a reference that is no VAT number is not taken', () => {
    expect(legalIds('tax ref : XK-778')).toEqual([]);
  });
});

describe('a bare French VAT number', () => {
  it('is taken alone on its line only when its key checks', () => {
    expect(legalIds('5 quai Rambaud, Lyon\nFR15901234567')).toEqual(['FR15901234567']);
    expect(legalIds('5 quai Rambaud, Lyon\nFR61901234567')).toEqual([]);
    expect(legalIds('Ref FR15901234567 paid')).toEqual([]);
  });
});

describe('address lines', () => {
  it.each(['14 rue de la Charité', '69002', '38250 Lans-en-Vercors', 'M1 5WG', '88 Dock Road'])(
    '"%s" is an address line',
    (line) => expect(isAddressLine(line)).toBe(true),
  );
  it.each(['Fromagerie Vercors Tradition', 'FAC-2026-0058', 'France'])('"%s" is not', (line) =>
    expect(isAddressLine(line)).toBe(false),
  );
});

describe('a whole address on one line', () => {
  it('is no name: the sender line above a window envelope address', () => {
    expect(isNameLine('Maison Pastel SAS 14 rue des Carmes - 31000 Toulouse - France')).toBe(false);
    expect(isNameLine('Atelier Lumière - 5 place Bellecour - 69002 Lyon')).toBe(false);
  });
  it('a name with a dash in it stays a name', () => {
    expect(isNameLine('Durand - Martin Architectes')).toBe(true);
    expect(isNameLine('Fernhill Studio Ltd')).toBe(true);
  });
});

describe('the name of a block laid out as fields', () => {
  it('skips the fields\' names ("Nom", "Company"), and takes the company under a person', () => {
    expect(
      nameOfBlock(['Nom', 'Claire Brunel', 'Société', 'Atelier Brunel SARL', 'Adresse', '4 quai']),
    ).toBe('Atelier Brunel SARL');
    expect(nameOfBlock(['Name', 'Marcus Hale', 'Company', 'Cedar & Pine Design Co.'])).toBe(
      'Cedar & Pine Design Co.',
    );
    expect(nameOfBlock(['Name', 'Marcus Hale', 'Address', '88 Alder Avenue'])).toBe('Marcus Hale');
  });
});

describe('"TVA Entreprise"', () => {
  it('labels a VAT number (FOSSBilling\'s "Company VAT" in French)', () => {
    expect(legalIds('TVA Entreprise\nFR71790456123')).toEqual(['FR71790456123']);
  });
});
