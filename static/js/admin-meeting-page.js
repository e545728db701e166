// The whole meeting on one page: members in office added before the first save, new rows
// numbered after the last, agenda numbers offered to decisions and action items, a warning
// before leaving unsaved changes, and Enter in an autocomplete picking what it shows.
"use strict";
(function () {
  const form = document.getElementById("meeting_form");

  // New agenda items and attendance rows get the next number -------------------------------
  function orderInputs(prefix) {
    return Array.from(document.querySelectorAll(`input[name^="${prefix}-"][name$="-order"]`))
      .filter((input) => !input.name.includes("__prefix__"));
  }

  function nextNumber(prefix, except) {
    const numbers = orderInputs(prefix)
      .filter((input) => input !== except)
      .map((input) => parseInt(input.value, 10) || 0);
    return Math.max(0, ...numbers) + 1;
  }

  document.addEventListener("formset:added", (event) => {
    const prefix = event.detail && event.detail.formsetName;
    const order = event.target.querySelector('input[name$="-order"]');
    if (order && (prefix === "agenda_items" || prefix === "attendances")) {
      order.value = nextNumber(prefix, order);
    }
    updateAgendaNumbers();
  });

  // Decisions, action items and attachments name their agenda item by number ------------------
  const agendaNumbers = document.getElementById("agenda-numbers");
  function updateAgendaNumbers() {
    if (!agendaNumbers) return;
    agendaNumbers.replaceChildren();
    orderInputs("agenda_items").forEach((order) => {
      const row = order.closest(".inline-related");
      const deleted = row && row.querySelector('input[name$="-DELETE"]:checked');
      const heading = row && row.querySelector('input[name$="-heading"]');
      if (deleted || !order.value) return;
      const option = document.createElement("option");
      option.value = order.value;
      option.label = `${order.value}. ${heading ? heading.value : ""}`;
      agendaNumbers.append(option);
    });
  }
  document.addEventListener("change", (event) => {
    if (event.target.closest && event.target.closest("#agenda_items-group")) updateAgendaNumbers();
  });
  updateAgendaNumbers();

  // Decisions and action items added from their agenda item's row, its number filled in -------
  const box = document.getElementById("members-in-office");

  function lastRow(prefix) {
    const rows = document.querySelectorAll(`#${prefix}-group .dynamic-${prefix}`);
    return rows[rows.length - 1];
  }

  function addTiedRow(itemRow, prefix) {
    const order = itemRow.querySelector('input[name$="-order"]');
    document.querySelector(`#${prefix}-group .add-row a`).click();
    const row = lastRow(prefix);
    row.querySelector('input[name$="-agenda_number"]').value = order ? order.value : "";
    row.querySelector('textarea[name$="-text"]').focus();
  }

  function addTieButtons(itemRow) {
    if (!box || itemRow.id.endsWith("-empty") || itemRow.querySelector(".tied-rows")) return;
    const tools = document.createElement("p");
    tools.className = "tied-rows";
    [
      ["decisions", box.dataset.addDecision],
      ["action_items", box.dataset.addAction],
    ].forEach(([prefix, label]) => {
      if (!document.querySelector(`#${prefix}-group .add-row a`)) return;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = label;
      button.addEventListener("click", () => addTiedRow(itemRow, prefix));
      tools.append(button, " ");
    });
    itemRow.append(tools);
  }
  document.querySelectorAll("#agenda_items-group .inline-related").forEach(addTieButtons);
  document.addEventListener("formset:added", (event) => {
    if (event.detail && event.detail.formsetName === "agenda_items") addTieButtons(event.target);
  });

  // A guest's row: choosing the role "gäst" marks the presence as guest too --------------------
  document.addEventListener("change", (event) => {
    const role = event.target;
    if (!role.name || !/^attendances-\d+-role$/.test(role.name) || role.value !== "guest") return;
    const presence = document.querySelector(`[name="${role.name.replace(/role$/, "presence")}"]`);
    const group = document.querySelector(`[name="${role.name.replace(/role$/, "group")}"]`);
    if (presence) presence.value = "guest";
    if (group && !group.value) group.value = "official";
  });

  // Members in office, added to the attendance table before the meeting is saved --------------
  const group = document.getElementById("attendances-group");
  if (box && group && window.django && window.fetch) {
    const heading = group.querySelector("h2");
    (heading || group.firstElementChild).after(box);
    box.hidden = false;
    const status = document.getElementById("members-in-office-status");
    document.getElementById("add-members-in-office").addEventListener("click", async () => {
      const date = document.getElementById("id_date");
      const officials = document.getElementById("members-in-office-officials").checked;
      const url = new URL(box.dataset.url, window.location.href);
      url.searchParams.set("datum", date ? date.value.trim() : "");
      if (officials) url.searchParams.set("tjanstepersoner", "1");
      const response = await fetch(url, { credentials: "same-origin" });
      const data = await response.json();
      if (!response.ok) {
        status.textContent = data.error || "";
        if (date) date.focus();
        return;
      }
      const present = new Set(
        Array.from(group.querySelectorAll('select[name$="-person"]')).map((s) => s.value)
      );
      let added = 0;
      data.people.forEach((person) => {
        if (present.has(String(person.person))) return;
        addAttendance(person);
        added += 1;
      });
      status.textContent = added ? `${added} ${box.dataset.added}` : box.dataset.none;
      markDirty();
    });
  }

  function addAttendance(person) {
    const rowsBefore = group.querySelectorAll("tr.dynamic-attendances").length;
    group.querySelector(".add-row a").click();
    const rows = group.querySelectorAll("tr.dynamic-attendances");
    if (rows.length === rowsBefore) return;
    const row = rows[rows.length - 1];
    const select = row.querySelector('select[name$="-person"]');
    select.append(new Option(person.name, person.person, true, true));
    window.django.jQuery(select).trigger("change");
    row.querySelector('select[name$="-group"]').value = person.group;
    row.querySelector('select[name$="-role"]').value = person.role;
  }

  // Unsaved changes are not left by accident -------------------------------------------------
  let dirty = false;
  function markDirty() {
    dirty = true;
  }
  if (form) {
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    form.addEventListener("submit", () => {
      dirty = false;
    });
    window.addEventListener("beforeunload", (event) => {
      if (dirty) event.preventDefault();
    });
  }

  // Enter in an autocomplete picks the person whose name was typed, not the previous result ---
  const $ = window.django && window.django.jQuery;
  if (!$) return;
  let lastTerm = null;
  let waiting = null;
  function termOf(settings) {
    try {
      return new URL(settings.url, window.location.href).searchParams.get("term");
    } catch (error) {
      return null;
    }
  }
  $(document).on("ajaxSend", (event, xhr, settings) => {
    if (termOf(settings) !== null) lastTerm = null;
  });
  $(document).on("ajaxComplete", (event, xhr, settings) => {
    const term = termOf(settings);
    if (term === null) return;
    lastTerm = term;
    if (waiting && waiting.value.trim() === term.trim()) {
      const field = waiting;
      waiting = null;
      window.setTimeout(() => $(field).trigger($.Event("keydown", { which: 13, keyCode: 13 })));
    }
  });
  document.addEventListener(
    "keydown",
    (event) => {
      const field = event.target;
      if (event.key !== "Enter" || !field.classList || !field.classList.contains("select2-search__field")) {
        return;
      }
      if (lastTerm === null || lastTerm.trim() !== field.value.trim()) {
        // The results on screen are for an earlier text: wait for the current ones.
        event.preventDefault();
        event.stopImmediatePropagation();
        waiting = field;
      }
    },
    true
  );
})();
