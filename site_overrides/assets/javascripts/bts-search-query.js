// The search's query for the R 408 attestation (phone59 M2). The notices write « R408 », « R 408 » and « R. 408 »;
// the index splits all three the same way, into « r » and « 408 » (mkdocs.yml's search separator). The theme
// (MkDocs Material 9.8.2) asks its search worker for every word of a query by its start (« R 408 » → r* 408*): « r* »
// is any word beginning with « r » (« retenir », « réponses »…), whose sections came before the R 408 ones. Loaded
// before the theme's bundle, this script rewrites the query the theme sends to its worker (the box keeps what was
// typed): an « R » or « R. » before a number becomes « +R », Lunr's syntax for the whole word « r », required; the
// number is still found by its start (« R 4 » while typing). tests/site/test_search_browser.py
// Punctuation before the R or a star after it (« (R408) », « R* 408 ») is dropped there (review79 L4), and so is Lunr's
// syntax typed around it, a minus (a word left out: « -R 408 », « R -408 »), a tilde or a point and a star
// (« R.* 408 »), or a hyphen between them (« R-408 ») (fixcand60 left them).
// An hour (« 17 h 00 », « 17h00 », « 17 h ») is asked as the whole words « 17 » and « h », required (the minutes by
// their start): as « h* » it was any word beginning with « h », « handicap » first (review79 L4).
// The words that link a name's parts typed between other words (« puy de dome », « puy de dôme ») are left out: as « de* »
// they were any word beginning with « de », the « DEC 4-1 » office's titles first (Nantes before Clermont-Ferrand); a
// query of such words alone is sent as typed.
// Where a RegExp has no lookbehind (Safari before 16.4, iOS 15), the separator's « (?<=…) » part stopped the worker at
// its setup, the search never answering (review79): the setup's separator is sent there without it. test_search_words
// Accents: the theme's index keeps them (« dome » did not find « Dôme », review79 L4) and its worker runs no folding;
// the setup gives each page or section a field of its own, FOLDED, holding its words with accents written without
// them (« dome », « academie »), searched as the text is (its boost) and never shown; its title's, FOLDED_TITLE, searched
// as the title is (review83: « epreuve » gave two forms' pages before the sections titled « Épreuve facultative… »).
// The worker marks in its results the positions its index recorded in the field that matched: for a word found through
// FOLDED, never shown, nothing shown was marked (« dome », while « dôme » marks « Dôme »; fixcand60 left it). Its results
// (RESULT) reach the theme with the accented words of their titles and texts marked whose form without accents begins
// with a word of the query without accents, outside the tags and the marks already there.
(() => {
  const SETUP = 0; // the theme's SearchMessageType.SETUP ({ config, docs, options })
  const QUERY = 2; // the theme's SearchMessageType.QUERY (its search worker's messages: { type, data })
  const RESULT = 3; // the theme's SearchMessageType.RESULT ({ items: [[document, its sections…], …] }, each with « terms »)
  const R_NUMBER = /(^|\s)[-~(\[«“"'’]*[Rr][.*~-]*\s*-?(?=\d)/g;
  const HOUR = /(^|\s)(\d{1,2})\s*[Hh]\s*(?=\d|\s|$)/g;
  const FOLDED = "folded";
  const FOLDED_TITLE = "folded_title";
  const LINKING = /(^|\s)(?:de|du|des|d|l|la|le|les|et|en|au|aux|à)(?=\s|$)/gi;
  const linked = (query) => query.replace(LINKING, "$1").replace(/\s+/g, " ").trim() || query;
  const fold = (word) => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/æ/g, "ae")
    .replace(/Œ/g, "OE").replace(/Æ/g, "AE").toLowerCase();
  // the words of a page or section that have an accent (French's letters: Latin-1's and « œ », « æ »), without it, once
  // each (none: no field)
  const folded = (text) => {
    const words = new Set();
    for (const word of (text || "").match(/[A-Za-z]*[À-ÖØ-öø-ÿŒœÆæ][A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]*/g) || []) {
      words.add(fold(word));
    }
    return words.size ? [...words].join(" ") : undefined;
  };
  const ACCENTED = /[A-Za-z]*[À-ÖØ-öø-ÿŒœÆæ][A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]*/g;
  // an HTML string of the worker's (a title, a text), the accented words a term without accents begins marked
  const marked = (html, terms) => {
    let inside = 0;
    return html.split(/(<[^>]*>)/).map((part) => {
      if (part.startsWith("<")) {
        if (/^<mark[\s>]/i.test(part)) inside += 1;
        else if (/^<\/mark>/i.test(part)) inside -= 1;
        return part;
      }
      return inside > 0 ? part : part.replace(ACCENTED, (word) => (terms.some((term) => folding(word).startsWith(term)) ? `<mark>${word}</mark>` : word));
    }).join("");
  };
  // (each word folded once: a result's text holds the same words many times, and the results many texts)
  const foldedWords = new Map();
  const folding = (word) => {
    if (!foldedWords.has(word)) foldedWords.set(word, fold(word));
    return foldedWords.get(word);
  };
  // whether a document's accented words, folded at the setup (FOLDED, FOLDED_TITLE: kept here by location, the
  // worker's results holding only the fields it shows), hold one a term begins
  const foldedAt = new Map();
  const holds = (words, terms) => typeof words === "string" && words.split(" ").some((word) => terms.some((term) => word.startsWith(term)));
  const withMarks = (doc) => {
    // (the query's words as the worker parsed them, those without accents: an accented one the worker marks itself)
    const terms = Object.keys((doc && doc.terms) || {}).filter((term) => term.length > 1 && fold(term) === term);
    if (!terms.length) return doc;
    const out = { ...doc };
    const [title, text] = foldedAt.get(doc.location) || [];
    if (typeof out.title === "string" && holds(title, terms)) out.title = marked(out.title, terms);
    if (typeof out.text === "string" && holds(text, terms)) out.text = marked(out.text, terms);
    return out;
  };
  const results = (data) => data && data.type === RESULT && data.data && Array.isArray(data.data.items)
    ? { ...data, data: { ...data.data, items: data.data.items.map((group) => (Array.isArray(group) ? group.map(withMarks) : group)) } }
    : data;
  // (the theme listens to its worker with addEventListener, rxjs fromEvent: each listener given the results marked)
  const listen = Worker.prototype.addEventListener;
  const unlisten = Worker.prototype.removeEventListener;
  const wrapped = new WeakMap();
  Worker.prototype.addEventListener = function (type, listener, ...rest) {
    if (type === "message" && typeof listener === "function") {
      if (!wrapped.has(listener)) {
        wrapped.set(listener, function (event) {
          const data = results(event.data);
          return listener.call(this, data === event.data ? event : new MessageEvent("message", { data }));
        });
      }
      return listen.call(this, type, wrapped.get(listener), ...rest);
    }
    return listen.call(this, type, listener, ...rest);
  };
  Worker.prototype.removeEventListener = function (type, listener, ...rest) {
    return unlisten.call(this, type, (type === "message" && wrapped.get(listener)) || listener, ...rest);
  };
  // (a string: a literal would stop the script there)
  const lookbehind = (() => {
    try {
      return new RegExp("(?<=a)b").test("ab");
    } catch (error) {
      return false;
    }
  })();
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      message = { ...message, data: linked(message.data).replace(R_NUMBER, "$1+R ").replace(HOUR, "$1+$2 +h ") };
    }
    const config = message && message.type === SETUP && message.data && message.data.config;
    if (config && config.fields && !config.fields[FOLDED] && Array.isArray(message.data.docs)) {
      const boost = (field) => (config.fields[field] && config.fields[field].boost) || 1;
      const fields = { ...config.fields, [FOLDED]: { boost: boost("text") }, [FOLDED_TITLE]: { boost: boost("title") } };
      const docs = message.data.docs.map((doc) => ({ ...doc, [FOLDED]: folded(doc.text), [FOLDED_TITLE]: folded(doc.title) }));
      foldedAt.clear();
      for (const doc of docs) foldedAt.set(doc.location, [doc[FOLDED_TITLE], doc[FOLDED]]);
      message = { ...message, data: { ...message.data, docs, config: { ...config, fields } } };
    }
    if (!lookbehind && config && typeof config.separator === "string") {
      const separator = config.separator.split("|").filter((part) => !part.includes("(?<")).join("|");
      message = { ...message, data: { ...message.data, config: { ...message.data.config, separator } } };
    }
    return post.call(this, message, ...rest);
  };
})();
