export * from './flow-definition.ts';
export * from './dialog-state.ts';
export { newDialogState, step } from './dialog-machine.ts';
export { fillTemplate, type Variables } from './variables.ts';
export { modelType } from './model-type.ts';
export { FaqIndex, type FaqDocument, type FaqHit } from './nlu/faq-index.ts';
export { IntentClassifier, type IntentExample, type IntentScore } from './nlu/intent-classifier.ts';
export { normalizeText, terms, words, charNgrams } from './nlu/text.ts';
