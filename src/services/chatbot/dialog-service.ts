import { CecError } from '../../http/cec-error.ts';
import { compactTime, newDialogState, outparams, step, type DialogEffect, type DialogEvent, type DialogOutput, type FlowDefinition, type NluResult } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapSessionRow } from '../../store/repositories/oiap-dialog.repository.ts';
import type { LocalNlu } from './local-nlu.ts';
import type { ChatbotHttp, DialogPort, DialogReply, DialogRequest } from './ports.ts';
import type { SessionData } from './session-data.ts';
import { runnableFlow } from './flows.ts';
import { recordOutput, closeSession } from './dialog-records.ts';
import { readInparams, type InitParams } from './dialog-inparams.ts';
import { robotConfig, type RobotConnector } from './robot-connector.ts';

/** Idle time after which a call instance is closed with release_reason "1" (decision 1006). */
export const sessionIdleMs = 30 * 60 * 1000;
/** Effects (NLU, REST) one request may run before the flow is declared looping. */
const maxEffectsPerTurn = 20;

export interface DialogDeps {
  repos: Repositories;
  now(): number;
  nlu: LocalNlu;
  http: ChatbotHttp;
  locks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
  nextId(): string;
  robot: RobotConnector;
}

const fail = (code: string, message: string, httpStatus: number) => new CecError(code, message, { httpStatus });
const notInSystem = (message: string) => fail('10000003', message, 500);

/** What one request produced: the reply, REST node outcomes and the last recognition. */
interface TurnResult {
  output: DialogOutput;
  interfaceCalls: { ok: boolean }[];
  recognized: NluResult | undefined;
}

/**
 * The dialog interface (10.5/10.6, note 05 §5.4.5): one request is one turn of a call instance.
 * Requests of one call run one at a time; the state is written through to the store, so a call
 * survives a restart. inaction 13 only reads and never waits behind a turn.
 */
export class DialogService implements DialogPort {
  constructor(private readonly deps: DialogDeps) {}

  async process(vdnId: number, request: DialogRequest, options: { vdnid?: number } = {}): Promise<DialogReply> {
    if (options.vdnid !== undefined && options.vdnid !== vdnId) throw fail('900002', `vdnid ${options.vdnid} is not the tenant of auth_token`, 200);
    if (request.inaction === 13) return this.poll(vdnId, request);
    return this.deps.locks.run(`oiap-call:${vdnId}:${request.userid}`, () => this.turn(vdnId, request));
  }

  private async turn(vdnId: number, request: DialogRequest): Promise<DialogReply> {
    const params = readInparams(request);
    switch (request.inaction) {
      case 8:
        return this.init(vdnId, request, params.init());
      case 7:
        return this.openCapture(vdnId, request);
      case 9:
      case 12:
      case 11:
        return this.resume(vdnId, request, params);
      default:
        throw fail('10000002', `inaction ${request.inaction} is not 7, 8, 9, 11 or 13`, 400);
    }
  }

  private async init(vdnId: number, request: DialogRequest, init: InitParams): Promise<DialogReply> {
    const { repos } = this.deps;
    const binding = await repos.oiapConfig.navigationByCode(vdnId, init.callDstId);
    if (!binding) throw notInSystem(`access code ${init.callDstId} is not bound to a flow`);
    const flow = await runnableFlow(repos, vdnId, binding.flowCode);
    if (!flow) throw notInSystem(`flow ${binding.flowCode} has no released version`);
    const existing = await repos.oiapDialog.session(vdnId, request.userid);
    if (existing) throw fail('10000004', `call instance ${request.userid} already exists`, 500);
    const now = this.deps.now();
    const pendingCapture = this.captures.get(`${vdnId}:${request.userid}`);
    this.captures.delete(`${vdnId}:${request.userid}`);
    const data: SessionData = {
      dialog: newDialogState(flow.definition, init.variables, init.text),
      flowId: flow.row.flowId,
      call: { callSorId: init.callSorId, callDstId: init.callDstId, regionId: init.regionId, entranceId: init.entranceId, channelType: init.channelType, language: flow.definition.language === '1' ? 'en_US' : 'zh_CN' },
      capture: pendingCapture ?? null,
      workMode: flow.row.workMode,
      silentAgentId: null,
      queuedTransfer: null,
      queuedReply: null,
    };
    const row: OiapSessionRow = {
      vdnId,
      callId: request.userid,
      accessCode: init.callDstId,
      callSorId: init.callSorId,
      ctiCallId: init.ctiCallId,
      flowCode: binding.flowCode,
      flowInstId: `${init.callSorId}${compactTime(now)}${request.userid}`,
      dialogType: binding.dialogType,
      status: 'active',
      state: '',
      startedAtMs: now,
      updatedAtMs: now,
      endedAtMs: null,
      releaseReason: null,
      endedInIvr: 0,
      transferred: 0,
      interactCount: 0,
      interfaceRequests: 0,
      interfaceSuccesses: 0,
      feedback: null,
    };
    const result = await this.drive(vdnId, flow.definition, data, { kind: 'start' });
    return this.finishTurn(row, data, result, { isNew: true, userSaying: null });
  }

