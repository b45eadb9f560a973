"""Layout checks on a loaded page, for any writing direction (issue 19): what overlaps, what sticks
out of the viewport, where a row starts, and whether a right-to-left layout is the mirror image of
the left-to-right one. Each takes a Playwright page and returns what it found (empty when all is
well), so a test can assert on it and print it.

"Visible" here: rendered (checkVisibility), not inside `.sh-offscreen`, and what is left of the
element once every ancestor that clips (overflow other than visible: a scrolled sheet, a wide
table) has cut it. An inline element counts as its line fragments (getClientRects), so a link that
wraps is not the box around both of its lines."""
from __future__ import annotations

# In the page: rects(el) -> the visible parts of el, in viewport px; label(el) -> a short name.
_JS_COMMON = r"""
const clipOf = (el) => {
  let box = {left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity};
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.position === "fixed") break;
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const r = a.getBoundingClientRect();
    box = {left: Math.max(box.left, r.left), top: Math.max(box.top, r.top),
           right: Math.min(box.right, r.right), bottom: Math.min(box.bottom, r.bottom)};
  }
  return box;
};
const rects = (el) => {
  if (!el.checkVisibility({visibilityProperty: true}) || el.closest(".sh-offscreen")) return [];
  const clip = clipOf(el);
  return [...el.getClientRects()].map((r) => ({
    left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top),
    right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom),
  })).filter((r) => r.right - r.left > 1 && r.bottom - r.top > 1);
};
const label = (el) => {
  const words = (el.innerText || el.getAttribute("aria-label") || el.value || "").trim()
    .replace(/\s+/g, " ").slice(0, 40);
  return el.localName + (el.id ? "#" + el.id : "")
    + (el.classList.length ? "." + [...el.classList].join(".") : "") + (words ? ` "${words}"` : "");
};
const round = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 10) / 10]));
"""

# Headings, the header's controls, card titles and badges, the facts, every control: what a
# family reads or taps must never lie on top of another one.
READ_AND_TAP = ("a, button, summary, input, select, label, h1, h2, h3, .sh-badge, .sh-facts dt, "
                ".sh-facts dd, .sh-glance > div, .sh-now > *, .sh-card-facts li")


def overlaps(page, selector: str = READ_AND_TAP, within: str = "body",
             tolerance: float = 1.0) -> list[str]:
    """Pairs of visible elements matching selector inside `within` whose boxes intersect by more
    than tolerance px both ways; an element and one inside it are not a pair."""
    return page.evaluate(_JS_COMMON + r"""
    ([selector, within, tol]) => {
      const root = document.querySelector(within);
      const els = [...root.querySelectorAll(selector)].map((el) => [el, rects(el)])
        .filter(([, r]) => r.length);
      const hit = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > tol
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tol;
      const out = [];
      for (let i = 0; i < els.length; i++) {
        for (let j = i + 1; j < els.length; j++) {
          const [a, ra] = els[i], [b, rb] = els[j];
          if (a.contains(b) || b.contains(a)) continue;
          const pair = ra.flatMap((x) => rb.filter((y) => hit(x, y)).map((y) => [x, y]));
          if (pair.length) out.push(`${label(a)} ${JSON.stringify(round(pair[0][0]))} overlaps `
                                    + `${label(b)} ${JSON.stringify(round(pair[0][1]))}`);
        }
      }
      return out;
    }""", [selector, within, tolerance])


def horizontal_overflow(page) -> list[str]:
    """What makes the page wider than the viewport: the document's scroll width beyond innerWidth,
    and every visible element that sticks out on either side. In a right-to-left page what sticks
    out on the right cannot be scrolled to, so the scroll width alone would not show it."""
    return page.evaluate(_JS_COMMON + r"""
    () => {
      const width = innerWidth, out = [];
      const scroll = document.scrollingElement.scrollWidth;
      if (scroll > width) out.push(`the page scrolls sideways: scrollWidth ${scroll} > innerWidth ${width}`);
      for (const el of document.body.querySelectorAll("*")) {
        for (const r of rects(el)) {
          if (r.left < -1 || r.right > width + 1) {
            out.push(`${label(el)} spans x ${Math.round(r.left)}..${Math.round(r.right)} of 0..${width}`);
            break;
          }
        }
      }
      return out;
    }""")


