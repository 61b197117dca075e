import type { EngineCore, Result } from '../core/index.ts';
import { fail, ok } from '../core/index.ts';
import { participantKey, type ConfParticipant, type Conference } from './conference-types.ts';

/**
 * The conferences of one tenant's engine, kept beside it (the core holds no conference state):
 * by id, and which conference each agent takes part in or is invited to.
 */
interface Book {
  byId: Map<number, Conference>;
  ofAgent: Map<number, number>;
}

const books = new WeakMap<EngineCore, Book>();

function bookOf(engine: EngineCore): Book {
  let book = books.get(engine);
  if (!book) books.set(engine, (book = { byId: new Map(), ofAgent: new Map() }));
  return book;
}

export function conferences(engine: EngineCore): IterableIterator<Conference> {
  return bookOf(engine).byId.values();
}

export function conferenceById(engine: EngineCore, confId: number): Conference | undefined {
  return bookOf(engine).byId.get(confId);
}

/** The conference an agent is in or invited to. */
export function conferenceOf(engine: EngineCore, workNo: number): Conference | undefined {
  const confId = bookOf(engine).ofAgent.get(workNo);
  return confId === undefined ? undefined : bookOf(engine).byId.get(confId);
}

export function addConference(engine: EngineCore, conf: Conference): void {
  bookOf(engine).byId.set(conf.confId, conf);
}

export function removeConference(engine: EngineCore, conf: Conference): void {
  const book = bookOf(engine);
  book.byId.delete(conf.confId);
  for (const [workNo, confId] of book.ofAgent) if (confId === conf.confId) book.ofAgent.delete(workNo);
}

export function bindAgent(engine: EngineCore, workNo: number, conf: Conference): void {
  bookOf(engine).ofAgent.set(workNo, conf.confId);
}

export function unbindAgent(engine: EngineCore, workNo: number): void {
  bookOf(engine).ofAgent.delete(workNo);
}

/** A refusal that carries the CTI conference cause (Table 6-450), passed through as errorReason. */
export function confFail<T = never>(cause: number, detail: string): Result<T> {
  return { ok: false, rejection: { tag: 'ConfOperationFailed', detail: `${cause}: ${detail}`, cause } };
}

/** CTI cause 21237: the agent or number operated on is not in the conference. */
export const causeNotInConference = 21237;

/**
 * The conference whose chair `workNo` is, ready for a chair operation (note 02 §5.8): not signed
 * in 100-006; no conference, or one still being applied for (before AgentConf_RequestSuccess,
 * ref L14349): 101-001; not its chair: 101-002.
 */
export function chairedConference(engine: EngineCore, workNo: number): Result<Conference> {
  if (!engine.agents.has(workNo)) return fail('NotSignedIn', 'the agent has not signed in');
  const conf = conferenceOf(engine, workNo);
  if (!conf || conf.phase !== 'active' || !conf.participants.get(participantKey('9', String(workNo)))) return fail('ConfNone', 'the agent has no conference');
  if (conf.chairWorkNo !== workNo) return fail('ConfNotChair', `agent ${conf.chairWorkNo} chairs conference ${conf.confId}`);
  return ok(conf);
}

/** A joined participant of the conference by address, or cause 21237. */
export function joinedParticipant(conf: Conference, addressType: string, address: string): Result<ConfParticipant> {
  const participant = conf.participants.get(participantKey(addressType, address));
  if (!participant || participant.state !== 'joined') return confFail(causeNotInConference, `${address} is not in conference ${conf.confId}`);
  return ok(participant);
}

/** Parties counted against memberNum: joined and being called. */
export function occupiedSeats(conf: Conference): number {
  return conf.participants.size;
}
