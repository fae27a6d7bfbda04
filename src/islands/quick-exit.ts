/**
 * The quick-exit island: the button, and Escape pressed twice, replace this page
 * with a neutral one. `location.replace` leaves no entry for Back to return to;
 * the page is hidden first so nothing lingers on screen while the next one loads.
 */
import { quickExitGesture } from '../lib/quick-exit';

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit-link]');
if (link) {
  const leave = (event?: Event) => {
    event?.preventDefault();
    document.body.hidden = true;
    document.title = '';
    location.replace(link.href);
  };
  const pressed = quickExitGesture();
  link.addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (pressed(event.key, event.timeStamp)) leave(event);
  });
}
