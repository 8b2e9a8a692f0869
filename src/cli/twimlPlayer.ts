import { DOMParser, type Element } from '@xmldom/xmldom';

/** One TwiML verb as the terminal phone acts on it. */
export type Verb =
  | { verb: 'Say'; text: string }
  | { verb: 'Gather'; action: string; says: string[]; speech: boolean; numDigits: number | null; plays: boolean }
  | { verb: 'Record'; action: string; maxLength: number; statusCallback: string | null }
  | { verb: 'Redirect'; url: string }
  | { verb: 'Enqueue'; queue: string; waitUrl: string | null; action: string | null; workflowSid: string | null; task: string | null }
  | { verb: 'Dial'; to: string; action: string | null; timeout: number; callerId: string | null }
  | { verb: 'Play'; url: string }
  | { verb: 'Pause' }
  | { verb: 'Leave' }
  | { verb: 'Hangup' };

export class TwimlError extends Error {
  override readonly name = 'TwimlError';
}

/** Reads a TwiML document into the verbs the terminal phone understands. */
export function parseTwiml(xml: string): Verb[] {
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new TwimlError(`The service sent unreadable TwiML: ${msg}`); } }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.nodeName !== 'Response') throw new TwimlError('The service did not answer with a TwiML <Response>');
  return elements(root).map(toVerb);
}

function toVerb(el: Element): Verb {
  const text = (el.textContent ?? '').trim();
  switch (el.nodeName) {
    case 'Say':
      return { verb: 'Say', text };
    case 'Gather':
      return {
        verb: 'Gather',
        action: el.getAttribute('action') ?? '',
        says: elements(el).filter((c) => c.nodeName === 'Say').map((c) => (c.textContent ?? '').trim()),
        speech: (el.getAttribute('input') ?? 'dtmf').includes('speech'),
        numDigits: el.getAttribute('numDigits') ? Number(el.getAttribute('numDigits')) : null,
        plays: elements(el).some((c) => c.nodeName === 'Play'),
      };
    case 'Record':
      return {
        verb: 'Record',
        action: el.getAttribute('action') ?? '',
        maxLength: Number(el.getAttribute('maxLength') ?? 3600),
        statusCallback: el.getAttribute('recordingStatusCallback') || null,
      };
    case 'Redirect':
      return { verb: 'Redirect', url: text };
    case 'Enqueue': {
      const task = elements(el).find((c) => c.nodeName === 'Task');
      return {
        verb: 'Enqueue',
        queue: task ? '' : text,
        waitUrl: el.getAttribute('waitUrl'),
        action: el.getAttribute('action'),
        workflowSid: el.getAttribute('workflowSid'),
        task: task ? (task.textContent ?? '').trim() : null,
      };
    }
    case 'Dial':
      return {
        verb: 'Dial',
        to: text,
        action: el.getAttribute('action'),
        // Twilio's default: 30 seconds of ringing.
        timeout: Number(el.getAttribute('timeout') ?? 30),
        callerId: el.getAttribute('callerId'),
      };
    case 'Play':
      return { verb: 'Play', url: text };
    case 'Pause':
      return { verb: 'Pause' };
    case 'Leave':
      return { verb: 'Leave' };
    case 'Hangup':
      return { verb: 'Hangup' };
    default:
      throw new TwimlError(`The terminal phone does not know the TwiML verb <${el.nodeName}>`);
  }
}

function elements(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as Element);
  return out;
}
