// The emulator UI's only script: reveal, copy, confirm, auto-submit and a live request log.
// Every page works without it except Reveal and Copy; it never builds HTML from data (textContent only).
"use strict";

function scopeQuery(clientId) {
  return "?" + new URLSearchParams({ clientId: clientId }).toString();
}

async function reveal(button) {
  const clientId = button.dataset.reveal;
  const target = document.querySelector(`[data-secret-for="${CSS.escape(clientId)}"]`);
  if (!target) return;
  if (button.dataset.revealed === "true") {
    target.textContent = "••••••••";
    button.textContent = "Reveal";
    button.dataset.revealed = "false";
    return;
  }
  const response = await fetch("/_emulator/environments/credentials" + scopeQuery(clientId), {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  if (!response.ok) {
    target.textContent = `(could not reveal: ${response.status})`;
    return;
  }
  const body = await response.json();
  target.textContent = body.apiKey;
  button.textContent = "Hide";
  button.dataset.revealed = "true";
  const copy = document.querySelector(`[data-copy-from="${CSS.escape(clientId)}"]`);
  if (copy) copy.hidden = false;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    flashLabel(button, "Copied");
  } catch (err) {
    // Clipboard access can be refused (permissions, an embedding page): select the text instead.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    flashLabel(button, done ? "Copied" : "Copy failed");
  }
}

function flashLabel(button, label) {
  const before = button.dataset.label || button.textContent;
  button.dataset.label = before;
  button.textContent = label;
  setTimeout(() => { button.textContent = before; }, 1200);
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.dataset.reveal !== undefined) {
    reveal(button);
  } else if (button.dataset.copy !== undefined) {
    copy(button.dataset.copy, button);
  } else if (button.dataset.copyFrom !== undefined) {
    const value = document.querySelector(`[data-secret-for="${CSS.escape(button.dataset.copyFrom)}"]`);
    if (value) copy(value.textContent, button);
  }
});

document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

document.addEventListener("change", (event) => {
  if (event.target.matches("select[data-autosubmit]")) event.target.form.submit();
});

// The request log refreshes its rows (rendered and escaped by the server) while "Live" is ticked.
function startLiveLog() {
  const body = document.querySelector("tbody[data-live-source]");
  const toggle = document.getElementById("live");
  if (!body || !toggle) return;
  let busy = false;
  setInterval(async () => {
    if (!toggle.checked || busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(body.dataset.liveSource, { credentials: "same-origin" });
      if (response.ok) {
        const rows = new DOMParser().parseFromString(
          `<table><tbody>${await response.text()}</tbody></table>`, "text/html"
        ).querySelector("tbody");
        body.replaceChildren(...rows.children);
      }
    } finally {
      busy = false;
    }
  }, 2000);
}

document.addEventListener("DOMContentLoaded", startLiveLog);
