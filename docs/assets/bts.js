// Optional enhancement of the home page: filter the department table as you type.
// Without JavaScript the full table stays visible and usable.
(function () {
  function setup() {
    var box = document.querySelector(".bts-filter");
    var table = document.querySelector(".bts-departments table");
    if (!box || !table) return;
    box.hidden = false;
    var input = box.querySelector("input");
    var fold = function (s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    input.addEventListener("input", function () {
      var q = fold(input.value.trim());
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = q !== "" && fold(row.textContent).indexOf(q) === -1;
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