def no_horizontal_scroll(page) -> bool:
    """document.scrollingElement.scrollWidth <= innerWidth, and nothing sticks out (see
    horizontal_overflow, which says what does)."""
    return not horizontal_overflow(page)


def inline_start_offset(page, selector: str) -> float:
    """How far the first visible element matching selector starts (its border box, after its own
    inline-start margin) from the inline-start edge of its parent's content box: the left edge
    in a left-to-right page, the right edge in a right-to-left one. 0 when it sits at the start."""
    return page.evaluate(_JS_COMMON + r"""
    (selector) => {
      const el = [...document.querySelectorAll(selector)].find((e) => rects(e).length);
      if (!el) throw new Error("nothing visible matches " + selector);
      const p = el.parentElement, s = getComputedStyle(p), r = el.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      if (getComputedStyle(el).direction === "rtl") {
        return box.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight) - r.right;
      }
      return r.left - (box.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft));
    }""", selector)


def first_row(page, selector: str) -> list[dict]:
    """The boxes ({left, right, top, bottom}) of the visible elements matching selector that share
    the first one's line (same top, within 2 px), in document order: a row of chips or cards."""
    return page.evaluate(_JS_COMMON + r"""
    (selector) => {
      const boxes = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1);
      return boxes.filter((r) => Math.abs(r.top - boxes[0].top) < 2)
        .map((r) => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom}));
    }""", selector)


def flows(row: list[dict], direction: str) -> bool:
    """True when the boxes of a row follow each other from the inline start: left to right for
    "ltr", right to left for "rtl"."""
    edges = [b["left"] for b in row] if direction == "ltr" else [-b["right"] for b in row]
    return all(a < b for a, b in zip(edges, edges[1:]))


def layout(page) -> list[dict]:
    """Every visible element in <body> that is not inline (blocks, flex and grid items, inline
    blocks, replaced elements...), in document order, with its border box and the inline edges of
    its content box (inside its borders and padding) in page px: what mirror_mismatches compares.
    Inline text runs are left out: bidi reorders them on their line."""
    return page.evaluate(_JS_COMMON + r"""
    () => [...document.body.querySelectorAll("*")].flatMap((el) => {
      const display = getComputedStyle(el).display;
      if (display === "inline" || display === "contents") return [];
      const r = el.getBoundingClientRect(), s = getComputedStyle(el);
      if (!rects(el).length) return [];
      const inset = (side) => parseFloat(s[`border${side}Width`]) + parseFloat(s[`padding${side}`]);
      return [{label: label(el), left: r.left + scrollX, right: r.right + scrollX,
               top: r.top + scrollY, bottom: r.bottom + scrollY,
               innerLeft: r.left + scrollX + inset("Left"), innerRight: r.right + scrollX - inset("Right")}];
    })""")


def mirror_mismatches(ltr: list[dict], rtl: list[dict], width: float,
                      tolerance: float = 1.5) -> list[str]:
    """Elements of a right-to-left layout that are not where the left-to-right one mirrored
    across the vertical axis puts them (same words in both, e.g. dir="rtl" set on an English page:
    a physical margin, padding, border, float or position left over shows up here)."""
    if [b["label"] for b in ltr] != [b["label"] for b in rtl]:
        return [f"the two layouts differ in what is shown: {len(ltr)} and {len(rtl)} boxes"]
    out = []
    for a, b in zip(ltr, rtl):
        want = (width - a["right"], width - a["left"], width - a["innerRight"], width - a["innerLeft"])
        got = (b["left"], b["right"], b["innerLeft"], b["innerRight"])
        if (any(abs(g - w) > tolerance for g, w in zip(got, want))
                or abs(b["top"] - a["top"]) > tolerance or abs(b["bottom"] - a["bottom"]) > tolerance):
            out.append(f"{b['label']}: x {got[0]:.1f}..{got[1]:.1f} (content {got[2]:.1f}..{got[3]:.1f}),"
                       f" y {b['top']:.1f}; mirrored: x {want[0]:.1f}..{want[1]:.1f} (content "
                       f"{want[2]:.1f}..{want[3]:.1f}), y {a['top']:.1f}")
    return out
