"use strict";
/* The batch dashboard: sort the case table by a column (click a header; again to reverse; keys
   come from data-key) and filter its rows by text, verdict and review state. It only reads the
   page and sets `hidden` and textContent. */
(function () {
  var table = document.getElementById("cases");
  if (!table) { return; }
  var headers = table.querySelectorAll("thead th");
  headers.forEach(function (th, column) {
    th.querySelector("button").addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "number";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-key");
        var y = b.cells[column].getAttribute("data-key");
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    });
  });

  var filters = document.getElementById("case-filters");
  if (!filters) { return; }
  filters.hidden = false;
  var text = filters.querySelector("input[name=text]");
  var verdict = filters.querySelector("select[name=verdict]");
  var review = filters.querySelector("select[name=review]");
  var status = document.getElementById("case-filter-status");
  var none = document.getElementById("case-none");
  function reviewMatches(row, wanted) {
    if (wanted === "open") { return row.getAttribute("data-reviewed") === "open"; }
    if (wanted === "stale") { return Number(row.getAttribute("data-stale")) > 0; }
    if (wanted === "signed") { return row.getAttribute("data-signoff") === "valid"; }
    if (wanted === "void") { return row.getAttribute("data-signoff") === "void"; }
    return true;
  }
  function apply() {
    var words = text.value.trim().toLowerCase();
    var shown = 0;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var ok = (!verdict.value || row.getAttribute("data-verdict") === verdict.value) &&
        reviewMatches(row, review.value) &&
        (!words || row.textContent.toLowerCase().indexOf(words) !== -1);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    }
    status.textContent = shown === rows.length ? "" : shown + " of " + rows.length + " cases shown";
    none.hidden = shown !== 0;
  }
  text.addEventListener("input", apply);
  verdict.addEventListener("change", apply);
  review.addEventListener("change", apply);
})();
