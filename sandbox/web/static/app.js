// The sandbox's web chat: pick a person, read their chats, act as them. What the bot sends
// arrives over Server-Sent Events (/api/events), so nothing needs a reload.
import { avatar, chatItem, keyboardNode, messageNode, personItem } from "./render.js";

const $ = (selector) => document.querySelector(selector);
const state = {
  bot: null, people: [], me: null, chats: [], chatId: null, messages: new Map(),
  keyboard: null, hiddenKeyboard: null, replyTo: null, unread: {}, events: null, pending: {},
};

// ---- talking to the sandbox -------------------------------------------------------------

async function api(path, { method = "GET", body, form } = {}) {
  const options = { method, headers: {} };
  if (form) options.body = form;
  else if (body !== undefined) {
    options.body = JSON.stringify(body);
    options.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `${response.status} ${response.statusText}`);
  return data;
}

function act(path, body) {
  return api(`/api/chats/${state.chatId}/${path}`, { method: "POST", body: { as: state.me, ...body } })
    .then((message) => { if (message && message.id) upsert(message); return message; })
    .catch((error) => toast(error.message));
}

// ---- what the page shows ----------------------------------------------------------------

function toast(text) {
  const box = $("#toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 3500);
}

function alertBox(text) {
  $("#alert-text").textContent = text;
  $("#alert").showModal();
}

function saveHash() {
  const parts = [];
  if (state.me) parts.push(`p=${state.me}`);
  if (state.chatId) parts.push(`c=${state.chatId}`);
  history.replaceState(null, "", `#${parts.join("&")}`);
}

function drawPeople() {
  $("#people").replaceChildren(...state.people.map((p) => personItem(p, p.id === state.me, pickPerson)));
}

function drawChats() {
  $("#chats").replaceChildren(...state.chats.map((c) => chatItem(
    c, c.id === state.chatId, state.unread[c.id] || 0, openChat)));
}

const actions = {
  press: pressInline,
  replyTo: (message) => setReply(message),
  command: (text) => sendText(text),
  openLink: (href) => openDeepLink(href),
};

// A t.me link to this bot opens the bot's chat with "/start <payload>", as Telegram does.
// Clicking one opens it as the person you are; to hand an invite to someone else, paste the
// link into their chat and send it.
function openDeepLink(text) {
  let url;
  try { url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`); } catch { return false; }
  const bot = state.bot ? state.bot.username.toLowerCase() : "";
  if (!["t.me", "telegram.me"].includes(url.hostname) || url.pathname.slice(1).toLowerCase() !== bot) {
    return false;
  }
  const payload = url.searchParams.get("start");
  openChat(state.me).then(() => sendText(payload ? `/start ${payload}` : "/start"));
  return true;
}

function currentChat() { return state.chats.find((c) => c.id === state.chatId); }

function drawMessage(message) {
  const chat = currentChat();
  const node = messageNode(message, { me: state.me, group: chat && !chat.is_bot, actions });
  const old = document.getElementById(`m${message.id}`);
  if (old) { old.replaceWith(node); return; }
  const box = $("#messages");
  const later = [...box.querySelectorAll(".msg")].find((n) => Number(n.dataset.id) > message.id);
  box.insertBefore(node, later || null);
}

function nearBottom() {
  const box = $("#messages");
  return box.scrollHeight - box.scrollTop - box.clientHeight < 160;
}

function scrollDown() { const box = $("#messages"); box.scrollTop = box.scrollHeight; }

function upsert(message) {
  if (message.chat_id !== state.chatId) return;
  const stick = nearBottom() || (!message.from_bot && message.sender.id === state.me);
  $("#welcome")?.remove();
  state.messages.set(message.id, message);
  drawMessage(message);
  if (opensReply(message)) setReply(message);
  drawBottom();
  if (stick) scrollDown();
}

// A ForceReply opens the reply field for everyone, or (selective) for whom it names.
function opensReply(message) {
  const force = message.from_bot && message.force_reply;
  if (!force) return false;
  const chat = currentChat();
  return Boolean(chat && chat.is_bot) || !force.selective || force.for.includes(state.me);
}

function setReply(message) {
  state.replyTo = message;
  $("#reply-bar").hidden = !message;
  if (message) {
    $("#reply-text").textContent = `↩ ${message.sender.name}: ${message.text.split("\n")[0]}`;
    $("#text").focus();
  }
}

function drawKeyboard() {
  const keyboard = state.keyboard;
  const hidden = keyboard && state.hiddenKeyboard === keyboard.message_id;
  $("#keyboard").replaceChildren(...(keyboard && !hidden ? keyboardNode(keyboard, tapKey) : []));
  $("#kb-toggle").hidden = !hidden;
  $("#text").placeholder = (keyboard && keyboard.placeholder) || "Message";
}

function drawBottom() {
  const chat = currentChat();
  const empty = state.messages.size === 0;
  const fresh = Boolean(chat && chat.is_bot && empty);
  $("#start-wrap").hidden = !fresh;
  $("#composer").hidden = !chat;  // Telegram hides it until START; here a pasted link may open the bot
  drawKeyboard();
}

// ---- choosing who and where -------------------------------------------------------------

async function loadPeople() {
  const before = state.people.find((p) => p.id === state.me);
  state.people = (await api("/api/people")).people;
  drawPeople();
  const now = state.people.find((p) => p.id === state.me);
  if (before && now && before.role !== now.role) {  // e.g. appointed staff: the staff room appears
    state.chats = (await api(`/api/people/${state.me}/chats`)).chats;
    drawChats();
  }
}

async function pickPerson(id, chatId) {
  state.me = id;
  state.unread = {};
  state.chatId = null;
  if (state.events) state.events.close();
  state.events = new EventSource(`/api/events?as=${id}`);
  state.events.onmessage = (event) => onEvent(JSON.parse(event.data));
  drawPeople();
  state.chats = (await api(`/api/people/${id}/chats`)).chats;
  const wanted = state.chats.some((c) => c.id === chatId) ? chatId : state.chats[0].id;
  await openChat(wanted);
}

async function openChat(chatId) {
  if (chatId !== state.chatId) setReply(null);
  state.chatId = chatId;
  state.unread[chatId] = 0;
  const data = await api(`/api/chats/${chatId}/messages?as=${state.me}`);
  const index = state.chats.findIndex((c) => c.id === chatId);
  if (index >= 0) state.chats[index] = data.chat;
  state.messages = new Map(data.messages.map((m) => [m.id, m]));
  state.keyboard = data.keyboard;
  const person = state.people.find((p) => p.id === state.me);
  $("#chat-title").textContent = data.chat.title;
  $("#chat-sub").textContent = data.chat.is_bot
    ? `bot · you are ${person ? person.name : state.me}` : `group · you are ${person ? person.name : ""}`;
  $("#chat-avatar").replaceWith(Object.assign(avatar(data.chat.title, data.chat.is_bot ? 0 : chatId), { id: "chat-avatar" }));
  $("#messages").replaceChildren();
  data.messages.forEach(drawMessage);
  const lastBot = [...data.messages].reverse().find((m) => m.from_bot);
  if (lastBot && opensReply(lastBot)) setReply(lastBot);
  drawChats();
  drawBottom();
  scrollDown();
  $("#app").className = "show-chat";
  saveHash();
}

// ---- what arrives -----------------------------------------------------------------------

function onEvent(event) {
  if (event.type === "answer") return onAnswer(event);
  if (event.type !== "message") return;
  const index = state.chats.findIndex((c) => c.id === event.chat_id);
  if (index >= 0) state.chats[index] = event.chat;
  if (event.chat_id === state.chatId) {
    state.keyboard = event.chat.keyboard;
    if (event.change === "delete") {
      state.messages.delete(event.message.id);
      document.getElementById(`m${event.message.id}`)?.remove();
      drawBottom();
    } else {
      upsert(event.message);
    }
  } else if (event.change === "new" && event.message.sender.id !== state.me) {
    state.unread[event.chat_id] = (state.unread[event.chat_id] || 0) + 1;
  }
  drawChats();
  if (event.message.from_bot && event.change === "new") refreshPersonSoon();
}

function onAnswer(event) {
  const button = state.pending[event.query_id];
  if (button) { button.classList.remove("busy"); delete state.pending[event.query_id]; }
  if (!event.text) return;
  if (event.show_alert) alertBox(event.text); else toast(event.text);
}

// Registration changes what the people list says (building, role): refresh it, gently.
function refreshPersonSoon() {
  clearTimeout(refreshPersonSoon.timer);
  refreshPersonSoon.timer = setTimeout(loadPeople, 600);
}

// ---- doing things -----------------------------------------------------------------------

function sendText(text) {
  const reply = state.replyTo;
  setReply(null);
  return act("messages", { text, reply_to: reply ? reply.id : null });
}

async function pressInline(message, row, column, button) {
  button.classList.add("busy");
  try {
    const result = await api(`/api/chats/${state.chatId}/press`, {
      method: "POST", body: { as: state.me, message_id: message.id, row, column },
    });
    if (result.query_id) {
      state.pending[result.query_id] = button;
      setTimeout(() => button.classList.remove("busy"), 5000);
      return;
    }
    button.classList.remove("busy");
    if (result.started) await openChat(state.me);
    else if (result.url) window.open(result.url, "_blank", "noopener");
  } catch (error) {
    button.classList.remove("busy");
    toast(error.message);
  }
}

function tapKey(button) {
  if (state.keyboard && state.keyboard.one_time) state.hiddenKeyboard = state.keyboard.message_id;
  act("keyboard", { text: button.text });
  drawKeyboard();
}

async function upload(file) {
  const form = new FormData();
  form.append("as", String(state.me));
  const caption = $("#text").value.trim();
  if (caption && file.type.startsWith("image/")) { form.append("caption", caption); $("#text").value = ""; }
  form.append("file", file, file.name);
  try {
    upsert(await api(`/api/chats/${state.chatId}/files`, { method: "POST", form }));
  } catch (error) {
    toast(error.message);
  }
}

async function travel(hours) {
  try {
    const result = await api("/api/clock", { method: "POST", body: { hours } });
    showNow(result.now);
    toast(`The bot's clock moved ${hours >= 24 ? `${hours / 24} day(s)` : `${hours} hour(s)`} ahead` +
      (result.ran ? `; ${result.ran} reminder(s) fell due` : ""));
  } catch (error) {
    toast(error.message);
  }
}

