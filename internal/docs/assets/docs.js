(function () {
  "use strict";
  var doc = document, root = doc.documentElement;
  root.classList.add("js");
  var cfg = JSON.parse(doc.getElementById("sequere-config").textContent || "{}");

  // Theme: the reader's choice wins over prefers-color-scheme, and is kept.
  var themeBtn = doc.getElementById("theme");
  var dark = function () {
    var t = root.getAttribute("data-theme");
    return t ? t === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  };
  var showTheme = function () {
    var d = dark();
    themeBtn.textContent = d ? "Light" : "Dark";
    themeBtn.setAttribute("aria-label", d ? "Switch to light theme" : "Switch to dark theme");
  };
  try { var saved = localStorage.getItem("sequere-theme"); if (saved) root.setAttribute("data-theme", saved); } catch (e) {}
  themeBtn.hidden = false;
  showTheme();
  themeBtn.addEventListener("click", function () {
    var next = dark() ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try { localStorage.setItem("sequere-theme", next); } catch (e) {}
    showTheme();
  });

  // Tabs (WAI-ARIA tabs pattern: arrows move, the selected tab is the tab stop).
  function initTabs(scope) {
    scope.querySelectorAll(".tabs").forEach(function (box) {
      if (box.dataset.ready) return;
      box.dataset.ready = "1";
      var list = box.querySelector("[role=tablist]");
      var tabs = Array.prototype.filter.call(list.children, function (t) { return t.getAttribute("role") === "tab"; });
      var panels = Array.prototype.filter.call(box.children, function (p) { return p.getAttribute("role") === "tabpanel"; });
      list.hidden = false;
      var select = function (i, focus) {
        tabs.forEach(function (t, j) {
          t.setAttribute("aria-selected", i === j ? "true" : "false");
          t.tabIndex = i === j ? 0 : -1;
          panels[j].hidden = i !== j;
        });
        if (focus) tabs[i].focus();
      };
      tabs.forEach(function (t, i) {
        t.addEventListener("click", function () { select(i, false); });
        t.addEventListener("keydown", function (e) {
          var k = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
          if (k) { e.preventDefault(); select((i + k + tabs.length) % tabs.length, true); }
          if (e.key === "Home") { e.preventDefault(); select(0, true); }
          if (e.key === "End") { e.preventDefault(); select(tabs.length - 1, true); }
        });
      });
      select(0, false);
    });
  }
  initTabs(doc);

  // A collapsed reusable schema is filled, on first opening, from the
  // schema's own section; one already open above it is named as recursive.
  var uid = 0;
  doc.addEventListener("toggle", function (e) {
    var d = e.target;
    if (!d.classList || !d.classList.contains("lazy") || !d.open || d.dataset.filled) return;
    d.dataset.filled = "1";
    var id = d.dataset.schema, up = d.parentElement && d.parentElement.closest("details.lazy[data-schema='" + id + "'], section.def#" + id);
    if (up) {
      var p = doc.createElement("p");
      p.className = "note";
      p.textContent = "Recursive: this is the schema it is part of.";
      d.appendChild(p);
      return;
    }
    var src = doc.getElementById(id);
    var body = src && src.querySelector(".schema");
    if (!body) return;
    var copy = body.cloneNode(true);
    copy.querySelectorAll("[id]").forEach(function (n) { n.id = n.id + "-c" + (++uid); });
    copy.querySelectorAll("[aria-controls]").forEach(function (n) { n.setAttribute("aria-controls", n.getAttribute("aria-controls") + "-c" + uid); });
    copy.querySelectorAll("[aria-labelledby]").forEach(function (n) { n.setAttribute("aria-labelledby", n.getAttribute("aria-labelledby") + "-c" + uid); });
    copy.querySelectorAll(".tabs").forEach(function (t) { delete t.dataset.ready; });
    copy.querySelectorAll("details.lazy").forEach(function (l) { delete l.dataset.filled; });
    // Ids were suffixed one by one; give the copy one suffix throughout.
    var n = 0, s = "-c" + uid;
    copy.querySelectorAll("[id]").forEach(function (el) { el.id = el.id.replace(/-c\d+$/, s); n++; });
    d.appendChild(copy);
    initTabs(copy);
  }, true);

  // The schema of a body or response opens by itself near the viewport, so
  // the page carries each schema once and pays for a copy only when seen.
  if (window.IntersectionObserver) {
    var auto = new IntersectionObserver(function (entries) {
      entries.forEach(function (en) {
        if (!en.isIntersecting) return;
        auto.unobserve(en.target);
        en.target.open = true;
      });
    }, { rootMargin: "800px 0px" });
    doc.querySelectorAll("details.lazy[data-auto]").forEach(function (d) { auto.observe(d); });
  }

  // Search: ranked, keyboard driven, over the inline index.
  var box = doc.querySelector(".search"), q = doc.getElementById("q"), results = doc.getElementById("results");
  var index = null, items = [], active = -1;
  box.hidden = false;
  function load() {
    if (!index) {
      index = JSON.parse(doc.getElementById("search-index").textContent || "[]").map(function (e) {
        return { e: e, title: e[1].toLowerCase(), path: e[2].toLowerCase(), id: e[3].toLowerCase(), text: e[4].toLowerCase() };
      });
    }
    return index;
  }
  // A query that is an operation's whole path ("/pets/{petId}", with or
  // without its method) or its whole operationId ranks it above any partial
  // match; then word by word, id and path before title before text.
  function score(x, words, whole) {
    if (x.e[0] === "op" || x.e[0] === "webhook") {
      if (x.id === whole || x.path === whole) return 1000;
      if (x.path.slice(x.path.indexOf(" ") + 1) === whole) return 900;
    }
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], s = 0;
      if (x.id === w) s = 100; else if (x.id.indexOf(w) >= 0) s = 60;
      if (x.path.indexOf(w) >= 0) s = Math.max(s, 50);
      if (x.title === w) s = Math.max(s, 45); else if (x.title.indexOf(w) >= 0) s = Math.max(s, 30);
      if (!s && x.text.indexOf(w) >= 0) s = 10;
      if (!s) return 0;
      total += s;
    }
    return total + (x.e[0] === "op" ? 1 : 0);
  }
  function render() {
    results.innerHTML = "";
    items.forEach(function (x, i) {
      var li = doc.createElement("li");
      li.id = "r" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      var k = doc.createElement("span"); k.className = "k"; k.textContent = x.e[0];
      var t = doc.createElement("span"); t.textContent = x.e[1];
      li.appendChild(k); li.appendChild(t);
      if (x.e[2]) { var p = doc.createElement("span"); p.className = "p"; p.textContent = x.e[2]; li.appendChild(p); }
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); go(i); });
      results.appendChild(li);
    });
    var open = items.length > 0;
    results.hidden = !open;
    q.setAttribute("aria-expanded", open ? "true" : "false");
    if (active >= items.length) active = -1;
    if (active >= 0) { q.setAttribute("aria-activedescendant", "r" + active); doc.getElementById("r" + active).scrollIntoView({ block: "nearest" }); }
    else q.removeAttribute("aria-activedescendant");
  }
  function search() {
    var whole = q.value.trim().toLowerCase().replace(/\s+/g, " "), words = whole.split(" ").filter(Boolean);
    active = -1;
    if (!words.length) { items = []; render(); return; }
    items = load().map(function (x) { return { x: x, s: score(x, words, whole) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s; })
      .slice(0, 20).map(function (r) { return r.x; });
    if (items.length) active = 0;
    render();
  }
  function go(i) {
    var x = items[i];
    if (!x) return;
    items = []; active = -1; render();
    var href = x.e[5];
    if (href.charAt(0) === "#") {
      location.hash = href;
      var target = doc.getElementById(href.slice(1));
      if (target) { target.scrollIntoView(); var h = target.querySelector("h3") || target; h.tabIndex = -1; h.focus(); }
    } else location.href = href;
  }
  q.addEventListener("input", search);
  q.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && items.length) { e.preventDefault(); active = (active + 1) % items.length; render(); }
    else if (e.key === "ArrowUp" && items.length) { e.preventDefault(); active = (active - 1 + items.length) % items.length; render(); }
    else if (e.key === "Enter") { e.preventDefault(); if (!items.length) search(); go(active < 0 ? 0 : active); }
    else if (e.key === "Escape") { items = []; render(); }
  });
  q.addEventListener("blur", function () { items = []; render(); });
  doc.addEventListener("keydown", function (e) {
    if (e.key === "/" && doc.activeElement !== q && !/INPUT|TEXTAREA|SELECT/.test(doc.activeElement.tagName)) { e.preventDefault(); q.focus(); }
  });

  // Try-it: a form built from the operation's data, sent from this browser
  // to the server the reader picks; nothing goes through a proxy.
  function el(tag, attrs, text) {
    var n = doc.createElement(tag);
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    if (text != null) n.textContent = text;
    return n;
  }
  function field(form, label, input) {
    var l = el("label", {}, label);
    l.appendChild(input);
    form.appendChild(l);
    return input;
  }
  function buildForm(holder) {
    var d = JSON.parse(holder.dataset.try), id = holder.parentElement.id;
    var form = el("form", { "aria-label": "Try " + d.m + " " + d.p });
    var servers = field(form, "Server", el("select", { name: "server" }));
    (cfg.servers || []).forEach(function (s) { servers.appendChild(el("option", { value: s.url }, s.url + (s.description ? " (" + s.description + ")" : ""))); });
    var inputs = [];
    (d.params || []).forEach(function (p) {
      var inp = el("input", { name: p.in + ":" + p.n, value: p.ex || "" });
      if (p.r) inp.required = true;
      inputs.push({ p: p, i: field(form, p.n + " (" + p.in + (p.r ? ", required" : "") + ")", inp) });
    });
    var auth = [];
    (d.auth || []).forEach(function (a) {
      auth.push({ a: a, i: field(form, a.s + " (" + (a.k === "bearer" ? "token" : a.k === "basic" ? "user:password" : a.k + " " + a.n) + ")", el("input", { name: "auth:" + a.s, autocomplete: "off" })) });
    });
    var body = null;
    if (d.type) { body = field(form, "Body (" + d.type + ")", el("textarea", { name: "body", spellcheck: "false" })); body.value = d.body || ""; }
    var send = el("button", { type: "submit" }, "Send request");
    form.appendChild(send);
    var out = el("div", { class: "out", role: "status", "aria-live": "polite" });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var path = d.p, query = [], headers = {};
      inputs.forEach(function (x) {
        var v = x.i.value;
        if (v === "" && !x.p.r) return;
        if (x.p.in === "path") path = path.split("{" + x.p.n + "}").join(encodeURIComponent(v));
        else if (x.p.in === "query") query.push(encodeURIComponent(x.p.n) + "=" + encodeURIComponent(v));
        else if (x.p.in === "header") headers[x.p.n] = v;
      });
      auth.forEach(function (x) {
        var v = x.i.value;
        if (!v) return;
        if (x.a.k === "bearer") headers.Authorization = "Bearer " + v;
        else if (x.a.k === "basic") headers.Authorization = "Basic " + btoa(v);
        else if (x.a.k === "header") headers[x.a.n] = v;
        else if (x.a.k === "query") query.push(encodeURIComponent(x.a.n) + "=" + encodeURIComponent(v));
      });
      var init = { method: d.m, headers: headers };
      if (body && body.value !== "" && d.m !== "GET" && d.m !== "HEAD") { init.body = body.value; headers["Content-Type"] = d.type; }
      var url = servers.value.replace(/\/$/, "") + path + (query.length ? "?" + query.join("&") : "");
      out.textContent = "Sending " + d.m + " " + url + "…";
      var started = performance.now();
      fetch(url, init).then(function (r) {
        return r.text().then(function (text) {
          out.innerHTML = "";
          var head = el("p", { class: "label" }, r.status + " " + r.statusText + " · " + Math.round(performance.now() - started) + " ms");
          head.dataset.status = String(r.status);
          out.appendChild(head);
          var hs = [];
          r.headers.forEach(function (v, k) { hs.push(k + ": " + v); });
          out.appendChild(el("pre", { class: "hdrs", tabindex: "0" }, hs.join("\n")));
          try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) {}
          out.appendChild(el("pre", { class: "resp-body", tabindex: "0" }, text));
        });
      }).catch(function (err) {
        out.textContent = "The request to " + url + " failed: " + err.message + " (is the server running, and does it allow CORS from this page?)";
      });
    });
    holder.appendChild(form);
    holder.appendChild(out);
    return form;
  }
  doc.querySelectorAll(".try").forEach(function (holder) {
    var b = el("button", { type: "button", class: "tryb", "aria-expanded": "false" }, "Try it");
    holder.appendChild(b);
    var form = null;
    b.addEventListener("click", function () {
      if (!form) form = buildForm(holder);
      else form.hidden = !form.hidden;
      b.setAttribute("aria-expanded", form.hidden ? "false" : "true");
      if (!form.hidden) { var f = form.querySelector("input, select"); if (f) f.focus(); }
    });
  });

  if (cfg.reload && window.EventSource) {
    new EventSource(cfg.reload).addEventListener("reload", function () { location.reload(); });
  }
})();
