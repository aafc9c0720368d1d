// « Session passée », decided in the browser from today's date, so that a site not rebuilt
// since does not show a past session as open. Shared by the notice pages and the checklist.
//
// Contract (any page): an element carrying
//   data-bts-session-end="YYYY-MM-DD"   the session's last date (closing or last deadline),
//   data-bts-timezone="Europe/Paris"    the academy's time zone (the day is counted there);
// when today, in that zone, is after that date, this script sets data-bts-past="true" on it
// and shows its descendants marked data-bts-past-only (written hidden when the build did not
// already find the session past), and hides those marked data-bts-open-only. It then sends a
// « bts:past » event from the element. The build decides the same on its own day
// (generator/site/words.py: is_past): this only ever turns an open session into a past one.
(() => {
  function today(zone) {
    try {
      const parts = new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
      const part = (type) => parts.find((p) => p.type === type).value;
      return `${part("year")}-${part("month")}-${part("day")}`;
    } catch {
      const now = new Date();
      return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
    }
  }
  function mark(element) {
    const end = element.dataset.btsSessionEnd;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(end || "") || today(element.dataset.btsTimezone || "Europe/Paris") <= end) return;
    element.dataset.btsPast = "true";
    for (const item of element.querySelectorAll("[data-bts-past-only]")) item.hidden = false;
    for (const item of element.querySelectorAll("[data-bts-open-only]")) item.hidden = true;
    element.dispatchEvent(new CustomEvent("bts:past", { bubbles: true }));
  }
  function run() {
    for (const element of document.querySelectorAll("[data-bts-session-end]")) mark(element);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
