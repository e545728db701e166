/* "Förhandsgranska" under Markdown fields in the admin: the server renders and sanitises. */
"use strict";
(function () {
  function csrfToken(element) {
    const form = element.closest("form");
    const input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  async function preview(button) {
    const field = button.closest(".markdown-field");
    const textarea = field.querySelector("textarea");
    const output = field.querySelector(".markdown-preview");
    const body = new URLSearchParams({ text: textarea.value });
    const response = await fetch(button.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(button) },
      body: body,
    });
    // The server returns HTML already cleaned by nh3 (ros_portal.markdown).
    output.innerHTML = response.ok ? await response.text() : "";
    output.hidden = false;
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest(".markdown-preview-button");
    if (button) {
      event.preventDefault();
      preview(button);
    }
  });
})();
