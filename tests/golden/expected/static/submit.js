// "List your program" (submit-program.html): checks the form with the rules the build wrote on
// each field (data attributes made from the program JSON Schema), shows each problem beside its
// field, and writes the record file: YAML front matter, every text double-quoted, then the
// Markdown. Nothing leaves the page but what the partner chooses: a download, the clipboard, or
// GitHub's new-file page. Text from the form is only ever set as textContent or a value.
{
  const form = document.getElementById("sh-form");
  const text = JSON.parse(form.dataset.text);
  const say = (key, num) => text[key].replace("%(num)s", String(num));
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
  const partnerNew = record.querySelector('[data-into="partner"]');

  const rule = (el, name) => (el.dataset[name] === undefined ? null : JSON.parse(el.dataset[name]));
  const fieldsIn = (box) => [...box.querySelectorAll(":scope > [data-field]")].filter((el) => !el.hidden);
  const control = (el) => el.querySelector("input, select, textarea");
  const subOf = (el) => el.querySelector(":scope > .sh-sub");
  const oneLine = (s) => s.normalize("NFC").replace(/\s*[\r\n]+\s*/g, " ").trim();

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
    if (CONTROL.test(s) || (el.dataset.widget !== "body" && ONE_LINE_BAD.test(s))) return say("chars");
    const max = rule(el, "max");
    const min = rule(el, "min");
    const pattern = rule(el, "pattern");
    if (max !== null && s.length > max) return say("max", max);
    if (pattern !== null && !new RegExp(pattern).test(s)) return say("pattern");
    if (min !== null && /^\d+(\.\d+)?$/.test(s) && Number(s) < min) return say("min", min);
    const taken = rule(el, "taken");
    if (taken !== null && taken.includes(s)) return say("taken");
    return "";
  }

  // Needed by its own rule, or by another field's word (grades when students sign up; a
  // field left empty has its schema default).
  function needed(el, groupNeeded) {
    if (el.dataset.required !== undefined && groupNeeded) return true;
    const when = rule(el, "when");
    if (when === null) return false;
    const other = form.querySelector(`[data-name="${when}"]`);
    const chosen = value(other);
    return (empty(chosen) ? rule(other, "default") || [] : chosen).includes(rule(el, "word"));
  }

  function problem(el, groupNeeded) {
    const v = value(el);
    const choice = el.querySelector(":scope > .sh-choice");
    if (el.dataset.widget === "group") return choice && v === null && needed(el, groupNeeded) ? say("choose") : "";
    if (empty(v)) return needed(el, groupNeeded) ? say(el.dataset.widget === "words" ? "some" : "required") : "";
    if (v === NEW_PARTNER || v === true) return ""; // the new partner's name has its own field
    const items = Array.isArray(v) ? v : [v];
    if (rule(el, "items") !== null && items.length > rule(el, "items")) return say("items", rule(el, "items"));
    if (new Set(items).size < items.length) return say("twice");
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

  // Check the fields in a box; returns the fields with problems, in order.
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
    for (const el of fieldsIn(box).filter((f) => f !== partnerNew)) {
      const v = el === partner && value(el) === NEW_PARTNER ? value(partnerNew) : value(el);
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

  function file() {
    const body = value(form.querySelector('[data-name="body"]'));
    const front = lines(record, "");
    return `---\n${front.join("\n")}\n---\n${body}${body && !body.endsWith("\n") ? "\n" : ""}`;
  }

  // The file made: its text, a download, a copy button and GitHub's new-file page.
  let download = null;
  function offer(made, slug) {
    const path = `content/programs/${slug}.md`;
    document.getElementById("sh-form-path").textContent = path;
    document.getElementById("sh-form-file").value = made;
    document.getElementById("sh-form-status").textContent = "";
    if (download) URL.revokeObjectURL(download);
    download = URL.createObjectURL(new Blob([made], { type: "text/markdown" }));
    const save = document.getElementById("sh-form-download");
    save.href = download;
    save.download = `${slug}.md`;
    const github = document.getElementById("sh-form-github");
    if (github) {
      const url = `${github.dataset.new}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(made)}`;
      const tooLong = url.length > GITHUB_URL_MAX;
      github.parentElement.hidden = tooLong;
      document.getElementById("sh-form-long").hidden = !tooLong;
      if (tooLong) github.removeAttribute("href");
      else github.href = url;
    }
    const result = document.getElementById("sh-form-result");
    result.hidden = false;
    result.focus();
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
    partnerNew.hidden = value(partner) !== NEW_PARTNER;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const slugBad = show(slugField, problem(slugField, true));
    const inner = check(record, true);
    const bodyBad = show(bodyField, problem(bodyField, true));
    const bad = [...(slugBad ? [slugField] : []), ...inner, ...(bodyBad ? [bodyField] : [])];
    summarise(bad);
    document.getElementById("sh-form-result").hidden = true;
    if (!bad.length) offer(file(), value(slugField));
  });
  form.addEventListener("change", (event) => {
    sync();
    const el = event.target.closest("[data-field]");
    if (el && el.dataset.invalid !== undefined) show(el, problem(el, true));
  });
  // The file name follows the program's name until the partner types one.
  const title = control(form.querySelector('[data-name="title"]'));
  title.addEventListener("input", () => {
    if (slugField.dataset.typed !== undefined) return;
    control(slugField).value = title.value.normalize("NFKD").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
  });
  control(slugField).addEventListener("input", () => { slugField.dataset.typed = ""; });
  document.getElementById("sh-form-copy").addEventListener("click", () => {
    const said = document.getElementById("sh-form-status");
    const made = document.getElementById("sh-form-file");
    const failed = () => { said.textContent = say("nocopy"); made.select(); };
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(made.value).then(() => { said.textContent = say("copied"); }, failed);
  });
  sync();
  document.getElementById("sh-form-nojs").hidden = true;
  const make = document.getElementById("sh-form-make");
  make.hidden = false;
  make.disabled = false;
}
