// litstream dashboard: plain JavaScript, no build step, nothing loaded from elsewhere.
// Every piece of data reaches the page as a text node or an attribute value set through the DOM;
// nothing is ever parsed as markup (no innerHTML), because titles, sources and previews come
// from articles anybody can write.
'use strict';

(function () {
  const REFRESH_MS = 2000;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---- DOM helpers: the only way this file creates nodes ----

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined) continue;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = String(value);
        else if (key === 'dataset') Object.assign(node.dataset, value);
        else if (key === 'onclick') node.addEventListener('click', value);
        else if (key === 'href') { const safe = safeHref(value); if (safe) node.setAttribute('href', safe); }
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  // Links only to the web or to this dashboard: never javascript:, data: or anything else.
  function safeHref(url) {
    if (typeof url !== 'string' || url === '') return null;
    try {
      const parsed = new URL(url, window.location.origin);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
    } catch (e) { /* not a URL: no link */ }
    return null;
  }

  function fmt(n) {
    return typeof n === 'number' ? n.toLocaleString('en-US') : '–';
  }

  function fmtRate(r) {
    if (typeof r !== 'number') return '–';
    return (r >= 10 ? r.toFixed(0) : r.toFixed(2)) + '/s';
  }

  function ago(iso) {
    if (!iso) return '–';
    const t = typeof iso === 'number' ? iso : Date.parse(iso);
    if (isNaN(t)) return String(iso);
    const s = Math.max(0, Math.round((Date.now() - t) / 1000));
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.round(s / 60) + ' min ago';
    if (s < 86400) return Math.round(s / 3600) + ' h ago';
    return new Date(t).toISOString().slice(0, 10);
  }

  function badge(state) {
    const known = /^[A-Z_]+$/.test(state || '') ? state : 'UNKNOWN';
    return el('span', { className: 'badge ' + known, text: state || 'UNKNOWN' });
  }

  function status(text, isError) {
    const node = document.getElementById('status');
    node.textContent = text;
    node.className = 'status' + (isError ? ' error' : '');
  }

  async function getJson(url) {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401) throw new Error('not signed in: open this page with ?token=<ops token>');
    const body = await response.json();
    if (!response.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
    return body;
  }

  // ---- charts, drawn as inline SVG ----

  // A line of values over time with the area below it; points are {at, value}.
  function sparkline(points, width, height, color) {
    const box = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'spark', role: 'img' });
    box.appendChild(svg('rect', { x: 0, y: 0, width, height, fill: '#f7f9fc' }));
    if (!points || points.length < 2) {
      box.appendChild(svg('text', { x: 4, y: height / 2 + 4 }, 'collecting…'));
      return box;
    }
    const t0 = points[0].at, t1 = points[points.length - 1].at;
    const max = Math.max(1, ...points.map(p => p.value));
    const x = t => (t1 === t0 ? 0 : (t - t0) / (t1 - t0)) * (width - 2) + 1;
    const y = v => height - 3 - (v / max) * (height - 16);
    const line = points.map((p, i) => (i ? 'L' : 'M') + x(p.at).toFixed(1) + ' ' + y(p.value).toFixed(1)).join(' ');
    box.appendChild(svg('path', { d: `${line} L ${x(t1).toFixed(1)} ${height} L ${x(t0).toFixed(1)} ${height} Z`,
      fill: color, 'fill-opacity': 0.15 }));
    box.appendChild(svg('path', { d: line, fill: 'none', stroke: color, 'stroke-width': 1.5 }));
    box.appendChild(svg('text', { x: 4, y: 11 }, 'max ' + fmt(max)));
    const span = Math.round((t1 - t0) / 1000);
    box.appendChild(svg('text', { x: width - 4, y: 11, 'text-anchor': 'end' },
      span < 120 ? 'last ' + span + ' s' : 'last ' + Math.round(span / 60) + ' min'));
    return box;
  }

  // Horizontal bars, one per [label, value].
  function barChart(entries, width, color) {
    const rowH = 22, labelW = Math.min(190, width * 0.45);
    const height = Math.max(rowH, entries.length * rowH) + 4;
    const box = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
    const max = Math.max(1, ...entries.map(e => e[1]));
    entries.forEach(([label, value], i) => {
      const y = i * rowH + 2;
      const w = (value / max) * (width - labelW - 50);
      box.appendChild(svg('text', { x: labelW - 6, y: y + 15, 'text-anchor': 'end' }, label));
      box.appendChild(svg('rect', { x: labelW, y: y + 3, width: Math.max(1, w), height: rowH - 8, fill: color, rx: 2 }));
      box.appendChild(svg('text', { x: labelW + w + 5, y: y + 15 }, fmt(value)));
    });
    return box;
  }

  // The change events on a time axis, one dot each, coloured by type.
  const EVENT_COLORS = { NEW_THERAPY: '#3867d6', EVIDENCE_LEVEL_RAISED: '#1f9d55', MECHANISM_LINKED: '#8854d0',
    FIRST_REFUTING_FINDING: '#d33a2c', FIRST_NO_EFFECT_FINDING: '#d68a00',
    FIRST_RCT_FINDING: '#2d6cdf', FIRST_NO_DIFFERENCE_RCT: '#b8860b', SCORE_CROSSED_THRESHOLD: '#0fb9b1',
    ARTICLE_RETRACTED: '#4b4b4b' };
  function timeline(events, width, height) {
    const box = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
    box.appendChild(svg('line', { x1: 10, y1: height - 18, x2: width - 10, y2: height - 18, stroke: '#c5ccd9' }));
    const times = events.map(e => Date.parse(e.occurredAt)).filter(t => !isNaN(t));
    if (!times.length) return box;
    const t0 = Math.min(...times), t1 = Math.max(...times);
    const x = t => 14 + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (width - 28);
    const stacked = new Map();
    for (const e of events) {
      const t = Date.parse(e.occurredAt);
      if (isNaN(t)) continue;
      const px = Math.round(x(t));
      const level = stacked.get(px) || 0;
      stacked.set(px, level + 1);
      const dot = svg('circle', { cx: px, cy: height - 24 - level * 7, r: 4,
        fill: EVENT_COLORS[e.type] || '#9aa3b5' });
      dot.appendChild(svg('title', {}, (e.type || '') + ': ' + (e.description || '')));
      box.appendChild(dot);
    }
    box.appendChild(svg('text', { x: 10, y: height - 4 }, new Date(t0).toLocaleString()));
    box.appendChild(svg('text', { x: width - 10, y: height - 4, 'text-anchor': 'end' }, new Date(t1).toLocaleString()));
    return box;
  }

  function scoreBar(score) {
    const box = svg('svg', { width: 80, height: 10, class: 'scorebar' });
    box.appendChild(svg('rect', { x: 0, y: 0, width: 80, height: 10, fill: '#e6e9f0', rx: 2 }));
    const s = typeof score === 'number' ? Math.max(0, Math.min(1, score)) : 0;
    const color = s >= 0.5 ? '#1f9d55' : s >= 0.25 ? '#d68a00' : '#9aa3b5';
    box.appendChild(svg('rect', { x: 0, y: 0, width: 80 * s, height: 10, fill: color, rx: 2 }));
    return box;
  }

  // ---- the overview page ----

  const openLetters = new Set();

  function renderTopics(topics) {
    const cards = topics.map(t => el('div', { className: 'card topic', dataset: { topic: t.topic } },
      el('div', { className: 'name', text: t.topic }),
      el('div', { className: 'big messages', text: fmt(t.messages) }),
      el('div', { className: 'small' },
        el('span', { className: 'rate', text: fmtRate(t.ratePerSecond) }), ' · ',
        el('span', { text: t.partitions + ' partitions' })),
      sparkline(t.history, 226, 48, '#3867d6')));
    document.getElementById('topics').replaceChildren(...(cards.length ? cards
      : [el('div', { className: 'empty', text: 'no sample yet' })]));
  }

  // Where the lag is, naming only the topics behind: internal topics have long names.
  function lagDetail(byTopic) {
    const topics = Object.entries(byTopic);
    if (!topics.length) return 'no committed offsets yet';
    const behind = topics.filter(([, lag]) => lag > 0);
    return behind.length ? 'behind on ' + behind.map(([t, lag]) => t + ': ' + fmt(lag)).join(', ')
      : 'caught up on ' + topics.length + (topics.length === 1 ? ' topic' : ' topics');
  }

  function renderGroups(groups) {
    const cards = groups.map(g => el('div', { className: 'card group', dataset: { group: g.group } },
      el('div', { className: 'name', text: g.stage + ' (' + g.group + ')' }),
      el('div', { className: 'big lag ' + (g.lag === 0 ? 'lag-zero' : 'lag-some'), text: fmt(g.lag) }),
      el('div', { className: 'small' }, 'lag · here ', el('span', { className: 'stage-state' }, badge(g.stageState)),
        ' · group ', badge(g.groupState)),
      el('div', { className: 'small', text: lagDetail(g.lagByTopic || {}) }),
      sparkline(g.history, 226, 40, '#d68a00')));
    document.getElementById('groups').replaceChildren(...cards);
  }

  function renderDeadLetters(dl) {
    const entries = Object.entries(dl.byReason || {}).sort((a, b) => b[1] - a[1]);
    document.getElementById('deadletter-chart').replaceChildren(
      el('div', { className: 'card' },
        el('div', { className: 'small', text: 'total' }),
        el('div', { className: 'big', id: 'deadletter-total', text: fmt(dl.total) }),
        entries.length ? barChart(entries, 330, '#d33a2c') : el('div', { className: 'empty', text: 'none' })));
    const rows = [];
    for (const letter of dl.latest || []) {
      const key = letter.partition + ':' + letter.offset;
      rows.push(el('tr', { className: 'clickable deadletter', dataset: { key },
        onclick: () => { openLetters.has(key) ? openLetters.delete(key) : openLetters.add(key); renderDeadLettersAgain(); } },
        el('td', null, badge(letter.reason)),
        el('td', { text: letter.stage }),
        el('td', { className: 'source', text: letter.source || '' }),
        el('td', { text: ago(letter.timestamp), title: letter.timestamp || '' })));
      if (openLetters.has(key)) {
        rows.push(el('tr', { className: 'detail-row' }, el('td', { colspan: 4 },
          el('div', { className: 'small', text: 'offset ' + letter.offset + ' · ' + fmt(letter.payloadBytes) + ' bytes'
            + (letter.truncated ? ' (truncated)' : '') }),
          el('div', { text: 'detail: ' + (letter.detail || '–') }),
          el('pre', { className: 'preview', text: letter.preview }))));
      }
    }
    document.getElementById('deadletter-latest').replaceChildren(rows.length
      ? el('table', null, el('thead', null, el('tr', null, el('th', { text: 'reason' }), el('th', { text: 'stage' }),
          el('th', { text: 'source' }), el('th', { text: 'when' }))), el('tbody', null, ...rows))
      : el('div', { className: 'empty', text: 'no dead letters' }));
  }

  let lastOverview = null;
  function renderDeadLettersAgain() {
    if (lastOverview) renderDeadLetters(lastOverview.deadLetters);
  }

  function therapyLink(row) {
    return el('a', { href: '/dashboard/therapy?id=' + encodeURIComponent(row.id), text: row.name || row.id });
  }

  // A therapy's MeSH, DrugBank, ChEBI and GO ids, each a link to its vocabulary's public page.
  function idLinks(ids) {
    const links = (ids || []).map(l => el('a', { className: 'outside-id', href: l.url, title: l.vocabulary,
      target: '_blank', rel: 'noopener noreferrer', text: l.vocabulary + ' ' + l.id }));
    return links.flatMap((a, i) => i === 0 ? [a] : [' ', a]);
  }

  function renderTherapies(therapies) {
    const target = document.getElementById('therapies');
    if (!therapies.available) {
      target.replaceChildren(el('div', { className: 'empty', text: therapies.why || 'not available' }));
      return;
    }
    const rows = therapies.rows.map(r => el('tr', { className: 'therapy', dataset: { therapy: r.id } },
      el('td', { className: 'name' }, therapyLink(r)),
      el('td', { text: r.category || '' }),
      el('td', { className: 'score' }, scoreBar(r.score), typeof r.score === 'number' ? r.score.toFixed(2) : '–'),
      el('td', { className: 'evidence', text: r.evidence || '–' }),
      el('td', { className: 'num articles', text: fmt(r.articles) }),
      el('td', { text: ago(r.lastUpdated), title: r.lastUpdated || '' }),
      el('td', { className: 'ids' }, ...idLinks(r.ids))));
    target.replaceChildren(rows.length
      ? el('table', { id: 'therapy-table' }, el('thead', null, el('tr', null,
          ...['therapy', 'type', 'score', 'evidence level', 'articles', 'last updated', 'ids'].map(h => el('th', { text: h })))),
        el('tbody', null, ...rows))
      : el('div', { className: 'empty', text: 'no therapies yet' }));
  }

  async function refreshOverview() {
    try {
      const o = await getJson('/api/overview');
      lastOverview = o;
      renderTopics(o.topics || []);
      renderGroups(o.groups || []);
      renderDeadLetters(o.deadLetters || { total: 0, byReason: {}, latest: [] });
      renderTherapies(o.therapies || { available: false });
      status('updated ' + new Date().toLocaleTimeString() + (o.sampleError ? ' · cluster: ' + o.sampleError : ''),
        Boolean(o.sampleError));
    } catch (e) {
      status('refresh failed: ' + e.message, true);
    }
  }

  // ---- the therapy page ----

  function figure(label, value, cls) {
    return el('div', { className: 'card' }, el('div', { className: 'small', text: label }),
      el('div', { className: 'big ' + (cls || ''), text: value }));
  }

  // better / no difference / worse, each a number of distinct articles (or trials).
  function directions(counts) {
    return el('span', { className: 'directions' },
      el('span', { className: 'better', text: fmt(counts.better) }), ' / ',
      el('span', { className: 'no-difference', text: fmt(counts.noDifference) }), ' / ',
      el('span', { className: 'worse', text: fmt(counts.worse) }));
  }

  // The per-outcome table: one row per outcome measure, as /api/therapy gives them.
  function outcomeTable(rows) {
    if (!rows.length) return el('div', { className: 'empty', text: 'no finding with an outcome and a direction yet' });
    const body = rows.map(r => el('tr', { className: 'outcome', dataset: { measure: r.measure } },
      el('td', { className: 'name', text: r.outcome }),
      el('td', { className: 'articles' }, directions(r.articles), el('span', { className: 'small', text: ' of ' + fmt(r.articles.total) })),
      el('td', { className: 'trials' }, directions(r.trials), el('span', { className: 'small', text: ' of ' + fmt(r.trials.total) })),
      el('td', { className: 'comparators', text: r.comparators }),
      el('td', { className: 'participants', text: fmt(r.participants)
        + (r.trialsWithoutSize ? ' (+' + r.trialsWithoutSize + ' trial' + (r.trialsWithoutSize === 1 ? '' : 's') + ' of unstated size)' : '') })));
    return el('table', { id: 'outcome-table' }, el('thead', null, el('tr', null,
        ...['outcome', 'articles better / no difference / worse', 'randomised trials better / no difference / worse',
          'compared with', 'participants (trials)'].map(h => el('th', { text: h })))),
      el('tbody', null, ...body));
  }

  function renderTherapy(t) {
    const s = t.summary, row = t.row;
    document.title = 'litstream · ' + (s.name || s.therapyId);
    document.getElementById('therapy-name').textContent = (s.name || s.therapyId) + (s.category ? ' · ' + s.category : '');
    document.getElementById('therapy-figures').replaceChildren(
      figure('score', typeof s.score === 'number' ? s.score.toFixed(2) : '–', 'score'),
      figure('evidence level', row.evidence || '–', 'evidence'),
      figure('articles', fmt(s.articleCount), 'articles'),
      figure('last updated', ago(s.lastSeen)));
    document.getElementById('therapy-verdict').textContent = s.verdict || '';
    document.getElementById('therapy-ids').replaceChildren(...idLinks(row.ids));
    const byEvidence = Object.entries(s.claimsByEvidence || {}).sort((a, b) => b[1] - a[1]);
    const byPolarity = Object.entries(s.claimsByPolarity || {}).sort((a, b) => b[1] - a[1]);
    document.getElementById('therapy-charts').replaceChildren(
      el('div', { className: 'card' }, el('div', { className: 'small', text: 'by evidence level' }),
        barChart(byEvidence, 330, '#3867d6')),
      el('div', { className: 'card' }, el('div', { className: 'small', text: 'by polarity' }),
        barChart(byPolarity, 330, '#8854d0')));
    document.getElementById('therapy-outcomes').replaceChildren(outcomeTable(t.outcomes || []));
    const claims = (s.latestClaims || []).map(c => el('tr', { className: 'claim' },
      el('td', { className: 'title' }, safeHref(c.url) ? el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank',
        text: c.title || c.articleId }) : el('span', { text: c.title || c.articleId }),
        el('div', { className: 'small', text: (c.source || '') + ' · ' + c.articleId })),
      el('td', { text: c.type }), el('td', { text: c.polarity }), el('td', { text: c.evidence }),
      el('td', { text: c.hedged ? 'hedged' : '' }),
      el('td', { className: 'sentence', text: c.sentence || '' })));
    document.getElementById('therapy-claims').replaceChildren(claims.length
      ? el('table', null, el('thead', null, el('tr', null,
          ...['article', 'type', 'polarity', 'evidence', '', 'sentence'].map(h => el('th', { text: h })))),
        el('tbody', null, ...claims))
      : el('div', { className: 'empty', text: 'no claims' }));
    const events = (t.events || []).map(e => el('tr', { className: 'event' },
      el('td', { text: ago(e.occurredAt), title: e.occurredAt || '' }),
      el('td', null, badge(e.type)),
      el('td', { text: e.description || '' }),
      el('td', { className: 'small', text: e.articleId || '' })));
    document.getElementById('therapy-events').replaceChildren(events.length
      ? el('div', null, timeline(t.events, 900, 60), el('table', null, el('tbody', null, ...events)))
      : el('div', { className: 'empty', text: 'no change events seen yet' }));
  }

  async function refreshTherapy() {
    const id = new URLSearchParams(window.location.search).get('id');
    if (!id) { status('no therapy given (?id=...)', true); return; }
    try {
      renderTherapy(await getJson('/api/therapy?id=' + encodeURIComponent(id)));
      status('updated ' + new Date().toLocaleTimeString(), false);
    } catch (e) {
      status('refresh failed: ' + e.message, true);
    }
  }

  function every(fn) {
    fn();
    setInterval(fn, REFRESH_MS);
  }

  every(document.body.dataset.page === 'therapy' ? refreshTherapy : refreshOverview);
})();
