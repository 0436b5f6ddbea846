// Drag-and-drop on top of the plain form: a file dropped on the form goes into its file field.
// Without this script the form works the same (choose the file, then « Déposer »).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-drop-zone]").forEach(function (form) {
    var input = form.querySelector("input[type=file]");
    if (!input) { return; }
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (event) { event.preventDefault(); form.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("dragging"); });
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        input.focus();
      }
    });
  });
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
});
