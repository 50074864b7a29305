// Served as /__probe.js by the engines tier, in its own copy of the site,
// and loaded first in every page's <head> (same-origin, so the site's
// Content-Security-Policy allows it; no inline script). Classic WebDriver
// cannot read a browser's console, so the page records its own errors, and
// the fetches it makes, for the tests to read; it also keeps the app's
// module at hand (window.__wasm).
(() => {
  const errors = (window.__errors = []);
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  addEventListener("error", (event) => {
    errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
  });
  addEventListener("unhandledrejection", (event) => {
    errors.push(`unhandled rejection: ${text(event.reason)}`);
  });
  document.addEventListener("securitypolicyviolation", (event) => {
    errors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
  });
  const consoleError = console.error;
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(text).join(" ")}`);
    return consoleError.apply(console, args);
  };

  // The app's module, once instantiated, for the tests that make it trap
  // (WebDriver's scripts cannot import the app's glue in every engine).
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const instantiate = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const made = await instantiate.apply(this, args);
      window.__wasm = (made.instance ?? made).exports;
      return made;
    };
  }

  const fetches = (window.__fetches = []);
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const entry = { url: String(input?.url ?? input), done: false };
    fetches.push(entry);
    return fetch.call(this, input, init).finally(() => {
      entry.done = true;
    });
  };
})();
