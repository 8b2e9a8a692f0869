import { STEP, type StepId } from '../../flows/intakeSteps';

/** The intake's steps in the words the report uses for where a resident gave up (Swedish, as the staff pages). */
export const INTAKE_STEP_LABEL: Readonly<Record<StepId, string>> = {
  [STEP.menu]: 'Menyn (första frågan)',
  [STEP.kind]: 'Slag av synpunkt',
  [STEP.area]: 'Verksamhetsområde',
  [STEP.what]: 'Vad hände',
  [STEP.whatMore]: 'Något att lägga till',
  [STEP.praiseWhy]: 'Vad var bra',
  [STEP.whenWhere]: 'När och var',
  [STEP.consequences]: 'Följder',
  [STEP.onBehalf]: 'För vems räkning',
  [STEP.anonymous]: 'Anonym eller inte',
  [STEP.wantsReply]: 'Vill ha svar',
  [STEP.name]: 'Namn',
  [STEP.replyMethod]: 'Svar per telefon eller e-post',
  [STEP.callbackNumber]: 'Telefonnummer för återuppringning',
  [STEP.callbackNumberEntry]: 'Slå in telefonnummer',
  [STEP.email]: 'E-postadress',
  [STEP.callbackDay]: 'Dag för återuppringning',
  [STEP.callbackWindow]: 'Tid för återuppringning',
  [STEP.confirm]: 'Bekräftelse',
  [STEP.done]: 'Klart',
  [STEP.voiceMessage]: 'Röstmeddelande',
  [STEP.voiceMessageKept]: 'Röstmeddelande sparat',
  [STEP.callbackOffer]: 'Erbjudande om återuppringning',
  [STEP.callbackKept]: 'Återuppringning sparad',
  [STEP.closedOffer]: 'Erbjudande när kundtjänst är stängd',
  [STEP.statusRequest]: 'Frågade hur det går med ett ärende',
};

export function intakeStepLabel(step: string): string {
  return (INTAKE_STEP_LABEL as Record<string, string>)[step] ?? (step ? `Steget ${step}` : 'Okänt steg');
}
