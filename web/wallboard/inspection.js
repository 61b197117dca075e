// The wallboard's inspection actions (§12.1): a supervisor signs in as an inspector agent through
// the gateway's JavaScript API, and each agent row then offers listen, whisper, barge, stop and the
// forced states. The inspector keeps an event poll running, as any gateway client must.
/* global OnlineAgent, QualityControl, AgentEventDispatcher */

const $ = (id) => document.getElementById(id);
const inspector = { agentid: null };

/** Row buttons: label, and the QualityControl call it makes for the row's agent. */
export const inspectionActions = [
  ['Listen', (workNo) => [QualityControl.addSupervise, { workNo }]],
  ['Whisper', (workNo) => [QualityControl.requestWhisperAgent, { whisperagentid: workNo }]],
  ['Barge', (workNo) => [QualityControl.addInsert, { workNo }]],
  ['Stop', (workNo) => [QualityControl.stopSuperviseOrInsert, { workNo }]],
  ['Force busy', (workNo) => [QualityControl.forceBusy, { workNo }]],
  ['Force idle', (workNo) => [QualityControl.forceidle, { workNo }]],
  ['Force sign-out', (workNo) => [QualityControl.forceLogoutAgent, { workNo }]],
];

function tell(text, failed = false) {
  $('inspector-status').textContent = text;
  $('inspector-status').classList.toggle('error', failed);
}

function poll() {
  if (!inspector.agentid) return;
  AgentEventDispatcher.getAgentEvent({ agentid: inspector.agentid, $callback: (status, _xhr, entity) => {
    if (status === 200 && entity && entity.retcode === '0') poll();
    else if (entity && entity.retcode) {
      inspector.agentid = null;
      tell(`Inspector signed out (${entity.retcode})`, true);
      document.dispatchEvent(new Event('inspector-changed'));
    } else setTimeout(poll, 1000);
  } });
}

export function inspectorSignedIn() {
  return inspector.agentid !== null;
}

/** Runs one row action for an agent and reports the gateway's answer. */
export function inspect(label, workNo) {
  const [method, params] = inspectionActions.find(([name]) => name === label)[1](String(workNo));
  method({ agentid: inspector.agentid, ...params, $callback: (status, _xhr, entity) => {
    const ok = status === 200 && entity && entity.retcode === '0';
    tell(`${label} ${workNo}: ${ok ? 'success' : entity ? `${entity.retcode} ${entity.message}` : `HTTP ${status}`}`, !ok);
  } });
}

$('inspector-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  const agentid = $('inspector-workno').value.trim();
  OnlineAgent.login({ agentid, $entity: { password: $('inspector-password').value, phonenum: $('inspector-phone').value.trim() }, $callback: (status, _xhr, entity) => {
    if (status === 200 && entity && entity.retcode === '0') {
      inspector.agentid = agentid;
      tell(`Signed in as inspector ${agentid}`);
      poll();
    } else tell(`Inspector sign-in: ${entity ? `${entity.retcode} ${entity.message}` : `HTTP ${status}`}`, true);
    document.dispatchEvent(new Event('inspector-changed'));
  } });
});
