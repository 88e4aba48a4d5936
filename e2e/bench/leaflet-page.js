// The Leaflet side of the benchmark: load ?data=, cluster with markercluster, expose timings and a category
// toggle to the runner.
(async () => {
  const url = new URLSearchParams(location.search).get('data');
  const map = L.map('map', { zoomControl: true, maxZoom: 19 }).setView([31.785, 119.87], 12);
  const data = await (await fetch(url)).json();
  const byCategory = new Map();
  const cluster = L.markerClusterGroup({ chunkedLoading: true });
  const layer = L.geoJSON(data, {
    onEachFeature: (feature, marker) => {
      const c = feature.properties.category || 'other';
      if (!byCategory.has(c)) byCategory.set(c, []);
      byCategory.get(c).push(marker);
      marker.bindPopup(feature.properties.name);
    },
  });
  cluster.addLayer(layer);
  map.addLayer(cluster);
  map.fitBounds(layer.getBounds());
  const firstMarkers = () =>
    document.querySelector('.leaflet-marker-icon')
      ? (window.firstMarkersAt = performance.now())
      : requestAnimationFrame(firstMarkers);
  requestAnimationFrame(firstMarkers);
  // Hides or shows one category the way a Leaflet app would: remove or re-add its markers from the cluster group.
  window.toggleCategory = (c, on) => {
    const start = performance.now();
    if (on) cluster.addLayers(byCategory.get(c));
    else cluster.removeLayers(byCategory.get(c));
    // Until the frame after the change has been painted, as the app is measured.
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))));
  };
})();
