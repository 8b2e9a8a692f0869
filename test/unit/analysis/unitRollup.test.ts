import { rollUpUnits } from '../../../src/analysis/unitRollup';
import type { Unit } from '../../../src/organisation/organisationTypes';

const unit = (id: number, name: string, level: Unit['level'], parentId: number | null): Unit => ({ id, name, level, parentId, serviceAreas: [], active: true });
const UNITS = [
  unit(1, 'Vård och omsorg', 'sektor', null),
  unit(2, 'Hemtjänst', 'verksamhet', 1),
  unit(3, 'Hemtjänst norr', 'enhet', 2),
  unit(4, 'Hemtjänst söder', 'enhet', 2),
  unit(5, 'Särskilt boende', 'verksamhet', 1),
  unit(6, 'Nattpatrullen', 'enhet', 5),
];
const rows = (counts: Record<string, number>) => Object.entries(counts).map(([id, cases]) => ({ value: id === 'none' ? null : id, cases }));

it.each([
  {
    name: 'rolls enheter up through verksamhet to sektor, top-down, leaving out units with no cases',
    current: rows({ 3: 5, 4: 2, 2: 1 }),
    previous: rows({ 3: 1, 6: 4 }),
    lines: [
      ['Vård och omsorg', 0, 8, 5],
      ['Hemtjänst', 1, 8, 1],
      ['Hemtjänst norr', 2, 5, 1],
      ['Hemtjänst söder', 2, 2, 0],
      ['Särskilt boende', 1, 0, 4],
      ['Nattpatrullen', 2, 0, 4],
    ],
  },
  {
    name: 'cases without a unit come last',
    current: rows({ none: 3, 6: 1 }),
    previous: [],
    lines: [
      ['Vård och omsorg', 0, 1, 0],
      ['Särskilt boende', 1, 1, 0],
      ['Nattpatrullen', 2, 1, 0],
      ['Ingen enhet ännu', 0, 3, 0],
    ],
  },
  { name: 'no cases, no lines', current: [], previous: [], lines: [] },
])('$name', ({ current, previous, lines }) => {
  expect(rollUpUnits(UNITS, current, previous).map((l) => [l.name, l.depth, l.cases, l.previous])).toEqual(lines);
});

it('survives a parent cycle in bad data', () => {
  const cyclic = [unit(1, 'A', 'verksamhet', 2), unit(2, 'B', 'verksamhet', 1), unit(3, 'C', 'enhet', null)];
  expect(rollUpUnits(cyclic, rows({ 1: 1, 3: 2 }), []).map((l) => l.name)).toEqual(['C', 'A']);
});
