// Markdown preview for the annual report form: a button under each Markdown field POSTs the
// text to the server, which renders it (placeholders filled in, sanitised) and returns HTML.
(function () {
  "use strict";
  var form = document.getElementById("report-form");
  if (!form) { return; }
  var url = form.getAttribute("data-preview-url");
  var year = form.getAttribute("data-year");
  var label = form.getAttribute("data-preview-label");
  var failed = form.getAttribute("data-preview-error");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

  form.querySelectorAll("textarea[data-markdown-preview]").forEach(function (area, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-secondary mt-1";
    button.textContent = label;
    var output = document.createElement("div");
    output.className = "border rounded p-2 mt-2 d-none";
    output.id = "preview-" + index;
    output.setAttribute("aria-live", "polite");
    button.setAttribute("aria-controls", output.id);
    area.insertAdjacentElement("afterend", output);
    area.insertAdjacentElement("afterend", button);
    button.addEventListener("click", function () {
      var body = new URLSearchParams();
      body.append("text", area.value);
      body.append("year", year);
      fetch(url, {
        method: "POST",
        headers: { "X-CSRFToken": token, "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin"
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      }).then(function (html) {
        // The server returns sanitised HTML (nh3) with escaped values.
        output.innerHTML = html;
        output.classList.remove("d-none");
      }).catch(function () {
        output.textContent = failed;
        output.classList.remove("d-none");
      });
    });
  });
})();
