import type { Insertable } from 'kysely';
import type { OpenOperation } from '../engine/index.ts';
import type { AgentOperationTable } from '../store/index.ts';

/** What an operation row says of its session (13.2.2.2): the same for each of its periods. */
export interface OperationSession {
  workNo: number;
  agentType: number;
  phoneNo: string;
  logonSn: string;
  skillInfoSn: string;
}

/** One row of the agent operation journal (13.2.2.2). */
export function operationRow(id: string, vdnId: number, session: OperationSession, op: OpenOperation, endMs: number): Insertable<AgentOperationTable> {
  return {
    id,
    vdnId,
    agentId: String(session.workNo),
    skillId: op.skillId,
    callId: op.callId,
    beginMs: op.beginMs,
    endMs,
    opType: op.opType,
    opObject: op.opObject,
    opCause: op.opCause,
    mediaType: 5,
    agentType: session.agentType,
    phoneNo: session.phoneNo,
    callInOut: '',
    logonSn: session.logonSn,
    skillInfoSn: session.skillInfoSn,
  };
}
