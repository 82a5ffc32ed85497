/*
 * Draws the map page's list on a Leaflet map (docs/adr/0063), so the map can never show a point the list does not.
 * The map element names its list: <div id="kaart" data-list="punten" data-tiles="https://…/{z}/{x}/{y}.png">.
 * Each body row with a place is one circle marker: data-lat and data-lon (WGS84, invariant numbers), data-layer
 * (school or a facility's kind) with its name in data-layer-name, and data-state (stale and placeholder draw a
 * dashed edge, disputed a red one). A marker's colour is its row's swatch colour from map.css; its path names the
 * row in data-row, and clicking it selects that row.
 * Leaflet is served from this host (no CDN); every text reaches Leaflet as an element or escaped, never as markup
 * from the data. Without tiles, or when none can be fetched, the points stand on map.css's plain background.
 */
(function () {
    'use strict';

    if (typeof window.L === 'undefined') {
        return;
    }

    var element = document.getElementById('kaart');
    var list = element && document.getElementById(element.getAttribute('data-list') || '');
    if (!list || !list.tBodies.length) {
        return;
    }

    var disputedEdge = '#a4000f';

    function escape(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML;
    }

    function text(cell) {
        return cell ? (cell.textContent || '').replace(/\s+/g, ' ').trim() : '';
    }

    function number(row, name) {
        var raw = row.getAttribute(name);
        var value = raw === null || raw === '' ? NaN : Number(raw);
        return isFinite(value) ? value : null;
    }

    /** The colour map.css gives the row's swatch, so the list doubles as the map's legend. */
    function colour(row) {
        var swatch = row.querySelector('.swatch');
        return swatch ? window.getComputedStyle(swatch).backgroundColor : '#1a1a1a';
    }

    /** A row's words for a marker's tooltip, as an element: its name, kind and state from the list's own cells. */
    function label(row) {
        var node = document.createElement('span');
        var cells = row.cells;
        var state = cells[cells.length - 4];
        node.textContent = text(cells[0]) + ' – ' + text(cells[1]) + (state ? ' (' + text(state) + ')' : '');
        return node;
    }

    function select(row) {
        Array.prototype.forEach.call(list.querySelectorAll('tr.selected'), function (other) { other.classList.remove('selected'); });
        row.classList.add('selected');
        row.setAttribute('tabindex', '-1');
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: 'nearest' });
    }

    function marker(row, lat, lon) {
        var state = row.getAttribute('data-state');
        var uncertain = state === 'stale' || state === 'placeholder';
        var fill = colour(row);
        var point = L.circleMarker([lat, lon], {
            radius: row.getAttribute('data-layer') === 'school' ? 9 : 7,
            color: state === 'disputed' ? disputedEdge : fill,
            weight: state === 'disputed' ? 4 : 2,
            dashArray: uncertain ? '4 3' : null,
            fillColor: fill,
            fillOpacity: uncertain ? 0.35 : 0.85
        });
        point.bindTooltip(label(row));
        point.on('click', function () { select(row); });
        // The marker names its row, for anyone checking that the map holds the list and nothing else.
        point.on('add', function () {
            var path = point.getElement();
            if (path) {
                path.setAttribute('data-row', row.id);
            }
        });
        return point;
    }

    function draw() {
        element.hidden = false;
        var map = L.map(element, { zoomControl: false, renderer: L.svg() });
        L.control.zoom({
            zoomInTitle: element.getAttribute('data-zoom-in') || 'Zoom in',
            zoomOutTitle: element.getAttribute('data-zoom-out') || 'Zoom out'
        }).addTo(map);

        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            var link = document.createElement('a');
            link.textContent = element.getAttribute('data-attribution') || '';
            var href = element.getAttribute('data-attribution-url');
            if (href) {
                link.href = href;
            }
            var note = document.getElementById('kaart-zonder-tegels');
            L.tileLayer(tiles, { maxZoom: 19, attribution: href ? link.outerHTML : escape(link.textContent) })
                .on('tileerror', function () {
                    // A tile that cannot be fetched stays transparent; the points keep their plain background.
                    if (note) {
                        note.hidden = false;
                    }
                })
                .addTo(map);
        }

        var layers = {};
        var names = [];
        var bounds = [];
        Array.prototype.forEach.call(list.tBodies[0].rows, function (row) {
            var lat = number(row, 'data-lat');
            var lon = number(row, 'data-lon');
            if (lat === null || lon === null) {
                return;
            }
            var id = row.getAttribute('data-layer') || 'other';
            if (!layers[id]) {
                layers[id] = { group: L.featureGroup(), name: row.getAttribute('data-layer-name') || id, row: row, count: 0 };
                names.push(id);
            }
            layers[id].group.addLayer(marker(row, lat, lon));
            layers[id].count += 1;
            bounds.push([lat, lon]);
        });

        var overlays = {};
        names.forEach(function (id) {
            var layer = layers[id];
            layer.group.addTo(map);
            // Leaflet writes a layer's name as markup: the name is escaped, the swatch is map.css's class.
            var swatch = layer.row.querySelector('.swatch');
            var key = '<span class="' + escape(swatch ? swatch.className.replace(/\b(uncertain|disputed)\b/g, '') : 'swatch') + '" aria-hidden="true"></span>'
                + escape(layer.name + ' (' + layer.count + ')');
            overlays[key] = layer.group;
        });
        if (names.length) {
            L.control.layers(null, overlays, { collapsed: false }).addTo(map);
        }

        if (bounds.length) {
            map.fitBounds(L.latLngBounds(bounds).pad(0.15), { maxZoom: 16, animate: false });
        } else {
            // No point to show: the Netherlands, so the map is not an empty grey square without a place.
            map.setView([52.2, 5.3], 7, { animate: false });
        }
        element.setAttribute('data-markers', String(bounds.length));
        window.addEventListener('resize', function () { map.invalidateSize(); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
