// The agent workbench: a client of the gateway's JavaScript API (/agentgateway/resource-js), as a
// vendor toolbar would be. Commands are asynchronous calls ($callback); the event long poll drives
// the page: every event redraws the call line and re-reads the agent's state (Table 6-452).
/* global REST, OnlineAgent, VoiceCall, CallData, AgentGroup, AgentEventDispatcher */
import { clearChats, handleChatEvent, startChatPanel } from './chat-panel.js';

const $ = (id) => document.getElementById(id);

/** Table 6-452, CC-Gateway status, with the reference's names. */
const stateNames = { 0: 'Unknown', 1: 'Sign-in state', 2: 'Sign-out state', 3: 'Busy state', 4: 'Idle state', 5: 'Wrap-up state', 6: 'Idle state', 7: 'Talking state', 8: 'Rest state', 9: 'Pre-rest state' };

const page = { agentid: null, polling: false, call: null, held: [], callState: 'none', work: 2 };

/** One gateway call as a promise: resolves with the reply's entity (retcode '0') or rejects with its message. */
function gateway(method, params = {}) {
  return new Promise((resolve, reject) => {
    method({ agentid: page.agentid, ...params, $callback: (status, _xhr, entity) => {
      if (status >= 200 && status < 300 && entity && entity.retcode === '0') resolve(entity);
      else reject(new Error(entity && entity.message ? `${entity.retcode}: ${entity.message}` : `HTTP ${status}`));
    } });
  });
}

function say(text, failed = false) {
  const line = $('command-result');
  line.textContent = text;
  line.classList.toggle('error', failed);
}

/** Runs a command from a button, reporting its outcome in the softphone bar's status line. */
function command(label, run) {
  return async () => {
    try {
      await run();
      say(`${label}: success`);
    } catch (error) {
      say(`${label}: ${error.message}`, true);
      await refreshState();
    }
  };
}

function logEvent(event) {
  const log = $('events');
  const line = document.createElement('div');
  line.textContent = `${event.eventType} ${event.content === null || event.content === undefined ? '' : JSON.stringify(event.content)}`;
  log.prepend(line);
  while (log.childElementCount > 200) log.lastElementChild.remove();
}

/**
 * The work state each AgentState_* event leaves the agent in (Table 6-452 codes). The state bar is
 * drawn from these and the call line, as gatewayStatus derives it on the server: a call shows as
 * Talking, or Pre-rest when a rest is pending. The status is read from the gateway only at sign-in
 * and after an event the page does not know (the query interfaces are flow-controlled).
 */
const workStateAfter = {
  AgentState_Ready: 4, AgentState_CancelNotReady_Success: 4, AgentState_CancelRest_Success: 4, AgentState_CancelWork_Success: 4,
  AgentState_SetNotReady_Success: 3, AgentState_Busy: 3,
  AgentState_SetRest_Success: 8, AgentState_Rest_Timeout: 8,
  AgentState_SetWork_Success: 5, AgentState_Work: 5,
};

function drawState() {
  const work = page.work;
  const code = page.call === null ? work : work === 8 ? 9 : 7;
  const state = $('agent-state');
  state.textContent = stateNames[code] ?? `State ${code}`;
  state.dataset.code = String(code);
  drawButtons();
}

let statusRead = null;
/** Reads the agent's status from the gateway; concurrent asks share one request. */
function refreshState() {
  if (!page.agentid) return Promise.resolve();
  statusRead ??= gateway(OnlineAgent.getAgentStatus)
    .then((reply) => {
      const code = reply.result.agentState;
      // A talking agent's work state is unknown from this code alone: keep the one the events gave.
      if (code !== 7 && code !== 9) page.work = code;
      drawState();
    })
    .catch(() => {})
    .finally(() => { statusRead = null; });
  return statusRead;
}

