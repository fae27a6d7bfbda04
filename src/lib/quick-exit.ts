/**
 * Where the quick-exit button sends the reader: a neutral page (a weather
 * search) on a common site, following the GOV.UK "Exit this page" pattern.
 * It is the only outbound link on the page, and it is followed only on a click.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=cuaca+brunei';
