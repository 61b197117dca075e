/** Erasure of customers' personal data (reference 5.1.13): the one door of this context. */
export { createPersonalDataErasure, type PersonalDataEraser, type PersonalDataErasure, type ErasureReport } from './personal-data-eraser.ts';
export { personalDataErasers, personalDataEraserFactories } from './personal-data-erasers.ts';
export { erasePersonalData, type PersonalDataDeps } from './erase-personal-data.ts';
export { redactNumbers } from './redact-numbers.ts';
