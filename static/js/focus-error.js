// After a refused form the page comes back with its errors: move the keyboard and screen-reader
// focus to them (WCAG 3.3.1), to the error summary if the page has one, else to the first
// invalid field. Templates mark the summary data-error-summary tabindex="-1"; Django marks
// invalid fields aria-invalid="true".
(function () {
  "use strict";
  var target = document.querySelector("[data-error-summary]");
  if (!target) {
    target = Array.prototype.find.call(
      document.querySelectorAll('[aria-invalid="true"]'),
      function (field) { return !field.disabled && field.type !== "hidden"; }
    );
  }
  if (!target) { return; }
  // A field inside a closed <details> cannot take the focus.
  for (var box = target.closest("details"); box; box = box.parentElement.closest("details")) {
    box.open = true;
  }
  target.focus();
  // A page that opens at an anchor (#punkt-12) moves the focus there once it has loaded:
  // the error comes first.
  window.addEventListener("load", function () {
    window.setTimeout(function () {
      if (document.activeElement !== target) { target.focus(); }
    }, 0);
  });
})();