function drawButtons() {
  const code = Number($('agent-state').dataset.code);
  const inCall = page.call !== null;
  const ringing = page.callState === 'ringing';
  $('say-free').disabled = code === 4 && !inCall;
  $('say-busy').disabled = code === 3;
  $('cancel-busy').disabled = code !== 3;
  $('rest').disabled = code === 8 || code === 9;
  $('cancel-rest').disabled = code !== 8 && code !== 9;
  $('say-work').disabled = code === 5;
  $('cancel-work').disabled = code !== 5;
  $('answer').disabled = !ringing;
  $('release').disabled = !inCall;
  $('hold').disabled = !inCall || ringing || page.callState === 'held';
  $('retrieve').disabled = page.held.length === 0;
  $('transfer').disabled = !inCall || ringing;
  $('consult').disabled = !inCall || ringing;
  $('three-party').disabled = page.held.length === 0 || page.callState !== 'talking';
  $('send-dtmf').disabled = !inCall || ringing;
  // A button that disables itself (Busy once busy) hands the focus to the next live one in its bar.
  const focused = document.activeElement;
  if (focused instanceof HTMLButtonElement && focused.disabled) focused.closest('[role=group]')?.querySelector('button:not(:disabled)')?.focus();
}

const callLabels = { none: 'No call', ringing: 'Ringing', talking: 'Talking', held: 'Held' };

function setCall(state, callid) {
  page.callState = state;
  if (state === 'none') page.call = null;
  else if (callid) page.call = callid;
  $('call-state').textContent = callLabels[state] + (page.call ? ` (call ${page.call})` : '');
  drawState();
}

async function showCallInfo() {
  const table = $('call-info');
  try {
    const reply = await gateway(CallData.queryCallInfo);
    const info = reply.result || {};
    const rows = [['Call ID', info.callid], ['Caller', info.caller], ['Called', info.called], ['Skill', info.callskill], ['Call data', info.calldata]];
    table.replaceChildren(...rows.map(([name, value]) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = name;
      const td = document.createElement('td');
      td.textContent = value === null || value === undefined ? '' : String(value);
      row.append(th, td);
      return row;
    }));
    $('notes').value = info.calldata || '';
  } catch {
    table.replaceChildren();
  }
}

/**
 * One call ended: the consultation of a three-party call or a transfer leaves the other call on
 * the line, so only the call named goes; a held call left behind shows as held.
 */
function released(callid) {
  page.held = page.held.filter((id) => id !== callid);
  if (callid && page.call && callid !== page.call) return drawState();
  if (page.held.length > 0) return setCall('held', page.held[page.held.length - 1]);
  setCall('none');
  $('call-info').replaceChildren();
}

/** What each event means for the call line and the work state (the state bar is drawn from both). */
function onEvent(event) {
  logEvent(event);
  if (handleChatEvent(event)) return;
  const content = event.content || {};
  switch (event.eventType) {
    case 'AgentEvent_Ringing':
      setCall('ringing', content.callid);
      void showCallInfo();
      break;
    case 'AgentEvent_Auto_Answer':
    case 'AgentEvent_Talking':
      page.held = page.held.filter((id) => id !== content.callid);
      setCall('talking', content.callid);
      void showCallInfo();
      break;
    case 'AgentEvent_Hold':
      page.held = [...new Set([...page.held, typeof event.content === 'string' ? event.content : page.call])];
      setCall('held');
      break;
    case 'AgentEvent_Conference':
      page.held = [];
      setCall('talking', typeof event.content === 'string' ? event.content : content.callid);
      break;
    case 'AgentEvent_Call_Release':
    case 'AgentEvent_Customer_Release':
    case 'AgentEvent_No_Answer':
      released(typeof event.content === 'string' ? event.content : content.callid);
      break;
    case 'AgentOther_PhoneRelease':
      page.held = [];
      released(page.call);
      break;
    case 'AgentOther_ShutdownService':
      signedOut();
      return;
    default:
      if (event.eventType in workStateAfter) {
        page.work = workStateAfter[event.eventType];
        drawState();
      } else if (event.eventType.startsWith('AgentState_')) {
        void refreshState();
      }
      break;
  }
}

function poll() {
  if (!page.polling) return;
  AgentEventDispatcher.getAgentEvent({ agentid: page.agentid, $callback: (status, _xhr, entity) => {
    if (!page.polling) return;
    if (status === 200 && entity && entity.retcode === '0') {
      if (entity.event) onEvent(entity.event);
      poll();
    } else if (entity && entity.retcode && entity.retcode !== '0') {
      signedOut();
    } else {
      setTimeout(poll, 1000);
    }
  } });
}

const panels = ['state-panel', 'phone-panel', 'call-panel', 'chat-panel', 'events-panel'];

function signedIn(agentid) {
  page.agentid = agentid;
  $('agent-id').textContent = agentid;
  for (const id of panels) $(id).hidden = false;
  $('sign-in-panel').hidden = true;
  page.polling = true;
  poll();
  void loadRestReasons();
  void refreshState().then(() => document.querySelector('#state-panel button:not(:disabled)')?.focus());
}

