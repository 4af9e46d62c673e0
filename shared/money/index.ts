/**
 * The money module (design §6), one import for every layer: exact arithmetic on decimal
 * text (arith), settlement and 抹零 (settle), user input (parse), locale formatting
 * (format) and the 10^-8 integer units amounts are stored in (units).
 */
export * from './arith';
export * from './format';
export * from './parse';
export * from './settle';
export * from './units';
