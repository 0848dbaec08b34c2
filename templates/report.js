"use strict";
/* The report's only script: timeline details on hover and focus, the copy buttons (waiver and
   review status), the findings' filters, and folded sections opened for printing.
   It only ever reads text from the page and writes it with textContent. */
(function () {
  var detail = document.getElementById("tl-detail");
  function show(item) {
    if (!detail) { return; }
    detail.querySelector(".tl-title").textContent = item.getAttribute("data-title");
    detail.querySelector(".tl-text").textContent = item.getAttribute("data-detail");
    detail.querySelector(".tl-source").textContent = "Source: " + item.getAttribute("data-source");
  }
  document.querySelectorAll(".tl-item").forEach(function (item) {
    item.addEventListener("mouseenter", function () { show(item); });
    item.addEventListener("focus", function () { show(item); });
  });
  var toast = document.getElementById("toast");
  function tell(text) {
    toast.textContent = text;
    toast.classList.add("show");
    window.setTimeout(function () { toast.classList.remove("show"); }, 2500);
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.querySelectorAll(".copy-waiver, .copy-status").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-target"));
      var text = source ? source.textContent : "";
      function done(ok) {
        button.classList.toggle("done", ok);
        button.textContent = ok ? "Copied" : "Copy failed";
        tell(ok ? (button.getAttribute("data-told") ||
                   "Waiver entry copied: paste it under 'waive:' in review.yaml and give a reason.")
                : "Could not copy: select the text shown below the finding.");
        if (!ok && source) { source.hidden = false; }
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { done(true); },
          function () { done(fallbackCopy(text)); });
      } else {
        done(fallbackCopy(text));
      }
    });
  });

  /* Filters: a finding shows when its severity and its status are ticked and, if a document is
     chosen, it concerns that document. Groups left empty hide with it; the verdict never does.
     A group of controls, not a <form>: the report holds no form (tests/report/test_html_safety). */
  var form = document.getElementById("finding-filters");
  var status = document.getElementById("filter-status");
  var none = document.getElementById("filter-none");
  var cards = Array.prototype.slice.call(document.querySelectorAll("#findings article.finding"));
  function ticked(name) {
    var on = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) {
      if (box.checked) { on[box.value] = true; }
    });
    return on;
  }
  function apply() {
    var severities = ticked("severity");
    var statuses = ticked("status");
    var document_ = chosen.value;
    var shown = 0;
    cards.forEach(function (card) {
      var keys = (card.getAttribute("data-documents") || "").split(" ");
      var show = severities[card.getAttribute("data-severity")] === true &&
        statuses[card.getAttribute("data-status")] === true &&
        (document_ === "" || keys.indexOf(document_) >= 0);
      card.hidden = !show;
      if (show) { shown += 1; }
    });
    document.querySelectorAll("#findings .doc-group, #findings .sev-group").forEach(function (group) {
      group.hidden = group.querySelector("article.finding:not([hidden])") === null;
    });
    var total = cards.length;
    var filtered = shown !== total;
    status.textContent = filtered ? "Filtered: showing " + shown + " of " + total + " findings." : "";
    status.classList.toggle("filtered", filtered);
    none.hidden = shown !== 0;
  }
  function showAll() {
    form.querySelectorAll("input[type='checkbox']").forEach(function (box) { box.checked = true; });
    chosen.value = "";
    apply();
  }
  var chosen = form ? form.querySelector("select[name='document']") : null;
  if (form) {
    form.hidden = false;
    form.addEventListener("change", apply);
    form.querySelector(".filter-reset").addEventListener("click", showAll);
    /* A link to a finding the filters hide (the verdict's reasons) shows every finding first. */
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
      if (!link) { return; }
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target && target.closest("#findings [hidden]")) { showAll(); }
    });
    apply();
  }

  /* Printing opens every folded section, and closes again the ones that were closed. */
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      reopened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });
})();
