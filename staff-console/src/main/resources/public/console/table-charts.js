// Draws a grouped bar chart of a table's numbers with ECharts into each element that names the
// table (data-chart-table): rows are the categories, numeric columns the series. The table stays on
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
    var series = Array.prototype.slice.call(table.querySelectorAll("thead th"), 1).map(function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.map.call(table.querySelectorAll("tbody tr"), function (tr) {
      return {
        name: tr.querySelector("th").textContent.trim(),
        values: Array.prototype.map.call(tr.querySelectorAll("td"), function (td) {
          var text = td.textContent.trim();
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
