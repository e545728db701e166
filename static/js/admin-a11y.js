/* Accessible names the Django admin's autocomplete (select2) and tabular inlines leave out.
 * Re-applied whenever the admin re-renders a widget (select2, "add another" rows). */
"use strict";
(function () {
  function headerText(cell) {
    const name = Array.from(cell.classList).find((c) => c.startsWith("field-"));
    const table = cell.closest("table");
    if (!name || !table) return "";
    const th = table.querySelector("thead th.column-" + name.slice("field-".length));
    return th ? th.firstChild.textContent.trim() : "";
  }

  function deleteHeading(cell) {
    const table = cell.closest("table");
    const th = table && table.querySelector("thead tr th:last-child");
    return th ? th.textContent.trim().replace(/\?$/, "") : "";
  }

  function labelFor(control) {
    const label = control.id && document.querySelector('label[for="' + control.id + '"]');
    if (label) return label.textContent.replace(/:\s*$/, "").trim();
    const cell = control.closest("td");
    // The delete box's column heading is Django's "Delete?", in the admin's language.
    if (cell && cell.classList.contains("delete")) return deleteHeading(cell);
    return cell ? headerText(cell) : "";
  }

  function nameSelect2(container) {
    const select = container.previousElementSibling;
    if (!select || select.tagName !== "SELECT") return;
    const name = labelFor(select);
    if (!name) return;
    const combobox = container.querySelector(".select2-selection[role=combobox]");
    if (combobox && combobox.getAttribute("aria-label") !== name) {
      combobox.removeAttribute("aria-labelledby");
      combobox.setAttribute("aria-label", name);
    }
    const unnamed = ".select2-search__field:not([aria-label]), [role=textbox]:not([aria-label])";
    container.querySelectorAll(unnamed).forEach((input) => {
      input.setAttribute("aria-label", name);
    });
    // select2 puts its "clear all" cross straight into the list of choices.
    container.querySelectorAll("ul > .select2-selection__clear:not([role])").forEach((cross) => {
      cross.setAttribute("role", "listitem");
    });
  }

  function nameInlineFields() {
    const selector = "td[class*='field-'] :is(input, select, textarea), td.delete input";
    document.querySelectorAll(selector).forEach((control) => {
      if (control.type === "hidden" || control.getAttribute("aria-label")) return;
      if (control.id && document.querySelector('label[for="' + control.id + '"]')) return;
      const name = labelFor(control);
      if (name) control.setAttribute("aria-label", name);
    });
  }

  let pending = false;
  function fix() {
    pending = false;
    document.querySelectorAll(".select2-container.select2").forEach(nameSelect2);
    nameInlineFields();
  }
  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(fix);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    fix();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  });
})();
