// The GOV.UK error-summary pattern: when a form comes back with problems, focus moves to the
// summary at the top, each link there puts the cursor in its field, and a closed disclosure
// (<details>) holding a field with a problem is opened so the problem can be seen.
document.addEventListener("DOMContentLoaded", function () {
  function openAround(element) {
    for (var d = element.closest("details"); d; d = d.parentElement.closest("details")) {
      d.open = true;
    }
  }
  document.querySelectorAll(".field-error").forEach(function (error) {
    if (error.textContent.trim()) {
      openAround(error);
    }
  });
  var summary = document.getElementById("error-summary");
  if (!summary) {
    return;
  }
  summary.querySelectorAll("a[href^='#']").forEach(function (link) {
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!field) {
      return;
    }
    openAround(field);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      field.scrollIntoView({ block: "center" });
      field.focus();
    });
  });
  summary.focus();
});
