// Worker of bench/checklist_bare.html: the same Pyodide boot as the checklist's worker, then 1+1.
self.onmessage = async (event) => {
  try {
    const { loadPyodide } = await import(new URL("pyodide.mjs", event.data.pyodide).href);
    const pyodide = await loadPyodide({ indexURL: event.data.pyodide, packages: [] });
    self.postMessage({ result: pyodide.runPython("1+1") });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
