import { languageOfLocale } from '../../domain';
import { fill } from '../../flow/speaking';
import type { ChatActivity } from './chatActivity';
import { CHAT_WORDS } from './chatWords';

/** Microsoft Teams' channel id on /api/messages. */
export const TEAMS_CHANNEL = 'msteams';
/** Teams shows no more suggested actions than this. */
const TEAMS_MAX_ACTIONS = 3;

/** A Teams button: imBack sends its title as the resident's own message, which the engine understands. */
interface TeamsAction {
  type: 'imBack';
  title: string;
  value: string;
}

/**
 * A reply as Teams can show it: every choice stays reachable. The first three are imBack buttons (what Teams
 * prefers); the others are listed in the question's text with their number, which the engine takes as typed.
 */
export function forTeams(activities: ChatActivity[]): ChatActivity[] {
  return activities.map((activity) => {
    const actions = activity.suggestedActions?.actions;
    if (!actions?.length) return activity;
    const buttons: TeamsAction[] = actions.slice(0, TEAMS_MAX_ACTIONS).map((a) => ({ type: 'imBack', title: a.title, value: a.title }));
    const rest = actions.slice(TEAMS_MAX_ACTIONS);
    const lang = languageOfLocale(activity.locale);
    const listed = rest.map((a) => (/^\d+$/.test(a.value) ? fill(CHAT_WORDS.numberedChoice[lang], { number: a.value, label: a.title }) : a.title));
    const text = rest.length ? `${activity.text ?? ''}\n\n${CHAT_WORDS.moreChoices[lang]}\n\n${listed.join('\n\n')}` : activity.text;
    return { ...activity, ...(text === undefined ? {} : { text }), suggestedActions: { actions: buttons as unknown as NonNullable<ChatActivity['suggestedActions']>['actions'] } };
  });
}

/**
 * The resident's words without Teams' mentions of the bot ("<at>Synpunkt</at> klagomål" → "klagomål"): in a
 * group chat or channel a message to the bot starts by naming it, and that name is not an answer.
 */
export function withoutMentions(text: string): string {
  return text.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}
