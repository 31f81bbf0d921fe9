// Keyboard shortcuts for the review flow (no library; the page works without them).
//   Inbox:       j / k  move down / up the list, Enter or o  open the submission
//   Submission:  n  next open submission, a  accept for QA, r  mark reviewed,
//                l  relabel: go to the next label to check (then Enter on Confirm)
//   Anywhere:    ?  show or hide this list, g  back to the inbox
//   Relabel question (a confident prediction overruled): Enter confirms, Escape cancels
(function () {
  "use strict";
  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("table.inbox tr[data-href]")); }
  function moveRow(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.findIndex(function (r) { return r.classList.contains("kb-current"); });
    var next = Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step));
    if (at >= 0) all[at].classList.remove("kb-current");
    all[next].classList.add("kb-current");
    var link = all[next].querySelector("td.ref a");
    if (link) link.focus();
  }
  function openRow() {
    var row = document.querySelector("table.inbox tr.kb-current");
    if (row) { window.location.href = row.getAttribute("data-href"); return true; }
    return false;
  }
  function relabel() {
    var selects = Array.prototype.slice.call(document.querySelectorAll("tr.to-check select[name=label]"));
    if (!selects.length) selects = Array.prototype.slice.call(document.querySelectorAll("form.relabel select[name=label]"));
    if (!selects.length) return;
    var at = selects.indexOf(document.activeElement);
    var target = selects[(at + 1) % selects.length];
    target.scrollIntoView({ block: "center" });
    target.focus();
  }
  function toggleHelp() {
    var help = document.getElementById("keys-help");
    if (help) help.hidden = !help.hidden;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && click(".confirm-relabel button[name=cancel]")) {
      event.preventDefault();
      return;
    }
    if (typing(event.target)) {
      if (event.key === "Escape" && event.target.blur) event.target.blur();
      return;
    }
    var done = true;
    switch (event.key) {
      case "j": moveRow(1); break;
      case "k": moveRow(-1); break;
      case "o": done = openRow(); break;
      case "Enter": done = !document.activeElement || document.activeElement === document.body ? openRow() : false; break;
      case "n": done = click("#next-submission"); break;
      case "a": done = click("#review-accepted"); break;
      case "r": done = click("#review-reviewed"); break;
      case "l": relabel(); break;
      case "g": window.location.href = "/"; break;
      case "?": toggleHelp(); break;
      default: done = false;
    }
    if (done) event.preventDefault();
  });
})();
