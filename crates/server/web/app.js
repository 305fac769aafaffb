// The hearsay page: a hash-routed view over the JSON API. Article text is untrusted, so every
// string reaches the page through text nodes (`el` below); nothing is ever parsed as HTML.
"use strict";

const view = () => document.getElementById("view");
const statusLine = () => document.getElementById("status");

// Children as nodes: arrays at any depth are spread, strings and numbers become text nodes
// (never markup), and null, undefined and false are left out.
function nodes(children) {
  return children.flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

// Builds an element from attributes and children (see `nodes`).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
    if (name === "hue") node.style.setProperty("--hue", String(value));
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...nodes(children));
  return node;
}

// Only web links from article metadata become links; anything else (javascript:, data:) is text.
function safeHref(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function show(title, ...children) {
  document.title = `${title} — hearsay`;
  view().replaceChildren(el("h2", {}, title), ...nodes(children));
}

// A table whose cells carry their column's name, so that a narrow screen can show each row
// as a card of labelled lines (app.css) instead of scrolling sideways. `columns` are
// [label, class] pairs; `cells(row)` gives one entry per column.
function table(columns, rows, cells) {
  return el("table", {},
    el("thead", {}, el("tr", {}, columns.map(([label]) => el("th", {}, label)))),
    el("tbody", {}, rows.map((row) => el("tr", {},
      cells(row).map((content, k) => el("td", { class: columns[k][1], "data-label": columns[k][0] }, content))))));
}

// The rows a list view asks for: `limit` (default 100, at most the API's 500) from `offset`.
function windowOf(params) {
  const number = (name, fallback, max) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
  };
  const limit = number("limit", 100, 500) || 100;
  return { limit, offset: number("offset", 0, Number.MAX_SAFE_INTEGER) };
}

// "Articles 101–200 of 950." — what part of the whole list the reader sees.
function counted(noun, total, offset, shown) {
  if (total === 0) return `No ${noun}.`;
  if (shown === 0) return `No ${noun} past ${offset.toLocaleString()}; there are ${total.toLocaleString()}.`;
  if (offset === 0 && shown === total) return `${total.toLocaleString()} ${noun}.`;
  return `${noun[0].toUpperCase()}${noun.slice(1)} ${(offset + 1).toLocaleString()}–${(offset + shown).toLocaleString()} of ${total.toLocaleString()}.`;
}

// Previous and next links of a paged view at `path` (a hash route), keeping its other
// parameters.
function pager(path, params, win, total) {
  const link = (offset, label, rel) => {
    const next = new URLSearchParams(params);
    next.set("offset", String(offset));
    return el("a", { href: `#${path}?${next}`, rel }, label);
  };
  const links = [];
  if (win.offset > 0) links.push(link(Math.max(0, win.offset - win.limit), "← Previous", "prev"));
  if (win.offset + win.limit < total) links.push(link(win.offset + win.limit, "Next →", "next"));
  return links.length ? el("nav", { class: "pager", "aria-label": "Pages" }, links) : "";
}

function say(message) {
  statusLine().textContent = message;
}

// One hue per speaker, in order of first appearance, spread around the colour wheel.
function huesFor(statements) {
  const hues = new Map();
  for (const s of statements) {
    const who = s.speaker_ref || s.speaker || "unknown";
    if (!hues.has(who)) hues.set(who, (hues.size * 137) % 360);
  }
  return hues;
}

function speakerLink(name, personId) {
  if (!name) return el("em", {}, "unattributed");
  return personId ? el("a", { href: `#/person/${personId}` }, name) : name;
}

function articleLink(hit) {
  const label = hit.title || hit.doc_id;
  return el("a", { href: `#/article/${hit.article}?s=${hit.statement}` }, label);
}

function hitItem(hit) {
  return el("div", { class: "hit" },
    el("blockquote", {}, hit.quote),
    el("div", { class: "meta" },
      "— ", speakerLink(hit.speaker_ref || hit.speaker, hit.person),
      hit.verb ? ` (${hit.verb})` : "",
      " · ", articleLink(hit),
      hit.outlet ? ` · ${hit.outlet}` : "",
      hit.published ? ` · ${hit.published}` : ""));
}

