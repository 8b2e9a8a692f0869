import { AGENT_FORM_FIELDS, caseFormSchema } from '../../../src/agent/caseForm';
import { emptyCaseForm, prefillFromCall, prefillFromCase } from '../../../src/agent/caseFormValues';
import { caseFormFields } from '../../../src/agent/pages/caseFormFields';
import { CHOICE_LABELS } from '../../../src/agent/pages/labels';
import type { TransferredCall } from '../../../src/conversation/transferredCalls';
import type { Case } from '../../../src/register/case';

const call = (state: unknown, callerPhone: string | null = '+46701112233'): TransferredCall => ({
  callSid: 'CA1',
  callerPhone,
  transferredAt: new Date(),
  state,
  caseId: null,
  caseReference: null,
  caseStatus: null,
  takenBy: null,
});

describe("the agents' case form, from the declared fields", () => {
  it('shows every declared field with a form input, in declaration order, then the callback booking', () => {
    const names = [...caseFormFields(emptyCaseForm(), [{ id: 7, name: 'Hemtjänst Norr' }]).toString().matchAll(/<(?:select|textarea|input) id="[^"]+" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'kind', 'area', 'what', 'whenWhere', 'consequences', 'onBehalf', 'language', 'unitId',
      'anonymous', 'serious', 'confidential',
      'replyMethod', 'contact.name', 'contact.phone', 'contact.email',
      'callback.window', 'callback.phone',
    ]);
    expect(names.slice(0, -2).sort()).toEqual(AGENT_FORM_FIELDS.map((f) => f.name).sort());
  });

  it('has a label for every option of every declared choice', () => {
    const missing = AGENT_FORM_FIELDS.flatMap((f) => (f.field.form!.choices ?? []).filter((c) => !CHOICE_LABELS[f.name]?.[c]).map((c) => `${f.name}: ${c}`));
    expect(missing).toEqual([]);
  });

  it('accepts a filled form, treats "" as no value, and names what a required field needs', () => {
    const form = caseFormSchema.parse({ kind: 'klagomal', area: 'annat', what: ' Ingen kom ', unitId: '', contact: { phone: '070-123 45 67' } });
    expect(form).toMatchObject({ what: 'Ingen kom', unitId: null, language: 'sv', anonymous: false, contact: { name: null, phone: '+46701234567', email: null } });
    expect(caseFormSchema.parse({ kind: 'klagomal', area: 'annat', what: 'x', unitId: '7' })).toMatchObject({ unitId: 7 });
    expect(caseFormSchema.safeParse({ kind: 'klagomal', area: 'annat', what: 'x', unitId: 'Norr' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['unitId']);
    const refused = caseFormSchema.safeParse({ area: 'annat', what: 'x' });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['kind', 'choose the kind: klagomål, synpunkt, förslag or beröm']]);
  });

  it("fills a transferred call's form from the stored answers by the declared fields' names, and ignores what it does not know", () => {
    const state = {
      language: 'en',
      answers: { kind: 'klagomal', area: 'nonsense', what: 'Ingen kom.', name: 'Anna', replyMethod: 'phone', serious: 'yes', callback: { window: 'morning' }, secret: 1 },
    };
    expect(prefillFromCall(call(state))).toEqual({
      ...emptyCaseForm(),
      kind: 'klagomal',
      what: 'Ingen kom.',
      replyMethod: 'phone',
      contact: { name: 'Anna', phone: '+46701112233', email: null },
      callbackWindow: 'morning',
      language: 'en',
    });
    expect(prefillFromCall(call({ answers: { anonymous: true, name: 'Anna', replyMethod: 'phone' } }))).toMatchObject({
      anonymous: true,
      replyMethod: null,
      contact: { name: null, phone: null, email: null },
    });
    expect(prefillFromCall(call('not a state', null))).toEqual(emptyCaseForm());
  });

  it("fills an incomplete case's form from the case", () => {
    const c = { kind: null, area: 'annat', what: 'Lade på.', whenWhere: null, consequences: null, onBehalf: 'self', anonymous: false, replyMethod: null,
      contact: { name: null, phone: '+46701234567', email: null }, language: 'sv', serious: true, confidential: false, unitId: 7 } as Partial<Case>;
    expect(prefillFromCase(c as Case)).toEqual({ ...c, callbackWindow: null });
  });
});
