import { parse } from 'csv-parse/sync';
import { casesCsv, maskFreeText, percentCell } from '../../../src/agent/pages/analysisCsv';
import type { ExportedCase } from '../../../src/analysis/exportedCases';

const exported = (overrides: Partial<ExportedCase> = {}): ExportedCase => ({
  id: 4711,
  registeredAt: new Date('2026-03-01T23:30:00Z'),
  kind: 'klagomal',
  area: 'aldreomsorg',
  channel: 'phone',
  onBehalf: 'relative',
  serious: true,
  status: 'answered',
  unitId: 3,
  categories: ['bemotande', 'mat'],
  newsDays: 9,
  answerDays: 20,
  texts: null,
  ...overrides,
});

const units = new Map([[3, { name: 'Hemtjänst norr' }]]);
const read = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  return parse(csv.slice(1), { delimiter: ';' }) as string[][];
};

describe('masking what residents wrote', () => {
  it.each([
    { text: 'Min pappa 19450312-1234 fick fel medicin', masked: 'Min pappa [maskerat] fick fel medicin' },
    { text: 'personnummer 450312-1234.', masked: 'personnummer [maskerat].' },
    { text: 'ring mig på 070-123 45 67 eller karin@example.se', masked: 'ring mig på [maskerat] eller [maskerat]' },
    { text: 'Hemtjänsten kom två timmar sent 2026-03-01', masked: 'Hemtjänsten kom två timmar sent 2026-03-01' },
    { text: null, masked: '' },
  ])('$text', ({ text, masked }) => {
    expect(maskFreeText(text)).toBe(masked);
  });
});

describe('the cases, pseudonymised', () => {
  it('has no case number, id, name, phone, e-mail or address, and numbers the rows in the file', () => {
    const rows = read(casesCsv([exported(), exported({ id: 4712, serious: false, unitId: null, onBehalf: null, newsDays: null, answerDays: null, categories: [] })], units, false));
    expect(rows[0]).toEqual(['Löpnummer', 'Registrerat', 'Slag', 'Verksamhetsområde', 'Enhet', 'Kanal', 'Kategorier', 'För vems räkning', 'Allvarligt', 'Status', 'Dagar till besked', 'Dagar till svar']);
    // Registered just before midnight UTC: the 2nd in Swedish time.
    expect(rows[1]).toEqual(['1', '2026-03-02', 'Klagomål', 'Äldreomsorg', 'Hemtjänst norr', 'Telefon (menyn)', 'bemotande, mat', 'En närstående', 'ja', 'Besvarat', '9', '20']);
    expect(rows[2]).toEqual(['2', '2026-03-02', 'Klagomål', 'Äldreomsorg', '', 'Telefon (menyn)', '', '', 'nej', 'Besvarat', '', '']);
    expect(JSON.stringify(rows)).not.toContain('4711');
  });

  it.each([
    { name: 'for a role that may not read cases, no text at all', withTexts: false, columns: 12 },
    { name: 'for a role that may, the texts masked', withTexts: true, columns: 15 },
  ])('$name', ({ withTexts, columns }) => {
    const texts = { what: 'Pappa (19450312-1234) fick "fel" medicin; ring 0701234567', whenWhere: 'I går', consequences: null };
    const rows = read(casesCsv([exported({ texts: withTexts ? texts : null })], units, withTexts));
    expect(rows.every((r) => r.length === columns)).toBe(true);
    const file = JSON.stringify(rows);
    expect(file).not.toContain('19450312');
    expect(file).not.toContain('0701234567');
    if (withTexts) expect(rows[1]!.slice(12)).toEqual(['Pappa ([maskerat]) fick "fel" medicin; ring [maskerat]', 'I går', '']);
  });
});

it.each([
  { share: null, cell: '' },
  { share: 0, cell: '0,0' },
  { share: 2 / 3, cell: '66,7' },
  { share: 1, cell: '100,0' },
])('writes the share $share as "$cell" (percent, decimal comma)', ({ share, cell }) => {
  expect(percentCell(share)).toBe(cell);
});
