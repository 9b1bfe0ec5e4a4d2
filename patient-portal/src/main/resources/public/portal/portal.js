// Progressive enhancement only: every page works without this script.
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// The hold countdown on the confirm page. The page already says until when the time is held;
// this shows the minutes left and says so when the hold has run out.
const hold = document.querySelector('[data-hold-expires]');
if (hold) {
  const expires = Number(hold.getAttribute('data-hold-expires'));
  const clock = hold.querySelector('[data-countdown]');
  const expired = hold.querySelector('[data-expired]');
  const tick = () => {
    const left = Math.max(0, expires - Date.now());
    const minutes = Math.floor(left / 60000);
    const seconds = Math.floor((left % 60000) / 1000);
    clock.textContent = minutes + ':' + String(seconds).padStart(2, '0');
    if (left === 0) {
      if (expired) {
        expired.hidden = false;
      }
      clearInterval(timer);
    }
  };
  clock.parentElement.hidden = false;
  const timer = setInterval(tick, 1000);
  tick();
}
