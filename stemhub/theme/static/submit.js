// "List your program" (submit-program.html): checks the form with the rules the build wrote on
// each field (data attributes made from the program and partner JSON Schemas and the
// cross-field rules), shows each problem beside its field in check's words, reads dates as
// people write them, and writes the record files: YAML front matter, every text
// double-quoted, `verified` today in the site's timezone, then the Markdown. For a partner not
// listed yet it writes the partner's file too. Nothing leaves the page but what the partner
// chooses: a download, the clipboard, or GitHub's new-file page. Text from the form is only
// ever set as textContent or a value, and looked up in Maps and Sets, never as an object key.
{
  const form = document.getElementById("sh-form");
  const lang = document.documentElement.lang || "en";
  const text = new Map(Object.entries(JSON.parse(form.dataset.text)));
  // A message with its placeholders (%(value)s, %(num)s...) filled from a Map.
  const say = (key, vars = new Map()) =>
    text.get(key).replace(/%\((\w+)\)s/g, (all, name) => (vars.has(name) ? String(vars.get(name)) : all));
  // content-model.md, "Files and YAML": control characters anywhere; in one-line fields also
  // tab, bidirectional controls and invisible characters.
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
  const ONE_LINE_BAD = /[\t\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/;
  const GITHUB_URL_MAX = 8000;
  const NEW_PARTNER = "(new)";
  const slugField = form.querySelector('[data-name="slug"]');
  const bodyField = form.querySelector('[data-name="body"]');
  const record = document.getElementById("sh-form-record");
  const partner = record.querySelector('[data-widget="partner"]');
  const org = document.getElementById("sh-form-org");
  const orgSlug = org.querySelector('[data-name="new_partner"]');
  const orgBody = org.querySelector('[data-name="org.body"]');

  const rule = (el, name) => (el.dataset[name] === undefined ? null : JSON.parse(el.dataset[name]));
  const fieldsIn = (box) => [...box.querySelectorAll(":scope > [data-field]")].filter((el) => !el.hidden);
  const control = (el) => el.querySelector("input, select, textarea");
  const subOf = (el) => el.querySelector(":scope > .sh-sub");
  const named = (name) => form.querySelector(`[data-name="${name}"]`);
  const oneLine = (s) => s.normalize("NFC").replace(/\s*[\r\n]+\s*/g, " ").trim();
  const fresh = () => value(partner) === NEW_PARTNER;

  // Dates as people write them: 2027-03-05, 3/5/2027 (in the page language's order), March 5
  // or 5 de marzo (month names of the page's language and English); without a year, the next
  // such day from today.
  const lower = (s) => s.toLocaleLowerCase(lang).replace(/\.$/, "");
  const MONTHS = new Map();
  const SKIPPED = new Set(["de", "del", "of", "the", "ngày", "tháng", "năm"]);
  for (const locale of new Set([lang, "en"])) {
    for (const style of ["long", "short"]) {
      const month = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" });
      const weekday = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" });
      for (let m = 0; m < 12; m += 1) MONTHS.set(lower(month.format(Date.UTC(2000, m, 1))), m + 1);
      for (let d = 0; d < 7; d += 1) SKIPPED.add(lower(weekday.format(Date.UTC(2000, 0, 2 + d))));
    }
  }
  const order = new Intl.DateTimeFormat(lang, { timeZone: "UTC" }).formatToParts(Date.UTC(2000, 10, 22))
    .map((part) => part.type);
  const dayFirst = order.indexOf("day") < order.indexOf("month");
  const pad = (n) => String(n).padStart(2, "0");

  // Today in the site's timezone, YYYY-MM-DD: the files' `verified` date.
  function today() {
    const parts = new Map(new Intl.DateTimeFormat("en-US", {
      timeZone: form.dataset.zone, year: "numeric", month: "2-digit", day: "2-digit",
    }).formatToParts(new Date()).map((part) => [part.type, part.value]));
    return `${parts.get("year")}-${parts.get("month")}-${parts.get("day")}`;
  }

  // [YYYY-MM-DD, ""] for a date; ["", the message's key] for anything else.
  function readDate(s) {
    const tokens = s.toLocaleLowerCase(lang).split(/[\s,./-]+/).filter((t) => t && !SKIPPED.has(t));
    const months = tokens.filter((t) => MONTHS.has(t)).map((t) => MONTHS.get(t));
    const numbers = tokens.filter((t) => /^\d{1,4}$/.test(t)).map(Number);
    const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(s);
    if (months.length + numbers.length !== tokens.length || months.length > 1) return ["", "date"];
    let [y, m, d] = [null, months[0], null];
    if (iso) [y, m, d] = numbers;
    else if (months.length && (numbers.length === 1 || numbers.length === 2)) [d, y] = numbers;
    else if (!months.length && (numbers.length === 2 || numbers.length === 3)) {
      [m, d, y] = dayFirst ? [numbers[1], numbers[0], numbers[2]] : numbers;
    } else return ["", "date"];
    if (y !== undefined && y !== null && y < 100) y += 2000;
    const now = today();
    if (y === undefined || y === null) {
      y = Number(now.slice(0, 4));
      if (`${y}-${pad(m)}-${pad(d)}` < now) y += 1;
    }
    const day = new Date(Date.UTC(y, m - 1, d));
    if (y < 1000 || y > 9999 || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return ["", "real-date"];
    return [`${y}-${pad(m)}-${pad(d)}`, ""];
  }

  const longDate = (iso) => new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" })
    .format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))));

  // A date field says how it read what was typed.
  function showRead(el) {
    const read = document.getElementById(`${control(el).id}-read`);
    const [iso] = readDate(value(el));
    read.textContent = iso ? say("read", new Map([["value", longDate(iso)]])) : "";
    read.hidden = !iso;
  }

  // A field's value: a string, a list of strings, true/false, or a group's word ("free").
  function value(el) {
    const widget = el.dataset.widget;
    if (widget === "words") {
      return [...el.querySelectorAll("input:checked")].map((box) => box.value);
    }
    if (widget === "yesno") return control(el).checked;
    if (widget === "list") {
      return control(el).value.split(",").map(oneLine).filter((item) => item !== "");
    }
    if (widget === "group") {
      const word = el.querySelector(":scope > .sh-choice input:checked");
      return word ? word.value : null;
    }
    if (widget === "body") return control(el).value.replace(/\r\n?/g, "\n").normalize("NFC");
    return oneLine(control(el).value);
  }

  const empty = (v) => v === "" || v === false || v === null || (Array.isArray(v) && !v.length);

  // The problem with one piece of text, or "".
  function textProblem(el, s) {
    const typed = new Map([["value", s]]);
    if (CONTROL.test(s) || (el.dataset.widget !== "body" && ONE_LINE_BAD.test(s))) return say("chars");
    const max = rule(el, "max");
    const length = [...s].length;
    if (max !== null && length > max) return say("max", new Map([["count", length], ["num", max]]));
    if (el.dataset.widget === "date") return dateProblem(el, s);
    const pattern = rule(el, "pattern");
    if (pattern !== null && !new RegExp(pattern).test(s)) return say(rule(el, "say"), typed);
    const min = rule(el, "min");
    if (min !== null && /^\d+(\.\d+)?$/.test(s) && Number(s) < min) {
      return say("min", new Map([["value", s], ["num", min]]));
    }
    const taken = rule(el, "taken");
    if (taken !== null && new Set(taken).has(s)) return say("taken");
    return "";
  }

  // A date the form cannot read, or before the date it must not precede (the last day).
  function dateProblem(el, s) {
    const [iso, bad] = readDate(s);
    if (bad) return say(bad, new Map([["value", s]]));
    const before = rule(el, "after") && named(rule(el, "after"));
    const [start] = before && value(before) ? readDate(value(before)) : [""];
    return start && iso < start ? say("after", new Map([["value", s], ["start", value(before)]])) : "";
  }

  // Needed by its own rule, or by another field's word (grades when students sign up; a
  // field left empty has its schema default).
  function needed(el, groupNeeded) {
    if (el.dataset.required !== undefined && groupNeeded) return true;
    const when = rule(el, "when");
    if (when === null) return false;
    const other = named(when);
    const chosen = value(other);
    return (empty(chosen) ? rule(other, "default") || [] : chosen).includes(rule(el, "word"));
  }

  function problem(el, groupNeeded) {
    const v = value(el);
    const choice = el.querySelector(":scope > .sh-choice");
    if (el.dataset.widget === "group") return choice && v === null && needed(el, groupNeeded) ? say("choose") : "";
    if (empty(v)) return needed(el, groupNeeded) ? say(el.dataset.widget === "words" ? "some" : "required") : "";
    if (v === NEW_PARTNER || v === true) return ""; // the new partner has its own fields
    const items = Array.isArray(v) ? v : [v];
    const most = rule(el, "items");
    if (most !== null && items.length > most) return say("items", new Map([["count", items.length], ["num", most]]));
    const seen = new Set();
    const twice = items.find((item) => seen.has(item) || !seen.add(item));
    if (twice !== undefined) return say("twice", new Map([["value", twice]]));
    return items.map((s) => textProblem(el, s)).find((p) => p) || "";
  }

  // Show (or clear) a field's problem beside it; returns whether there is one.
  function show(el, message) {
    const id = el.id || control(el).id;
    const note = document.getElementById(`${id}-error`);
    const help = document.getElementById(`${id}-help`);
    note.textContent = message;
    note.hidden = !message;
    const described = [help && help.id, message && note.id].filter(Boolean).join(" ");
    const target = el.tagName === "FIELDSET" ? el : control(el);
    if (described) target.setAttribute("aria-describedby", described);
    el.querySelectorAll(el.tagName === "FIELDSET" ? ":scope > .sh-boxes input" : "input, select, textarea")
      .forEach((c) => (message ? c.setAttribute("aria-invalid", "true") : c.removeAttribute("aria-invalid")));
    if (message) el.dataset.invalid = "";
    else delete el.dataset.invalid;
    return Boolean(message);
  }

  // Check the fields in a box; returns the fields with problems.
  function check(box, groupNeeded) {
    const bad = [];
    for (const el of fieldsIn(box)) {
      if (show(el, problem(el, groupNeeded))) bad.push(el);
      const sub = el.dataset.widget === "group" && subOf(el);
      if (sub && !sub.hidden) {
        const inner = fieldsIn(sub);
        bad.push(...check(sub, needed(el, groupNeeded) || inner.some((f) => !empty(value(f)))));
      }
    }
    return bad;
  }

  const quote = (s) => `"${s.replace(/[\\"]/g, "\\$&").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
  const key = (el) => el.dataset.name.split(".").pop();

  // The YAML lines of the fields in a box, indented.
  function lines(box, indent) {
    const out = [];
    for (const el of fieldsIn(box).filter((f) => f !== orgSlug && f !== orgBody)) {
      let v = el === partner && fresh() ? value(orgSlug) : value(el);
      if (el.dataset.widget === "date" && v) [v] = readDate(v);
      const sub = el.dataset.widget === "group" ? subOf(el) : null;
      if (sub && !v) {
        const inner = lines(sub, `${indent}  `);
        if (inner.length) out.push(`${indent}${key(el)}:`, ...inner);
      } else if (v === true) {
        out.push(`${indent}${key(el)}: true`);
      } else if (Array.isArray(v) && v.length) {
        out.push(`${indent}${key(el)}: [${v.map(quote).join(", ")}]`);
      } else if (typeof v === "string" && v !== "") {
        out.push(`${indent}${key(el)}: ${quote(v)}`);
      }
    }
    return out;
  }

  // A record file: its front matter, confirmed today, then its Markdown.
  function file(box, body) {
    const front = [...lines(box, ""), `verified: "${today()}"`];
    return `---\n${front.join("\n")}\n---\n${body}${body && !body.endsWith("\n") ? "\n" : ""}`;
  }

  // A file made: its text, a download, a copy button and GitHub's new-file page.
  const downloads = new Map();
  function offer(id, path, made) {
    document.getElementById(`${id}-path`).textContent = path;
    document.getElementById(`${id}-file`).value = made;
    if (downloads.has(id)) URL.revokeObjectURL(downloads.get(id));
    downloads.set(id, URL.createObjectURL(new Blob([made], { type: "text/markdown" })));
    const save = document.getElementById(`${id}-download`);
    save.href = downloads.get(id);
    save.download = path.split("/").pop();
    const github = document.getElementById(`${id}-github`);
    if (github) {
      const url = `${github.dataset.new}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(made)}`;
      const tooLong = url.length > GITHUB_URL_MAX;
      github.parentElement.hidden = tooLong;
      document.getElementById(`${id}-long`).hidden = !tooLong;
      if (tooLong) github.removeAttribute("href");
      else github.href = url;
    }
  }

  function summarise(bad) {
    const box = document.getElementById("sh-form-errors");
    const list = box.querySelector("ul");
    list.replaceChildren(...bad.map((el) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      const first = el.tagName === "FIELDSET" ? el.querySelector("input") : control(el);
      link.href = `#${first.id || el.id}`;
      const legend = el.querySelector("legend, label");
      link.textContent = `${legend.textContent.trim()}: ${document.getElementById(`${el.id || control(el).id}-error`).textContent}`;
      link.addEventListener("click", (event) => { event.preventDefault(); first.focus(); });
      item.append(link);
      return item;
    }));
    box.hidden = !bad.length;
    if (bad.length) box.focus();
  }

  // Show or hide the fields a choice makes irrelevant: a group's word, a new partner.
  function sync() {
    form.querySelectorAll('[data-widget="group"]').forEach((el) => {
      const sub = subOf(el);
      if (el.querySelector(":scope > .sh-choice")) sub.hidden = value(el) !== "";
    });
    org.hidden = !fresh();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const boxes = [slugField, bodyField, ...(fresh() ? [orgSlug, orgBody] : [])];
    const bad = [...boxes.filter((el) => show(el, problem(el, true))), ...check(record, true),
      ...(fresh() ? check(org, true) : [])];
    bad.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    summarise(bad);
    const result = document.getElementById("sh-form-result");
    result.hidden = true;
    if (bad.length) return;
    const two = fresh();
    if (two) offer("sh-form-partner", `content/partners/${value(orgSlug)}.md`, file(org, value(orgBody)));
    offer("sh-form", `content/programs/${value(slugField)}.md`, file(record, value(bodyField)));
    document.getElementById("sh-form-partner-step").hidden = !two;
    result.querySelectorAll(".sh-then").forEach((then) => { then.hidden = !two; });
    document.getElementById("sh-form-status").textContent = "";
    result.hidden = false;
    result.focus();
  });
  // A field marked invalid is checked again as it changes, and a date says how it reads it, as
  // they are typed: at once, not when the field is left, so that nothing moves under the
  // pointer on its way to the next field.
  function recheck(event) {
    const el = event.target.closest("[data-field]");
    if (el && el.dataset.widget === "date") showRead(el);
    if (el && el.dataset.invalid !== undefined) show(el, problem(el, true));
  }
  form.addEventListener("input", recheck);
  form.addEventListener("change", (event) => {
    sync();
    recheck(event);
  });
  // A file name follows its name (the program's, the new partner's) until one is typed.
  function follow(name, slug) {
    name.addEventListener("input", () => {
      if (slug.dataset.typed !== undefined) return;
      control(slug).value = name.value.normalize("NFKD").toLowerCase()
        .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
    });
    control(slug).addEventListener("input", () => { slug.dataset.typed = ""; });
  }
  follow(control(named("title")), slugField);
  follow(control(named("org.name")), orgSlug);
  document.querySelectorAll("[data-copy]").forEach((button) => button.addEventListener("click", () => {
    const said = document.getElementById("sh-form-status");
    const made = document.getElementById(button.dataset.copy);
    const failed = () => { said.textContent = say("nocopy"); made.select(); };
    if (!navigator.clipboard) return failed();
    return navigator.clipboard.writeText(made.value).then(() => { said.textContent = say("copied"); }, failed);
  }));
  sync();
  document.getElementById("sh-form-nojs").hidden = true;
  const make = document.getElementById("sh-form-make");
  make.hidden = false;
  make.disabled = false;
}