async function searchView(params) {
  const q = params.get("q") || "";
  document.getElementById("q").value = q;
  if (!q.trim()) return show("Search", el("p", {}, "Type words to find who said them."));
  say("Searching…");
  const win = windowOf(params);
  const result = await api(`/api/search?q=${encodeURIComponent(q)}&limit=${win.limit}&offset=${win.offset}`);
  say(`${counted("matching statements", result.total, win.offset, result.hits.length)} Query: “${q}”.`);
  show(`Search: ${q}`, el("div", { class: "hits" }, result.hits.map(hitItem)), pager("/search", params, win, result.total));
}

async function articlesView(params) {
  const win = windowOf(params);
  const page = await api(`/api/articles?limit=${win.limit}&offset=${win.offset}`);
  const articles = page.items;
  say(counted("articles", page.total, win.offset, articles.length));
  show("Articles", table(
    [["Article"], ["Outlet"], ["Published"], ["Statements", "num"]],
    articles,
    (a) => [
      el("a", { href: `#/article/${a.id}` }, a.title || a.first_line || a.doc_id),
      a.outlet || "",
      a.published || "",
      a.statements,
    ]),
    pager("/", params, win, page.total));
}

// Splits the text at every statement boundary; each piece is marked with the narrowest
// statement covering it, so nested and overlapping statements all stay visible.
function highlighted(text, statements, hues, focusId) {
  const chars = Array.from(text); // offsets are code points, as the API gives them
  const cuts = new Set([0, chars.length]);
  for (const s of statements) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= chars.length).sort((a, b) => a - b);
  const body = el("div", { class: "article-text", lang: "" });
  const started = new Set();
  let focusTarget = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = chars.slice(a, b).join("");
    const covering = statements.filter((s) => s.start <= a && b <= s.end);
    if (covering.length === 0) { body.append(piece); continue; }
    const s = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const who = s.speaker_ref || s.speaker || "unknown";
    const first = !started.has(s.id);
    started.add(s.id);
    const tipId = `tip-${s.id}-${k}`;
    const tip = el("span", { class: "tip", role: "tooltip", id: tipId },
      el("strong", {}, s.speaker_ref || s.speaker || "unattributed"),
      s.role ? `, ${s.role}` : "",
      el("br"),
      s.verb ? `cue: ${s.verb}` : "no cue (continues the last speaker)",
      ` · ${s.direct ? "direct quote" : "reported speech"}`);
    const mark = el("mark", {
      class: s.direct ? "quote" : "quote indirect",
      hue: hues.get(who),
      tabindex: first ? "0" : "-1",
      "data-statement": s.id,
      "data-speaker": s.speaker_ref || s.speaker || "",
      "aria-describedby": tipId,
    }, piece, tip);
    if (first && s.id === focusId) focusTarget = mark;
    body.append(mark);
  }
  return [body, focusTarget];
}

async function articleView(id, params) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const hues = huesFor(a.statements);
  const focusId = Number(params.get("s"));
  const [body, focusTarget] = highlighted(a.text, a.statements, hues, focusId);
  const source = safeHref(a.url);
  const legend = el("ul", { class: "legend", "aria-label": "Speakers" },
    [...hues.entries()].map(([who, hue]) => {
      const s = a.statements.find((x) => (x.speaker_ref || x.speaker || "unknown") === who);
      return el("li", {}, el("span", { class: "swatch", hue }), speakerLink(who, s && s.person));
    }));
  say(`${a.statements.length} statements, ${a.claims.length} numbers. Tab through the quotes to see who said each.`);
  show(a.title || a.doc_id,
    el("p", { class: "meta" },
      [a.outlet, a.author, a.published, a.lang].filter(Boolean).join(" · "),
      source ? [" · ", el("a", { href: source, rel: "noopener noreferrer nofollow" }, "source")] : ""),
    legend,
    body,
    el("h3", {}, "Statements"),
    table([["Speaker"], ["Cue"], ["What was said"]], a.statements, (s) => [
      [speakerLink(s.speaker_ref || s.speaker, s.person),
        s.role || KIND_WORDS[s.speaker_kind] ? el("div", { class: "meta" }, [s.role, KIND_WORDS[s.speaker_kind]].filter(Boolean).join(" · ")) : ""],
      s.verb || "",
      s.quote,
    ]),
    a.claims.length ? [el("h3", {}, "Numbers"), claimsTable(a.claims, false)] : "");
  if (focusTarget) focusTarget.focus();
}

