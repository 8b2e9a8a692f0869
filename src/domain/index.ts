/**
 * What every part of Synpunkt shares and nothing else: languages, channels and their capabilities, the case's
 * kinds, areas and statuses, phone numbers, and the working calendar. It imports nothing of the project.
 */
export * from './languages';
export * from './channels';
export * from './cases';
export * from './phoneNumber';
export * from './calendar';
export * from './recordsPlan';
