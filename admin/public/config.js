// Runtime settings of the panel. The API server answers /config.js itself (ADMIN_GRAPHQL_URL sets graphqlUrl,
// e.g. a federation gateway); this file is the default for `vite` and for plain static hosting.
window.__ELDERGRAPH__ = window.__ELDERGRAPH__ || {};
