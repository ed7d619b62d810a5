// Drawing: people, chats and messages as DOM nodes. Text always goes in as text (never as
// HTML), with Telegram's formatting entities applied on top.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const COLOURS = ["#e17076", "#7bc862", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb", "#faa774"];

export function avatar(name, id) {
  const letters = [...(name || "?").trim()].filter((c) => c.trim()).slice(0, 1).join("");
  const node = el("span", { class: "avatar" }, letters.toUpperCase());
  node.style.background = COLOURS[Math.abs(Number(id)) % COLOURS.length];
  return node;
}

const LANGUAGES = { en: "English", "zh-hans": "简体中文" };

export function personItem(person, current, onPick) {
  const where = person.registered && person.building
    ? `${person.building}, ${person.unit}`
    : ["resident", "volunteer"].includes(person.role) ? "not registered yet" : "";
  const line = [LANGUAGES[person.language] || person.language, where].filter(Boolean).join(" · ");
  return el("li", {},
    el("button", {
      type: "button", "aria-current": current ? "true" : "false",
      dataset: { person: person.id }, onclick: () => onPick(person.id),
    },
    avatar(person.name, person.id),
    el("span", { class: "who" },
      el("b", {}, person.name),
      el("small", {}, el("span", { class: `badge ${person.role}` }, person.role), line))));
}

export function chatItem(chat, current, unread, onPick) {
  return el("li", {},
    el("button", {
      type: "button", "aria-current": current ? "true" : "false",
      dataset: { chat: chat.id }, onclick: () => onPick(chat.id),
    },
    avatar(chat.title, chat.is_bot ? 0 : chat.id),
    el("span", { class: "who" },
      el("b", {}, chat.title, chat.is_bot ? " 🤖" : ""),
      el("small", {}, chat.last || (chat.is_bot ? "Press START to begin" : "No messages yet"))),
    unread ? el("span", { class: "unread" }, String(unread)) : null));
}

// ---- text with entities ----------------------------------------------------------------

const WRAP = {
  bold: () => el("b"), italic: () => el("i"), underline: () => el("u"),
  strikethrough: () => el("s"), code: () => el("code"), pre: () => el("pre"),
  blockquote: () => el("blockquote"),
  spoiler: () => el("span", { class: "spoiler", onclick: (e) => e.currentTarget.classList.add("shown") }),
};

// Offsets are UTF-16 code units, as Telegram counts them, which is how JS strings index.
export function richText(text, entities, actions) {
  const box = el("div", { class: "text" });
  const marks = new Set([0, text.length]);
  for (const e of entities || []) { marks.add(e.offset); marks.add(e.offset + e.length); }
  const cuts = [...marks].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const active = (entities || []).filter((e) => e.offset <= from && e.offset + e.length >= to);
    let node = null;
    let inner = null;
    for (const entity of active) {
      const wrap = entity.type === "text_link" ? linkNode(entity.url, actions)
        : entity.type === "url" ? linkNode(piece, actions)
        : WRAP[entity.type] ? WRAP[entity.type]() : null;
      if (!wrap) continue;
      if (inner) inner.append(wrap); else node = wrap;
      inner = wrap;
    }
    const content = inner && inner.tagName === "A" ? [document.createTextNode(piece)] : linkify(piece, actions);
    if (inner) { inner.append(...content); box.append(node); } else box.append(...content);
  }
  return box;
}

const FINDS = /(https?:\/\/[^\s<>"]+|\bt\.me\/[^\s<>"]+|(?:^|(?<=\s))\/[a-z][a-z0-9_]{1,31}\b)/gi;

function linkify(text, actions) {
  const out = [];
  let last = 0;
  for (const match of text.matchAll(FINDS)) {
    if (match.index > last) out.push(document.createTextNode(text.slice(last, match.index)));
    const found = match[0];
    if (found.startsWith("/")) {
      out.push(el("a", { href: "#", class: "command", onclick: (e) => { e.preventDefault(); actions.command(found); } }, found));
    } else {
      out.push(linkNode(found, actions, found));
    }
    last = match.index + found.length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function linkNode(url, actions, label) {
  if (/^tg:\/\/user/i.test(url)) return el("b", { class: "mention" }, label || "");
  const href = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  const node = el("a", { href, target: "_blank", rel: "noopener", onclick: (e) => {
    if (actions.openLink(href)) e.preventDefault();
  } });
  if (label) node.append(label);
  return node;
}

// ---- messages ---------------------------------------------------------------------------

function time(date) {
  return new Date(date * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function size(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

function media(message) {
  const file = message.file;
  if (message.kind === "photo" && file) {
    return el("a", { href: file.url, target: "_blank" }, el("img", { class: "photo", src: file.url, alt: "photo" }));
  }
  if (message.kind === "voice" && file) {
    return el("div", {}, el("audio", { controls: true, preload: "none", src: file.url }),
      el("small", {}, `🎤 voice note · ${message.duration || 1} s`));
  }
  if (message.kind === "document" && file) {
    const name = file.name || "file";
    return el("a", { class: "doc", href: `${file.url}?download=1`, download: name },
      el("span", { class: "icon" }, "⬇"), el("span", {}, el("b", {}, name), el("small", {}, size(file.size))));
  }
  if (message.kind === "location" && message.location) {
    const { latitude, longitude } = message.location;
    return el("div", { class: "place" }, `📍 ${latitude.toFixed(5)}, ${longitude.toFixed(5)}`);
  }
  if (message.kind === "contact" && message.contact) {
    const c = message.contact;
    return el("div", { class: "contact" }, `👤 ${[c.first_name, c.last_name].filter(Boolean).join(" ")}`,
      el("br"), `📞 ${c.phone_number}`);
  }
  if (message.kind === "sticker") return el("div", { class: "sticker" }, message.text || "🖼");
  return null;
}

export function messageNode(message, { me, group, actions }) {
  const mine = !message.from_bot && message.sender.id === me;
  const bubble = el("div", { class: "bubble" },
    message.topic ? el("div", { class: "topic" }, `# ${message.topic}`) : null,
    group && !mine ? el("div", { class: "sender" }, message.sender.name) : null,
    message.forwarded_from ? el("div", { class: "forwarded" }, `Forwarded from ${message.forwarded_from}`) : null,
    message.reply_to ? el("div", { class: "quote" }, el("b", {}, message.reply_to.name), message.reply_to.text) : null,
    media(message),
    message.text && message.kind !== "sticker" ? richText(message.text, message.entities, actions) : null,
    el("span", { class: "meta" }, message.edited ? "edited " : "", time(message.date)));
  const rows = (message.buttons || []).map((row, r) => el("div", { class: "row" },
    row.map((button, c) => el("button", {
      type: "button", dataset: { row: r, column: c },
      onclick: (e) => actions.press(message, r, c, e.currentTarget),
    }, button.text, button.url ? el("span", { class: "link" }, "↗") : null))));
  return el("div", {
    class: `msg ${mine ? "out" : "in"}`, id: `m${message.id}`, dataset: { id: message.id },
  },
  bubble,
  rows.length ? el("div", { class: "inline" }, rows) : null,
  el("button", { type: "button", class: "reply-to", title: "Reply", "aria-label": "Reply",
    onclick: () => actions.replyTo(message) }, "↩"));
}

export function keyboardNode(keyboard, onTap) {
  return (keyboard ? keyboard.rows : []).map((row) => el("div", { class: "row" },
    row.map((button) => el("button", { type: "button", onclick: () => onTap(button) }, button.text))));
}
