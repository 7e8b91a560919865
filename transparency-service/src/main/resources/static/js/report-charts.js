// Draws the report page's charts with ECharts (served from its webjar) from the data-chart attribute.
(function () {
  var holder = document.getElementById('charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.dataset.chart);
  var countries = Object.keys(data.countries);
  echarts.init(document.getElementById('chart-countries')).setOption({
    title: {text: 'Demands per country (exact, suppressed totals left out)'},
    tooltip: {},
    xAxis: {type: 'category', data: countries},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', data: countries.map(function (c) { return data.countries[c]; })}]
  });
  echarts.init(document.getElementById('chart-outcomes')).setOption({
    title: {text: 'Outcome of all exactly counted demands'},
    tooltip: {},
    series: [{type: 'pie', radius: '60%', data: Object.keys(data.outcomes).map(function (name) {
      return {name: name, value: data.outcomes[name]};
    })}]
  });
  document.body.dataset.chartsDrawn = 'true';
})();
