// The Leaflet side of the benchmark: load ?data=, cluster with markercluster, expose a category toggle to the
// runner (e2e/bench/run.mjs). The runner passes what makes it like for like with the app:
//   ?x=&y=&w=&h=  the app's map element box (CSS px), measured at run time: the app's map sits beside its sidebar,
//                 so it is narrower than the window, and this map is given exactly its size and place;
//   ?radius=      the app's cluster reach for this many places (px), as markercluster's maxClusterRadius;
//   ?toggle=chunked  (not used by the runner) keeps chunked loading for the toggle and waits for its last chunk;
//   ?shapes=1     the file's lines and areas through L.geoJSON alone (the areas benchmark);
//   ?popup=summary  each marker, titled by its place's Chinese name, opens a popup with that name and the place's
//                 Chinese summary on a tap or click (the built-in places, for the card timing; ISSUE-NOTES).
// Otherwise markers are Leaflet's default ones with nothing bound to them: the app builds nothing per marker
// ahead of a click either.
(async () => {
  const q = new URLSearchParams(location.search);
  const box = document.getElementById('map');
  const px = (name, fallback) => `${Number(q.get(name) ?? fallback)}px`;
  Object.assign(box.style, { left: px('x', 0), top: px('y', 0), width: px('w', innerWidth), height: px('h', innerHeight) });
  // zoomSnap 0: fitting the data lands on the same fractional zoom as the app's fit (Viewport::fit), with the same
  // 24 px padding (FIT_PADDING_PX), instead of the whole zoom below it.
  const map = L.map(box, { zoomControl: true, maxZoom: 19, zoomSnap: 0 });
  const data = await (await fetch(q.get('data'))).json();
  // ?shapes=1: lines and areas as Leaflet draws a GeoJSON file of them, L.geoJSON on its default (SVG) renderer,
  // a light fill with an outline like the app's; no clustering (the runner times the first area and the pan).
  if (q.get('shapes')) {
    const areas = L.geoJSON(data, { style: { weight: 1.5, fillOpacity: 0.16 } }).addTo(map);
    map.fitBounds(areas.getBounds(), { padding: [24, 24] });
    window.leafletLoadedAt = performance.now();
    return;
  }
  const byCategory = new Map();
  const popups = q.get('popup') === 'summary';
  const chinese = (text) => (typeof text === 'string' ? text : (text?.['zh-Hans'] ?? ''));
  // The popup as a Leaflet page would write it, built from text nodes (the data is not markup).
  const popup = (properties) => {
    const box = document.createElement('div');
    const name = box.appendChild(document.createElement('strong'));
    name.textContent = chinese(properties.name);
    box.appendChild(document.createElement('p')).textContent = chinese(properties.summary);
    return box;
  };
  const layer = L.geoJSON(data, {
    pointToLayer: (feature, latlng) =>
      popups ? L.marker(latlng, { title: chinese(feature.properties.name) }) : L.marker(latlng),
    onEachFeature: (feature, marker) => {
      const c = feature.properties.category || 'other';
      if (!byCategory.has(c)) byCategory.set(c, []);
      byCategory.get(c).push(marker);
      if (popups) marker.bindPopup(() => popup(feature.properties));
    },
  });
  map.fitBounds(layer.getBounds(), { padding: [24, 24] });
  // Called when the last chunk of an addLayers is in (markercluster's chunkProgress, done === total).
  let whenAllIn = () => (window.leafletLoadedAt = performance.now());
  const cluster = L.markerClusterGroup({
    // Chunked loading for the first load, as markercluster's documentation advises for many markers (the app too
    // converts a loading file a slice at a time and paints in between).
    chunkedLoading: true,
    maxClusterRadius: Number(q.get('radius') ?? 80),
    chunkProgress: (done, total) => done === total && whenAllIn(),
  });
  cluster.addLayer(layer);
  map.addLayer(cluster);
  // The element a reader taps to reach a place: its marker, or the cluster that holds it (for the runner).
  window.clusterOf = (name) => cluster.getVisibleParent(layer.getLayers().find((m) => m.options.title === name))?.getElement();
  // Hides or shows one category the way a Leaflet app would: remove or re-add its markers from the cluster group.
  // Resolves once every marker is in: by default chunked loading is off for the toggle, so addLayers does all the
  // work before it returns (with it on, addLayers would return after its first 200 ms chunk).
  const chunkedToggle = q.get('toggle') === 'chunked';
  window.setCategory = (c, on) =>
    new Promise((resolve) => {
      if (!on) {
        cluster.removeLayers(byCategory.get(c));
        return resolve();
      }
      cluster.options.chunkedLoading = chunkedToggle;
      whenAllIn = resolve;
      cluster.addLayers(byCategory.get(c));
    });
})();
