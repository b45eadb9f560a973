// The dev server's badges (stemhub/dev/overlay.py): a record the published site does not have yet
// is marked "Draft" or "Scheduled for <day>" beside every link to its page and on the page
// itself, so that no one takes it for live. The paths and words are looked up in a Map.
(function () {
  var data = document.getElementById("sh-dev-badges");
  if (!data) return;
  var marks = new Map(JSON.parse(data.textContent));
  function badge(text) {
    var mark = document.createElement("span");
    mark.className = "sh-dev-badge";
    mark.textContent = text;
    return mark;
  }
  document.querySelectorAll("a[href]").forEach(function (link) {
    var path = new URL(link.href, location.href).pathname;
    if (marks.has(path)) link.after(badge(marks.get(path)));
  });
  var title = document.querySelector("h1");
  if (title && marks.has(location.pathname)) title.append(" ", badge(marks.get(location.pathname)));
})();
