// The simulator console: a client of the simulator's driver API (/sim/v1, docs/extensions.md).
// It places calls, hangs them up, presses digits, runs the traffic generator and moves a virtual
// clock, and opens scripted web chats (/sim/v1/chats). The calls table re-reads each call's state every second.

const $ = (id) => document.getElementById(id);
const calls = new Map();

async function sim(method, path, body) {
  const response = await fetch(`/sim/v1${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const reply = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(reply.message || reply.resultDesc || reply.error || `HTTP ${response.status}`);
  return reply;
}

function tell(text, failed = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', failed);
}

async function attempt(label, run) {
  try {
    await run();
  } catch (error) {
    tell(`${label}: ${error.message}`, true);
  }
}

const optionalNumber = (id) => ($(id).value === '' ? undefined : Number($(id).value));

async function drawClock() {
  const clock = await sim('GET', '/clock');
  $('clock-mode').textContent = clock.mode;
  $('clock-now').textContent = clock.now;
  for (const button of document.querySelectorAll('[data-advance], #advance')) button.disabled = clock.mode !== 'virtual';
}

async function advance(ms) {
  await attempt('Advance', async () => {
    const clock = await sim('POST', '/clock/advance', { ms });
    $('clock-now').textContent = clock.now;
    tell(`Advanced ${ms} ms`);
    await drawCalls();
  });
}

function button(label, handler) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', handler);
  return element;
}

function drawCallRow(call) {
  const row = call.row ?? document.createElement('tr');
  if (!call.row) {
    call.row = row;
    row.dataset.call = call.callId;
    const digits = document.createElement('input');
    digits.pattern = '[0-9*#]{1,32}';
    digits.size = 8;
    digits.setAttribute('aria-label', `Digits for call ${call.callId}`);
    const actions = document.createElement('td');
    actions.append(
      button('Press digits', () => attempt('Press digits', async () => {
        await sim('POST', `/calls/${encodeURIComponent(call.callId)}/dtmf`, { digits: digits.value });
        tell(`Pressed ${digits.value} on ${call.callId}`);
      })),
      button('Hang up', () => attempt('Hang up', async () => {
        await sim('POST', `/calls/${encodeURIComponent(call.callId)}/hangup`);
        tell(`Hung up ${call.callId}`);
        await drawCalls();
      })),
    );
    const cells = [call.callId, call.caller, call.called, ''].map((text) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      return cell;
    });
    const digitsCell = document.createElement('td');
    digitsCell.append(digits);
    row.append(...cells, digitsCell, actions);
    $('calls').prepend(row);
  }
  row.children[3].textContent = call.state;
  for (const control of row.querySelectorAll('button, input')) control.disabled = call.state === 'ended';
}

async function drawCalls() {
  for (const call of calls.values()) {
    if (call.state === 'ended') continue;
    try {
      const state = await sim('GET', `/calls/${encodeURIComponent(call.callId)}`);
      call.state = state.state;
    } catch {
      call.state = 'ended';
    }
    drawCallRow(call);
  }
}

async function drawTraffic() {
  const status = await sim('GET', '/traffic');
  $('traffic-status').textContent = status.running
    ? `Running: ${status.spec.callsPerMinute}/min to ${status.spec.called}, ${status.placed} calls placed${status.failed ? `, ${status.failed} failed (${status.lastError})` : ''}`
    : `Stopped; ${status.placed} calls placed${status.failed ? `, ${status.failed} failed` : ''}`;
  $('traffic-stop').disabled = !status.running;
}

$('place-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  void attempt('Place call', async () => {
    const body = { caller: $('caller').value.trim(), called: $('called').value.trim(), callData: $('call-data').value || undefined, patienceSeconds: optionalNumber('patience'), talkSeconds: optionalNumber('talk') };
    const placed = await sim('POST', '/calls', body);
    const call = { callId: placed.callId, caller: body.caller, called: body.called, state: 'placed' };
    calls.set(call.callId, call);
    drawCallRow(call);
    tell(`Placed call ${call.callId}`);
    await drawCalls();
  });
});

$('traffic-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  void attempt('Start traffic', async () => {
    await sim('POST', '/traffic', { called: $('traffic-called').value.trim(), callsPerMinute: Number($('traffic-rate').value), handleSeconds: Number($('traffic-handle').value), patienceSeconds: Number($('traffic-patience').value) });
    await drawTraffic();
  });
});
$('traffic-stop').addEventListener('click', () => attempt('Stop traffic', async () => {
  await sim('DELETE', '/traffic');
  await drawTraffic();
}));
for (const element of document.querySelectorAll('[data-advance]')) element.addEventListener('click', () => advance(Number(element.dataset.advance)));
$('advance').addEventListener('click', () => advance(Number($('advance-ms').value)));

async function tick() {
  await Promise.allSettled([drawClock(), drawCalls(), drawTraffic()]);
  setTimeout(tick, 1000);
}
void tick();

// A scripted chat customer: it connects, says its first message once an agent answers, and leaves
// when told to from here.
let openChat = null;
$('chat-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  void attempt('Open chat', async () => {
    const channelId = $('chat-channel').value.trim();
    const userId = $('chat-user').value.trim();
    const message = $('chat-message').value.trim();
    const body = { channelId, userId, patienceSeconds: optionalNumber('chat-patience'), messages: message ? [{ afterSeconds: 0, content: message }] : [] };
    const opened = await sim('POST', '/chats', body);
    openChat = { channelId, userId };
    $('chat-leave').disabled = false;
    $('chat-status').textContent = `Chat of ${userId}: ${opened.state}${opened.callId ? ` (chat ${opened.callId})` : ''}, ${opened.resultDesc}`;
  });
});
$('chat-leave').addEventListener('click', () => void attempt('Customer leaves', async () => {
  if (!openChat) return;
  const left = await sim('POST', `/chats/${encodeURIComponent(openChat.userId)}/leave`, { channelId: openChat.channelId });
  $('chat-status').textContent = `Chat of ${openChat.userId}: left, ${left.resultDesc}`;
  openChat = null;
  $('chat-leave').disabled = true;
}));
