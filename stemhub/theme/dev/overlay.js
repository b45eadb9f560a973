// The dev server's error overlay (stemhub/dev/overlay.py): focus on it while it is open, Close or
// Escape hides it and gives focus back.
(function () {
  var overlay = document.getElementById("sh-overlay");
  if (!overlay) return;
  var before = document.activeElement;
  function close() {
    overlay.hidden = true;
    if (before && before.focus) before.focus();
  }
  document.getElementById("sh-overlay-close").addEventListener("click", close);
  overlay.addEventListener("keydown", function (event) {
    if (event.key === "Escape") close();
  });
  overlay.focus();
})();
