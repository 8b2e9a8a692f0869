/**
 * "Hur går det med mitt ärende?" from the menu: the flow ends with ending 'status' and the channel's status on request
 * takes over (the phone's own route, which asks for the case number; in the chat, the words to write). The engine
 * stays pure: looking a case up and sending a code happen outside it (src/residentStatus).
 */
import type { StepView } from '../src/flow/flowTypes';
import { say } from '../src/flow/speaking';
import { endStep } from '../src/flow/stepBuilders';
import type { IntakeAnswers } from './intakeAnswers';
import type { IntakeStep } from './intakeDrafts';
import { PROMPTS as P } from './intakePrompts';
import { STEP } from './intakeSteps';

/** Spoken, the status route asks for the number itself; written, the chat says what to write. */
function statusWords(view: StepView<IntakeAnswers>) {
  return view.capabilities.medium === 'spoken' ? [] : [say(P.statusInChat, view.language)];
}

export const STATUS_STEPS: { readonly [STEP.statusRequest]: IntakeStep } = {
  [STEP.statusRequest]: endStep({ ending: 'status', say: statusWords, effects: () => [] }),
};

/** The menu's answer 2 leads here. */
export const askedForStatus = (view: StepView<IntakeAnswers>) => view.answers.askedForStatus === true;
