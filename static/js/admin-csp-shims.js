// Event handlers that third-party admin templates write as inline on*= attributes, which the
// Content-Security-Policy (no 'unsafe-inline') blocks; our copies of those templates drop the
// attributes and the handlers are bound here instead (templates/admin/import_export/export.html).
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.select-toggle").forEach((toggle) => {
    if (typeof window.onSelectToggleChange === "function") {
      toggle.addEventListener("change", window.onSelectToggleChange);
    }
  });
});