function signedOut() {
  page.polling = false;
  page.agentid = null;
  page.held = [];
  page.work = 2;
  setCall('none');
  clearChats();
  for (const id of panels) $(id).hidden = true;
  $('sign-in-panel').hidden = false;
  $('workno').focus();
}

async function loadRestReasons() {
  try {
    const reply = await gateway(AgentGroup.restreason);
    const select = $('rest-reason');
    const reasons = Array.isArray(reply.result) ? reply.result : [];
    if (reasons.length > 0) select.replaceChildren(...reasons.map((r) => new Option(`${r.restReasonId} ${r.restReason}`, String(r.restReasonId))));
  } catch {
    // Keep reason 0.
  }
}

$('sign-in-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  const agentid = $('workno').value.trim();
  const phonenum = $('phonenum').value.trim();
  const $entity = { password: $('password').value, phonenum, autoanswer: $('autoanswer').checked };
  OnlineAgent.login({ agentid, $entity, $callback: (status, _xhr, entity) => {
    if (status === 200 && entity && entity.retcode === '0') signedIn(agentid);
    else say(`Sign-in: ${entity ? `${entity.retcode}: ${entity.message}` : `HTTP ${status}`}`, true);
    if (!(entity && entity.retcode === '0')) {
      $('sign-in-panel').querySelector('.error')?.remove();
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = `Sign-in failed: ${entity ? `${entity.retcode} ${entity.message}` : `HTTP ${status}`}`;
      $('sign-in-form').after(p);
    }
  } });
});

const target = () => $('target').value.trim();
const on = (id, handler) => $(id).addEventListener('click', handler);

on('say-free', command('Idle', () => gateway(OnlineAgent.sayFree)));
on('say-busy', command('Busy', () => gateway(OnlineAgent.sayBusy)));
on('cancel-busy', command('Cancel busy', () => gateway(OnlineAgent.cancelBusy)));
on('rest', command('Rest', () => gateway(OnlineAgent.rest, { time: $('rest-time').value, restcause: $('rest-reason').value })));
on('cancel-rest', command('Cancel rest', () => gateway(OnlineAgent.cancelRest)));
on('say-work', command('Wrap-up', () => gateway(OnlineAgent.sayWork)));
on('cancel-work', command('Cancel wrap-up', () => gateway(OnlineAgent.cancelWork)));
on('sign-out', command('Sign out', async () => {
  await gateway(OnlineAgent.logout);
  signedOut();
}));
on('answer', command('Answer', () => gateway(VoiceCall.answer)));
on('release', command('Release', () => gateway(VoiceCall.release)));
on('hold', command('Hold', () => gateway(VoiceCall.hold)));
on('retrieve', command('Retrieve', () => gateway(VoiceCall.getHold, { callid: page.held[page.held.length - 1] })));
on('mute', command('Mute', () => gateway(VoiceCall.beginMute)));
on('unmute', command('Cancel mute', () => gateway(VoiceCall.endMute)));
on('dial', command('Call out', () => gateway(VoiceCall.callout, { $entity: { called: target() } })));
on('transfer', command('Transfer', () => gateway(VoiceCall.transfer, { $entity: { devicetype: Number($('target-type').value), address: target(), mode: 0 } })));
on('consult', command('Consult', () => gateway(VoiceCall.innerHelp, { $entity: { dstaddress: target(), devicetype: $('target-type').value === '1' ? 1 : 2, mode: 1 } })));
on('three-party', command('Three-party', () => gateway(VoiceCall.confJoin, { $entity: { callid: page.held[page.held.length - 1] } })));
on('send-dtmf', command('Second dial', () => gateway(VoiceCall.secondDialEx, { number: $('dtmf').value.trim() })));
on('save-notes', command('Save call data', () => gateway(CallData.setCallAppDataEx, { $entity: { callid: page.call, calldata: $('notes').value } })));

// A page opened with ?agent=NNN&phone=NNNNN prefills the sign-in form (links from the console).
const query = new URLSearchParams(location.search);
if (query.get('agent')) $('workno').value = query.get('agent');
if (query.get('phone')) $('phonenum').value = query.get('phone');
else if (query.get('agent')) $('phonenum').value = `70${query.get('agent')}`;
startChatPanel(gateway);
drawButtons();
window.opencecWorkbench = page;
