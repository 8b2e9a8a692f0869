import { incomingActivitySchema } from '../../../src/channels/chat/chatActivity';
import { chatIntentOf, languageOf, MAX_MESSAGE_LENGTH } from '../../../src/channels/chat/chatInput';

const intent = (fields: Record<string, unknown>) => chatIntentOf(incomingActivitySchema.parse({ type: 'message', ...fields }));

describe('an activity as the conversation\'s input', () => {
  it.each([
    [{ text: 'Klagomål', value: '1' }, { kind: 'key', key: '1' }],
    [{ text: 'Hoppa över', value: '#' }, { kind: 'key', key: '#' }],
    [{ text: 'prata med någon' }, { kind: 'text', text: 'prata med någon' }],
    [{ text: '   ' }, { kind: 'silence' }],
    [{}, { kind: 'silence' }],
    [{ text: 'hej', value: { key: '1' } }, { kind: 'text', text: 'hej' }],
  ])('%j → %j', (fields, input) => {
    expect(intent(fields)).toEqual({ kind: 'turn', input });
  });

  it('starts the conversation in the language the page asks for', () => {
    expect(intent({ type: 'conversationUpdate', locale: 'en-GB' })).toEqual({ kind: 'turn', input: { kind: 'start', lang: 'en' } });
    expect(intent({ type: 'event', name: 'webchat/join', locale: 'sv-SE' })).toEqual({ kind: 'turn', input: { kind: 'start', lang: 'sv' } });
    expect(intent({ type: 'event', name: 'something/else' })).toEqual({ kind: 'ignore' });
  });

  it('treats a closed chat as a hang-up, typing as nothing, and refuses unknown types and over-long messages', () => {
    expect(intent({ type: 'endOfConversation' })).toEqual({ kind: 'turn', input: { kind: 'hangup' } });
    expect(intent({ type: 'typing' })).toEqual({ kind: 'ignore' });
    expect(intent({ type: 'invoke' })).toEqual({ kind: 'unknownType', type: 'invoke' });
    expect(intent({ text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) })).toEqual({ kind: 'tooLong', max: MAX_MESSAGE_LENGTH });
  });

  it.each([['en', 'en'], ['en-US', 'en'], ['EN_gb', 'en'], ['sv-SE', 'sv'], ['de-DE', 'sv'], [undefined, undefined], ['', undefined]])(
    'locale %s → %s',
    (locale, language) => expect(languageOf(locale)).toBe(language),
  );
});
