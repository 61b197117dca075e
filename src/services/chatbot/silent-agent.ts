import { CecError } from '../../http/cec-error.ts';
import type { DialogService } from './dialog-service.ts';
import type { QueuedTransfer } from './session-data.ts';

/**
 * CEC §10.11.1 (ref L36571–36663): a silent agent switches a live call between supervision (1)
 * and insertion (2), releases it to the bot (0), or takes it (3: a transfer the call's next
 * dialog response carries as outaction 11). Only a call in state 1 or 2 may be switched (ref L36593).
 */
export async function changeWorkMode(dialog: DialogService, vdnId: number, callId: string, agentId: string, workMode: number, transfer: QueuedTransfer | undefined): Promise<void> {
  await dialog.changeLiveCall(vdnId, callId, (data) => {
    if (data.workMode !== 1 && data.workMode !== 2) throw new CecError('10000002', 'the call is not under a silent agent (supervision or insertion)');
    if (workMode === 3) {
      if (!transfer) throw new CecError('10000002', 'callTransferRequest is mandatory with workMode 3');
      data.queuedTransfer = transfer;
      data.workMode = 0;
    } else data.workMode = workMode;
    data.silentAgentId = agentId;
  });
}

/**
 * CEC §10.11.2 (ref L36665–36730): the silent agent's reply is said instead of the bot's next
 * prompt, recorded with responseSource 1 (decision 1010). The call must be in insertion (2).
 */
export async function receiveAgentReply(dialog: DialogService, vdnId: number, callId: string, agentId: string, content: string): Promise<void> {
  await dialog.changeLiveCall(vdnId, callId, (data) => {
    if (data.workMode !== 2) throw new CecError('10000002', 'the call is not in insertion mode');
    data.queuedReply = content;
    data.silentAgentId = agentId;
  });
}
