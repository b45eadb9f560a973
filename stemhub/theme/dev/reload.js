// The dev server's live reload (stemhub/dev/serve.py): the page reloads when the server says
// so on its websocket (a save was previewed or rebuilt); when the server is gone, it tries again
// each second.
(function connect() {
  var socket = new WebSocket("ws://" + location.host + "/_dev/reload");
  socket.onmessage = function () { location.reload(); };
  socket.onclose = function () { setTimeout(connect, 1000); };
})();
