// The review desk's only script: show a quote's PDF page beside the diff, and keyboard screening.
(function () {
  "use strict";
  var view = document.getElementById("pageview");
  if (view) {
    var img = document.getElementById("pageimg");
    var caption = document.getElementById("pagecaption");
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a.quote");
      if (!a) return;
      ev.preventDefault();
      document.querySelectorAll("a.quote.on").forEach(function (x) { x.classList.remove("on"); });
      a.classList.add("on");
      caption.textContent = a.getAttribute("data-caption") || "";
      img.src = a.getAttribute("href");
      view.hidden = false;
    });
    document.getElementById("pageclose").addEventListener("click", function () { view.hidden = true; });
  }
  var records = Array.prototype.slice.call(document.querySelectorAll("article.record"));
  if (!records.length) return;
  var current = 0;
  var fromHash = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (fromHash) current = Math.max(0, records.indexOf(fromHash));
  function select(i) {
    current = Math.max(0, Math.min(records.length - 1, i));
    records.forEach(function (r, j) { r.classList.toggle("current", j === current); });
    records[current].scrollIntoView({ block: "nearest" });
  }
  select(current);
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || /INPUT|TEXTAREA|SELECT/.test(ev.target.tagName)) return;
    if (ev.key === "j") select(current + 1);
    else if (ev.key === "k") select(current - 1);
    else if (ev.key === "i" || ev.key === "e" || ev.key === "m") {
      var b = records[current].querySelector('button[data-key="' + ev.key + '"]');
      if (b) b.click();
    } else return;
    ev.preventDefault();
  });
  records.forEach(function (r, j) { r.addEventListener("click", function () { select(j); }); });
})();