function showNow(iso) {
  $("#now").textContent = new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

// ---- wiring -----------------------------------------------------------------------------

function wire() {
  $("#composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("#text").value;
    if (!text.trim()) return;
    $("#text").value = "";
    if (/^\S+$/.test(text.trim()) && /t(elegram)?\.me\//i.test(text) && openDeepLink(text.trim())) return;
    sendText(text);
  });
  $("#text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); $("#composer").requestSubmit(); }
  });
  $("#start").addEventListener("click", () => sendText("/start"));
  $("#reply-cancel").addEventListener("click", () => setReply(null));
  $("#attach").addEventListener("click", () => $("#file").click());
  $("#file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) upload(file);
    event.target.value = "";
  });
  $("#voice").addEventListener("click", () => act("voice", {}));
  $("#kb-toggle").addEventListener("click", () => { state.hiddenKeyboard = null; drawKeyboard(); });
  $("#back").addEventListener("click", () => { $("#app").className = "show-side"; });
  document.querySelectorAll(".travel button").forEach((button) => {
    button.addEventListener("click", () => travel(Number(button.dataset.hours)));
  });
  $("#add-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    try {
      const person = await api("/api/people", {
        method: "POST", body: { name: form.name.value, language: form.language.value },
      });
      form.reset();
      $("#add-person").open = false;
      await loadPeople();
      await pickPerson(person.id);
    } catch (error) {
      toast(error.message);
    }
  });
}

async function main() {
  wire();
  const status = await api("/api/status");
  state.bot = status.bot;
  showNow(status.now);
  await loadPeople();
  const hash = new URLSearchParams(location.hash.slice(1));
  const wanted = Number(hash.get("p"));
  if (state.people.some((p) => p.id === wanted)) {
    await pickPerson(wanted, Number(hash.get("c")) || undefined);
  }
  document.body.dataset.ready = "true";
}

main().catch((error) => toast(error.message));
