// Progressive enhancement only: every page works without JavaScript.

// The sign-in letter's print button: without scripts the browser's own Print does the same.
for (const button of document.querySelectorAll('.console-print')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
