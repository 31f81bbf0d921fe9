// The notice after an action is a corner toast: it moves to another corner of the window
// when it would cover a button, a link or a field there (such as "Queue reply"), and
// again as the page scrolls. No library; without it the toast stays bottom right.
(function () {
  "use strict";
  var SPOTS = [[], ["notice-top"], ["notice-left"], ["notice-top", "notice-left"]];
  var CONTROLS = "button, a[href], input:not([type=hidden]), select, textarea, summary";
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function controlRects() {
    var height = window.innerHeight;
    return Array.prototype.slice.call(document.querySelectorAll(CONTROLS))
      .filter(function (el) { return !el.closest("#notice") && el.getClientRects().length; })
      .map(function (el) { return el.getBoundingClientRect(); })
      .filter(function (r) { return r.width > 0 && r.bottom > 0 && r.top < height; });
  }
  function setSpot(box, spot) {
    box.classList.remove("notice-top", "notice-left");
    spot.forEach(function (name) { box.classList.add(name); });
  }
  function place() {
    var box = document.getElementById("notice");
    if (!box || !box.firstElementChild) return;
    if (getComputedStyle(box.firstElementChild).visibility === "hidden") return;
    var rects = controlRects();
    var best = SPOTS[0];
    var fewest = Infinity;
    for (var i = 0; i < SPOTS.length; i++) {
      setSpot(box, SPOTS[i]);
      var own = box.getBoundingClientRect();
      var hits = rects.filter(function (r) { return overlaps(own, r); }).length;
      if (hits === 0) return;
      if (hits < fewest) { fewest = hits; best = SPOTS[i]; }
    }
    setSpot(box, best);
  }
  var queued = false;
  function soon() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () { queued = false; place(); });
  }
  document.addEventListener("DOMContentLoaded", soon);
  document.addEventListener("htmx:afterSettle", soon);
  window.addEventListener("scroll", soon, { passive: true });
  window.addEventListener("resize", soon);
})();
