// What today's date changes on a page, decided in the browser, at the time the page is read
// (the build decides the same from its own date, so a page built before the end of a session
// still says « session passée » afterwards, even if the site is not rebuilt).
//
// - Every element with data-bts-past-after="YYYY-MM-DD" and data-bts-timezone="Europe/Paris" (the academy's zone)
//   is shown — its hidden attribute removed — once that day is over in that zone, and marked data-bts-past="true".
//   The day is the build's (one rule, in Python): for the « Session passée » box and the « — session passée » flags
//   after links, the session's last day (generator/site/words.py: session_end, 31 August of its year: the exam
//   session over, not only its registration); for the calendar's « — dates passées » and the checklist's
//   .bts-dates-over, the notice's last date (words.dates_over). A box saying the guide has no newer session
//   (data-bts-no-newer) hides the line saying the notice may have been replaced (.bts-stale).
// - The « Inscriptions closes » box (data-bts-closed-at or data-bts-closed-after, data-bts-open-until) is shown from
//   the closing of registration (its minute, or the day after when the notice gives no hour) to the session's last
//   day (data-bts-open-until, words.session_end), when « Session passée » takes over, then hidden. It names the
//   session's next date while one remains, from its dates after the closing (data-bts-until).
// - What changes for good at the closing of registration (data-bts-closing="before" or "after", data-bts-closing-after,
//   data-bts-closing-at, data-bts-timezone; notice_view.ClosingSwitch): from the same moment as the box above (the
//   closing's minute, or the day after), the « before » elements hidden and the « after » ones shown, the session over
//   included (a contradiction's advice to act before the closing, and its advice once closed: read56 L6; the
//   checklist's marker .bts-registration-closed, which checklist.js reads).
// - Any other date's words to hide once it is over (data-bts-over-at: the instant, with its offset, from which it is
//   over; checklist/page.py over_at, the rule of the switch above for any date): hidden from that instant (the
//   checklist's phone bar as built, its next date other than the closing, before checklist.js writes the bar). Any
//   date's words to show from an instant (data-bts-from-at), until its data-bts-over-at if it has one: shown in that
//   time only (the bar as built: its count and next date's words after each of its dates, checklist/page.py
//   summary_later, so that a hidden past date is replaced and the count says « demandées » in its time).
// - A timeline (.bts-timeline, data-bts-timezone, data-bts-today="Aujourd’hui : {date}") gets
//   today's place among its dates (items with data-bts-date="YYYY-MM-DD").
// All of it again at the start of each minute while the page stays open (everyMinute), and when it is shown again
// (« visibilitychange », or « pageshow » from the browser's back-forward cache).
// Loaded on every page (mkdocs.yml, extra_javascript). No storage, no request.
(function () {
  "use strict";

  // The moment the page is read: the device's, or, in a preview as of another day (mkdocs serve with BTS_GUIDE_TODAY:
  // the meta bts-preview-today, never in a build), 11:00 UTC that day: that day in every French zone, UTC-10 to UTC+12 (the
  // device's time of day could make it the next or the day before there: review53 L10).
  function clock() {
    var meta = document.querySelector('meta[name="bts-preview-today"]');
    var day = meta && DAY.test(meta.content) ? meta.content : null;
    return day ? new Date(day + "T11:00:00Z") : new Date();
  }

  window.btsClock = clock;  // (checklist.js reads the same moment)

  // Now in a time zone, as "YYYY-MM-DDTHH:MM" (its first ten characters: today's date); the browser's own zone if
  // it does not know it.
  function now(zone) {
    var options = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    var format;
    try {
      format = new Intl.DateTimeFormat("en-CA", zone ? Object.assign({ timeZone: zone }, options) : options);
    } catch (error) {
      format = new Intl.DateTimeFormat("en-CA", options);
    }
    var parts = {};
    format.formatToParts(clock()).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + "-" + parts.month + "-" + parts.day + "T" + parts.hour + ":" + parts.minute;
  }

  // Today's date (YYYY-MM-DD) in a time zone.
  function today(zone) {
    return now(zone).slice(0, 10);
  }

  var DAY = /^\d{4}-\d{2}-\d{2}$/;
  var MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

  function pastSessions() {
    document.querySelectorAll("[data-bts-past-after]").forEach(function (element) {
      var last = element.getAttribute("data-bts-past-after");
      if (DAY.test(last) && today(element.getAttribute("data-bts-timezone")) > last) {
        element.hidden = false;
        element.setAttribute("data-bts-past", "true");
        // the box says the guide has no newer session: the line saying the notice may have been replaced
        // (_status.md.j2, .bts-stale) would say it a second time
        if (element.hasAttribute("data-bts-no-newer")) {
          document.querySelectorAll(".bts-stale").forEach(function (line) { line.hidden = true; });
        }
      }
    });
  }

  // « Aujourd'hui : lundi 30 novembre 2026 », before the first date that is not over yet.
  function todayOnTimelines() {
    document.querySelectorAll(".bts-timeline[data-bts-today]").forEach(function (timeline) {
      var zone = timeline.getAttribute("data-bts-timezone");
      var list = timeline.querySelector("ol");
      if (!list) return;
      var day = today(zone);
      // (again at each minute, everyMinute: kept while it is that day; a page left open past midnight moves it to the
      // new day, which it said the day before: review70)
      var shown = list.querySelector(".bts-timeline-now");
      if (shown && shown.getAttribute("data-bts-date") === day) return;
      if (shown) shown.remove();
      var words;
      try {
        // « vendredi 1er décembre 2023 », as the build writes dates (generator/site/dates.py: day): « 1er », and the
        // day, its month and its year joined by no-break spaces (a review, read50 L9: the only date of the page with a
        // plain one; dates71 joined the year too, review71 L1)
        var parts = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone })
          .formatToParts(clock());
        words = parts
          .map(function (part, i) {
            if (part.type === "day") return part.value === "1" ? "1er" : part.value;
            if (part.type === "literal" && i > 0 && (parts[i - 1].type === "day" || parts[i - 1].type === "month") && /^\s+$/.test(part.value)) return "\u00a0";
            return part.value;
          })
          .join("");
      } catch (error) {
        words = day;
      }
      var item = document.createElement("li");
      item.className = "bts-timeline-item bts-timeline-now";
      item.setAttribute("data-bts-date", day);
      item.textContent = timeline.getAttribute("data-bts-today").replace("{date}", words);
      var next = Array.prototype.find.call(list.children, function (other) {
        var date = other.getAttribute("data-bts-date");
        return DAY.test(date) && date >= day;
      });
      list.insertBefore(item, next || null);
    });
  }

  // « Inscriptions closes »: from the closing to the session's last day (data-bts-open-until, the end of the exam
  // session), when the « session passée » box takes over; hidden outside. The closing: its minute (data-bts-closed-at, « 2023-11-15T17:00 »)
  // when the notice gives its hour, else the day after its date (data-bts-closed-after).
  function closedRegistrations() {
    document.querySelectorAll("[data-bts-closed-after]").forEach(function (element) {
      var closed = element.getAttribute("data-bts-closed-after");
      var at = element.getAttribute("data-bts-closed-at");
      var until = element.getAttribute("data-bts-open-until");
      if (!DAY.test(closed) || !DAY.test(until)) return;
      var moment = now(element.getAttribute("data-bts-timezone"));
      var day = moment.slice(0, 10);
      var closedNow = at && MINUTE.test(at) ? moment >= at : day > closed;
      element.hidden = !(closedNow && day <= until);
      nextDates(element, moment);
    });
  }

  // The box's next date (phone50 L2: it said other dates remained, not which): of its dates after the closing
  // (data-bts-until, their last minute in the academy's zone), the first not over at ``moment``, with any other of
  // the same moment; none left (the last one's hour passed on the last day): not said.
  function nextDates(box, moment) {
    var lines = box.querySelectorAll("[data-bts-until]");
    var next = null;
    lines.forEach(function (line) {
      var until = line.getAttribute("data-bts-until");
      if (MINUTE.test(until) && until >= moment && (next === null || until < next)) next = until;
    });
    lines.forEach(function (line) { line.hidden = line.getAttribute("data-bts-until") !== next; });
    var block = box.querySelector(".bts-closed-next");
    if (block) block.hidden = next === null;
  }

  // Before and after the closing of registration, for good (data-bts-closing): see the top of this file. Any switched
  // (a page left open across the closing: everyMinute), the event « bts-closing-switched » on the document, from which
  // checklist.js says the list's contradiction advice of the moment.
  // Whether the closing a switch (data-bts-closing) names is over now: from its minute (data-bts-closing-at), else
  // after its day (data-bts-closing-after); null for a switch without a day (left as the build wrote it).
  function closingOver(element) {
    var closed = element.getAttribute("data-bts-closing-after");
    var at = element.getAttribute("data-bts-closing-at");
    if (!DAY.test(closed)) return null;
    var moment = now(element.getAttribute("data-bts-timezone"));
    return at && MINUTE.test(at) ? moment >= at : moment.slice(0, 10) > closed;
  }

  function closingSwitches() {
    var switched = false;
    document.querySelectorAll("[data-bts-closing]").forEach(function (element) {
      var closedNow = closingOver(element);
      if (closedNow === null) return;
      var hidden = (element.getAttribute("data-bts-closing") === "after") !== closedNow;
      if (element.hidden !== hidden) switched = true;
      element.hidden = hidden;
    });
    if (switched && typeof document.dispatchEvent === "function" && typeof Event === "function") {
      document.dispatchEvent(new Event("bts-closing-switched"));
    }
  }

  // Whether the instant of an element's attribute (with its offset) is reached; null: no instant there.
  function reached(element, attribute) {
    var at = Date.parse(element.getAttribute(attribute));
    return isNaN(at) ? null : clock().getTime() >= at;
  }

  // Hidden from its instant (data-bts-over-at), for good; whether one is left to hide: see the top of this file.
  function overAt(element) {
    return reached(element, "data-bts-over-at");
  }

  // Shown from its instant (data-bts-from-at) until its data-bts-over-at, if any: hidden before and after.
  function fromAt(element) {
    return reached(element, "data-bts-from-at");
  }

  function pastMoments() {
    document.querySelectorAll("[data-bts-over-at]").forEach(function (element) {
      if (overAt(element)) element.hidden = true;
    });
    document.querySelectorAll("[data-bts-from-at]").forEach(function (element) {
      var from = fromAt(element);
      if (from !== null) element.hidden = !from || overAt(element) === true;
    });
  }

  function run() {
    closingSwitches();
    pastMoments();
    closedRegistrations();
    pastSessions();
    todayOnTimelines();
  }

  // A page left open: what changes at a minute (the closing of registration, its box's next date, a session's last
  // day) changes at that minute, without a reload (fixtext56 left it: the advice switched only when the page was
  // reloaded). Again at the start of each minute, the data's unit, and at once when the page is shown again (a hidden
  // tab's timers are slowed). Not in a preview as of another day: its clock stands still.
  function everyMinute() {
    if (typeof setTimeout !== "function" || document.querySelector('meta[name="bts-preview-today"]')) return;
    var timer = null;
    function next() {
      clearTimeout(timer);
      timer = null;
      if (!pending()) return;  // (nothing left to change on this page: no timer left running, review70)
      timer = setTimeout(function () {
        run();
        next();
      }, 60000 - (Date.now() % 60000) + 20);
    }
    next();
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState !== "visible") return;
      run();
      next();
    });
    // (a page the browser shows again from its back-forward cache, its timers frozen meanwhile: lines76)
    if (typeof window.addEventListener !== "function") return;
    window.addEventListener("pageshow", function (event) {
      if (!event.persisted) return;
      run();
      next();
    });
  }

  // Something of the page may still change: a timeline (its « Aujourd'hui »), a « session passée » not shown yet, a
  // switch before its closing, a date's words before their instant, an « Inscriptions closes » box before the end of its last day (its next dates). None
  // (a page without them, or every one of them for good): the minute's timer stops.
  function pending() {
    if (document.querySelector(".bts-timeline[data-bts-today], [data-bts-past-after]:not([data-bts-past])")) return true;
    var left = false;
    document.querySelectorAll("[data-bts-closing]").forEach(function (element) {
      if (closingOver(element) === false) left = true;
    });
    document.querySelectorAll("[data-bts-over-at]").forEach(function (element) {
      if (overAt(element) === false) left = true;
    });
    document.querySelectorAll("[data-bts-from-at]").forEach(function (element) {
      if (fromAt(element) === false) left = true;
    });
    document.querySelectorAll("[data-bts-closed-after]").forEach(function (element) {
      var until = element.getAttribute("data-bts-open-until");
      if (DAY.test(until) && today(element.getAttribute("data-bts-timezone")) <= until) left = true;
    });
    return left;
  }

  // A notice page printed from the browser says on each sheet, in its bottom margin, which version it is, as its PDF
  // does (print61 M2): « Page imprimée le <today> — » (the words of data-bts-printed, the day written here, in the
  // reader's zone, as the printed checklist's day) before its hidden line (notice.md.j2, #bts-page-version: the day the
  // content was checked on the notice, the page's address), as the page's --bts-version, a CSS string that print.css
  // prints (@page, its bottom-left box). Through the CSS object model (the Content-Security-Policy allows no style
  // attribute); again before printing, a page left open overnight printing the day it is printed.
  function pageVersion() {
    var line = document.querySelector("#bts-page-version");
    if (!line) return;
    var words = line.textContent.replace(/\s+/g, " ").trim();
    var printed = line.getAttribute("data-bts-printed");
    if (printed && printed.indexOf("{date}") >= 0) {
      var day = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(clock());
      words = printed.replace("{date}", day) + " \u2014 " + words;
    }
    document.documentElement.style.setProperty("--bts-version", '"' + words.replace(/["\\]/g, "\\$&") + '"');
  }

  if (typeof window.addEventListener === "function") window.addEventListener("beforeprint", pageVersion);

  // A page of an academy's session printed from the browser says on each sheet after the first whose it is (printhead67
  // for the personalised list, print68 for the notice page and its page for the establishments: a loose sheet named
  // neither the academy nor the session): the page's title, in its words (« Académie de Toulouse — BTS session 2024 »,
  // the notice's PDF's running header; « Votre liste personnalisée — académie de Toulouse, session 2024 »), as the
  // page's --bts-running-head, a CSS string that print.css prints in the top margin (@page, its top-left box; Chromium
  // has no string-set to take it from the heading). A session's page: its hidden version line (#bts-page-version) or
  // the checklist's data. Through the CSS object model (the Content-Security-Policy allows no style attribute); a CSS
  // string by construction: its spaces one space, its quotes and backslashes escaped. (Without JavaScript, the same title
  // and the version line without its day: the build writes them on <html>, generator/site/print_margins.py, print.css.)
  function runningHead() {
    if (!document.querySelector("#bts-page-version, #bts-checklist-data")) return;
    var title = document.querySelector(".md-content h1");
    if (!title) return;
    var words = title.textContent.replace(/\s+/g, " ").trim();
    if (words) document.documentElement.style.setProperty("--bts-running-head", cssString(words));
  }

  // Words as a quoted CSS string (for a property's value: content).
  function cssString(words) {
    return '"' + String(words).replace(/["\\]/g, "\\$&").replace(/[\n\r\f]/g, " ") + '"';
  }

  function start() {
    pageVersion();
    runningHead();
    run();
    everyMinute();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