  private async resume(vdnId: number, request: DialogRequest, params: ReturnType<typeof readInparams>): Promise<DialogReply> {
    const { repos } = this.deps;
    const row = await repos.oiapDialog.session(vdnId, request.userid);
    if (!row) throw notInSystem(`call instance ${request.userid} does not exist`);
    const data = JSON.parse(row.state) as SessionData;
    const input = params.input();
    const now = this.deps.now();
    if (row.status === 'active' && now - Number(row.updatedAtMs) > sessionIdleMs) {
      await closeSession(repos, row, data, now, '1', false);
      row.status = 'closed';
    }
    if (row.status !== 'active' || data.dialog.waiting === 'ending' || data.dialog.waiting === 'closed') {
      // After the end the only answer is the hangup flag (ref L33212–33214); a turn on a call that
      // timed out is a value that no longer exists.
      if (row.status !== 'active' && input.text !== 'hangup' && request.inaction !== 11) throw notInSystem(`call instance ${request.userid} has ended`);
      if (row.status === 'active') await closeSession(repos, row, data, now, '0', !row.transferred);
      return this.hangupReply(row, data, '0');
    }
    if (input.text === 'hangup') {
      // ExtParams release_reason (10.5.2): "2" the user released the call; the default is the flow's "0".
      await closeSession(repos, row, data, now, params.extVariables().release_reason === '2' ? '2' : '0', true);
      return this.hangupReply(row, data, '0');
    }
    if (params.feedback() !== undefined) row.feedback = params.feedback()!;
    const flow = await this.flowOf(vdnId, row, data);
    let event: DialogEvent;
    let saying: string | null = null;
    if (request.inaction === 11) {
      if (data.dialog.waiting !== 'transfer') throw fail('10000002', 'no transfer is pending for inaction 11', 400);
      const success = params.transferSucceeded();
      await repos.oiapDialog.updateOpenTransfers(vdnId, row.callId, { opResult: success ? 'SUCCESS' : 'FAIL', recordResult: params.recordResult(), endAtMs: now });
      if (success) {
        row.transferred = 1;
        await closeSession(repos, row, data, now, '0', false);
        return this.hangupReply(row, data, '0');
      }
      event = { kind: 'transferResult', success: false };
    } else {
      const text = this.resolveAsr(data, input.text);
      saying = text;
      event = { kind: 'input', resultType: input.resultType, input: text, ext: params.extVariables() };
    }
    const result = await this.drive(vdnId, flow, data, event);
    return this.finishTurn(row, data, result, { isNew: false, userSaying: saying });
  }

  /** Runs the machine, doing its effects (NLU, REST) until it answers the caller. */
  private async drive(vdnId: number, flow: FlowDefinition, data: SessionData, first: DialogEvent): Promise<TurnResult> {
    let result = step(flow, data.dialog, first);
    const interfaceCalls = [...result.notes.interfaceCalls];
    let recognized = result.notes.recognized;
    for (let n = 0; result.kind === 'effect'; n++) {
      if (n >= maxEffectsPerTurn) {
        result = { state: { ...result.state, waiting: 'ending' }, kind: 'output', output: { outaction: 10, releaseReason: '1' }, notes: result.notes };
        break;
      }
      const effect = result.effect;
      const event: DialogEvent =
        effect.kind === 'nlu'
          ? { kind: 'nluResult', result: await this.recognize(vdnId, data, effect) }
          : { kind: 'httpResult', ...(await this.deps.http(effect)) };
      result = step(flow, result.state, event);
      interfaceCalls.push(...result.notes.interfaceCalls);
      recognized = result.notes.recognized ?? recognized;
    }
    data.dialog = result.state;
    return { output: result.output, interfaceCalls, recognized };
  }

