// Draws each figure's chart with Apache ECharts from the numbers of its own table (the JSON in the
// chart box's data-chart attribute). Progressive enhancement: without JavaScript, or before this runs,
// the tables are the figures and the chart boxes stay hidden.
(function () {
  "use strict";

  // NHS identity colours, in an order that keeps neighbouring series apart.
  var COLOURS = ["#005eb8", "#ffb81c", "#330072", "#007f3b", "#d5281b", "#41b6e6",
    "#ae2573", "#768692", "#00a499", "#ed8b00", "#003087"];

  function formatter(percent) {
    return function (v) {
      if (v === null || v === undefined) {
        return "–";
      }
      return percent ? (Math.round(v * 1000) / 10) + "%" : String(Math.round(v * 10) / 10);
    };
  }

  function pie(data) {
    return {
      series: [{
        type: "pie",
        radius: "60%",
        data: data.categories.map(function (name, i) {
          return { name: name, value: data.series[0].data[i] };
        })
      }],
      tooltip: { trigger: "item" },
      legend: { type: "scroll", bottom: 0 }
    };
  }

  function axes(data) {
    var format = formatter(data.percent);
    var series = data.series.map(function (s, i) {
      var one = { type: data.kind, name: s.name, data: s.data };
      if (i === 0 && data.standard !== null && data.standard !== undefined) {
        one.markLine = {
          symbol: "none",
          silent: true,
          lineStyle: { color: "#d5281b", type: "dashed" },
          label: { position: "insideEndTop", formatter: "Standard " + format(data.standard) },
          data: [{ yAxis: data.standard }]
        };
      }
      return one;
    });
    return {
      tooltip: { trigger: "axis", valueFormatter: format },
      legend: { type: "scroll", top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.categories, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", axisLabel: { formatter: format } },
      series: series
    };
  }

  function draw(box) {
    var data = JSON.parse(box.getAttribute("data-chart"));
    box.hidden = false;
    var chart = window.echarts.init(box, null, { renderer: "canvas" });
    var option = data.kind === "pie" ? pie(data) : axes(data);
    option.animation = false;
    option.color = COLOURS;
    chart.setOption(option);
    window.addEventListener("resize", function () {
      chart.resize();
    });
  }

  if (window.echarts) {
    document.querySelectorAll(".console-chart[data-chart]").forEach(draw);
  }
})();