// How each kind of speaker reads on the page.
const KIND_WORDS = {
  person: "person", organisation: "organisation", named: "name", group: "group",
  description: "description", anonymous: "anonymous source",
};

async function peopleView(params) {
  const win = windowOf(params);
  const page = await api(`/api/people?limit=${win.limit}&offset=${win.offset}`);
  say(counted("people quoted", page.total, win.offset, page.items.length));
  show("People", table(
    [["Name"], ["Kind"], ["Statements", "num"], ["Also written", "aliases"]],
    page.items,
    (p) => [el("a", { href: `#/person/${p.id}` }, p.name), KIND_WORDS[p.kind] || "", p.statements, p.aliases.join(", ")]),
    pager("/people", params, win, page.total));
}

async function personView(id, params) {
  const win = windowOf(params);
  const p = await api(`/api/people/${encodeURIComponent(id)}?limit=${win.limit}&offset=${win.offset}`);
  const page = p.statements;
  say(`${counted("statements", page.total, win.offset, page.items.length)} Oldest first.`);
  show(p.person.name,
    p.person.aliases.length ? el("p", { class: "aliases" }, `Also written: ${p.person.aliases.join(", ")}`) : "",
    el("div", { class: "hits" }, page.items.map(hitItem)),
    pager(`/person/${encodeURIComponent(id)}`, params, win, page.total));
}

// How a bound reads before its value; a range reads "10 to 20", an open one "at least 10".
const BOUND_WORDS = {
  exact: "", approx: "about ", at_least: "at least ", at_most: "at most ",
  more_than: "more than ", less_than: "less than ",
};

// A claim's value as a reader says it: "about 3,000 soldiers", "10 to 20 km", "more than 40".
function describeValue(c) {
  const known = (x) => x !== null && x !== undefined;
  const n = (x) => Number(x).toLocaleString();
  const unit = c.unit ? ` ${c.unit}` : "";
  if (known(c.value)) return `${BOUND_WORDS[c.bound] ?? ""}${n(c.value)}${unit}`;
  if (known(c.low) && known(c.high)) return `${n(c.low)} to ${n(c.high)}${unit}`;
  if (known(c.low)) return `at least ${n(c.low)}${unit}`;
  if (known(c.high)) return `at most ${n(c.high)}${unit}`;
  return c.text;
}

function claimsTable(claims, withArticle) {
  const columns = [["As written"], ["Value", "num"], ["Counts"], ["Source"], ["Modality"]];
  if (withArticle) columns.push(["Article"]);
  return table(columns, claims, (c) => [
    c.text,
    describeValue(c),
    c.counted || "",
    c.source_ref || el("em", {}, "the article"),
    c.modality,
    withArticle ? el("a", { href: `#/article/${c.article}` }, c.title || c.doc_id) : null,
  ].slice(0, columns.length));
}

async function claimsView(params) {
  const about = params.get("about") || "";
  const win = windowOf(params);
  const page = await api(`/api/claims?limit=${win.limit}&offset=${win.offset}${about ? `&about=${encodeURIComponent(about)}` : ""}`);
  say(`${counted("numeric claims", page.total, win.offset, page.items.length)}${about ? ` About “${about}”.` : ""}`);
  const form = el("form", { id: "claims-form", role: "search" },
    el("label", { for: "about" }, "Claims about"),
    el("input", { id: "about", name: "about", type: "search", maxlength: "500", placeholder: "e.g. soldats, troops" }),
    el("button", { type: "submit" }, "Filter"));
  form.elements.about.value = about;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/claims?about=${encodeURIComponent(form.elements.about.value)}`;
  });
  show("Claims", form, claimsTable(page.items, true), pager("/claims", params, win, page.total));
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?", 2);
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  say("");
  try {
    if (parts.length === 0) await articlesView(params);
    else if (parts[0] === "search") await searchView(params);
    else if (parts[0] === "article" && parts[1]) await articleView(parts[1], params);
    else if (parts[0] === "people") await peopleView(params);
    else if (parts[0] === "person" && parts[1]) await personView(parts[1], params);
    else if (parts[0] === "claims") await claimsView(params);
    else show("Not found", el("p", {}, "No such page."));
  } catch (error) {
    say("");
    show("Error", el("p", { class: "error", role: "alert" }, error.message));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(document.getElementById("q").value)}`;
  });
  window.addEventListener("hashchange", route);
  route();
});