  /** The tenant's third-party robot when one is configured (10.14), else the local NLU. */
  private async recognize(vdnId: number, data: SessionData, effect: Extract<DialogEffect, { kind: 'nlu' }>): Promise<NluResult> {
    const robot = await robotConfig(this.deps.repos, vdnId);
    if (robot) return this.deps.robot.recognize(robot, { userId: data.call.callSorId, accessCode: data.call.callDstId, sentence: effect.sentence, tenantId: String(vdnId), language: data.call.language });
    return this.deps.nlu.recognize(vdnId, { sentence: effect.sentence, language: data.call.language, faqGroups: effect.faqGroups, domains: effect.domains });
  }

  private async finishTurn(row: OiapSessionRow, data: SessionData, result: TurnResult, turn: { isNew: boolean; userSaying: string | null }): Promise<DialogReply> {
    const now = this.deps.now();
    let output = result.output;
    let responseSource: '0' | '1' = '0';
    if (data.queuedReply !== null && output.outaction === 9) {
      // A silent agent's reply (10.11.2) is said instead of the bot's (ref L36689–36693).
      output = { ...output, text: data.queuedReply };
      data.dialog = { ...data.dialog, lastReply: data.queuedReply };
      data.queuedReply = null;
      responseSource = '1';
    }
    if (data.queuedTransfer && output.outaction === 9) {
      output = { outaction: 11, ...data.queuedTransfer, recordPath: '' };
      data.dialog = { ...data.dialog, waiting: 'transfer', transIdx: data.dialog.transIdx + 1 };
      data.queuedTransfer = null;
    }
    row.interfaceRequests += result.interfaceCalls.length;
    row.interfaceSuccesses += result.interfaceCalls.filter((c) => c.ok).length;
    row.updatedAtMs = now;
    const reply = { userid: row.callId, outaction: output.outaction, outparams: outparams(output, data.dialog, { ...this.facts(row, data), responseSource }, now) };
    await recordOutput({ repos: this.deps.repos, nextTransferId: this.deps.nextId }, { row, data, output, recognized: result.recognized, userSaying: turn.userSaying, now, isNew: turn.isNew, responseSource });
    return reply;
  }

  private hangupReply(row: OiapSessionRow, data: SessionData, releaseReason: '0' | '1'): DialogReply {
    return { userid: row.callId, outaction: 10, outparams: outparams({ outaction: 10, releaseReason: (row.releaseReason as '0' | '1' | null) ?? releaseReason }, data.dialog, this.facts(row, data), Number(row.endedAtMs ?? this.deps.now())) };
  }

  private facts(row: OiapSessionRow, data: SessionData) {
    return { callId: row.callId, callSorId: row.callSorId, callDstId: row.accessCode, startedAtMs: Number(row.startedAtMs), regionId: data.call.regionId, entranceId: data.call.entranceId, capture: data.capture !== null, responseSource: '0' as const };
  }

  private async flowOf(vdnId: number, row: OiapSessionRow, data: SessionData): Promise<FlowDefinition> {
    // A call keeps the version it started with, even after a newer one is released (decision 1003).
    const [version] = await this.deps.repos.oiapConfig.flows(vdnId, { flowId: data.flowId });
    if (!version) throw notInSystem(`flow ${row.flowCode} no longer exists`);
    return JSON.parse(version.definition) as FlowDefinition;
  }

  /** An input `key@inter_no` names a recognition result of the capture session (ref L33255, L33330). */
  private resolveAsr(data: SessionData, input: string): string {
    if (!data.capture || !/^[^@\s]+@\d+$/.test(input)) return input;
    data.capture.speechStarted = false;
    return data.capture.results.shift() ?? input;
  }

