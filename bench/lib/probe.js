// In-page instrumentation for the bench, injected before any page script (page.addInitScript).
// Plain JavaScript on purpose: Playwright serialises functions with toString(), and code transpiled
// by tsx can carry helpers (__name) that do not exist in the page. Everything the bench does in the
// page goes through window.__bench, called from Node by name with JSON arguments.
//
// Timing model (performance.now() in the page):
// - A requestAnimationFrame loop is started here, before the app's scripts, so in every frame its
//   callback runs before Cytoscape's render loop. Interactions are dispatched from that callback: the
//   handlers, Lit's updates (microtasks) and Cytoscape's redraw of that same frame all follow it, as
//   for a real input event delivered at the start of a frame.
// - Cytoscape is observed through its renderer: `notify` (an element or the viewport changed) and
//   `render` (a frame drawn, canvas or WebGL). "Shown on the canvas" = the end of the first render that
//   starts after the first change notified after the dispatch.
// - DOM results (suggestions, panels) are polled between tasks; "shown" = the first time the expected
//   text is in the DOM, after a forced style and layout.
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const B = {
    initialSearch: location.search,
    cy: null,
    renders: [], // [start, end]
    notifies: [], // [time, event]
    longTasks: [], // [start, end]
    drawnEventAt: NaN,
    firstRenderAfterDrawn: NaN,
    mouseUps: [],
    taps: [],
    errors: [],
  };
  window.__bench = B;
  // The bench's renderer choice for builds that take it from here (see bench/vite.bench.ts).
  const wanted = new URLSearchParams(location.search).get('bench-renderer');
  if (wanted === 'webgl') window.__benchRenderer = { name: 'canvas', webgl: true };
  else if (wanted === 'canvas') window.__benchRenderer = { name: 'canvas', webgl: false };

  // The first picture (issue 15): the static SVG the build puts into index.html (#first-picture), painted with the
  // first contentful paint. Without one, the first picture is Cytoscape's first frame ("drawn").
  B.firstPictureInHtml = false;
  B.firstContentfulPaint = NaN;
  // Seen while the HTML is parsed (the app may move or drop it soon after).
  const pictureWatch = new MutationObserver(() => {
    if (!document.getElementById('first-picture')) return;
    B.firstPictureInHtml = true;
    pictureWatch.disconnect();
  });
  pictureWatch.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => pictureWatch.disconnect(), { once: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.firstContentfulPaint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // no paint timing: the first picture falls back to "drawn"
  }
  window.addEventListener('error', (e) => B.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => B.errors.push(String(e.reason)));
  window.addEventListener('mouseup', (e) => B.mouseUps.push(e.timeStamp), true);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: "interactive" falls back to "drawn"
  }

  // --- the frame loop: our callback first in every frame ---
  const queue = [];
  const frame = () => {
    requestAnimationFrame(frame);
    const jobs = queue.splice(0);
    for (const job of jobs) job();
  };
  requestAnimationFrame(frame);
  /** Run fn at the start of the next frame, before Cytoscape draws it. */
  B.inFrame = (fn) =>
    new Promise((resolve, reject) => {
      queue.push(() => {
        try {
          resolve(fn());
        } catch (err) {
          reject(err);
        }
      });
    });
  B.sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const channel = new MessageChannel();
  const ticks = [];
  channel.port1.onmessage = () => ticks.shift()?.();
  /** Yield to the event loop for one task (much finer than setTimeout's clamping). */
  B.tick = () =>
    new Promise((r) => {
      ticks.push(r);
      channel.port2.postMessage(0);
    });
  const forceLayout = () => document.documentElement.getBoundingClientRect().height;

  // --- finding things across shadow roots ---
  function* walk(root) {
    const stack = [root];
    while (stack.length) {
      const n = stack.pop();
      if (n.shadowRoot) stack.push(n.shadowRoot);
      const kids = n.children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      if (n.nodeType === 1) yield n;
    }
  }
  B.deepAll = (selector, root = document) => {
    const out = [];
    for (const el of walk(root)) if (el.matches(selector)) out.push(el);
    return out;
  };
  B.deep = (selector, root = document) => {
    for (const el of walk(root)) if (el.matches(selector)) return el;
    return null;
  };
  /** Text of an element including its shadow trees (slots ignored: enough for "is the label shown"). */
  B.deepText = (el) => {
    if (!el) return '';
    let text = '';
    const visit = (node) => {
      if (node.nodeType === 3) text += node.data;
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const c of node.childNodes) visit(c);
    };
    visit(el);
    return text.replace(/\s+/g, ' ');
  };
  const labelOf = (el) => {
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const id = el.id;
    const root = el.getRootNode();
    if (id && root.querySelector) {
      const label = root.querySelector(`label[for="${id}"]`);
      if (label) return label.textContent.trim();
    }
    return el.closest('label')?.textContent.trim() ?? el.getAttribute('name') ?? '';
  };

  // --- controls, found by role and accessible name as a user would ---
  B.yearInput = () => B.deepAll('input[type=range]').find((i) => /year/i.test(labelOf(i))) ?? null;
  B.searchInput = () => B.deepAll('input').find((i) => i.type !== 'range' && i.type !== 'checkbox' && i.type !== 'radio' && /search/i.test(labelOf(i))) ?? null;
  B.kindBoxes = () => {
    const set = B.deepAll('fieldset').find((f) => /kind/i.test(f.querySelector('legend')?.textContent ?? ''));
    return set ? [...set.querySelectorAll('input[type=checkbox]')] : [];
  };
  B.focusRadio = (steps) => B.deepAll('input[type=radio]').find((i) => i.name === 'focus' && i.value === String(steps)) ?? null;
  B.button = (pattern) => B.deepAll('button').find((b) => new RegExp(pattern, 'i').test(b.textContent ?? '')) ?? null;
  B.allYearsBox = () => B.deepAll('input[type=checkbox]').find((i) => /all years/i.test(labelOf(i))) ?? null;
  B.controls = () => ({
    year: !!B.yearInput(),
    search: !!B.searchInput(),
    kinds: B.kindBoxes().length,
    focus: !!B.focusRadio(1),
    rearrange: !!B.button('re-?arrange'),
    panel: !!B.deep('entity-panel, .panel, #panel'),
  });

  // --- Cytoscape ---
  const waiters = new Set();
  function instrument(cy) {
    if (!cy || cy.__benchInstrumented) return;
    cy.__benchInstrumented = true;
    B.cy = cy;
    const r = cy.renderer();
    const render = r.render;
    r.render = function (...args) {
      const start = now();
      const out = render.apply(this, args);
      const end = now();
      B.renders.push([start, end]);
      if (B.renders.length > 5000) B.renders.splice(0, 2500);
      for (const w of [...waiters]) w(start, end);
      return out;
    };
    const notify = r.notify;
    r.notify = function (...args) {
      B.notifies.push([now(), String(args[0])]);
      if (B.notifies.length > 5000) B.notifies.splice(0, 2500);
      return notify.apply(this, args);
    };
    cy.on('tap', 'node', (e) => B.taps.push([now(), e.target.id()]));
  }
  B.findCy = () => {
    if (B.cy && !B.cy.destroyed()) return B.cy;
    const cy = window.__baselineCy ?? B.deep('graph-canvas')?.instance ?? null;
    if (cy) instrument(cy);
    return cy;
  };
  B.rendererName = () => {
    const cy = B.findCy();
    return cy ? (cy.renderer().webgl ? 'webgl' : 'canvas') : 'none';
  };
  /** Resolves with the end of the first render that starts after `after` (ms), or NaN after `timeout`. */
  const renderAfter = (after, timeout) =>
    new Promise((resolve) => {
      const seen = B.renders.find(([start]) => start >= after);
      if (seen) {
        resolve(seen[1]);
        return;
      }
      const done = (v) => {
        waiters.delete(w);
        clearTimeout(timer);
        resolve(v);
      };
      const w = (start, end) => {
        if (start >= after) done(end);
      };
      const timer = setTimeout(() => done(NaN), timeout);
      waiters.add(w);
    });
  const firstNotifyAfter = (t) => B.notifies.find(([at]) => at >= t)?.[0];
  /** The first change notified at or after t0, waiting up to `timeout` ms. */
  async function notifiedAfter(t0, timeout) {
    const until = now() + timeout;
    for (;;) {
      const at = firstNotifyAfter(t0);
      if (at !== undefined) return at;
      if (now() > until) return NaN;
      await B.sleep(2);
    }
  }

  window.addEventListener(
    'graph-drawn',
    (e) => {
      B.drawnEventAt = now();
      const target = e.composedPath()[0];
      const cy = target?.instance ?? window.__baselineCy ?? null;
      instrument(cy);
      renderAfter(B.drawnEventAt, 120000).then((end) => (B.firstRenderAfterDrawn = end));
    },
    true,
  );

  /**
   * Navigation figures, once the graph is drawn and the main thread has been free of long tasks for
   * `quietMs`: drawn = end of the first Cytoscape render after `graph-drawn`; interactive = the later of
   * drawn and the end of the last long task (≥ 50 ms) before that quiet spell.
   */
  B.navResult = async (quietMs = 500, timeout = 120000) => {
    const until = now() + timeout;
    while (!(B.firstRenderAfterDrawn > 0)) {
      if (now() > until) return { drawn: NaN, interactive: NaN, drawnEvent: B.drawnEventAt, errors: B.errors };
      await B.sleep(10);
    }
    const drawn = B.firstRenderAfterDrawn;
    for (;;) {
      const lastEnd = Math.max(drawn, ...B.longTasks.map(([, end]) => end));
      if (now() - lastEnd >= quietMs || now() > until) {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          drawn,
          firstPicture: B.firstPictureInHtml && B.firstContentfulPaint > 0 ? Math.min(B.firstContentfulPaint, drawn) : drawn,
          interactive: lastEnd,
          drawnEvent: B.drawnEventAt,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
          longTasksBeforeInteractive: B.longTasks.filter(([, end]) => end <= lastEnd).length,
          renderer: B.rendererName(),
          nodes: B.cy ? B.cy.nodes().length : 0,
          edges: B.cy ? B.cy.edges().length : 0,
          errors: B.errors,
        };
      }
      await B.sleep(50);
    }
  };

  // --- actions the bench can time ---
  const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  const ACTIONS = {
    /** The bare-Cytoscape floor's year step (bench/floor/main.ts). */
    floorYear(y) {
      window.__floorYear(y);
    },
    year(y) {
      const input = B.yearInput();
      if (!input) throw new Error('no range input named "Year"');
      input.value = String(y);
      fire(input, 'input');
      fire(input, 'change');
    },
    allYears(on) {
      const box = B.allYearsBox();
      if (!box) throw new Error('no "All years" checkbox');
      if (box.checked !== on) box.click();
    },
    kind(index) {
      const box = B.kindBoxes()[index];
      if (!box) throw new Error(`no kind checkbox #${index}`);
      box.click();
    },
    focus(steps) {
      const radio = B.focusRadio(steps);
      if (!radio) throw new Error(`no focus radio for ${steps}`);
      radio.click();
    },
    rearrange() {
      const button = B.button('re-?arrange');
      if (button) button.click();
      else {
        const canvas = B.deep('graph-canvas');
        if (!canvas || typeof canvas.rearrange !== 'function') throw new Error('no Re-arrange button or rearrange()');
        void canvas.rearrange();
      }
    },
    search(text) {
      const input = B.searchInput();
      if (!input) throw new Error('no input named "Search"');
      input.focus();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text.slice(-1) }));
    },
  };

  /**
   * Dispatch an action at the start of a frame and time it until the canvas shows it.
   * settleMs = 0: shown = end of the first render after the first change notified after the dispatch.
   * settleMs > 0 (animated or lazy work, e.g. re-arrange): shown = end of the last render once nothing has
   * changed for settleMs.
   * Returns {shown, sync, changed}: sync = time spent in the dispatch itself; changed = whether Cytoscape was
   * told of any change (false: the action changed nothing on the canvas, and shown is NaN).
   */
  B.timeCanvas = async (action, arg, settleMs = 0, timeout = 10000) => {
    if (!B.findCy()) throw new Error('no Cytoscape instance');
    let t0 = NaN;
    let t1 = NaN;
    await B.inFrame(() => {
      t0 = now();
      ACTIONS[action](arg);
      t1 = now();
    });
    const changedAt = await notifiedAfter(t0, Math.min(timeout, settleMs > 0 ? timeout : 1000));
    if (!(changedAt >= 0)) return { shown: NaN, sync: t1 - t0, changed: false };
    if (settleMs <= 0) {
      const end = await renderAfter(changedAt, timeout);
      return { shown: end - t0, sync: t1 - t0, changed: true };
    }
    const until = now() + timeout;
    for (;;) {
      await B.sleep(Math.min(50, settleMs));
      const lastChange = B.notifies[B.notifies.length - 1][0];
      const lastRender = B.renders[B.renders.length - 1];
      if (now() - lastChange >= settleMs && lastRender && lastRender[0] >= lastChange) return { shown: lastRender[1] - t0, sync: t1 - t0, changed: true };
      if (now() > until) return { shown: NaN, sync: t1 - t0, changed: true };
    }
  };

  /**
   * The whole path for a dataset the user picks (bench/lib/whole-path.ts): armPick() before the files are set on the
   * "Pick a folder" input; then B.pickResult() resolves once a graph of at least `nodes` nodes is drawn and the page has been free of
   * long tasks for `quietMs`. Times from the input's change event: the pipeline worker done (the status turns to
   * "Laying out"), the layout worker done (that status gone), the first frame of the new graph, interactive.
   * The status line is polled every 20 ms (the work runs in workers, so the page's thread is free to poll).
   */
  B.armPick = (nodes, timeout) => {
    const input = B.pickInput();
    if (!input) throw new Error('no "Pick a folder" input in <dataset-open>');
    const watching = B.watchPick(input, nodes, timeout);
    B.pickResult = () => watching;
    return true;
  };
  B.watchPick = (input, nodes, timeout) => {
    const t = { picked: NaN, layoutStart: NaN, layoutEnd: NaN, drawn: NaN, interactive: NaN, progressSeen: false, status: '' };
    input.addEventListener('change', () => (t.picked = now()), { once: true, capture: true });
    B.firstRenderAfterDrawn = NaN;
    // The dataset's status line and the layout's progress bar are in the header's Dataset menu.
    const status = () => B.deepText(B.deep('dataset-menu'));
    return new Promise((resolve) => {
      const started = now();
      const poll = () => {
        const text = status();
        if (/Laying out/.test(text)) {
          if (!(t.layoutStart > 0)) t.layoutStart = now();
          if (B.deep('progress[aria-label="Layout progress"]')) t.progressSeen = true;
        } else if (t.layoutStart > 0 && !(t.layoutEnd > 0)) t.layoutEnd = now();
        const cy = B.findCy();
        if (!(t.drawn > 0) && B.firstRenderAfterDrawn > 0 && cy && cy.nodes().length >= nodes) t.drawn = B.firstRenderAfterDrawn;
        if (t.drawn > 0) {
          const lastEnd = Math.max(t.drawn, ...B.longTasks.map(([, end]) => end));
          if (now() - lastEnd >= 500) {
            t.interactive = lastEnd;
            t.status = text.slice(0, 300);
            return resolve(t);
          }
        }
        if (now() - started > timeout) {
          t.status = text.slice(0, 300);
          return resolve(t);
        }
        setTimeout(poll, 20);
      };
      poll();
    });
  };
  B.pickInput = () => B.deep('dataset-open')?.shadowRoot?.querySelector('input[type=file][webkitdirectory]') ?? null;

  /** Wait (polling between tasks) until `test()` holds; returns the time it first held, after layout, or NaN. */
  async function until(test, timeout) {
    const end = now() + timeout;
    for (;;) {
      if (test()) {
        forceLayout();
        return now();
      }
      if (now() > end) return NaN;
      await B.tick();
    }
  }

  /** The suggestions shown for the current query: the listbox's visible options' text, or null. */
  B.suggestionsText = () => {
    const input = B.searchInput();
    if (!input) return null;
    const root = input.getRootNode();
    const id = input.getAttribute('aria-controls');
    const list = (id && root.getElementById ? root.getElementById(id) : null) ?? root.querySelector('[role=listbox]');
    if (!list || list.hidden || input.getAttribute('aria-expanded') === 'false') return null;
    const options = [...list.querySelectorAll('[role=option]')];
    return options.length ? options.map((o) => o.textContent.trim()).join('|') : null;
  };

  /**
   * Type `text` (the field's new value, as after one more keystroke) and time until the suggestions for
   * it show: the listbox open with options, rendered. When the search element exposes its `suggestions`
   * (Lit property), "for it" means a new suggestions array has been rendered; otherwise the listbox's text
   * must differ from before the keystroke.
   */
  B.timeKeystroke = async (text, timeout = 10000) => {
    const input = B.searchInput();
    const host = input?.getRootNode()?.host;
    const tracked = host && 'suggestions' in host;
    const before = tracked ? host.suggestions : B.suggestionsText();
    let t0 = NaN;
    await B.inFrame(() => {
      t0 = now();
      ACTIONS.search(text);
    });
    const shownAt = await until(() => {
      const s = B.suggestionsText();
      if (s === null) return false;
      return tracked ? host.suggestions !== before && !host.isUpdatePending : s !== before;
    }, timeout);
    return { shown: shownAt - t0 };
  };
  B.clearSearch = async () => {
    await B.inFrame(() => ACTIONS.search(''));
    await B.sleep(20);
  };

  /** The details panel's title (its first heading: the selected entity's label), or ''. */
  B.panelTitle = () => {
    const panel = B.deep('entity-panel') ?? B.deep('.panel');
    if (!panel) return '';
    const heading = B.deep('h1, h2, h3, [role=heading]', panel.shadowRoot ?? panel);
    return heading ? B.deepText(heading).trim() : '';
  };

  /** Whether the details panel shows entity `id`: its title is the label (or, where the node's label differs, the panel's entity is `id` with its title rendered). */
  B.panelShows = (id, label) => {
    const title = B.panelTitle();
    if (title.includes(label)) return true;
    const panel = B.deep('entity-panel');
    const d = panel && panel.details;
    return !!d && d.id === id && !panel.isUpdatePending && title.includes(d.label);
  };
  /**
   * Nodes to click: the highest-degree nodes whose centre is inside the canvas, not covered by other page content, and
   * which Cytoscape's own hit test finds at that point (not a node or edge drawn over it), with page coordinates.
   */
  B.clickTargets = (count) => {
    const cy = B.findCy();
    if (!cy) return [];
    const container = cy.container();
    const box = container.getBoundingClientRect();
    const r = cy.renderer();
    const nodes = cy.nodes().filter((n) => n.visible()).sort((a, b) => b.degree() - a.degree());
    const out = [];
    for (const n of nodes) {
      const p = n.renderedPosition();
      const x = box.left + p.x;
      const y = box.top + p.y;
      if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) continue;
      const hit = container.getRootNode().elementFromPoint(x, y); // pierces to the canvas's own tree
      if (!hit || !(hit === container || container.contains(hit))) continue; // covered by a legend, panel or menu
      if (typeof r.findNearestElement === 'function') {
        const m = n.position();
        const under = r.findNearestElement(m.x, m.y, true, false);
        if (!under || under.id() !== n.id()) continue; // another element is on top at its centre
      }
      out.push({ id: n.id(), label: n.data('label') ?? n.id(), x, y });
      if (out.length >= count) break;
    }
    return out;
  };
  /** Polls until the click after `mark` shows node `id` in the panel, or tapped something else; resolves with the time or NaN. */
  const watchSelect = (mark, id, label, timeout) => {
    // Cytoscape fires its tap in the mouseup's own dispatch: a click that tapped another node, or none 2 s after
    // the release, will not show this node, so it is not waited for (it is reported as not tapped).
    const missed = () => {
      const taps = B.taps.slice(mark.taps);
      if (taps.length > 0) return !taps.some(([, t]) => t === id);
      return B.mouseUps.length > mark.mouseUps && now() - B.mouseUps[mark.mouseUps] > 2000;
    };
    return until(() => missed() || (B.mouseUps.length > mark.mouseUps && B.panelShows(id, label)), timeout);
  };
  /**
   * Before a click on node `id` (given): the panel is watched from now, so the time it shows is seen even when the
   * page is busy by the time a call made after the release (a round trip from Playwright) reaches it.
   */
  B.mark = (id, label) => {
    const mark = { mouseUps: B.mouseUps.length, taps: B.taps.length };
    B.armedSelect = id ? { id, mouseUps: mark.mouseUps, shownAt: watchSelect(mark, id, label, 20000) } : null;
    return mark;
  };
  /**
   * After a real click (sent by Playwright) on node `id`: time from the mouseup's timestamp until the
   * panel's title is its label (the title only: the previous entity's panel may name it elsewhere).
   * NaN when the click did not select that node.
   */
  B.timeSelect = async (mark, id, label, timeout = 10000) => {
    const armed = B.armedSelect && B.armedSelect.id === id && B.armedSelect.mouseUps === mark.mouseUps ? B.armedSelect.shownAt : null;
    B.armedSelect = null;
    const shownAt = await (armed ?? watchSelect(mark, id, label, timeout));
    const up = B.mouseUps[mark.mouseUps];
    const tapped = B.taps.slice(mark.taps).some(([, t]) => t === id);
    return { shown: tapped ? shownAt - up : NaN, tapped };
  };

  /**
   * Pan and zoom by small steps, one per frame: panning for ms/2, then zooming for ms/2, at least 3 frames each
   * unless the whole has taken `ms + slack` (slow frames). Returns frame intervals and render times (ms), which say
   * whether the canvas keeps up.
   */
  B.panZoom = async (ms = 3000, slack = 20000) => {
    const cy = B.findCy();
    const intervals = [];
    const renderTimes = [];
    const first = B.renders.length;
    const deadline = now() + ms + slack;
    let last = NaN;
    for (const phase of ['pan', 'zoom']) {
      const stopAt = now() + ms / 2;
      for (let i = 0; (i < 3 || now() < stopAt) && now() < deadline; i++) {
        await B.inFrame(() => {
          const t = now();
          if (!Number.isNaN(last)) intervals.push(t - last);
          last = t;
          if (phase === 'pan') cy.panBy({ x: i % 20 < 10 ? 6 : -6, y: 3 * Math.sin(i / 5) });
          else cy.zoom({ level: cy.zoom() * (i % 20 < 10 ? 1.03 : 1 / 1.03), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        });
      }
    }
    await B.sleep(50);
    for (const [s, e] of B.renders.slice(first)) renderTimes.push(e - s);
    return { intervals, renderTimes };
  };

  // Returns true, not the Cytoscape core: Playwright would serialise the whole core (tens of seconds on a large graph).
  B.fit = () => {
    B.findCy()?.fit(undefined, 28);
    return true;
  };

  /**
   * The labels drawn now, at their on-screen size (CSS px): from <graph-canvas>.renderedLabelSizes() when the
   * build has it; otherwise every displayed element with label text at font-size × zoom, less those Cytoscape
   * skips for `min-zoomed-font-size` (it compares at the zoom rounded up to a power of two, with the pixel ratio).
   */
  B.labelSizes = () => {
    const cy = B.findCy();
    if (!cy) return null;
    const canvas = B.deep('graph-canvas');
    let sizes;
    if (canvas && typeof canvas.renderedLabelSizes === 'function') sizes = canvas.renderedLabelSizes().map((s) => s.px);
    else {
      const zoom = cy.zoom();
      const level = Math.pow(2, Math.ceil(Math.log2(zoom * (window.devicePixelRatio || 1))));
      sizes = [];
      cy.elements().forEach((e) => {
        if (e.style('display') === 'none' || (e.isEdge() && (e.source().style('display') === 'none' || e.target().style('display') === 'none'))) return;
        if (String(e.style('label') ?? '').trim() === '' || parseFloat(e.style('opacity')) === 0) return;
        const font = parseFloat(e.style('font-size'));
        if (font * level < parseFloat(e.style('min-zoomed-font-size'))) return;
        sizes.push(font * zoom);
      });
    }
    return { min: sizes.length ? Math.min(...sizes) : NaN, count: sizes.length, zoom: cy.zoom() };
  };

  /** Resolves once the view has stopped moving: no animation and the same zoom and pan over 5 frames. */
  B.settled = async (timeout = 5000) => {
    const cy = B.findCy();
    const until = now() + timeout;
    let last = '';
    let same = 0;
    while (cy && now() < until && same < 5) {
      await new Promise((r) => requestAnimationFrame(r));
      const key = `${cy.animated()}|${cy.zoom()}|${cy.pan().x}|${cy.pan().y}`;
      same = !cy.animated() && key === last ? same + 1 : 0;
      last = key;
    }
    await B.sleep(50);
    return true;
  };
})();
