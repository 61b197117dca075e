import { Value } from '@sinclair/typebox/value';
import { CecError } from '../../http/cec-error.ts';
import { FlowDefinition, flowDefinitionProblems } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapFlowRow } from '../../store/repositories/oiap-config.repository.ts';
import { configCodes } from './bindings.ts';

export interface FlowImport {
  flowCode?: string;
  flowName: string;
  flowDesc?: string;
  scenarioType?: string;
  source?: string;
  workMode?: number;
  isDefault?: string;
  /** Release the version at once (status VALID); otherwise it stays INITIAL. */
  release?: boolean;
  definition: unknown;
}

export interface FlowDeps {
  repos: Repositories;
  now(): number;
  nextId(): string;
}

/**
 * Imports a flow program as a new version of `flowCode` (decision 1003). Versions are immutable
 * once stored; importing again adds v2, v3... A flow name belongs to one flow code (20000002).
 */
export async function importFlow(deps: FlowDeps, vdnId: number, input: FlowImport): Promise<OiapFlowRow> {
  if (!Value.Check(FlowDefinition, input.definition)) {
    const first = [...Value.Errors(FlowDefinition, input.definition)][0];
    throw new CecError(configCodes.invalidParameter, `definition${first?.path ?? ''}: ${first?.message ?? 'is invalid'}`);
  }
  const definition = input.definition as FlowDefinition;
  const problems = flowDefinitionProblems(definition);
  if (problems.length > 0) throw new CecError(configCodes.invalidParameter, problems.join('; '));
  const flowId = deps.nextId();
  const flowCode = input.flowCode ?? `flow_ivr_${flowId}`;
  const sameName = await deps.repos.oiapConfig.flows(vdnId, { flowName: input.flowName });
  if (sameName.some((f) => f.flowName === input.flowName && f.flowCode !== flowCode)) throw new CecError('20000002', `flow name ${input.flowName} already exists`);
  const versions = await deps.repos.oiapConfig.flowVersions(vdnId, flowCode);
  const now = deps.now();
  const row: OiapFlowRow = {
    vdnId,
    flowId,
    flowCode,
    flowName: input.flowName,
    flowDesc: input.flowDesc ?? '',
    scenarioType: input.scenarioType ?? 'default',
    status: input.release === false ? 'INITIAL' : 'VALID',
    version: `v${versions.length + 1}`,
    source: input.source ?? 'OIFDE',
    workMode: input.workMode ?? 0,
    isDefault: input.isDefault ?? '1',
    logSwitch: '1',
    ruleId: null,
    ruleName: null,
    definition: JSON.stringify(definition),
    createdAtMs: now,
    statusAtMs: now,
  };
  await deps.repos.oiapConfig.insertFlow(row);
  return row;
}

/** The version a dialog runs: the newest released (VALID) one (note 05 §5.3 "Binding → dialog routing"). */
export async function runnableFlow(repos: Repositories, vdnId: number, flowCode: string): Promise<{ row: OiapFlowRow; definition: FlowDefinition } | undefined> {
  const versions = await repos.oiapConfig.flowVersions(vdnId, flowCode);
  const row = versions.filter((v) => v.status === 'VALID').at(-1);
  return row ? { row, definition: JSON.parse(row.definition) as FlowDefinition } : undefined;
}

/** Flow (Table 10-12) as the 10.4 example shows it. */
export function flowView(row: OiapFlowRow, tenantId: string) {
  const definition = JSON.parse(row.definition) as FlowDefinition;
  return {
    flowId: row.flowId,
    flowCode: row.flowCode,
    flowName: row.flowName,
    flowDesc: row.flowDesc || null,
    scenarioType: row.scenarioType,
    tenantId,
    createDate: Number(row.createdAtMs),
    status: row.status,
    statusDate: Number(row.statusAtMs),
    flowStartNode: definition.start,
    flowEndNode: definition.nodes.find((n) => n.type === 'end')?.id ?? null,
    ext01: null,
    logSwitch: row.logSwitch,
    isDefault: row.isDefault,
    version: row.version,
    ruleId: row.ruleId,
    ruleName: row.ruleName,
    source: row.source,
    workMode: row.workMode,
    flowVariableList: Object.entries(definition.variables ?? {}).map(([name, value]) => ({ name, value })),
  };
}
