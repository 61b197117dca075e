import { Type } from '@sinclair/typebox';
import { SqmKind, type Script } from '../../domain/ccsqm/config-types.ts';
import { addScript, deleteScript, updateScript } from '../../services/ccsqm/dialog-rules.ts';
import { sentenceRefs } from '../../services/ccsqm/sentences.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { id, int, opt, text } from './sqm-schemas.ts';

/** CEC §12.2.4 conversationspecific (ref L45346–45753): scripts ("sentence groups"), module code 0405000. */
const base = '/CCSQM/rest/ccisqm/v1/conversation-rules';
const envelope = sqmModules.rules;
const userId = 'mandatory' as const;
const scriptFields = {
  sentences: opt(Type.Union([Type.Array(Type.String(), { maxItems: 200 }), Type.Null()])),
  role: Type.Union([Type.Literal('any'), Type.Literal('staff'), Type.Literal('customer')]),
  position: Type.Union([Type.Literal('any'), Type.Literal('top'), Type.Literal('bottom'), Type.Literal('set')]),
  SGType: Type.Union(['must', 'must_say', 'must_not_say', 'if', 'then', 'and'].map((op) => Type.Literal(op))),
  dialogue_flow_id: id(),
  sg_name: opt(Type.Union([Type.Null(), text(128)])),
  // 1–9999 (ref L45386); the examples send 0, read as "unset" (note 07 §8.4 item 46).
  position_distance: opt(Type.Union([Type.Null(), int({ minimum: 0, maximum: 9999 })])),
};
type ScriptInput = { sentences?: string[] | null | undefined; role: Script['role']; position: Script['position']; SGType: string; dialogue_flow_id: string; sg_name?: string | null | undefined; position_distance?: number | null | undefined };
const toScript = (b: ScriptInput): Script => ({ sentences: b.sentences ?? [], role: b.role, position: b.position, SGType: b.SGType as Script['SGType'], dialogue_flow_id: b.dialogue_flow_id, sg_name: b.sg_name ?? null, position_distance: b.position_distance ?? 0 });

export const scriptEndpoints = [
  sqmEndpoint({
    section: '12.2.4.1', name: 'updateSentenceGroup', summary: 'Updating a script',
    path: `${base}/updateSentenceGroup`, envelope, userId,
    body: Type.Object({ sg_id: id(), ...scriptFields }),
    async handler({ body, deps, vdnId }) {
      await updateScript(deps, vdnId, body.sg_id, toScript(body));
    },
  }),
  sqmEndpoint({
    section: '12.2.4.2', name: 'getSentenceGroup', summary: 'Querying a script',
    path: `${base}/getSentenceGroup`, envelope, userId,
    body: Type.Object({ sg_id: id() }),
    async handler({ body, docs }) {
      const d = await docs.require<Script>(SqmKind.script, body.sg_id, 'script');
      return { sg_id: d.id, sg_name: d.body.sg_name, role: d.body.role, dialogueFlowId: d.body.dialogue_flow_id, sentences: await sentenceRefs(docs, d.body.sentences), position_distance: String(d.body.position_distance), position: d.body.position, SGType: d.body.SGType };
    },
  }),
  sqmEndpoint({
    section: '12.2.4.3', name: 'addSentenceGroup', summary: 'Adding a script to a dialog logic',
    path: `${base}/addSentenceGroup`, envelope, userId,
    body: Type.Object(scriptFields),
    async handler({ body, deps, vdnId }) {
      return { sg_id: await addScript(deps, vdnId, toScript(body)) };
    },
  }),
  sqmEndpoint({
    section: '12.2.4.4', name: 'deleteSentenceGroup', summary: 'Deleting a script',
    path: `${base}/deleteSentenceGroup`, envelope, userId,
    body: Type.Object({ sg_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteScript(deps, vdnId, body.sg_id);
    },
  }),
];
