/* A partner's or a region's programs from this directory, shown on another site (docs/embeds.md):
   <a class="stemhub-embed" href="PAGE">...</a><script src="ROOT/static/embed.js" data-partner="SLUG" async></script>
   It reads its own data- attributes, fetches one JSON file from beside itself (no cookies, no
   referrer), and puts a list before the link, built with createElement and textContent. It has
   no styles of its own: the list takes the host page's font and colours. */
(function () {
  "use strict";
  var me = document.currentScript;
  var slug = me && (me.getAttribute("data-partner") || me.getAttribute("data-region") || "");
  var lang = me && (me.getAttribute("data-lang") || "");
  if (!me || !me.parentNode || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ||
      (lang && !/^[a-z]{2}(-[a-z]{2})?$/.test(lang))) {
    return;
  }
  var kind = me.hasAttribute("data-partner") ? "partners/" : "regions/";
  var root = new URL("../", me.src);
  var link = me.previousElementSibling;
  var at = link && link.tagName === "A" && link.classList.contains("stemhub-embed") ? link : me;

  function own(object, key) {
    var value = object && typeof object === "object" && Object.hasOwn(object, key) ? object[key] : "";
    return typeof value === "string" ? value : "";
  }

  function address(url) {  // a web page (never javascript: or data:), else the directory's home
    var found = new URL(url, root);
    return found.protocol === "https:" || found.protocol === "http:" ? found.href : root.href;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    made.className = className;
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function program(p) {
    var item = element("li", "stemhub-embed-program");
    var title = element("a", "stemhub-embed-title", own(p, "title"));
    title.href = address(own(p, "url"));
    item.appendChild(title);
    var text = p && Object.hasOwn(p, "text") ? p.text : null;
    var facts = ["status", "grades", "cost", "deadline"].map(function (key) { return own(text, key); })
      .filter(Boolean).join(" · ");
    if (facts) {
      item.appendChild(document.createTextNode(" "));
      item.appendChild(element("span", "stemhub-embed-facts", facts));
    }
    return item;
  }

  function show(feed) {
    var list = element("ul", "stemhub-embed-list");
    var programs = Object.hasOwn(feed, "programs") && Array.isArray(feed.programs) ? feed.programs : [];
    list.lang = own(feed, "lang");
    programs.forEach(function (p) { list.appendChild(program(p)); });
    if (!programs.length) {
      list.appendChild(element("li", "stemhub-embed-none", own(feed, "none")));
    }
    at.parentNode.insertBefore(list, at);
    if (at === me) {
      var more = element("a", "stemhub-embed", own(feed, "more"));
      more.href = address(own(feed, "url"));
      at.parentNode.insertBefore(more, at);
    }
  }

  fetch(new URL((lang ? lang + "/" : "") + "embed/" + kind + slug + ".json", root),
        {credentials: "omit", referrerPolicy: "no-referrer"})
    .then(function (response) {
      if (!response.ok) {
        throw new Error("stemhub embed: " + response.status);
      }
      return response.json();
    })
    .then(show)
    .catch(function () { /* the link to the directory stays */ });
}());
