// The supervisor wallboard: a client of the CC-CMS real-time interfaces (§12.3.1), signed by the
// server's local proxy (/wallboard/cms/{name}, decision 1602). It redraws every second and keeps
// an hour of samples for its charts (uPlot, served from the server's node_modules).
/* global uPlot */
import { inspect, inspectionActions, inspectorSignedIn } from './inspection.js';

const $ = (id) => document.getElementById(id);
const refreshMs = 1000;
const historySamples = 3600;

/** Table 6-453, CTI platform status, with the reference's names. */
const ctiStates = { 0: 'Not signed in', 1: 'Idle state', 2: 'Preoccupied state', 3: 'Occupied state', 4: 'Answering state', 5: 'Talking state', 6: 'Post-event wrap-up state', 7: 'Busy state', 8: 'Rest state', 9: 'Study state' };
const skillIndicators = ['IDX_COUNT_REAL_SKILL_QUEUE', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK', 'IDX_COUNT_REAL_AGENT_SIGN_IN', 'IDX_COUNT_REAL_AGENT_SET_IDLE', 'IDX_COUNT_REAL_AGENT_CONNECT', 'IDX_COUNT_REAL_AGENT_SET_BUSY', 'IDX_COUNT_REAL_AGENT_ACW', 'IDX_COUNT_REAL_AGENT_REST'];

const board = { ccId: 1, skills: [], history: { t: [], waiting: [], serviceLevel: [] }, charts: null, samples: 0 };

async function cms(name, body) {
  const response = await fetch(`/wallboard/cms/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ccId: board.ccId, vdn: Number($('vdn').value), ...body }) });
  const reply = await response.json();
  if (reply.resultCode !== '0100000') throw new Error(`${name}: ${reply.resultCode} ${typeof reply.resultDesc === 'string' ? reply.resultDesc : ''}`);
  return reply.resultDesc;
}

function cells(row, values) {
  row.replaceChildren(...values.map((value, i) => {
    const cell = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) cell.scope = 'row';
    cell.textContent = String(value);
    return cell;
  }));
  return row;
}

/** Service level: calls answered within 20 s over calls that entered the queue, in the current 5 minutes. */
function serviceLevel(quality) {
  return quality && quality.inCallNum > 0 ? Math.round((1000 * quality.in20sCallNum) / quality.inCallNum) / 10 : 100;
}

async function drawSkills() {
  if (board.skills.length === 0) board.skills = (await cms('skills', {})).filter((skill) => skill.mediaType !== undefined);
  const skillIds = board.skills.map((skill) => skill.id);
  if (skillIds.length === 0) return { waiting: 0, serviceLevel: 100 };
  const [indicators, qualities] = await Promise.all([cms('rindex', { skillIds, indexIds: skillIndicators }), cms('servicequality', { skillIds })]);
  let waiting = 0;
  let offered = 0;
  let within = 0;
  const rows = board.skills.map((skill) => {
    const values = Object.fromEntries((indicators.find((item) => item.id === String(skill.id))?.idxs ?? []).map((idx) => [idx.id, Number(idx.val)]));
    const quality = qualities.find((item) => item.skillId === skill.id);
    waiting += values.IDX_COUNT_REAL_SKILL_QUEUE ?? 0;
    offered += quality?.inCallNum ?? 0;
    within += quality?.in20sCallNum ?? 0;
    const row = document.createElement('tr');
    row.dataset.skill = String(skill.id);
    return cells(row, [`${skill.id} ${skill.name}`, ...skillIndicators.slice(0, 2).map((id) => values[id] ?? 0), `${serviceLevel(quality)} %`, ...skillIndicators.slice(2).map((id) => values[id] ?? 0)]);
  });
  $('skills').replaceChildren(...rows);
  return { waiting, serviceLevel: offered > 0 ? Math.round((1000 * within) / offered) / 10 : 100 };
}

/** One row per agent, kept across refreshes so that a focused action button keeps its focus. */
const agentRows = new Map();

function agentRow(agentId) {
  let row = agentRows.get(agentId);
  if (row) return row;
  row = document.createElement('tr');
  row.dataset.agent = String(agentId);
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = String(agentId);
  const actions = document.createElement('td');
  for (const [label] of inspectionActions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-label', `${label} agent ${agentId}`);
    button.disabled = !inspectorSignedIn();
    button.addEventListener('click', () => inspect(label, agentId));
    actions.append(button);
  }
  row.append(name, document.createElement('td'), document.createElement('td'), document.createElement('td'), actions);
  agentRows.set(agentId, row);
  $('agents').append(row);
  return row;
}

async function drawAgents() {
  const agents = await cms('agents', {});
  const agentIds = agents.map((agent) => agent.agentId);
  if (agentIds.length === 0) return;
  const [statuses, calls] = await Promise.all([cms('agentstatus', { agentIds }), cms('agentcalls', { agentIds })]);
  for (const status of statuses) {
    const current = calls.find((item) => item.agentId === status.agentId)?.callList ?? [];
    const cellsOf = agentRow(status.agentId).children;
    cellsOf[1].textContent = ctiStates[status.currentState] ?? String(status.currentState);
    cellsOf[2].textContent = status.currentState === 0 ? '' : String(status.currentStateTime);
    cellsOf[3].textContent = current.map((call) => call.callId).join(', ');
  }
}

document.addEventListener('inspector-changed', () => {
  for (const button of document.querySelectorAll('#agents button')) button.disabled = !inspectorSignedIn();
});

function chart(element, label, stroke) {
  return new uPlot({ width: Math.max(300, element.clientWidth || 560), height: 220, scales: { x: { time: true } }, series: [{}, { label, stroke, width: 2, fill: `${stroke}22` }], axes: [{}, {}] }, [[], []], element);
}

function drawCharts(sample) {
  const history = board.history;
  history.t.push(Date.now() / 1000);
  history.waiting.push(sample.waiting);
  history.serviceLevel.push(sample.serviceLevel);
  if (history.t.length > historySamples) for (const series of Object.values(history)) series.shift();
  board.charts ??= { waiting: chart($('queue-chart'), 'Waiting calls', '#0b5cad'), serviceLevel: chart($('sl-chart'), 'Service level %', '#1a7f37') };
  board.charts.waiting.setData([history.t, history.waiting]);
  board.charts.serviceLevel.setData([history.t, history.serviceLevel]);
  board.samples += 1;
}

async function refresh() {
  try {
    const [sample] = await Promise.all([drawSkills(), drawAgents()]);
    drawCharts(sample);
    $('error').hidden = true;
    $('updated').textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    $('error').hidden = false;
    $('error').textContent = error.message;
  } finally {
    setTimeout(refresh, refreshMs);
  }
}

$('vdn').addEventListener('change', () => {
  board.skills = [];
  agentRows.clear();
  $('agents').replaceChildren();
});

fetch('/wallboard/cms').then((response) => response.json()).then((config) => {
  board.ccId = config.ccId;
  void refresh();
});
window.opencecWallboard = board;
