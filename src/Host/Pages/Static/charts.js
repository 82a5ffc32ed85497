/*
 * Draws every chart on a page from the table beside it, so a chart can never show a figure its table does not.
 * A chart element names its kind and its table: <div class="chart" data-chart="bars-target" data-table="verwijzingen">.
 * The table's first cell of each body row names the row; value cells carry the invariant number in data-value, a cell
 * without one (empty, "-", or a hidden count such as "< 5") is drawn as no bar with its own text as the label.
 * Drawn are the value columns that directly follow the row names, up to the first text column (a header of class
 * "text"); in "bars-target" and "trend" the second of them is the target, drawn as a dashed line.
 * ECharts is served from this host (no CDN); tooltips render on the canvas (richText) because HTML tooltips need
 * inline styles, which the pages' Content-Security-Policy refuses.
 */
(function () {
    'use strict';

    if (typeof window.echarts === 'undefined') {
        return;
    }

    var dutch = (document.documentElement.lang || 'nl').toLowerCase().indexOf('en') !== 0;
    var numbers = new Intl.NumberFormat(dutch ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
    var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Contrast of at least 3:1 against white for every series (WCAG 1.4.11); decals tell them apart without colour.
    var palette = ['#1f5fa8', '#b34700', '#2e7d32', '#6a3d9a', '#8c564b', '#c2185b', '#00695c'];
    var words = dutch
        ? { chart: 'Grafiek', table: 'De cijfers staan in de tabel', bars: 'staafdiagram', line: 'lijndiagram', pyramid: 'piramide' }
        : { chart: 'Chart', table: 'The figures are in the table', bars: 'bar chart', line: 'line chart', pyramid: 'pyramid' };

    function format(value) {
        return typeof value === 'number' && isFinite(value) ? numbers.format(value) : '';
    }

    function text(cell) {
        return (cell.textContent || '').replace(/\s+/g, ' ').trim();
    }

    function valueOf(cell) {
        var raw = cell.getAttribute('data-value');
        if (raw === null || raw === '') {
            return null;
        }
        var value = Number(raw);
        return isFinite(value) ? value : null;
    }

    /** The table as names, headers and columns of { value, shown } points. */
    function read(table) {
        var headerRow = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : table.rows[0];
        var headers = Array.prototype.map.call(headerRow.cells, function (th) {
            var kind = th.getAttribute('data-kind') || (th.classList.contains('text') ? 'text' : th.classList.contains('number') ? 'number' : null);
            return { name: text(th), kind: kind };
        });
        var bodyRows = Array.prototype.slice.call(table.tBodies.length ? table.tBodies[0].rows : table.rows, table.tBodies.length ? 0 : 1);
        var names = bodyRows.map(function (row) { return text(row.cells[0]); });
        var columns = headers.map(function (header, c) {
            var points = bodyRows.map(function (row) {
                var cell = row.cells[c];
                return cell ? { value: valueOf(cell), shown: text(cell), numeric: cell.hasAttribute('data-value') } : { value: null, shown: '', numeric: false };
            });
            return { name: header.name, kind: header.kind, points: points };
        });
        return { names: names, columns: columns };
    }

    function isValueColumn(column) {
        if (column.kind) {
            return column.kind !== 'text';
        }
        return column.points.some(function (p) { return p.numeric || p.value !== null; });
    }

    /** The value columns right after the row names, up to the first text column. */
    function drawnColumns(data) {
        var drawn = [];
        for (var c = 1; c < data.columns.length && isValueColumn(data.columns[c]); c++) {
            drawn.push(data.columns[c]);
        }
        return drawn;
    }

    /** A point as ECharts data: a missing value draws nothing; a hidden count draws no bar but its own text. */
    function point(p, asBar) {
        if (p.value !== null) {
            return { value: p.value, shown: p.shown };
        }
        if (asBar && p.shown) {
            return { value: 0, shown: p.shown, hidden: true, label: { show: true, position: 'top', formatter: p.shown } };
        }
        return { value: '-', shown: p.shown };
    }

    function tooltip() {
        return {
            trigger: 'axis',
            renderMode: 'richText',
            formatter: function (items) {
                var list = Array.isArray(items) ? items : [items];
                var lines = [list.length ? list[0].name : ''];
                list.forEach(function (item) {
                    var d = item.data || {};
                    lines.push(item.seriesName + ': ' + (d.hidden || d.value === '-' ? (d.shown || '–') : format(d.value)));
                });
                return lines.join('\n');
            }
        };
    }

    function categoryAxis(names) {
        return {
            type: 'category',
            data: names,
            axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, width: 140, overflow: 'truncate', color: '#333333' }
        };
    }

    function valueAxis() {
        // An axis from zero, so a chart of no values yet still shows where they will stand.
        return { type: 'value', min: 0, minInterval: 1, axisLabel: { formatter: format, color: '#333333' } };
    }

    function barsOrLines(kind, data, columns) {
        var asLines = kind === 'trend';
        var series = columns.map(function (column, i) {
            var isTarget = (kind === 'bars-target' || kind === 'trend') && i === 1;
            if (isTarget) {
                return {
                    name: column.name,
                    type: 'line',
                    step: kind === 'bars-target' ? 'middle' : false,
                    symbol: 'rect',
                    symbolSize: kind === 'bars-target' ? [28, 3] : 6,
                    lineStyle: { type: 'dashed', width: 2 },
                    connectNulls: false,
                    data: column.points.map(function (p) { return point(p, false); })
                };
            }
            return asLines
                ? { name: column.name, type: 'line', symbolSize: 7, connectNulls: false, data: column.points.map(function (p) { return point(p, false); }) }
                : { name: column.name, type: 'bar', barMaxWidth: 48, data: column.points.map(function (p) { return point(p, true); }) };
        });
        return {
            legend: { top: 0, textStyle: { color: '#333333' } },
            grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
            tooltip: tooltip(),
            xAxis: categoryAxis(data.names),
            yAxis: valueAxis(),
            series: series
        };
    }

    /** Level 1 at the base: the rows come level 1 first, a pyramid is drawn from the top. */
    function pyramid(data, columns) {
        var column = columns[0];
        var items = data.names.map(function (name, i) {
            var p = column.points[i];
            return { name: name, value: p.value === null ? 0 : p.value, shown: p.value === null ? p.shown : format(p.value) };
        }).reverse();
        var largest = Math.max.apply(null, items.map(function (item) { return item.value; }).concat([1]));
        return {
            tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (item) { return item.name + ': ' + item.data.shown; } },
            series: [{
                name: column.name,
                type: 'funnel',
                sort: 'none',
                // Widths against the largest level (at least one), so levels of nobody are slivers, not full bars.
                min: 0,
                max: largest,
                left: '5%',
                width: '65%',
                minSize: '8%',
                gap: 2,
                // Beside the level, so a narrow level keeps a readable label.
                label: { show: true, position: 'right', color: '#333333', formatter: function (item) { return item.name + ': ' + item.data.shown; } },
                data: items
            }]
        };
    }

    function describe(kind, caption) {
        var type = kind === 'trend' ? words.line : kind === 'pyramid' ? words.pyramid : words.bars;
        return words.chart + ' (' + type + '): ' + caption + '. ' + words.table + ' "' + caption + '".';
    }

    function draw(element) {
        var kind = element.getAttribute('data-chart');
        var figure = element.closest('figure');
        var table = document.getElementById(element.getAttribute('data-table') || '') || (figure && figure.querySelector('table'));
        if (!table) {
            return;
        }
        var data = read(table);
        var columns = drawnColumns(data);
        if (!columns.length || !data.names.length) {
            return;
        }
        if (!element.clientHeight) {
            element.style.height = kind === 'pyramid' ? '18rem' : '22rem';
        }
        var caption = table.caption ? text(table.caption) : '';
        var option = kind === 'pyramid' ? pyramid(data, columns) : barsOrLines(kind, data, columns);
        option.color = palette;
        option.animation = !reducedMotion;
        // The canvas cannot inherit a font: it is given the page's.
        option.textStyle = { fontFamily: window.getComputedStyle(element).fontFamily || 'sans-serif' };
        option.aria = { enabled: true, label: { description: describe(kind, caption) }, decal: { show: true } };
        var chart = window.echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
