export { imcKeys, imcSignature, sealImcMessage, openImcMessage, type ImcKeys, type OpenedImcMessage } from './imc-cipher.ts';
export { applyImcEvent, ImcEvent, type ImcEventOutcome } from './imc-event.ts';
