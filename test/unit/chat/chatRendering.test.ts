import { renderReply } from '../../../src/channels/chat/chatRendering';
import type { Reply } from '../../../src/conversation/reply';

const options = { customerServicePhone: null };
const answer = { kind: 'text', text: 'x' } as const;

function reply(fields: Partial<Reply>): Reply {
  return { turn: 3, language: 'sv', say: [], ask: null, ending: 'ask', caseReference: null, ...fields };
}

describe('a reply as chat activities', () => {
  it('puts the question last, with the choices as buttons in the phone order and the step named', () => {
    const activities = renderReply(
      reply({
        say: [{ kind: 'text', text: 'Förlåt, jag uppfattade inte det.' }, { kind: 'text', text: 'Vad vill du lämna?' }],
        ask: { step: 'kind', input: 'choice', choices: [{ key: '1', label: 'Klagomål' }, { key: '2', label: 'Synpunkt eller förslag' }, { key: '3', label: 'Beröm' }], skippable: false, hints: [] },
      }),
      answer,
      options,
    );
    expect(activities.map((a) => [a.text, a.inputHint])).toEqual([
      ['Förlåt, jag uppfattade inte det.', 'acceptingInput'],
      ['Vad vill du lämna?', 'expectingInput'],
    ]);
    expect(activities[1]!.channelData).toEqual({ step: 'kind', input: 'choice' });
    expect(activities[1]!.suggestedActions!.actions.map((a) => [a.title, a.value])).toEqual([['Klagomål', '1'], ['Synpunkt eller förslag', '2'], ['Beröm', '3']]);
  });

  it('offers a skip button on a question that may be skipped, sending the phone\'s #', () => {
    const [question] = renderReply(reply({ language: 'en', say: [{ kind: 'text', text: 'When and where?' }], ask: { step: 'when_where', input: 'text', choices: [], skippable: true, hints: [] } }), answer, options);
    expect(question!.suggestedActions!.actions).toEqual([expect.objectContaining({ title: 'Skip', value: '#' })]);
    expect(question!.locale).toBe('en-GB');
  });

  it('finishes a sentence with the number it names, and ends with endOfConversation', () => {
    const activities = renderReply(
      reply({
        ending: 'end',
        caseReference: '2026-00042',
        say: [{ kind: 'text', text: 'Tack. Ditt ärendenummer är' }, { kind: 'caseReference' }, { kind: 'text', text: 'Ha det bra!' }],
      }),
      answer,
      options,
    );
    expect(activities.map((a) => a.text ?? a.type)).toEqual(['Tack. Ditt ärendenummer är 2026\u201100042.', 'Ha det bra!', 'endOfConversation']);
    expect(activities.at(-1)!.channelData).toEqual({ ending: 'end', caseReference: '2026-00042' });
  });

  it('offers a callback instead of the phone queue when the resident asks for a person', () => {
    const activities = renderReply(
      reply({ ending: 'transfer', caseReference: '2026-00007', say: [{ kind: 'text', text: 'Jag kopplar dig till kundtjänst. Vänta kvar…' }] }),
      answer,
      { customerServicePhone: '+46 8 123 456' },
    );
    const text = activities.map((a) => a.text ?? '').join(' ');
    expect(text).not.toMatch(/Vänta kvar/);
    expect(text).toMatch(/ringer gärna upp dig/);
    expect(text).toMatch(/ärendenummer 2026\u201100007/);
    expect(text).toMatch(/ringa kundtjänst på \+46 8 123 456/);
    expect(activities.at(-1)).toMatchObject({ type: 'endOfConversation', channelData: { ending: 'transfer' } });
  });

  it('says the conversation has ended when a message comes after the goodbye, and nothing when the chat is closed', () => {
    expect(renderReply(reply({ ending: 'end' }), answer, options)[0]!.text).toMatch(/samtalet är avslutat/);
    expect(renderReply(reply({ ending: 'end' }), { kind: 'hangup' }, options).map((a) => a.type)).toEqual(['endOfConversation']);
  });
});