  /** Packet captures opened before the call instance exists (inaction 7 comes first). */
  private readonly captures = new Map<string, NonNullable<SessionData['capture']>>();

  private async openCapture(vdnId: number, request: DialogRequest): Promise<DialogReply> {
    // The token VoiceCyber must send back (10.12 serviceToken) names the tenant before a dot.
    const capture = { serviceToken: `${vdnId}.${this.deps.nextId()}`, speechStarted: false, results: [] as string[] };
    const row = await this.deps.repos.oiapDialog.session(vdnId, request.userid);
    if (row && row.status === 'active') {
      const data = JSON.parse(row.state) as SessionData;
      data.capture = data.capture ?? capture;
      await this.deps.repos.oiapDialog.updateSession(vdnId, row.callId, { state: JSON.stringify(data) });
    } else this.captures.set(`${vdnId}:${request.userid}`, capture);
    return { userid: request.userid, outaction: 7, outparams: {} };
  }

  /**
   * Changes the stored state of a live call instance under its lock (the silent agent, 10.11);
   * `change` may throw a CecError. Unknown or ended instances are 10000003.
   */
  async changeLiveCall(vdnId: number, userid: string, change: (data: SessionData) => void): Promise<void> {
    await this.deps.locks.run(`oiap-call:${vdnId}:${userid}`, async () => {
      const row = await this.deps.repos.oiapDialog.session(vdnId, userid);
      if (!row || row.status !== 'active') throw new CecError('10000003', `call instance ${userid} does not exist or has ended`);
      const data = JSON.parse(row.state) as SessionData;
      change(data);
      await this.deps.repos.oiapDialog.updateSession(vdnId, userid, { state: JSON.stringify(data) });
    });
  }

  /** The serviceToken of a capture opened for a call (the recorder's credential for 10.12). */
  async captureToken(vdnId: number, userid: string): Promise<string | undefined> {
    const pending = this.captures.get(`${vdnId}:${userid}`);
    if (pending) return pending.serviceToken;
    const row = await this.deps.repos.oiapDialog.session(vdnId, userid);
    return row ? ((JSON.parse(row.state) as SessionData).capture?.serviceToken ?? undefined) : undefined;
  }

  /**
   * CEC §10.12 (ref L36732–36829): a recognition result of the capture session `taskId`.
   * StartSpeech marks barge-in; a final NormalResult queues its text for the next inaction 9
   * (an input `key@inter_no` takes it). False when the token names no open capture.
   */
  async pushRecognition(serviceToken: string, taskId: string, result: { respType: string; text: string; isFinal: boolean }): Promise<boolean> {
    const vdnId = Number(serviceToken.split('.')[0]);
    if (!Number.isInteger(vdnId) || (await this.captureToken(vdnId, taskId)) !== serviceToken) return false;
    return this.deps.locks.run(`oiap-call:${vdnId}:${taskId}`, async () => {
      const apply = (capture: NonNullable<SessionData['capture']>) => {
        if (result.respType === 'StartSpeech') capture.speechStarted = true;
        else if (result.isFinal && result.text !== '') capture.results.push(result.text);
      };
      const pending = this.captures.get(`${vdnId}:${taskId}`);
      if (pending) {
        apply(pending);
        return true;
      }
      const row = await this.deps.repos.oiapDialog.session(vdnId, taskId);
      const data = JSON.parse(row!.state) as SessionData;
      apply(data.capture!);
      await this.deps.repos.oiapDialog.updateSession(vdnId, taskId, { state: JSON.stringify(data) });
      return true;
    });
  }

  private async poll(vdnId: number, request: DialogRequest): Promise<DialogReply> {
    const row = await this.deps.repos.oiapDialog.session(vdnId, request.userid);
    if (!row) throw notInSystem(`call instance ${request.userid} does not exist`);
    const data = JSON.parse(row.state) as SessionData;
    const recognized = data.capture !== null && (data.capture.speechStarted || data.capture.results.length > 0);
    return { userid: request.userid, outaction: 13, outparams: { call_id: request.userid, recognize_type: recognized ? '1' : '0' } };
  }
}
