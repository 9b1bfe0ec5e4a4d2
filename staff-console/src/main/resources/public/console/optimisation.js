// Live progress of an optimisation run: server-sent events update the bar, the best score and the
// history table, and ECharts draws the table's numbers. Without JavaScript the page shows the same
// table as the server rendered it, with a refresh link.
(function () {
  "use strict";
  var live = document.getElementById("run-live");
  if (!live) {
    return;
  }
  var history = document.querySelector("#score-history tbody");
  var levels = live.dataset.chartLevels.split(",").map(Number);
  var names = live.dataset.chartNames.split("|");
  var chart = null;
  var chartBox = document.getElementById("score-chart");
  var formatter = new Intl.NumberFormat("en-GB");

  function rows() {
    return Array.prototype.map.call(history.querySelectorAll("tr"), function (tr) {
      return { second: Number(tr.dataset.second), levels: tr.dataset.levels.split(",").map(Number) };
    });
  }

  function draw() {
    if (!window.echarts || !chartBox) {
      return;
    }
    if (!chart) {
      chart = window.echarts.init(chartBox, null, { renderer: "svg" });
      window.addEventListener("resize", function () { chart.resize(); });
    }
    var data = rows();
    chart.setOption({
      animation: false,
      legend: { data: names },
      grid: { left: 60, right: 60, top: 40, bottom: 40 },
      xAxis: { type: "value", name: "Second", nameLocation: "middle", nameGap: 25, minInterval: 1 },
      yAxis: names.map(function (name, i) {
        return { type: "value", name: i === 0 ? name : "", position: i === 0 ? "left" : "right", scale: true };
      }),
      series: names.map(function (name, i) {
        return {
          name: name,
          type: "line",
          step: "end",
          yAxisIndex: i,
          data: data.map(function (r) { return [r.second, r.levels[levels[i]]]; })
        };
      })
    });
  }

  function cell(text, numeric) {
    var td = document.createElement("td");
    td.className = numeric ? "nhsuk-table__cell nhsuk-table__cell--numeric" : "nhsuk-table__cell";
    td.textContent = text;
    return td;
  }

  function show(update) {
    var bar = document.getElementById("run-progress-bar");
    bar.value = update.percent;
    bar.textContent = update.percent + "%";
    document.getElementById("run-progress-text").textContent =
      update.percent + "% (" + update.elapsedSeconds + " of " + update.limitSeconds + " seconds)";
    document.getElementById("run-state").textContent = update.stateLabel;
    update.best.forEach(function (value, i) {
      var td = document.querySelector('#best-levels td[data-level="' + i + '"]');
      if (td) {
        td.textContent = formatter.format(value);
      }
    });
    var none = document.getElementById("best-none");
    if (none && update.best.length) {
      none.remove();
    }
    update.points.forEach(function (p) {
      if (history.querySelector('tr[data-seq="' + p.seq + '"]')) {
        return;
      }
      var tr = document.createElement("tr");
      tr.className = "nhsuk-table__row";
      tr.dataset.seq = p.seq;
      tr.dataset.second = p.second;
      tr.dataset.levels = p.levels.join(",");
      tr.appendChild(cell(String(p.second), true));
      tr.appendChild(cell(p.step, false));
      tr.appendChild(cell(p.feasible ? "Yes" : "No", false));
      p.levels.forEach(function (v) { tr.appendChild(cell(formatter.format(v), true)); });
      history.appendChild(tr);
    });
    if (update.points.length) {
      draw();
    }
  }

  draw();
  if (live.dataset.live !== "true" || !window.EventSource) {
    return;
  }
  var last = history.querySelector("tr:last-child");
  var source = new EventSource(live.dataset.events + "?after=" + (last ? last.dataset.seq : 0));
  source.addEventListener("progress", function (event) {
    var update = JSON.parse(event.data);
    if (!update.live) {
      source.close();
      // The run has finished: load the page again for its result, explanation and publishing.
      window.location.reload();
      return;
    }
    show(update);
  });
})();
