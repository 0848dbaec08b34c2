"use strict";
/* The report's only script: timeline details on hover and focus, and the copy-waiver button.
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
  document.querySelectorAll(".copy-waiver").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-target"));
      var text = source ? source.textContent : "";
      function done(ok) {
        button.classList.toggle("done", ok);
        button.textContent = ok ? "Copied" : "Copy failed";
        tell(ok ? "Waiver entry copied: paste it under 'waive:' in review.yaml and give a reason."
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
})();
