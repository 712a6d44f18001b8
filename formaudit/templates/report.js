/* formaudit report filters. Progressive enhancement: without this script every finding is visible and
   the filter panel stays hidden. The script reads only attributes formaudit wrote itself (severity,
   category ids, anchors), never text that came from an audited page, and never writes HTML. */
(function () {
  "use strict";
  var panel = document.getElementById("filters");
  var form = document.getElementById("filter-form");
  if (!panel || !form || !document.querySelectorAll) {
    return;
  }
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-target]"));
  var status = document.getElementById("filter-status");

  function checkedSeverities() {
    var boxes = form.querySelectorAll('input[name="severity"]');
    var chosen = [];
    for (var i = 0; i < boxes.length; i += 1) {
      if (boxes[i].checked) {
        chosen.push(boxes[i].value);
      }
    }
    return chosen;
  }

  function inScope(where, target, formKey) {
    return !where || where === target || where === formKey;
  }

  function apply() {
    var severities = checkedSeverities();
    var category = form.elements.category.value;
    var where = form.elements.where.value;
    var showWaived = form.elements.waived.checked;
    var shown = 0;
    cards.forEach(function (card) {
      var categories = " " + (card.getAttribute("data-categories") || "") + " ";
      var visible =
        severities.indexOf(card.getAttribute("data-severity")) !== -1 &&
        (!category || categories.indexOf(" " + category + " ") !== -1) &&
        inScope(where, card.getAttribute("data-target"), card.getAttribute("data-form")) &&
        (showWaived || card.getAttribute("data-waived") !== "true");
      card.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    sections.forEach(function (section) {
      var target = section.getAttribute("data-target");
      section.hidden = Boolean(where) && where !== target && where.indexOf(target + "--") !== 0;
      var empty = section.querySelector(".none-match");
      if (empty) {
        empty.hidden = section.querySelector("[data-finding]:not([hidden])") !== null ||
          section.querySelector("[data-finding]") === null;
      }
    });
    status.textContent = "Showing " + shown + " of " + cards.length + " findings.";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  panel.hidden = false;
  apply();

  // Printing is for auditors: every collapsed section opens, then closes again afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });
})();
