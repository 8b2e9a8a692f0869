import { statementParams } from '../../../src/db/statementParts';
import { readScopeCondition, withinReadScope, type ReadScope } from '../../../src/register/readScope';

const plain = { confidential: false, unitId: 3 };
const secret = { confidential: true, unitId: 3 };
const unrouted = { confidential: false, unitId: null };

describe.each<[string, ReadScope, boolean, boolean, boolean]>([
  ['an admin', { kind: 'all' }, true, true, true],
  ['customer service', { kind: 'notConfidential' }, true, false, true],
  ['a handler of unit 3', { kind: 'ofUnits', unitIds: [3] }, true, true, false],
  ['a handler of unit 4', { kind: 'ofUnits', unitIds: [4] }, false, false, false],
  ['a handler of no unit', { kind: 'ofUnits', unitIds: [] }, false, false, false],
])('%s', (_who, scope, readsPlain, readsSecret, readsUnrouted) => {
  it('reads what the scope allows', () => {
    expect([withinReadScope(scope, plain), withinReadScope(scope, secret), withinReadScope(scope, unrouted)]).toEqual([readsPlain, readsSecret, readsUnrouted]);
  });
});

describe('the scope as SQL', () => {
  it.each<[ReadScope, string, unknown[]]>([
    [{ kind: 'all' }, 'true', []],
    [{ kind: 'notConfidential' }, 'NOT c.confidential', []],
    [{ kind: 'ofUnits', unitIds: [] }, 'false', []],
    [{ kind: 'ofUnits', unitIds: [3, 5] }, 'c.unit_id = ANY($1::integer[])', [[3, 5]]],
  ])('%j → %s', (scope, sql, values) => {
    const params = statementParams();
    expect(readScopeCondition(scope, params, 'c')).toBe(sql);
    expect(params.values).toEqual(values);
  });
});
