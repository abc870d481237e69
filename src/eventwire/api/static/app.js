// eventwire dashboard: plain DOM + SVG, no build step, nothing fetched but this server's API.
"use strict";
(function () {
  const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const SVGNS = "http://www.w3.org/2000/svg";
  const PAGE = 25;
  const state = { offset: 0, total: 0, selected: null };
  const $ = (id) => document.getElementById(id);

  // True for an absolute http: or https: URL (parsed, so " javascript:..." or "JaVaScRiPt:" cannot pass).
  function isWebUrl(u) {
    try {
      const p = new URL(String(u));
      return p.protocol === "http:" || p.protocol === "https:";
    } catch (_) {
      return false;
    }
  }

  function el(tag, attrs, text) {
    const n = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }

  function filters() {
    const p = new URLSearchParams();
    const put = (k, v) => { if (v && String(v).trim()) p.set(k, String(v).trim()); };
    put("date_from", $("f-date-from").value);
    put("date_to", $("f-date-to").value);
    put("actor", $("f-actor").value.toUpperCase());
    put("recipient", $("f-recipient").value.toUpperCase());
    put("event", $("f-event").value);
    put("text", $("f-text").value);
    return p;
  }

  async function api(path, params) {
    const url = path + (params && [...params].length ? "?" + params.toString() : "");
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
    return body;
  }

  function ent(list) {
    if (!list || !list.length) return "—";
    return list.map((e) => (e.code || "---") + (e.sector ? "/" + e.sector : "")).join(", ");
  }

  async function refresh() {
    $("error").textContent = "";
    try {
      await Promise.all([loadEvents(), loadSeries(), loadNetwork()]);
    } catch (e) {
      $("error").textContent = e.message;
    }
  }

  async function loadEvents() {
    const p = filters();
    p.set("limit", PAGE);
    p.set("offset", state.offset);
    const data = await api("/events", p);
    state.total = data.total;
    const tb = $("events").querySelector("tbody");
    tb.replaceChildren();
    for (const e of data.events) {
      const tr = el("tr", { "data-id": e.id, tabindex: "0" });
      tr.append(el("td", {}, e.date || ""), el("td", { class: "actor" }, ent(e.actor)),
        el("td", { class: "type" }, e.event + (e.mode ? ":" + e.mode : "") + (e.negated ? " (not)" : "")),
        el("td", { class: "recipient" }, ent(e.recipient)),
        el("td", {}, e.plover_score === null ? "" : e.plover_score), el("td", { class: "trigger" }, e.event_text));
      tr.addEventListener("click", () => openEvidence(e.id, tr));
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvidence(e.id, tr); });
      tb.append(tr);
    }
    $("events-count").textContent = `(${data.total})`;
    const last = Math.min(state.offset + PAGE, data.total);
    $("page").textContent = data.total ? `${state.offset + 1}–${last} of ${data.total}` : "no events match";
    $("prev").disabled = state.offset === 0;
    $("next").disabled = last >= data.total;
  }

  async function openEvidence(id, row) {
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    if (row) row.classList.add("selected");
    const d = await api("/events/" + encodeURIComponent(id) + "/evidence");
    const a = d.article, e = d.event;
    const meta = $("evidence-meta");
    meta.replaceChildren(
      el("h3", {}, a.title || a.id),
      el("div", { class: "muted" }, [a.publication_date, a.outlet].filter(Boolean).join(" · ")),
      el("div", {}, `${ent(e.actor)} → ${e.event}${e.mode ? ":" + e.mode : ""} → ${ent(e.recipient)}` +
        ` · status ${e.status}${e.negated ? ", negated" : ""}${e.reported ? ", reported" : ""}` +
        (e.sources && e.sources.length ? ` · according to ${e.sources.join(", ")}` : "") +
        (e.num_sources ? ` · ${e.num_sources} independent source${e.num_sources === 1 ? "" : "s"}, ` +
          `${e.num_articles} article${e.num_articles === 1 ? "" : "s"}` : "")));
    if (a.url) {
      // only an http(s) URL becomes a link: a "javascript:" or "data:" URL from the data is shown as text
      meta.append(isWebUrl(a.url)
        ? el("a", { href: a.url, rel: "noreferrer noopener", target: "_blank" }, a.url)
        : el("div", { class: "muted" }, a.url));
    }
    // Article text with non-overlapping evidence spans as <mark>; text nodes only (no HTML injection).
    const art = $("evidence");
    art.replaceChildren();
    let pos = 0;
    const text = a.text;
    for (const s of d.spans) {
      if (s.start < pos) continue;
      art.append(document.createTextNode(text.slice(pos, s.start)));
      art.append(el("mark", { class: "ev ev-" + s.role, "data-role": s.role, "data-start": s.start, "data-end": s.end },
        text.slice(s.start, s.end)));
      pos = s.end;
    }
    art.append(document.createTextNode(text.slice(pos)));
    $("evidence-panel").hidden = false;
    $("evidence-panel").dataset.eventId = id;  // lets tests and scripts know which event is shown
    const first = art.querySelector("mark.ev-trigger") || art.querySelector("mark");
    if (first) first.scrollIntoView({ block: "center" });
  }

  // Watch-rule alerts, newest first: severity, rule, dyad and event, sources, and a link that opens the
  // evidence of the alert's first report (text nodes only, like the evidence panel).
  async function loadAlerts() {
    const data = await api("/alerts", new URLSearchParams({ limit: "50" }));
    const ol = $("alerts");
    ol.replaceChildren();
    for (const a of data.alerts) {
      const ev = a.event || {};
      const first = (a.evidence && a.evidence[0]) || {};
      const li = el("li", { "data-alert-id": a.id, "data-event-id": a.event_id, "data-rule": a.rule });
      const open = el("button", { type: "button", class: "link evidence-link" }, "evidence");
      open.addEventListener("click", () => openEvidence(a.event_id, null));
      li.append(el("span", { class: "sev sev-" + a.severity }, a.severity), " ",
        el("span", { class: "rule" }, a.rule), " ",
        el("span", {}, `${(ev.actor || []).join(",") || "—"} → ${ev.event || ""}${ev.mode ? ":" + ev.mode : ""} → ` +
          `${(ev.recipient || []).join(",") || "—"} · ${ev.date || "undated"} · ${a.num_sources} source` +
          `${a.num_sources === 1 ? "" : "s"}${a.level ? " (" + a.reason + ")" : ""}`), " ",
        el("span", { class: "muted" }, [first.outlet, (a.fired_at || "").replace("T", " ").replace("Z", " UTC")]
          .filter(Boolean).join(" · ")), " ", open);
      if (first.url) li.append(" ", el("a", { href: first.url, rel: "noreferrer", target: "_blank" }, "article"));
      ol.append(li);
    }
    $("alerts-count").textContent = `(${data.total})`;
    if (!data.alerts.length) ol.append(el("li", { class: "muted" }, "no alerts"));
  }

  async function loadSeries() {
    const p = filters();
    p.set("freq", $("f-freq").value);
    p.set("by", "");
    const data = await api("/aggregates/timeseries", p);
    const actor = $("f-actor").value.toUpperCase(), rec = $("f-recipient").value.toUpperCase();
    $("ts-title").textContent = actor || rec ? `${actor || "any"} → ${rec || "any"}` : "(all dyads)";
    drawSeries($("timeseries"), fillGaps(data.rows, $("f-freq").value));
  }

  // Periods without events are absent from the API's rows; show them as zero bars (no score point).
  function fillGaps(rows, freq) {
    if (rows.length < 2) return rows;
    const have = new Map(rows.map((r) => [r.period, r]));
    const out = [];
    const d = new Date(rows[0].period + "T00:00:00Z"), end = new Date(rows[rows.length - 1].period + "T00:00:00Z");
    while (d <= end && out.length < 600) {
      const key = d.toISOString().slice(0, 10);
      out.push(have.get(key) || { period: key, events: 0, plover_score_mean: null });
      if (freq === "day") d.setUTCDate(d.getUTCDate() + 1);
      else if (freq === "week") d.setUTCDate(d.getUTCDate() + 7);
      else if (freq === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
      else d.setUTCMonth(d.getUTCMonth() + 1);
    }
    return out.length < 600 ? out : rows;
  }

  function drawSeries(svg, rows) {
    svg.replaceChildren();
    const W = 640, H = 220, L = 36, R = 36, T = 10, B = 30;
    if (!rows.length) {
      svg.append(el("svg:text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "muted" }, "no dated events"));
      return;
    }
    const maxN = Math.max(...rows.map((r) => r.events));
    const bw = Math.min((W - L - R) / rows.length, 48);
    const y = (n) => H - B - (n / maxN) * (H - T - B);
    const ys = (s) => T + ((10 - s) / 20) * (H - T - B);
    const ax = el("svg:g", { class: "axis" });
    ax.append(el("svg:line", { x1: L, x2: W - R, y1: H - B, y2: H - B }));
    ax.append(el("svg:text", { x: L - 4, y: T + 8, "text-anchor": "end" }, maxN));
    ax.append(el("svg:text", { x: W - R + 4, y: ys(10) + 4 }, "+10"));
    ax.append(el("svg:text", { x: W - R + 4, y: ys(0) + 4 }, "0"));
    ax.append(el("svg:text", { x: W - R + 4, y: ys(-10) + 4 }, "−10"));
    ax.append(el("svg:line", { x1: L, x2: W - R, y1: ys(0), y2: ys(0), "stroke-dasharray": "3 3" }));
    svg.append(ax);
    const step = Math.ceil(rows.length / 8);
    const pts = [];
    rows.forEach((r, i) => {
      const x = L + i * bw;
      const bar = el("svg:rect", { x: x + 1, y: y(r.events), width: Math.max(bw - 2, 1), height: H - B - y(r.events),
        fill: "var(--bar)", class: "bar", "data-period": r.period, "data-events": r.events });
      bar.append(el("svg:title", {}, `${r.period}: ${r.events} events, mean score ${r.plover_score_mean ?? "n/a"}`));
      svg.append(bar);
      if (i % step === 0) svg.append(el("svg:text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle", class: "axis" }, r.period.slice(0, 7)));
      if (r.plover_score_mean !== null && r.plover_score_mean !== undefined) pts.push(`${x + bw / 2},${ys(r.plover_score_mean)}`);
    });
    if (pts.length) {
      svg.append(el("svg:polyline", { points: pts.join(" "), fill: "none", stroke: "var(--score)", "stroke-width": 2, class: "score-line" }));
      pts.forEach((pt) => { const [cx, cy] = pt.split(","); svg.append(el("svg:circle", { cx, cy, r: 2.5, fill: "var(--score)" })); });
    }
  }

  async function loadNetwork() {
    const p = filters();
    const data = await api("/aggregates/network", p);
    drawNetwork($("network"), data.edges.slice(0, 40));
  }

  function scoreColour(s) {
    if (s === null || s === undefined) return "#999";
    const t = Math.max(-10, Math.min(10, s)) / 10;
    return t < 0 ? `rgb(${200}, ${Math.round(90 + 110 * (1 + t))}, ${Math.round(90 + 110 * (1 + t))})`
      : `rgb(${Math.round(200 - 150 * t)}, ${Math.round(200 - 80 * t)}, 210)`;
  }

  function drawNetwork(svg, edges) {
    svg.replaceChildren();
    const W = 360, H = 300, cx = W / 2, cy = H / 2, rad = 115;
    if (!edges.length) {
      svg.append(el("svg:text", { x: cx, y: cy, "text-anchor": "middle", class: "muted" }, "no dyads"));
      return;
    }
    const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    const pos = {};
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      const r = nodes.length === 1 ? 0 : rad;
      pos[n] = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    });
    const maxN = Math.max(...edges.map((e) => e.events));
    const defs = el("svg:defs");
    const m = el("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 16, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
    m.append(el("svg:path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }));
    defs.append(m);
    svg.append(defs);
    for (const e of edges) {
      const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
      const common = { stroke: scoreColour(e.plover_score_mean), "stroke-width": 1 + 5 * (e.events / maxN),
        class: "edge", "data-source": e.source, "data-target": e.target, fill: "none" };
      // a self-loop (actor and recipient of one country, e.g. government vs rebels) is a small ring outside the node
      const d = Math.hypot(x1 - cx, y1 - cy), ux = d ? (x1 - cx) / d : 0, uy = d ? (y1 - cy) / d : -1;
      const line = e.source === e.target
        ? el("svg:circle", { ...common, cx: x1 + ux * 18, cy: y1 + uy * 18, r: 9 })
        : el("svg:line", { ...common, x1, y1, x2, y2, "marker-end": "url(#arrow)" });
      line.append(el("svg:title", {}, `${e.source} → ${e.target}: ${e.events} events, mean score ${e.plover_score_mean ?? "n/a"} (${e.event_types.join(", ")})`));
      line.style.cursor = "pointer";
      line.addEventListener("click", () => { $("f-actor").value = e.source; $("f-recipient").value = e.target; state.offset = 0; refresh(); });
      svg.append(line);
    }
    for (const n of nodes) {
      const [x, y] = pos[n];
      svg.append(el("svg:circle", { cx: x, cy: y, r: 11, fill: "#fff", stroke: "#1d2330", class: "node" }));
      svg.append(el("svg:text", { x, y: y + 3.5, "text-anchor": "middle", "font-size": 9 }, n));
    }
  }

  async function init() {
    const sel = $("f-event");
    for (const t of PLOVER) sel.append(el("option", { value: t }, t));
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.offset = 0; refresh(); });
    $("reset").addEventListener("click", () => { $("filters").reset(); state.offset = 0; refresh(); });
    $("f-freq").addEventListener("change", () => loadSeries().catch((e) => { $("error").textContent = e.message; }));
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
    $("close-evidence").addEventListener("click", () => { $("evidence-panel").hidden = true; });
    try {
      const h = await api("/health");
      $("summary").textContent = `${h.counts.events} events · ${h.counts.articles} articles · schema v${h.schema_version}`;
    } catch (e) { $("summary").textContent = "store unavailable"; }
    await refresh();
    try { await loadAlerts(); } catch (e) { $("error").textContent = e.message; }
    document.body.dataset.ready = "1";
  }

  init();
})();
