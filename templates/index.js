"use strict";
/* Sorting the case table by a column: click a header; again to reverse. Keys come from data-key. */
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
})();
