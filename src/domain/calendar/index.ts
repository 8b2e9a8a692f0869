/**
 * The working calendar: time zone, working days, customer service's opening hours, callback windows and the
 * deadlines promised to residents. Shared vocabulary: it imports nothing of the project outside src/domain.
 */
export * from './calendarDay';
export * from './zonedTime';
export * from './swedishHolidays';
export * from './openingHours';
export * from './workingCalendar';
export * from './callbackHours';
export * from './callbackWindows';
export * from './deadlines';
