// A page holding personal data must not come back from the browser's back-forward cache, which
// keeps whole pages in memory and can show one after signing out even though it was sent with
// Cache-Control: no-store. Restored from that cache, the page asks the server again instead, and
// the server sends whoever is no longer signed in to the login.
window.addEventListener("pageshow", function (event) {
  if (event.persisted) {
    window.location.reload();
  }
});
