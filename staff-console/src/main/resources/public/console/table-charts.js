// Draws a grouped bar chart of a table's numbers with ECharts into each element that names the
// table (data-chart-table): rows are the categories, numeric columns (or those marked data-series) the series. The table stays on
// the page as the chart's accessible numbers; without JavaScript only the table shows.
(function () {
  "use strict";
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll("[data-chart-table]").forEach(function (box) {
    var table = document.getElementById(box.dataset.chartTable);
    if (!table) {
      return;
    }
    // Columns whose header says data-series are charted; without any, every numeric column is.
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead th"), 1);
    var marked = heads.some(function (th) { return th.hasAttribute("data-series"); });
    var picked = [];
    heads.forEach(function (th, i) {
      if (!marked || th.hasAttribute("data-series")) {
        picked.push(i);
      }
    });
    var series = picked.map(function (i) {
      return heads[i].textContent.trim();
    });
    var rows = Array.prototype.map.call(table.querySelectorAll("tbody tr"), function (tr) {
      var cells = tr.querySelectorAll("td");
      return {
        name: tr.querySelector("th").textContent.trim(),
        values: picked.map(function (i) {
          var text = cells[i] ? cells[i].textContent.trim() : "";
          return text === "" ? null : Number(text.replace(/,/g, ""));
        })
      };
    });
    var chart = window.echarts.init(box, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      legend: { data: series },
      grid: { left: 16, right: 16, top: 40, bottom: 16, containLabel: true },
      xAxis: { type: "value" },
      yAxis: { type: "category", inverse: true, data: rows.map(function (r) { return r.name; }),
               axisLabel: { width: 160, overflow: "break" } },
      series: series.map(function (name, i) {
        return { name: name, type: "bar", data: rows.map(function (r) { return r.values[i]; }) };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
