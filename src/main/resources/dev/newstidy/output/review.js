(function () {
  'use strict';
  // Articles come from the JSON island and are drawn a page at a time with textContent only:
  // no text of the input is ever parsed as HTML.
  var PAGE = 50;
  var all = JSON.parse(document.getElementById('data').textContent);
  var byId = new Map(all.map(function (a) { return [a.id, a]; }));
  var texts = new WeakMap();
  var $ = function (id) { return document.getElementById(id); };
  var flag = $('f-flag'), reason = $('f-reason'), lang = $('f-lang'), text = $('f-text');
  var list = $('articles'), shown = $('shown'), pageLabel = $('page'), prev = $('prev'), next = $('next');
  var matching = all, page = 0;

  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content !== undefined && content !== null) e.textContent = String(content);
    return e;
  }

  function haystack(a) {
    var s = texts.get(a);
    if (s === undefined) {
      s = [a.t, a.st, a.by, a.dl, a.src].concat(a.x.map(function (i) { return i.s; }))
        .filter(Boolean).join('\n').toLowerCase();
      texts.set(a, s);
    }
    return s;
  }

  function hasJoin(a) {
    return a.x.some(function (i) { return (i.j && i.j.length) || i.k === 'j'; });
  }

  function matches(a, f) {
    if (f.flag === 'warning') { if (!a.w.length) return false; }
    else if (f.flag === 'join') { if (!hasJoin(a)) return false; }
    else if (f.flag && a.f.indexOf(f.flag) < 0) return false;
    if (f.reason && !a.x.some(function (i) { return i.why === f.reason; })) return false;
    if (f.lang && a.lang !== f.lang) return false;
    if (f.text && haystack(a).indexOf(f.text) < 0) return false;
    return true;
  }

  function apply() {
    var f = { flag: flag.value, reason: reason.value, lang: lang.value, text: text.value.trim().toLowerCase() };
    matching = all.filter(function (a) { return matches(a, f); });
    page = 0;
    render();
  }

  function render() {
    var pages = Math.max(1, Math.ceil(matching.length / PAGE));
    page = Math.min(Math.max(page, 0), pages - 1);
    list.replaceChildren.apply(list, matching.slice(page * PAGE, (page + 1) * PAGE).map(card));
    shown.textContent = matching.length + ' of ' + all.length + ' articles';
    pageLabel.textContent = 'page ' + (page + 1) + ' of ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function lines(a, b) { return a === b || !b ? String(a) : a + '–' + b; }

  function row(cls, at, to) {
    var r = el('div', 'item' + (cls ? ' ' + cls : ''));
    r.dataset.a = at;
    r.dataset.b = to || at;
    r.append(el('span', 'ln', lines(at, to)));
    return r;
  }

  function part(i) {
    var r = row(i.k === 'h' ? 'heading' : 'para', i.a, i.b);
    var t = el(i.k === 'h' ? 'h3' : 'p', null, i.s);
    (i.j || []).forEach(function (j) {
      var m = el('span', 'join', '⋈ ' + j[0] + '→' + j[1]);
      m.title = 'joined: the block ending at line ' + j[0] + ' went on at line ' + j[1];
      t.append(m);
    });
    (i.kr || []).forEach(function (k) {
      r.classList.add('repeat', 'kept');
      firstSeen(t, k, true);
    });
    r.append(t);
    return r;
  }

  function firstSeen(p, i, kept) {
    p.append(' ', el('span', 'why', i.why + (i.sim ? ' ' + i.sim : '') + (kept ? ', kept in the text' : '') + ' · first at '));
    if (i.to) {
      var link = el('a', 'first-seen', i.fs);
      link.href = '#a' + i.to + '-L' + i.tl;
      p.append(link);
    } else {
      p.append(el('span', 'why', i.fs + ' (not in this report)'));
    }
  }

  function repeat(i) {
    var r = row('repeat', i.a);
    var p = el('p');
    p.append(i.kept ? el('span', 'kept', i.s) : el('s', null, i.s));
    firstSeen(p, i, i.kept);
    r.append(p);
    return r;
  }

  function marked(i, cls, what) {
    var r = row(cls + '-row', i.a);
    var p = el('p');
    p.append(el('span', cls, i.s), ' ', el('span', 'why', what));
    r.append(p);
    return r;
  }

  function furniture(group) {
    var d = el('details', 'furniture');
    var why = Array.from(new Set(group.map(function (i) { return i.why; }))).join(', ');
    d.append(el('summary', null, group.length + (group.length === 1 ? ' line' : ' lines') + ' dropped (' + why + ')'));
    group.forEach(function (i) { d.append(el('div', null, 'line ' + i.a + ' · ' + i.why + ' · ' + i.s)); });
    return d;
  }

  function body(a) {
    var out = [], group = [];
    var flush = function () { if (group.length) { out.push(furniture(group)); group = []; } };
    a.x.forEach(function (i) {
      if (i.k === 'f') { group.push(i); return; }
      flush();
      if (i.k === 'p' || i.k === 'h') out.push(part(i));
      else if (i.k === 'r') out.push(repeat(i));
      else if (i.k === 'dl') out.push(marked(i, 'dateline', 'dateline'));
      else if (i.k === 'by') out.push(marked(i, 'byline', 'byline'));
      else if (i.k === 'j') out.push(marked({ s: '⋈ ' + i.a + '→' + i.b, a: i.a }, 'join', 'joined'));
    });
    flush();
    return out;
  }

  var FLAG_AT = {
    untitled: function (a) { return 'no headline · line ' + a.a; },
    truncated: function (a) { return 'ends in mid-sentence · line ' + a.b; },
    empty: function (a) { return 'no paragraph left · lines ' + lines(a.a, a.b); }
  };

  function card(a) {
    var art = el('article');
    art.id = 'a' + a.id;
    var head = el('header');
    head.append(el('span', 'aid', '#' + a.id),
      el('h2', a.t === null ? 'untitled' : null, a.t === null ? '(untitled)' : a.t),
      el('span', 'lang', a.lang),
      el('span', 'src', a.src + (a.rec ? ' record ' + a.rec : '') + ':' + lines(a.a, a.b)));
    a.f.forEach(function (f) { head.append(el('span', 'chip flag', f)); });
    art.append(head);
    if (a.st) art.append(el('p', 'sub', a.st));
    var meta = el('div', 'meta');
    if (a.by) meta.append('byline ', el('span', 'byline', a.by), ' ');
    if (a.dl) meta.append('dateline ', el('span', 'dateline', a.dl), ' ');
    if (a.date) meta.append('date ' + a.date + ' ');
    if (a.pub) meta.append('publisher ' + a.pub);
    if (meta.childNodes.length) art.append(meta);
    art.append.apply(art, body(a));
    var notes = el('ul', 'notes');
    a.f.forEach(function (f) { notes.append(el('li', null, f + ': ' + (FLAG_AT[f] ? FLAG_AT[f](a) : 'line ' + a.a))); });
    a.w.forEach(function (w) { notes.append(el('li', null, w.c + ' · line ' + w.a + ' · ' + w.m)); });
    if (notes.childNodes.length) art.append(notes);
    return art;
  }

  function go(hash) {
    var m = /^#a(\d+)(?:-L(\d+))?$/.exec(hash);
    var a = m && byId.get(Number(m[1]));
    if (!a) return;
    var line = m[2] ? Number(m[2]) : 0;
    var idx = matching.indexOf(a);
    if (idx < 0) {
      flag.value = reason.value = lang.value = text.value = '';
      matching = all;
      idx = all.indexOf(a);
    }
    page = Math.floor(idx / PAGE);
    render();
    var target = $('a' + a.id);
    var rows = target.querySelectorAll('.item.para, .item.heading');
    for (var k = 0; k < rows.length && line; k++) {
      if (Number(rows[k].dataset.a) <= line && line <= Number(rows[k].dataset.b)) { target = rows[k]; break; }
    }
    document.querySelectorAll('.target').forEach(function (e) { e.classList.remove('target'); });
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
  }

  [flag, reason, lang].forEach(function (s) { s.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  prev.addEventListener('click', function () { page--; render(); window.scrollTo(0, list.offsetTop); });
  next.addEventListener('click', function () { page++; render(); window.scrollTo(0, list.offsetTop); });
  list.addEventListener('click', function (e) {
    var link = e.target.closest('a.first-seen');
    if (link && link.getAttribute('href') === location.hash) {
      e.preventDefault();
      go(location.hash);
    }
  });
  window.addEventListener('hashchange', function () { go(location.hash); });
  apply();
  if (location.hash) go(location.hash);
})();
