// The search's query for the R 408 attestation (phone59 M2). The notices write « R408 », « R 408 » and « R. 408 »;
// the index splits all three the same way, into « r » and « 408 » (mkdocs.yml's search separator). The theme
// (MkDocs Material 9.8.2) asks its search worker for every word of a query by its start (« R 408 » → r* 408*): « r* »
// is any word beginning with « r » (« retenir », « réponses »…), whose sections came before the R 408 ones. Loaded
// before the theme's bundle, this script rewrites the query the theme sends to its worker (the box keeps what was
// typed): an « R » or « R. » before a number becomes « +R », Lunr's syntax for the whole word « r », required; the
// number is still found by its start (« R 4 » while typing). tests/site/test_search_browser.py
// Where a RegExp has no lookbehind (Safari before 16.4, iOS 15), the separator's « (?<=…) » part stopped the worker at
// its setup, the search never answering (review79): the setup's separator is sent there without it. test_search_words
(() => {
  const SETUP = 0; // the theme's SearchMessageType.SETUP ({ config, docs, options })
  const QUERY = 2; // the theme's SearchMessageType.QUERY (its search worker's messages: { type, data })
  const R_NUMBER = /(^|\s)[Rr]\.?\s*(?=\d)/g;
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
      message = { ...message, data: message.data.replace(R_NUMBER, "$1+R ") };
    }
    const config = message && message.type === SETUP && message.data && message.data.config;
    if (!lookbehind && config && typeof config.separator === "string") {
      const separator = config.separator.split("|").filter((part) => !part.includes("(?<")).join("|");
      message = { ...message, data: { ...message.data, config: { ...config, separator } } };
    }
    return post.call(this, message, ...rest);
  };
})();
