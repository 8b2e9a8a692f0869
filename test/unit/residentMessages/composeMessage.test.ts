import type { Language, ServiceArea } from '../../../src/domain';
import { composeFullMessage, composeSms, type MessageCase } from '../../../src/residentMessages/composeMessage';
import { SMS_MAX_LENGTH, type ResidentMessageSettings } from '../../../src/residentMessages/residentMessageTypes';

const settings: ResidentMessageSettings = { municipalityName: 'Exempelby kommun', municipalityAddress: null, customerServicePhone: '+46101234567' };
const withLink: ResidentMessageSettings = { ...settings, notSatisfiedUrl: (reference) => `https://synpunkt.example.se/inte-nojd/${reference}?sig=abc` };
const caseIn = (area: ServiceArea | null, language: Language = 'sv'): MessageCase => ({ reference: '2026-00042', language, area, contact: { name: 'Karin Andersson' } });

describe('the answer names where to turn when not satisfied', () => {
  it.each([
    ['aldreomsorg', 'Inspektionen för vård och omsorg (IVO)', 'Patientnämnden'],
    ['stod_och_service', 'Inspektionen för vård och omsorg (IVO)', 'Patientnämnden'],
    ['individ_och_familjeomsorg', 'Inspektionen för vård och omsorg (IVO)', 'Patientnämnden'],
    ['halso_och_sjukvard', 'Patientnämnden', 'IVO'],
  ] as const)('%s: ends at %s, never %s', (area, named, notNamed) => {
    const { body } = composeFullMessage(caseIn(area), 'answer', 'Vi har ändrat rutinerna.', settings, true);
    expect(body).toContain(named);
    expect(body).not.toContain(notNamed);
  });

  it('an area not known names both', () => {
    const { body } = composeFullMessage(caseIn(null), 'answer', 'Svar.', settings, true);
    expect(body).toContain('IVO');
    expect(body).toContain('Patientnämnden');
  });

  it.each([
    ['e-mail, no link', settings, true, 'Svara på det här meddelandet, eller ring kundtjänst på 010-123 45 67 och säg ärendenumret 2026-00042'],
    ['letter, no link', settings, false, 'Ring kundtjänst på 010-123 45 67 och säg ärendenumret 2026-00042'],
    ['the signed link', withLink, true, 'https://synpunkt.example.se/inte-nojd/2026-00042?sig=abc'],
  ] as const)('the next level first: %s', (_, given, canReply, expected) => {
    const { body } = composeFullMessage(caseIn('aldreomsorg'), 'answer', 'Svar.', given, canReply);
    expect(body.indexOf(expected)).toBeGreaterThan(body.indexOf('Svar.'));
    expect(body.indexOf(expected)).toBeLessThan(body.indexOf('IVO'));
  });

  it('a link the other module cannot make (null) falls back to reply or call', () => {
    const { body } = composeFullMessage(caseIn('aldreomsorg'), 'answer', 'Svar.', { ...settings, notSatisfiedUrl: () => null }, true);
    expect(body).toContain('Svara på det här meddelandet');
  });

  it('news carries no escalation, only where to ask', () => {
    const { subject, body } = composeFullMessage(caseIn('aldreomsorg'), 'news', 'Vi utreder.', withLink, true);
    expect(subject).toBe('Besked om ditt ärende 2026-00042');
    expect(body).not.toContain('inte-nojd');
    expect(body).toContain('Har du frågor?');
  });
});

describe('in the resident language', () => {
  it.each([
    ['sv', 'Svar på ditt ärende', 'Hej Karin Andersson!'],
    ['en', 'Answer to your case', 'Hello Karin Andersson,'],
    ['fi', 'Vastaus asiaasi', 'Hei Karin Andersson!'],
  ] as const)('%s', (language, subject, greeting) => {
    const message = composeFullMessage(caseIn('aldreomsorg', language), 'answer', 'Text.', settings, true);
    expect(message.subject).toContain(subject);
    expect(message.body.startsWith(greeting)).toBe(true);
    expect(message.body).toContain('IVO');
  });
});

describe('an SMS is never a long text', () => {
  it('short news goes whole, with the sender', () => {
    const sms = composeSms(caseIn('aldreomsorg'), 'news', 'Vi utreder   ärendet.', settings);
    expect(sms).toEqual({ body: 'Exempelby kommun: Här får du veta vad som händer med ditt ärende. Ärendenummer: 2026-00042. Vi utreder ärendet.', whole: true });
  });

  it.each(['sv', 'en', 'fi'] as const)('long news (%s) says it has come and how to hear it, within the limit', (language) => {
    const sms = composeSms(caseIn('aldreomsorg', language), 'news', 'Ord '.repeat(100), settings);
    expect(sms.whole).toBe(false);
    expect(sms.body).not.toContain('Ord');
    expect(sms.body).toContain('2026-00042');
    expect(sms.body).toContain('010-123 45 67');
    expect(sms.body.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
  });

  it('an answer by phone is never texted: the SMS says customer service will call', () => {
    const sms = composeSms(caseIn('aldreomsorg'), 'answer', 'Kort svar.', settings);
    expect(sms.body).not.toContain('Kort svar.');
    expect(sms.body).toContain('Kundtjänst ringer dig');
  });

  it('without a configured number it still says whom to call', () => {
    const sms = composeSms(caseIn('aldreomsorg'), 'news', 'Ord '.repeat(100), { ...settings, customerServicePhone: null });
    expect(sms.body).toContain('Ring kommunens kundtjänst');
  });
});
