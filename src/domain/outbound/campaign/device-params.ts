import { FieldReader } from './field-checks.ts';
import { reject, type IsalesRejection } from './isales-rejection.ts';

/** deviceType (ref L21891): 1 intelligent IVR, 2 predictive, 3 automatic IVR, 5 preview, 6 preempted. */
export const deviceTypes = [1, 2, 3, 5, 6] as const;
export const ivrDeviceTypes: readonly number[] = [1, 3];
export const skillDeviceTypes: readonly number[] = [2, 5, 6];

/** ivrParam (Table 7-5, ref L21937). */
export interface IvrParam {
  deviceSign: string;
  callCount: number;
  callInterval: number;
}

/** The sub-object of each prediction method (Tables 7-9…7-12). */
export interface PredictParam {
  predictMethod: 1 | 2 | 3 | 5;
  expPredictParam?: Record<string, number>;
  agentPredictParam?: Record<string, number>;
  connectPredictParam?: Record<string, number>;
  offhookPredictParam?: Record<string, number>;
}

/** skillParam (Table 7-6, ref L21951) with its preview or prediction parameters. */
export interface SkillParam {
  skillId: number;
  skillName: string | null;
  outBoundType: number;
  predictParam: PredictParam | null;
  previewParam: { failInterval: number; obCallCount: number; autoCallTime: number } | null;
}

export function parseIvrParam(input: Record<string, unknown>): IvrParam | IsalesRejection {
  const r = new FieldReader(input, 'ivrParam.');
  const deviceSign = r.text('deviceSign', { max: 64, required: true });
  const callCount = r.int('callCount', { min: 1, max: 100, required: true });
  const callInterval = r.int('callInterval', { min: 1, max: 9999, required: true });
  return r.rejection ?? { deviceSign: deviceSign!, callCount: callCount!, callInterval: callInterval! };
}

const methodParams: Record<number, { key: 'expPredictParam' | 'agentPredictParam' | 'connectPredictParam' | 'offhookPredictParam'; fields: Record<string, { min: number; max: number }> }> = {
  1: { key: 'expPredictParam', fields: { maxAvgCallTime: { min: 50, max: 200 }, minAvgCallTime: { min: 50, max: 200 }, outBoundRate: { min: 0, max: 100 } } },
  2: { key: 'agentPredictParam', fields: { maxAvgCallTime: { min: 50, max: 200 }, minAvgCallTime: { min: 50, max: 200 }, lossRate: { min: 0, max: 100 }, utilRate: { min: 0, max: 100 }, utilRateMethod: { min: 1, max: 2 } } },
  // Table 7-11 (ref L22004) lets maxAvgCallTime go down to 5; min stays 50 and must not exceed max.
  3: { key: 'connectPredictParam', fields: { maxAvgCallTime: { min: 5, max: 200 }, minAvgCallTime: { min: 50, max: 200 }, lossRate: { min: 0, max: 100 }, waitTime: { min: 0, max: 16 }, connRate: { min: 0, max: 100 } } },
  5: { key: 'offhookPredictParam', fields: { offHookRate: { min: 50, max: 200 } } },
};

function parsePredictParam(input: Record<string, unknown>): PredictParam | IsalesRejection {
  const r = new FieldReader(input, 'predictParam.');
  const method = r.int('predictMethod', { min: 1, max: 5, required: true });
  if (r.rejection) return r.rejection;
  const spec = methodParams[method!];
  if (!spec) return reject('invalidValue', 'predictParam.predictMethod must be 1, 2, 3 or 5');
  // Table 7-8: the sub-object of the chosen method is mandatory.
  const sub = r.object(spec.key, false);
  if (r.rejection) return r.rejection;
  if (!sub) return reject('invalidCombination', `predictParam.${spec.key} is mandatory when predictMethod is ${method}`);
  const values: Record<string, number> = {};
  const s = new FieldReader(sub, `${spec.key}.`);
  for (const [field, range] of Object.entries(spec.fields)) values[field] = s.int(field, { ...range, required: true })!;
  if (s.rejection) return s.rejection;
  if (values.minAvgCallTime !== undefined && values.minAvgCallTime > values.maxAvgCallTime!) return reject('invalidCombination', 'minAvgCallTime must not exceed maxAvgCallTime');
  return { predictMethod: method as PredictParam['predictMethod'], [spec.key]: values };
}

export function parseSkillParam(input: Record<string, unknown>, deviceType: number, maxAlertingTime: number, skillNameRequired: boolean): SkillParam | IsalesRejection {
  const r = new FieldReader(input, 'skillParam.');
  const skillId = r.int('skillId', { min: 1, max: 1000, required: true });
  const skillName = r.text('skillName', { max: 100, required: skillNameRequired });
  const outBoundType = r.int('outBoundType', { min: 2, max: 6, required: true });
  const predictInput = r.object('predictParam', false);
  const previewInput = r.object('previewParam', false);
  if (r.rejection) return r.rejection;
  // Table 7-6: outBoundType must name the campaign's own device type (note 04 §5.2 step 3).
  if (outBoundType !== deviceType) return reject('invalidCombination', 'skillParam.outBoundType must equal deviceType');
  const param: SkillParam = { skillId: skillId!, skillName: skillName ?? null, outBoundType: outBoundType!, predictParam: null, previewParam: null };
  if (deviceType === 2) {
    if (!predictInput) return reject('invalidCombination', 'skillParam.predictParam is mandatory for predictive campaigns');
    const predict = parsePredictParam(predictInput);
    if ('rejected' in predict) return predict;
    param.predictParam = predict;
  }
  if (deviceType === 5) {
    if (!previewInput) return reject('invalidCombination', 'skillParam.previewParam is mandatory for preview campaigns');
    const p = new FieldReader(previewInput, 'previewParam.');
    const failInterval = p.int('failInterval', { min: 3, max: 60, required: true });
    const obCallCount = p.int('obCallCount', { min: 1, max: 100, required: true });
    // Table 7-7: autoCallTime ranges from 5 to maxAlertingTime − 3.
    const autoCallTime = p.int('autoCallTime', { min: 5, max: Math.max(5, maxAlertingTime - 3), required: true });
    if (p.rejection) return p.rejection;
    param.previewParam = { failInterval: failInterval!, obCallCount: obCallCount!, autoCallTime: autoCallTime! };
  }
  return param;
}

/** 7.1.6 detail form: all four prediction sub-objects, null except the chosen one (ref L23600). */
export function skillParamView(param: SkillParam): Record<string, unknown> {
  const predict = param.predictParam;
  return {
    skillId: param.skillId,
    skillName: param.skillName,
    outBoundType: param.outBoundType,
    predictParam: predict
      ? {
          predictMethod: predict.predictMethod,
          expPredictParam: predict.expPredictParam ?? null,
          agentPredictParam: predict.agentPredictParam ?? null,
          connectPredictParam: predict.connectPredictParam ?? null,
          offhookPredictParam: predict.offhookPredictParam ?? null,
        }
      : null,
    previewParam: param.previewParam,
  };
}
