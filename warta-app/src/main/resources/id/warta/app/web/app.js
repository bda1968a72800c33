// Warta's web UI: one script, no framework. Every piece of article data reaches the page
// through textContent or setAttribute on elements built here, never through innerHTML, so
// untrusted text stays text.
"use strict";

const FACETS = ["outlet", "person", "organization", "place", "speaker"];
const FILTERS = FACETS.concat(["entity"]);
const FACET_TITLES = {outlet: "Outlet", person: "People", organization: "Organisations", place: "Places", speaker: "Speakers"};
const SVG = "http://www.w3.org/2000/svg";

/** el("a", {href: "/x", class: "y"}, "text", child...): an element with attributes and children. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Only web links leave the app: a javascript: or data: URL in an article never becomes a link. */
function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach(x => q.append(k, x));
    else if (v !== null && v !== undefined && v !== "") q.append(k, v);
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

function entityHref(name) { return "/entity/" + encodeURIComponent(name); }
function articleHref(id, q, at) { return "/article/" + encodeURIComponent(id) + query({q, at}); }

async function api(path) {
  const response = await fetch(path, {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({status: response.status, message: response.statusText}));
  if (!response.ok) throw new Error(body.message || ("HTTP " + response.status));
  return body;
}

/** A snippet ({text, highlights: [{start, end}]}) as text with <mark>s. */
function marked(snippet, fallback) {
  if (!snippet) return [fallback || ""];
  const parts = [];
  let at = 0;
  for (const h of snippet.highlights || []) {
    if (h.start < at) continue;
    parts.push(snippet.text.slice(at, h.start), el("mark", {class: "hl"}, snippet.text.slice(h.start, h.end)));
    at = h.end;
  }
  parts.push(snippet.text.slice(at));
  if (snippet.truncated) parts.push("…");
  return parts;
}

function plural(n, noun) {
  return `${n.toLocaleString("id-ID")} ${noun}${n === 1 ? "" : "s"}`;
}

function fmtDate(iso) {
  if (!iso) return "undated";
  const d = new Date(iso.length === 10 ? iso + "T00:00:00" : iso);
  if (isNaN(d)) return iso;
  const day = d.toLocaleDateString("id-ID", {day: "numeric", month: "short", year: "numeric"});
  return iso.length > 10 ? day + " " + d.toLocaleTimeString("id-ID", {hour: "2-digit", minute: "2-digit"}) : day;
}

function show(...nodes) {
  const view = document.getElementById("view");
  view.replaceChildren(...nodes.flat());
}

function showError(error) {
  show(el("div", {class: "error", role: "alert"}, error.message || String(error)));
}

// ---- charts ----------------------------------------------------------------------------

/** Bars of a timeline; each bar links to its period when linkFor gives a URL. */
function timelineChart(timeline, linkFor) {
  const buckets = timeline.buckets || [];
  if (buckets.length === 0) return el("p", {class: "muted"}, "No dated articles.");
  const width = 900, height = 120, pad = 18;
  const max = Math.max(1, ...buckets.map(b => b.count));
  const w = Math.min(48, (width - 2) / buckets.length);
  const chart = svg("svg", {class: "chart", viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img"});
  chart.append(svg("title", {}, `Articles per ${timeline.granularity}`));
  buckets.forEach((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(2, (height - pad) * b.count / max);
    const bar = svg("rect", {class: "bar", x: 1 + i * w, y: height - pad - h, width: Math.max(1, w - 1), height: h});
    bar.append(svg("title", {}, `${b.start}: ${b.count}`));
    const href = linkFor ? linkFor(b, timeline.granularity) : null;
    if (href && b.count > 0) {
      const a = svg("a", {href});
      a.append(bar);
      chart.append(a);
    } else chart.append(bar);
  });
  chart.append(svg("text", {x: 2, y: height - 4}, buckets[0].start));
  chart.append(svg("text", {x: width - 2, y: height - 4, "text-anchor": "end"}, buckets[buckets.length - 1].start));
  chart.append(svg("text", {x: width - 2, y: 10, "text-anchor": "end"}, `max ${max}`));
  return chart;
}

function periodEnd(start, granularity) {
  const d = new Date(start + "T00:00:00Z");
  if (granularity === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (granularity === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// ---- search page -----------------------------------------------------------------------

function searchState() {
  const p = new URLSearchParams(location.search);
  const state = {q: p.get("q") || "", sort: p.get("sort") || "", page: p.get("page") || "", from: p.get("from") || "", to: p.get("to") || ""};
  for (const f of FILTERS) state[f] = p.getAll(f);
  return state;
}

function searchHref(state, change) {
  return "/" + query(Object.assign({}, state, {page: ""}, change));
}

async function searchPage() {
  const state = searchState();
  document.getElementById("q").value = state.q;
  const results = await api("/api/search" + query(Object.assign({}, state, {size: 20})));
  const chips = [];
  for (const f of FILTERS) for (const v of state[f]) {
    chips.push(el("span", {class: "chip"}, `${f}: ${v}`, el("a", {href: searchHref(state, {[f]: state[f].filter(x => x !== v)}), title: "remove"}, "×")));
  }
  if (state.from || state.to) chips.push(el("span", {class: "chip"}, `${state.from || "…"} – ${state.to || "…"}`,
      el("a", {href: searchHref(state, {from: "", to: ""}), title: "remove"}, "×")));

  const facets = el("aside", {class: "facets"});
  for (const dim of FACETS) {
    const values = (results.facets || {})[dim] || [];
    if (values.length === 0) continue;
    facets.append(el("div", {class: "panel facet"}, el("h2", {}, FACET_TITLES[dim]),
        el("ul", {}, values.map(v => el("li", {},
            el("span", {}, el("a", {href: searchHref(state, {[dim]: state[dim].concat([v.value])}), "data-facet": dim}, v.value),
                dim === "outlet" ? null : el("a", {href: entityHref(v.value), class: "profile", title: "profile of " + v.value}, " ›")),
            el("span", {class: "count"}, (results.sampled ? "≈" : "") + v.count.toLocaleString("id-ID")))))));
  }
  if (facets.childElementCount === 0) facets.append(el("div", {class: "panel muted"}, "Facets appear as articles with entities, quotes and outlets are indexed."));

  const sortLinks = ["relevance", "newest", "oldest"].map(s => (state.sort || "relevance") === s
      ? el("strong", {}, s) : el("a", {href: searchHref(state, {sort: s === "relevance" ? "" : s})}, s));
  const hits = results.hits.map(h => el("article", {class: "hit"},
      el("h3", {}, el("a", {href: articleHref(h.id, state.q), class: "hit-title"}, marked(h.title, "(untitled)"))),
      el("div", {class: "meta"}, [h.outlet || "unknown outlet", fmtDate(h.published)].join(" · ")),
      el("p", {class: "snippet"}, marked(h.snippet))));
  const page = results.page, last = Math.ceil(Math.min(results.total, 1000) / results.size);
  const pager = el("div", {class: "pager"},
      page > 1 ? el("a", {href: "/" + query(Object.assign({}, state, {page: page - 1}))}, "← newer results") : null,
      el("span", {class: "muted"}, `page ${page} of ${Math.max(1, last)}`),
      page < last ? el("a", {href: "/" + query(Object.assign({}, state, {page: page + 1}))}, "more results →") : null);

  show(el("div", {class: "layout"}, facets, el("section", {class: "results"},
      el("div", {class: "chips"}, chips),
      el("div", {class: "panel"}, el("h2", {}, results.sampled ? "Over time (estimated from a sample)" : "Over time"), timelineChart(results.timeline,
          (b, g) => searchHref(state, {from: b.start, to: periodEnd(b.start, g)}))),
      el("p", {class: "summary"}, `${plural(results.total, "article")} · ${results.took_ms} ms · sort: `, sortLinks.flatMap((l, i) => i ? [" / ", l] : [l])),
      results.total === 0 ? el("p", {class: "muted"}, state.q ? "Nothing matches. Try fewer words, or remove a filter." : "The index is empty: run 'warta ingest' on some articles.") : null,
      hits, pager)));
}

// ---- article page ----------------------------------------------------------------------

/** Spans of the text to mark: quotes outside, then entities, dates and amounts inside them. */
function textMarks(a) {
  const quotes = (a.quotes || []).filter(q => q.end > q.start).sort((x, y) => x.start - y.start)
      .filter((q, i, all) => i === 0 || q.start >= all[i - 1].end);
  const inner = [];
  for (const e of a.entities || []) for (const m of e.mentions || []) inner.push({start: m.start, end: m.end, kind: "entity", entity: e, text: m.text});
  for (const d of a.dates || []) inner.push({start: d.start, end: d.end, kind: "date", title: `${d.value} (${(d.kind || "").toLowerCase()})`});
  for (const p of a.periods || []) inner.push({start: p.start, end: p.end, kind: "date", title: `${p.relation || ""} ${p.value}`.trim()});
  for (const m of a.amounts || []) inner.push({start: m.start, end: m.end, kind: "amount", title: `${m.value} ${m.unit}` + (m.upper ? ` – ${m.upper}` : "")});
  inner.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  const crossesQuote = m => quotes.some(q => (m.start < q.start && m.end > q.start) || (m.start < q.end && m.end > q.end));
  const kept = [];
  for (const m of inner) {
    if (m.end <= m.start || crossesQuote(m)) continue;
    if (kept.length && m.start < kept[kept.length - 1].end) continue;
    kept.push(m);
  }
  return {quotes, inner: kept};
}

function innerNode(m, text) {
  if (m.kind === "entity") {
    const type = (m.entity.type || "").toLowerCase();
    return el("a", {class: "ent " + (FACET_TITLES[type] ? type : "other"), href: entityHref(m.entity.name),
      title: `${m.entity.name} (${type})`}, text);
  }
  return el("span", {class: m.kind, title: m.title}, text);
}

/** Appends text[start, end) to parent, marking the inner spans that fall inside. */
function appendRange(parent, text, start, end, inner) {
  let at = start;
  for (const m of inner) {
    if (m.start < start || m.end > end) continue;
    parent.append(text.slice(at, m.start), innerNode(m, text.slice(m.start, m.end)));
    at = m.end;
  }
  parent.append(text.slice(at, end));
}

function articleBody(a) {
  const text = a.text || "";
  const {quotes, inner} = textMarks(a);
  const body = el("div", {class: "article-text", id: "article-text"});
  let at = 0;
  quotes.forEach((q, i) => {
    appendRange(body, text, at, q.start, inner);
    const speaker = q.speaker && q.speaker.name;
    const mark = el("mark", {class: "quote", id: "quote-" + i, "data-start": q.start, title: speaker ? "said by " + speaker : "speaker unknown"});
    appendRange(mark, text, q.start, q.end, inner);
    body.append(mark);
    body.append(el("span", {class: "speaker-tag"}, speaker
        ? el("a", {href: entityHref(q.speaker.entity || speaker)}, speaker) : "speaker unknown"));
    at = q.end;
  });
  appendRange(body, text, at, text.length, inner);
  return body;
}

function sidePanel(title, items) {
  if (!items || items.length === 0) return null;
  return el("div", {class: "panel"}, el("h3", {}, title), el("ul", {}, items));
}

function articleSide(a, id) {
  const byType = {};
  for (const e of a.entities || []) (byType[(e.type || "other").toLowerCase()] ||= []).push(e);
  const entityPanels = Object.entries(byType).map(([type, list]) => sidePanel(FACET_TITLES[type] || type,
      list.map(e => el("li", {}, el("a", {href: entityHref(e.name), class: "ent " + type}, e.name),
          e.roles && e.roles.length ? el("span", {class: "muted"}, " — " + e.roles.join("; ")) : null,
          el("span", {class: "muted"}, ` (${(e.mentions || []).length}×)`)))));
  const quotes = sidePanel("Quotes", (a.quotes || []).map((q, i) => el("li", {class: "quote-item"},
      el("a", {href: "#quote-" + i}, "“" + (q.text.length > 140 ? q.text.slice(0, 140) + "…" : q.text) + "”"),
      el("div", {class: "meta"}, "— ", q.speaker && q.speaker.name ? el("a", {href: entityHref(q.speaker.entity || q.speaker.name)}, q.speaker.name) : "speaker unknown",
          q.cue ? ` (${q.cue})` : "", q.kind ? ` · ${q.kind.toLowerCase()}` : ""))));
  const amounts = sidePanel("Amounts", (a.amounts || []).map(m => el("li", {}, m.text, el("span", {class: "muted"}, ` = ${Number(m.value).toLocaleString("id-ID")} ${m.unit}`))));
  const dates = sidePanel("Dates", (a.dates || []).map(d => el("li", {}, d.text, el("span", {class: "muted"}, ` = ${d.value}`)))
      .concat((a.periods || []).map(p => el("li", {}, p.text, el("span", {class: "muted"}, ` = ${p.relation} ${p.value}`)))));
  const sources = sidePanel("Source chain", (a.sources || []).map(s => el("li", {}, s.name, el("span", {class: "muted"}, ` (${s.role})`))));
  const related = sidePanel("Related links", (a.related || []).map(r => el("li", {},
      safeUrl(r.url) ? el("a", {href: safeUrl(r.url), rel: "noopener noreferrer nofollow"}, r.title) : r.title, " ",
      el("a", {href: "/" + query({q: `"${r.title}"`}), class: "muted", title: "search the index for this headline"}, "(search)"))));
  const warnings = sidePanel("Warnings", (a.warnings || []).map(w => el("li", {class: "warning"}, el("code", {}, w.code), " ", w.message)));
  const credits = a.credits || {};
  const creditItems = [];
  if ((credits.authors || []).length) creditItems.push(el("li", {}, "Authors: " + credits.authors.join(", ")));
  if ((credits.editors || []).length) creditItems.push(el("li", {}, "Editors: " + credits.editors.join(", ")));
  if (credits.source !== null && credits.source !== undefined) creditItems.push(el("li", {}, "Source line: " + (credits.source || "(empty)")));
  const headline = a.headline && a.headline.verdict && a.headline.verdict !== "unknown"
      ? sidePanel("Headline", [el("li", {}, el("strong", {}, a.headline.verdict), a.headline.reason ? " — " + a.headline.reason : "")]) : null;
  const captions = sidePanel("Captions", (a.captions || []).map(c => el("li", {}, c.text, c.credit ? el("span", {class: "muted"}, ` (${c.credit})`) : null)));
  return el("aside", {class: "side"}, headline, quotes, entityPanels, dates, amounts, sources, related,
      sidePanel("Credits", creditItems), captions, warnings,
      el("p", {class: "muted"}, el("a", {href: "/api/articles/" + encodeURIComponent(id)}, "JSON")));
}

async function articlePage(id) {
  const {article: a} = await api("/api/articles/" + encodeURIComponent(id));
  document.title = (a.title || "Article") + " · Warta";
  const back = new URLSearchParams(location.search).get("q");
  const meta = [a.outlet || a.site, a.published ? fmtDate(a.published) : null, a.dateline && a.dateline.place].filter(Boolean).join(" · ");
  const head = el("div", {class: "article-head"},
      back !== null ? el("a", {href: "/" + query({q: back})}, "← back to results") : null,
      el("h1", {}, a.title || "(untitled)"),
      el("div", {class: "meta"}, meta, safeUrl(a.url) ? [" · ", el("a", {href: safeUrl(a.url), rel: "noopener noreferrer nofollow"}, "original")] : null),
      el("div", {class: "legend"}, el("span", {class: "ent person"}, "person"), el("span", {class: "ent organization"}, "organisation"),
          el("span", {class: "ent place"}, "place"), el("span", {class: "date"}, "date"), el("span", {class: "amount"}, "amount"),
          el("mark", {class: "quote"}, "quote")));
  show(el("div", {class: "layout article"}, el("section", {}, head, articleBody(a)), articleSide(a, id)));
  const at = new URLSearchParams(location.search).get("at");
  const quote = at === null ? null : [...document.querySelectorAll("mark.quote")].find(m => m.dataset.start === at);
  if (quote) {
    quote.classList.add("focus");
    quote.scrollIntoView({block: "center"});
  }
}

// ---- entity page -----------------------------------------------------------------------

async function entityPage(name) {
  document.title = name + " · Warta";
  const p = await api("/api/entities/" + encodeURIComponent(name));
  const types = Object.entries(p.types || {}).map(([t, n]) => el("span", {class: "badge " + t}, `${t} · ${n}`));
  const related = Object.entries(p.related || {}).filter(([, v]) => v.length).map(([dim, values]) => sidePanel(FACET_TITLES[dim] || dim,
      values.map(v => el("li", {}, el("a", {href: entityHref(v.value)}, v.value), el("span", {class: "muted"}, ` (${v.count})`)))));
  const quotes = (p.quotes && p.quotes.hits || []).map(q => el("div", {class: "hit quote-hit"},
      el("blockquote", {}, "“", marked(q.text), "”"),
      el("div", {class: "meta"}, el("a", {href: articleHref(q.article_id, null, q.start)}, q.title || "article"), " · ", q.outlet || "", " · ", fmtDate(q.published))));
  const recent = (p.recent || []).map(h => el("article", {class: "hit"},
      el("h3", {}, el("a", {href: articleHref(h.id)}, marked(h.title, "(untitled)"))),
      el("div", {class: "meta"}, [h.outlet || "unknown outlet", fmtDate(h.published)].join(" · "))));
  show(el("div", {class: "layout article"},
      el("section", {},
          el("h1", {}, name), el("div", {}, types),
          el("p", {class: "summary"}, plural(p.articles, "article"), " · ",
              el("a", {href: "/" + query({entity: name})}, "search them"), " · ",
              el("a", {href: "/quotes" + query({speaker: name})}, "search what they said")),
          el("div", {class: "panel"}, el("h2", {}, "Mentions over time"), timelineChart(p.timeline,
              (b, g) => "/" + query({entity: name, from: b.start, to: periodEnd(b.start, g)}))),
          el("h2", {}, `Quotes (${p.quotes ? p.quotes.total : 0})`), quotes.length ? quotes : el("p", {class: "muted"}, "No quotes."),
          el("h2", {}, "Recent articles"), recent),
      el("aside", {class: "side"}, related.length ? related : el("p", {class: "muted"}, "Nothing named alongside yet."))));
}

// ---- quote search ----------------------------------------------------------------------

async function quotesPage() {
  const p = new URLSearchParams(location.search);
  const speaker = p.get("speaker") || "", q = p.get("q") || "";
  const form = el("form", {class: "form-row", action: "/quotes", method: "get"},
      el("input", {name: "speaker", placeholder: "who (speaker)", value: speaker, "aria-label": "speaker"}),
      el("input", {name: "q", placeholder: "about what (words)", value: q, "aria-label": "words"}),
      el("button", {type: "submit"}, "Find quotes"));
  const results = await api("/api/quotes" + query({speaker, q, size: 30}));
  const hits = results.hits.map(h => el("div", {class: "hit quote-hit"},
      el("blockquote", {}, "“", marked(h.text), "”"),
      el("div", {class: "meta"}, "— ", h.speaker ? el("a", {href: entityHref(h.speaker)}, h.speaker) : "unknown", " · ",
          el("a", {href: articleHref(h.article_id, null, h.start)}, h.title || "article"), " · ", h.outlet || "", " · ", fmtDate(h.published))));
  show(el("h1", {}, "What did they say?"), form,
      el("p", {class: "summary"}, plural(results.total, "quote")), hits);
}

// ---- routing ---------------------------------------------------------------------------

async function route() {
  const path = location.pathname;
  try {
    if (path.startsWith("/article/")) await articlePage(decodeURIComponent(path.slice("/article/".length)));
    else if (path.startsWith("/entity/")) await entityPage(decodeURIComponent(path.slice("/entity/".length)));
    else if (path === "/quotes") await quotesPage();
    else await searchPage();
  } catch (e) {
    showError(e);
  }
  api("/api/health").then(h => {
    document.getElementById("health").textContent = `${plural(h.articles, "article")} · ${plural(h.quotes, "quote")} indexed`;
  }).catch(() => {});
}

document.addEventListener("DOMContentLoaded", route);
