// The import aliases of SvelteKit, for dependency-cruiser (.dependency-cruiser.cjs), as a webpack resolve config.
const path = require('node:path');
module.exports = { resolve: { alias: { $lib: path.join(__dirname, '..', 'src/lib') } } };
