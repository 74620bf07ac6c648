// Liaison's only script: uploads with a progress bar per file. Pages work without it.
"use strict";

function label(state) {
  const found = document.querySelector(`#state-labels [data-state="${state}"]`);
  return found ? found.textContent : state;
}

function jobRow(name) {
  const row = document.getElementById("job-template").content.firstElementChild.cloneNode(true);
  row.querySelector(".name").textContent = name;
  row.querySelector(".state").textContent = label("sending");
  document.getElementById("jobs").prepend(row);
  return row;
}

function showJob(row, job) {
  row.dataset.job = job.id;
  row.className = `job ${job.state}`;
  row.querySelector("progress").value = job.progress;
  row.querySelector(".state").textContent = label(job.state);
  // A stored file's outcome is a word (new, unchanged); a failed one's is its error line.
  row.querySelector(".outcome").textContent = job.state === "done" ? label(job.outcome) : job.outcome || "";
  if (job.document && !row.querySelector("a")) {
    const link = document.createElement("a");
    link.href = `/documents/${encodeURIComponent(job.document)}`;
    link.textContent = label("open");
    row.append(" ", link);
  }
}

function sendFile(form, file) {
  const row = jobRow(file.name);
  const data = new FormData();
  data.append("csrf", form.querySelector("input[name=csrf]").value);
  data.append("files", file, file.name);
  const request = new XMLHttpRequest();
  request.open("POST", "/upload");
  request.setRequestHeader("X-Requested-With", "fetch");
  request.upload.onprogress = (e) => {
    if (e.lengthComputable) row.querySelector("progress").value = Math.round((5 * e.loaded) / e.total);
  };
  request.onload = () => {
    if (request.status !== 200) {
      row.className = "job failed";
      row.querySelector(".state").textContent = label("failed");
      row.querySelector(".outcome").textContent = request.statusText;
      return;
    }
    const job = JSON.parse(request.responseText).jobs[0];
    showJob(row, job);
    poll();
  };
  request.send(data);
}

let polling = null;
function poll() {
  if (polling) return;
  polling = setInterval(async () => {
    const rows = [...document.querySelectorAll("#jobs li[data-job]")]
      .filter((r) => !r.classList.contains("done") && !r.classList.contains("failed"));
    if (!rows.length) { clearInterval(polling); polling = null; return; }
    const query = rows.map((r) => `id=${encodeURIComponent(r.dataset.job)}`).join("&");
    const answer = await fetch(`/uploads/status.json?${query}`, { credentials: "same-origin" });
    if (!answer.ok) return;
    const { jobs } = await answer.json();
    for (const job of jobs) {
      const row = document.querySelector(`#jobs li[data-job="${job.id}"]`);
      if (row) showJob(row, job);
    }
  }, 700);
}

function setUpUpload() {
  const form = document.getElementById("upload");
  if (!form) return;
  const input = document.getElementById("files");
  const sendAll = (files) => { for (const f of files) sendFile(form, f); };
  form.addEventListener("submit", (e) => { e.preventDefault(); sendAll(input.files); input.value = ""; });
  form.addEventListener("dragover", (e) => { e.preventDefault(); form.classList.add("over"); });
  form.addEventListener("dragleave", () => form.classList.remove("over"));
  form.addEventListener("drop", (e) => { e.preventDefault(); form.classList.remove("over"); sendAll(e.dataTransfer.files); });
  poll();
}

document.addEventListener("DOMContentLoaded", setUpUpload);
