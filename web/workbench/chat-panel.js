// The workbench's chat panel: web chats offered to the agent (§6.1.5, mediaAbility 5). A chat is
// answered with VoiceCall.answer, the customer's lines arrive as AgentEvent_MessageData, replies go
// out through MediaCall.sendmessage, and VoiceCall.dropCall ends it. Chats never touch the
// softphone bar: the workbench hands every event to `handle` first and skips the ones it takes.
/* global VoiceCall, MediaCall */

const $ = (id) => document.getElementById(id);
const chatAbility = '5';

/** callid → { caller, state: 'ringing' | 'talking' | 'ended', lines: [{ from, text }] } */
const chats = new Map();
let selected = null;
let gateway = null;

function status(text, failed = false) {
  const line = $('chat-result');
  line.textContent = text;
  line.classList.toggle('error', failed);
}

async function run(label, action) {
  try {
    await action();
    status(`${label}: success`);
  } catch (error) {
    status(`${label}: ${error.message}`, true);
  }
}

const stateLabels = { ringing: 'Ringing', talking: 'Talking', ended: 'Ended by the customer' };

function draw() {
  const list = $('chat-list');
  list.replaceChildren(...[...chats].map(([callid, chat]) => {
    const option = new Option(`${chat.caller} — ${stateLabels[chat.state]} (chat ${callid})`, callid);
    option.selected = callid === selected;
    return option;
  }));
  const chat = selected ? chats.get(selected) : undefined;
  $('chat-state').textContent = chat ? `${stateLabels[chat.state]} (chat ${selected})` : 'No chat';
  $('chat-transcript').replaceChildren(...(chat ? chat.lines : []).map((line) => {
    const p = document.createElement('p');
    p.className = `chat-line chat-${line.from}`;
    p.textContent = `${line.from === 'agent' ? 'Agent' : 'Customer'}: ${line.text}`;
    return p;
  }));
  $('chat-answer').disabled = !chat || chat.state !== 'ringing';
  $('chat-send').disabled = !chat || chat.state !== 'talking';
  $('chat-text').disabled = !chat || chat.state !== 'talking';
  $('chat-end').disabled = !chat;
}

function offered(content, state) {
  const callid = content.callid;
  const chat = chats.get(callid) ?? { caller: content.caller ?? '', state, lines: [] };
  chat.state = state;
  chats.set(callid, chat);
  selected ??= callid;
  draw();
  if (state === 'ringing') $('chat-answer').focus();
  else if (selected === callid) $('chat-text').focus();
}

function forget(callid) {
  chats.delete(callid);
  if (selected === callid) selected = chats.keys().next().value ?? null;
  draw();
}

/** Takes the events of chats; returns false for any other event (a voice call's). */
export function handleChatEvent(event) {
  const content = event.content && typeof event.content === 'object' ? event.content : {};
  const callid = typeof event.content === 'string' ? event.content : content.callid;
  const known = callid !== undefined && chats.has(callid);
  const isChat = content.mediaAbility === chatAbility || known;
  if (!isChat) return false;
  switch (event.eventType) {
    case 'AgentEvent_Ringing': offered(content, 'ringing'); break;
    case 'AgentEvent_Auto_Answer':
    case 'AgentEvent_Talking': offered(content, 'talking'); break;
    case 'AgentEvent_MessageData':
      if (!known) return true;
      chats.get(callid).lines.push({ from: 'customer', text: String(content.message ?? '') });
      draw();
      break;
    case 'AgentEvent_Customer_Release':
      if (known) chats.get(callid).state = 'ended';
      draw();
      break;
    case 'AgentEvent_Call_Release':
      // A chat the customer left stays on screen, transcript and all, until the agent closes it.
      if (chats.get(callid)?.state !== 'ended') forget(callid);
      break;
    case 'AgentEvent_No_Answer':
      forget(callid);
      break;
    default:
      return false;
  }
  return true;
}

function send() {
  const text = $('chat-text').value.trim();
  const callid = selected;
  if (!text || !callid) return;
  void run('Send', async () => {
    await gateway(MediaCall.sendmessage, { $entity: { callid, data: JSON.stringify({ mediaType: 'TEXT', content: text }) } });
    chats.get(callid)?.lines.push({ from: 'agent', text });
    $('chat-text').value = '';
    draw();
  });
}

/** Wires the panel's controls; `call` is the workbench's promise wrapper around a gateway method. */
export function startChatPanel(call) {
  gateway = call;
  $('chat-list').addEventListener('change', () => { selected = $('chat-list').value || null; draw(); });
  // The chat chosen in the list is answered by its callid (6.1.2.3 answer?callid=), so one of several ringing chats can be taken.
  $('chat-answer').addEventListener('click', () => run('Accept chat', () => gateway(VoiceCall.answer, selected ? { callid: selected } : {})));
  $('chat-end').addEventListener('click', () => {
    const callid = selected;
    const chat = chats.get(callid);
    // A chat the customer already left is only cleared from the panel.
    if (chat?.state === 'ended') return forget(callid);
    void run('End chat', () => gateway(VoiceCall.dropCall, { callid }));
  });
  $('chat-form').addEventListener('submit', (submit) => { submit.preventDefault(); send(); });
  draw();
}

/** Sign-out: no chat survives it. */
export function clearChats() {
  chats.clear();
  selected = null;
  draw();
}
